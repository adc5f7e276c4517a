//! One slot's state machine (see [`crate::market::sales`]): each step reads the chain, acts, and records
//! the next state before returning, so a driver started again after a crash continues from the
//! recorded state.
//!
//! - **reserving**: the slot must still be fillable (request `New` and slot `Free`, or request
//!   `Started` and slot `Repair`); `reserveSlot` (already reserved by this host is fine).
//! - **downloading**: the storage manifest named by `content.cid` is fetched and checked (its
//!   slot roots must make the request's `verifyRoot`), then the slot's dataset; its slot tree must
//!   have the manifest's root for this slot. Both are announced, so others can fetch from here.
//! - **filling**: a proof for the current period's challenge, then `fillSlot` (which locks the
//!   collateral). If this host already holds the slot (a crash after the transaction), it moves
//!   on.
//! - **proving**: in every period the slot must prove, a proof of that period's challenge is
//!   submitted; the slot is watched until the request ends (payout) or the host loses it
//!   (failed).
//! - **payout**: `freeSlot` collects payment and collateral; the slot's data is released.

use std::{sync::Arc, time::Duration};

use cairn_chain::{B256, ChainError, MarketplaceError, Request, RequestState, SlotState};
use cairn_commitments::{VerifyTree, fr_from_be_bytes, fr_to_be_bytes};
use cairn_primitives::{BLOCK_SIZE, Cid};
use tracing::{debug, info, warn};

use super::{Preparing, Sales, db, db::Sale, db::SaleState};
use crate::{
    clock::unix_now,
    dataset::{self, commitments},
    fetch::{Expectation, FetchError},
    market::role::Shutdown,
};

/// What a step decided.
enum Next {
    /// Run the (new) recorded state now.
    Continue,
    /// Nothing to do until the next tick.
    Wait,
    /// Nothing to do for this long (until the next period begins, say).
    WaitFor(Duration),
    /// The slot reached a terminal state.
    Done,
}

/// Why a step did not complete.
#[derive(Debug, thiserror::Error)]
pub(super) enum StepError {
    #[error(transparent)]
    Chain(#[from] ChainError),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    /// Worth another try later (network, a proof at a period's edge).
    #[error("{0}")]
    Retry(String),
    /// The slot cannot be had: give it up (`failed`) with this reason.
    #[error("{0}")]
    GiveUp(String),
}

/// Drives slot `slot_id` until it ends or the stop is signalled.
pub(super) async fn drive(
    sales: &Sales,
    slot_id: B256,
    mut stop: Shutdown,
    mut preparing: Preparing,
) {
    let mut failures = 0u32;
    let interval = sales.interval();
    loop {
        if stop.is_shutdown() {
            return;
        }
        let sale = match db::load(&sales.inner.db, &slot_id).await {
            Ok(Some(sale)) => sale,
            Ok(None) => return,
            Err(err) => {
                warn!(slot = %slot_id, %err, "reading a slot's record failed");
                if stop.sleep(interval).await {
                    return;
                }
                continue;
            }
        };
        if sale.state.is_terminal() {
            return;
        }
        if matches!(sale.state, SaleState::Proving | SaleState::Payout) {
            preparing.done();
        }
        // A stop abandons the step: each step records its state before it acts and reads the
        // chain again on resume, so this is the same as a crash at that point.
        let result = tokio::select! {
            biased;
            () = stop.recv() => return,
            result = step(sales, &sale) => result,
        };
        match result {
            Ok(Next::Continue) => failures = 0,
            Ok(Next::Done) => return,
            Ok(Next::Wait) => {
                failures = 0;
                if stop.sleep(interval).await {
                    return;
                }
            }
            Ok(Next::WaitFor(duration)) => {
                failures = 0;
                if stop.sleep(duration).await {
                    return;
                }
            }
            Err(StepError::GiveUp(why)) => {
                end(sales, &sale, SaleState::Failed, &why).await;
                return;
            }
            Err(err) => {
                failures += 1;
                warn!(slot = %slot_id, state = sale.state.as_str(), attempt = failures, %err, "slot step failed");
                if failures >= sales.inner.config.max_attempts
                    && !matches!(sale.state, SaleState::Proving | SaleState::Payout)
                {
                    end(sales, &sale, SaleState::Errored, &err.to_string()).await;
                    return;
                }
                let backoff = interval.saturating_mul(failures.min(10));
                if stop.sleep(backoff).await {
                    return;
                }
            }
        }
    }
}

/// Seconds a fill transaction needs after its proof is ready (send, mine, a block of lag).
const FILL_TX_MARGIN_SECS: f64 = 3.0;

/// Shortest wait while a period boundary is expected any moment (the chain's latest block may lag
/// the clock by a block time).
const BOUNDARY_POLL: Duration = Duration::from_millis(250);

/// Seconds left in `period` by the chain's latest block (0 once it is over).
async fn left_in_period(sales: &Sales, period: u64) -> Result<u64, StepError> {
    let chain = &sales.inner.chain;
    let period_len = chain.market_config().period;
    let now = chain.latest_block_timestamp().await?;
    Ok(period
        .saturating_add(1)
        .saturating_mul(period_len)
        .saturating_sub(now))
}

/// Waits for the period after `period` to begin: a host proves as soon as a challenge is known.
async fn until_next_period(sales: &Sales, period: u64) -> Result<Next, StepError> {
    let left = Duration::from_secs(left_in_period(sales, period).await?);
    // Never longer than the role's interval (the request may end, the slot be lost meanwhile);
    // exactly to the boundary when it is nearer.
    Ok(Next::WaitFor(left.min(sales.interval()).max(BOUNDARY_POLL)))
}

async fn step(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    match sale.state {
        SaleState::Reserving => reserve(sales, sale).await,
        SaleState::Downloading => download(sales, sale).await,
        SaleState::Filling => fill(sales, sale).await,
        SaleState::Proving => prove(sales, sale).await,
        SaleState::Payout => payout(sales, sale).await,
        _ => Ok(Next::Done),
    }
}

/// Ends a slot in `state` and releases its data.
async fn end(sales: &Sales, sale: &Sale, state: SaleState, why: &str) {
    match state {
        SaleState::Finished => info!(slot = %sale.slot_id, "slot finished"),
        _ => {
            warn!(slot = %sale.slot_id, request = %sale.request_id, index = sale.slot_index, state = state.as_str(), why, "slot ended")
        }
    }
    let error = (state != SaleState::Finished).then_some(why);
    if let Err(err) = db::set_state(&sales.inner.db, &sale.slot_id, state, error).await {
        warn!(slot = %sale.slot_id, %err, "recording the slot's end failed");
    }
    release(sales, sale).await;
    sales.inner.trees.lock().await.remove(&sale.slot_id);
}

/// Deletes the slot's dataset and storage manifest from the store, and whatever a repair of it
/// still holds (surviving slots fetched to decode from, rebuilt slots of others), each unless
/// another sale or a purchase holds it.
async fn release(sales: &Sales, sale: &Sale) {
    // The record as stored: a step may have added to it since `sale` was read.
    let current = db::load(&sales.inner.db, &sale.slot_id)
        .await
        .ok()
        .flatten();
    let sale = current.as_ref().unwrap_or(sale);
    let mut cids: Vec<String> = [&sale.slot_cid, &sale.content_cid]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if let Some(record) = &sale.repair {
        cids.extend(super::repair::held(record));
    }
    // What another sale or a purchase of this node still uses stays.
    super::repair::delete_unheld(sales, sale.slot_id, &cids).await;
}

/// True when the request and slot states still allow filling the slot.
pub(super) fn fillable(request: RequestState, slot: SlotState) -> bool {
    matches!(
        (request, slot),
        (RequestState::New, SlotState::Free) | (RequestState::Started, SlotState::Repair)
    )
}

/// Checks the slot can still be filled by this host; `Some(next)` when it cannot.
async fn still_open(sales: &Sales, sale: &Sale) -> Result<Option<Next>, StepError> {
    let chain = &sales.inner.chain;
    if chain.get_host(sale.slot_id).await? == Some(chain.address()) {
        return Ok(None);
    }
    let request = chain.request_state(sale.request_id).await?;
    let slot = chain
        .slot_state_at(sale.request_id, sale.slot_index)
        .await?;
    if fillable(request, slot) {
        return Ok(None);
    }
    let (state, why) = match request {
        RequestState::New | RequestState::Started => (
            SaleState::Ignored,
            format!("the slot was taken by another host (slot {slot:?})"),
        ),
        other => (
            SaleState::Cancelled,
            format!("the request is {other:?} before this host filled the slot"),
        ),
    };
    end(sales, sale, state, &why).await;
    Ok(Some(Next::Done))
}

async fn reserve(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    if let Some(next) = still_open(sales, sale).await? {
        return Ok(next);
    }
    let chain = &sales.inner.chain;
    // The request's content is checked before a deposit is put down: a bogus request (content
    // that is not a CID, not a storage manifest, of other sizes or roots than the request says,
    // or that nobody serves) is ignored without reserving.
    let request = chain.get_request(sale.request_id).await?;
    let content = match content_cid(&request) {
        Ok(cid) => cid,
        Err(why) => {
            end(
                sales,
                sale,
                SaleState::Ignored,
                &format!("{why}; not reserved"),
            )
            .await;
            return Ok(Next::Done);
        }
    };
    let since = db::start_data(&sales.inner.db, &sale.slot_id, &content.to_string()).await?;
    let checking = Sale {
        content_cid: Some(content.to_string()),
        ..sale.clone()
    };
    match request_content(sales, sale, &request, content).await {
        Ok(Ok(_)) => {}
        Ok(Err(why)) => {
            let why = format!("the request's content is unusable: {why}; not reserved");
            end(sales, &checking, SaleState::Ignored, &why).await;
            return Ok(Next::Done);
        }
        Err(err) => {
            let wait = sales.inner.config.content_timeout;
            if waited_longer(since, wait) {
                let why = format!(
                    "the request's storage manifest could not be had within {wait:?} ({err}); \
                     not reserved"
                );
                end(sales, &checking, SaleState::Ignored, &why).await;
                return Ok(Next::Done);
            }
            return Err(err);
        }
    }
    match chain.reserve_slot(sale.request_id, sale.slot_index).await {
        Ok(outcome) => {
            debug!(slot = %sale.slot_id, tx = %outcome.tx_hash, "slot reserved")
        }
        Err(err)
            if matches!(
                err.marketplace_error(),
                Some(MarketplaceError::AlreadyReserved(_))
            ) => {}
        Err(err)
            if matches!(
                err.marketplace_error(),
                Some(MarketplaceError::ReservationsFull(_))
            ) =>
        {
            return reservations_full(sales, sale).await;
        }
        Err(err)
            if matches!(
                err.marketplace_error(),
                Some(MarketplaceError::HostOfRequest(_) | MarketplaceError::FormerHost(_))
            ) =>
        {
            let why = match err.marketplace_error() {
                Some(MarketplaceError::FormerHost(_)) => {
                    "this host left or was slashed out of this slot: it may not take it again"
                }
                _ => "this host holds another slot of the request (one slot per host and request)",
            };
            end(sales, sale, SaleState::Ignored, why).await;
            return Ok(Next::Done);
        }
        Err(err) if err.revert().is_some() => {
            // The state moved on between the check and the transaction: check again.
            return match still_open(sales, sale).await? {
                Some(next) => Ok(next),
                None => Err(err.into()),
            };
        }
        Err(err) => return Err(err.into()),
    }
    // Hosts that picked the same slot at the same moment: all but one move to a free slot.
    let me = chain.address();
    let reservers = chain.get_reservations(sale.slot_id).await?;
    if !super::keeps_reservation(me, &reservers, sale.slot_id)
        && let Some(other) = super::unreserved_slot(chain, sale.request_id, sale.slot_index).await?
    {
        let why = format!(
            "{} hosts reserved the slot at once; yielding it to another host (slot {other} is unreserved)",
            reservers.len()
        );
        end(sales, sale, SaleState::Ignored, &why).await;
        return Ok(Next::Done);
    }
    db::set_state(&sales.inner.db, &sale.slot_id, SaleState::Downloading, None).await?;
    Ok(Next::Continue)
}

/// Every reservation of the slot is taken: another slot of the request if one is unreserved,
/// else wait for the first reservation to lapse (reservations last `reservationTimeout`: a
/// squatter that never fills holds the slot that long, not for good).
async fn reservations_full(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    let chain = &sales.inner.chain;
    if let Some(other) = super::unreserved_slot(chain, sale.request_id, sale.slot_index).await? {
        let why = format!("the slot's reservations are full; slot {other} is unreserved");
        end(sales, sale, SaleState::Ignored, &why).await;
        return Ok(Next::Done);
    }
    let mut first_lapse = None;
    for host in chain.get_reservations(sale.slot_id).await? {
        if let Some(expiry) = chain.reservation_expiry(sale.slot_id, host).await? {
            first_lapse = Some(first_lapse.map_or(expiry, |e: u64| e.min(expiry)));
        }
    }
    let now = chain.latest_block_timestamp().await?;
    let lapse = first_lapse.unwrap_or(now);
    let note = format!(
        "the slot's reservations are full; the first lapses at {lapse} (in {} s): reserving then",
        lapse.saturating_sub(now)
    );
    debug!(slot = %sale.slot_id, %note, "waiting for a reservation to lapse");
    db::set_state(
        &sales.inner.db,
        &sale.slot_id,
        SaleState::Reserving,
        Some(&note),
    )
    .await?;
    let wait = Duration::from_secs(lapse.saturating_sub(now).saturating_add(1));
    Ok(Next::WaitFor(wait.min(sales.interval()).max(BOUNDARY_POLL)))
}

/// The request's storage manifest CID (`content.cid`).
/// Whether more than `limit` passed since the local time `since`.
fn waited_longer(since: i64, limit: Duration) -> bool {
    unix_now().saturating_sub(since) > i64::try_from(limit.as_secs()).unwrap_or(i64::MAX)
}

/// The request's storage manifest `content`, fetched (only if shaped like one: one small block)
/// and checked against the request; `Ok(Err(why))` when it is unusable (the slot is not for this
/// host), `Err` when it could not be had (yet).
async fn request_content(
    sales: &Sales,
    sale: &Sale,
    request: &Request,
    content: Cid,
) -> Result<
    Result<
        (
            cairn_primitives::StorageManifest,
            VerifyTree,
            cairn_primitives::SlotEntry,
        ),
        String,
    >,
    StepError,
> {
    let inner = &sales.inner;
    if let Err(why) = fetch_checked(sales, &content, &dataset::storage_manifest_shape).await? {
        return Ok(Err(format!("storage manifest {content}: {why}")));
    }
    let manifest = match dataset::load(&inner.store, &content).await {
        Ok(manifest) => manifest,
        Err(err) => return Ok(Err(format!("storage manifest {content}: {err}"))),
    };
    Ok(
        check_manifest(sales, sale, request, &manifest)
            .map(|(tree, entry)| (manifest, tree, entry)),
    )
}

/// Fetches `cid` within the download timeout if its manifest meets `expect`. `Ok(Err(why))`: the
/// dataset is refused for good (its manifest does not fit, or it is too large); `Err`: try again.
async fn fetch_checked(
    sales: &Sales,
    cid: &Cid,
    expect: Expectation<'_>,
) -> Result<Result<(), String>, StepError> {
    let timeout = sales.inner.config.download_timeout;
    match tokio::time::timeout(timeout, sales.inner.fetcher.fetch_expecting(cid, expect)).await {
        Ok(Ok(_)) => Ok(Ok(())),
        Ok(Err(err @ (FetchError::Refused(_) | FetchError::TooLarge(_)))) => {
            Ok(Err(err.to_string()))
        }
        Ok(Err(err)) => Err(StepError::Retry(format!("fetching {cid}: {err}"))),
        Err(_) => Err(StepError::Retry(format!(
            "fetching {cid}: no progress within {timeout:?}"
        ))),
    }
}

fn content_cid(request: &Request) -> Result<Cid, String> {
    Cid::from_bytes(&request.content.cid)
        .map_err(|e| format!("the request's content.cid is not a CID: {e}"))
}

async fn download(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    if let Some(next) = still_open(sales, sale).await? {
        return Ok(next);
    }
    let inner = &sales.inner;
    let request = inner.chain.get_request(sale.request_id).await?;
    let content = match content_cid(&request) {
        Ok(cid) => cid,
        Err(why) => {
            end(sales, sale, SaleState::Failed, &why).await;
            return Ok(Next::Done);
        }
    };
    let since = db::start_data(&inner.db, &sale.slot_id, &content.to_string()).await?;
    let data_timeout = inner.config.data_timeout;
    if waited_longer(since, data_timeout) {
        let last = sale
            .repair
            .as_ref()
            .and_then(|r| r.note.clone())
            .unwrap_or_else(|| "no provider served it".into());
        let why = format!(
            "gave the slot up: its data could not be had within {data_timeout:?} (last: {last})"
        );
        let sale = Sale {
            content_cid: Some(content.to_string()),
            ..sale.clone()
        };
        end(sales, &sale, SaleState::Failed, &why).await;
        return Ok(Next::Done);
    }
    let started = std::time::Instant::now();
    let checked = request_content(sales, sale, &request, content).await?;
    let (manifest, verify_tree, entry) = match checked {
        Ok(found) => found,
        Err(why) => {
            let sale = Sale {
                content_cid: Some(content.to_string()),
                ..sale.clone()
            };
            end(sales, &sale, SaleState::Failed, &why).await;
            return Ok(Next::Done);
        }
    };
    // Recorded before any of it is stored: a slot given up from here on releases it.
    db::set_slot_cid(&inner.db, &sale.slot_id, &entry.dataset.to_string()).await?;
    // A slot in repair: its data comes from whoever serves it, or is rebuilt from the surviving
    // slots (the client need not have it any more).
    if inner.chain.request_state(sale.request_id).await? == RequestState::Started {
        match super::repair::obtain(sales, sale, &request, &manifest, since).await? {
            super::repair::Obtained::Ready => {}
            super::repair::Obtained::Wait(duration) => return Ok(Next::WaitFor(duration)),
        }
    } else {
        // Only a slot dataset of the request's slot size is fetched.
        let slot_size = request.ask.slotSize;
        let expect = move |m: &cairn_primitives::Manifest| {
            let bytes = m.block_count.saturating_mul(BLOCK_SIZE as u64);
            (bytes == slot_size && m.protection.is_none())
                .then_some(())
                .ok_or_else(|| {
                    format!(
                        "the slot dataset holds {} blocks; the request's slot size is {slot_size} bytes",
                        m.block_count
                    )
                })
        };
        if let Err(why) = fetch_checked(sales, &entry.dataset, &expect).await? {
            let failed = Sale {
                content_cid: Some(content.to_string()),
                slot_cid: Some(entry.dataset.to_string()),
                ..sale.clone()
            };
            end(sales, &failed, SaleState::Failed, &why).await;
            return Ok(Next::Done);
        }
    }
    let slot_cid = entry.dataset;
    let downloaded = Sale {
        content_cid: Some(content.to_string()),
        slot_cid: Some(slot_cid.to_string()),
        ..sale.clone()
    };
    let slot_manifest = inner
        .store
        .manifest(&slot_cid)
        .await
        .map_err(|e| StepError::Retry(e.to_string()))?;
    if slot_manifest.block_count.saturating_mul(BLOCK_SIZE as u64) != request.ask.slotSize {
        let why = format!(
            "the slot dataset holds {} blocks; the request's slot size is {} bytes",
            slot_manifest.block_count, request.ask.slotSize
        );
        end(sales, &downloaded, SaleState::Failed, &why).await;
        return Ok(Next::Done);
    }
    let tree = commitments::dataset_slot_tree(&inner.store, &slot_cid)
        .await
        .map_err(|e| StepError::Retry(format!("slot tree: {e}")))?;
    if fr_to_be_bytes(&tree.root()) != entry.root {
        end(
            sales,
            &downloaded,
            SaleState::Failed,
            "the slot's data does not hash to its slot root (the client published a bad dataset)",
        )
        .await;
        return Ok(Next::Done);
    }
    inner
        .trees
        .lock()
        .await
        .insert(sale.slot_id, (Arc::new(tree), Arc::new(verify_tree)));
    announce(sales, &content);
    announce(sales, &slot_cid);
    info!(
        slot = %sale.slot_id,
        index = sale.slot_index,
        %slot_cid,
        blocks = slot_manifest.block_count,
        elapsed = ?started.elapsed(),
        "slot downloaded and checked"
    );
    db::set_downloaded(
        &inner.db,
        &sale.slot_id,
        &content.to_string(),
        &slot_cid.to_string(),
    )
    .await?;
    Ok(Next::Continue)
}

pub(super) fn announce(sales: &Sales, cid: &Cid) {
    let network = sales.inner.network.clone();
    let cid = *cid;
    tokio::spawn(async move {
        if let Err(err) = network.start_providing(cid.to_bytes()).await {
            warn!(%cid, %err, "announcing slot data failed");
        }
    });
}

/// Checks the storage manifest against the request: slot count and the verification root.
fn check_manifest(
    sales: &Sales,
    sale: &Sale,
    request: &Request,
    manifest: &cairn_primitives::StorageManifest,
) -> Result<(VerifyTree, cairn_primitives::SlotEntry), String> {
    if manifest.slots.len() as u64 != request.ask.slots {
        return Err(format!(
            "the storage manifest lists {} slots; the request has {}",
            manifest.slots.len(),
            request.ask.slots
        ));
    }
    let roots = manifest
        .slots
        .iter()
        .map(|slot| fr_from_be_bytes(&slot.root))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("a slot root is not a field element: {e}"))?;
    let tree = VerifyTree::build(&roots, sales.inner.prover.params().slots_depth)
        .map_err(|e| format!("verification tree: {e}"))?;
    if B256::from(fr_to_be_bytes(&tree.root())) != request.content.verifyRoot {
        return Err(
            "the storage manifest's slot roots do not make the request's verifyRoot".into(),
        );
    }
    let entry = manifest
        .slots
        .get(sale.slot_index as usize)
        .cloned()
        .ok_or_else(|| format!("no slot {} in the storage manifest", sale.slot_index))?;
    Ok((tree, entry))
}

/// The slot's trees: from memory, or rebuilt from the stored slot dataset (after a restart).
async fn trees(
    sales: &Sales,
    sale: &Sale,
) -> Result<(Cid, Arc<cairn_commitments::SlotTree>, Arc<VerifyTree>), StepError> {
    let slot_cid: Cid = sale
        .slot_cid
        .as_deref()
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| StepError::Retry("the slot's dataset is not recorded".into()))?;
    if let Some((slot, verify)) = sales.inner.trees.lock().await.get(&sale.slot_id) {
        return Ok((slot_cid, slot.clone(), verify.clone()));
    }
    let inner = &sales.inner;
    let content: Cid = sale
        .content_cid
        .as_deref()
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| StepError::Retry("the slot's storage manifest is not recorded".into()))?;
    let request = inner.chain.get_request(sale.request_id).await?;
    let manifest = dataset::load(&inner.store, &content)
        .await
        .map_err(|e| StepError::Retry(format!("storage manifest: {e}")))?;
    let (verify, _) = check_manifest(sales, sale, &request, &manifest).map_err(StepError::Retry)?;
    let slot = commitments::dataset_slot_tree(&inner.store, &slot_cid)
        .await
        .map_err(|e| StepError::Retry(format!("slot tree: {e}")))?;
    let (slot, verify) = (Arc::new(slot), Arc::new(verify));
    inner
        .trees
        .lock()
        .await
        .insert(sale.slot_id, (slot.clone(), verify.clone()));
    Ok((slot_cid, slot, verify))
}

/// A proof for the current period's challenge of the slot.
async fn proof_now(
    sales: &Sales,
    sale: &Sale,
) -> Result<(cairn_chain::Groth16Proof, u64), StepError> {
    let chain = &sales.inner.chain;
    let (slot_cid, slot_tree, verify_tree) = trees(sales, sale).await?;
    let period = chain.current_period().await?;
    let mut entropy = chain.get_challenge(sale.slot_id).await?;
    if entropy.is_zero() {
        // Nobody committed this period's randomness yet: commit it (fillSlot would too, but
        // the proof needs the challenge first).
        chain.commit_randomness().await?;
        entropy = chain.get_challenge(sale.slot_id).await?;
        if entropy.is_zero() {
            return Err(StepError::Retry(format!(
                "period {period}'s challenge is not known yet"
            )));
        }
    }
    let proof = sales
        .inner
        .prover
        .prove(
            &sales.inner.store,
            &slot_cid,
            sale.slot_index,
            slot_tree,
            verify_tree,
            entropy,
        )
        .await
        .map_err(|e| StepError::Retry(format!("proving: {e}")))?;
    Ok((proof, period))
}

/// Whether the marketplace refused this host as a former host of the slot.
fn is_former_host(err: &ChainError) -> bool {
    matches!(
        err.marketplace_error(),
        Some(MarketplaceError::FormerHost(_))
    )
}

/// Why a sale ends when the marketplace refuses this host as a former host of the slot.
const REMOVED: &str =
    "this host was removed from the slot (missed proofs) and may not fill it again";

async fn fill(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    let chain = &sales.inner.chain;
    if chain.get_host(sale.slot_id).await? == Some(chain.address()) {
        let slot = chain.get_slot(sale.slot_id).await?;
        db::set_filled(&sales.inner.db, &sale.slot_id, None, slot.filledAt).await?;
        return Ok(Next::Continue);
    }
    if let Some(next) = still_open(sales, sale).await? {
        return Ok(next);
    }
    // Reservations last `reservationTimeout`: one that lapsed while the data came is renewed (with
    // a new deposit) unless other hosts hold the slot's reservations now.
    if let Some(next) = renew_reservation(sales, sale).await? {
        return Ok(next);
    }
    // The collateral's allowance first: one transaction less between the proof and the fill.
    chain.ensure_allowance(sale.collateral).await?;
    // A fill needs a proof of the current period's challenge mined within the period: when the
    // period would end before a proof is ready (and its transaction mined), start with the next.
    let period = chain.current_period().await?;
    if let Some(typical) = sales.inner.prover.typical_duration() {
        let left = left_in_period(sales, period).await?;
        let period_len = chain.market_config().period;
        let needed = typical.as_secs_f64() * 1.25 + FILL_TX_MARGIN_SECS;
        // At a period's very start, try whatever the estimate says (waiting cannot help then).
        if (left as f64) < needed && left.saturating_add(2) < period_len {
            debug!(slot = %sale.slot_id, period, left, needed, "too little of the period is left to prove and fill; waiting for the next");
            return until_next_period(sales, period).await;
        }
    }
    let started = std::time::Instant::now();
    let (proof, period) = proof_now(sales, sale).await?;
    let proved_in = started.elapsed();
    match chain
        .fill_slot(sale.request_id, sale.slot_index, &proof)
        .await
    {
        Ok(outcome) => {
            let filled_at = chain.latest_block_timestamp().await.unwrap_or_default();
            info!(
                slot = %sale.slot_id,
                request = %sale.request_id,
                index = sale.slot_index,
                period,
                tx = %outcome.tx_hash,
                gas = outcome.gas_used,
                proved_in = ?proved_in,
                "slot filled"
            );
            db::set_filled(
                &sales.inner.db,
                &sale.slot_id,
                Some(&outcome.tx_hash.to_string()),
                filled_at,
            )
            .await?;
            Ok(Next::Continue)
        }
        Err(err) if is_former_host(&err) => {
            end(sales, sale, SaleState::Failed, REMOVED).await;
            Ok(Next::Done)
        }
        Err(err) if err.revert().is_some() => match still_open(sales, sale).await? {
            Some(next) => Ok(next),
            None if chain.current_period().await? != period => {
                // The period ended while proving: prove the new period's challenge right away.
                debug!(slot = %sale.slot_id, period, %err, "the period ended before the fill was mined; proving again");
                Ok(Next::Continue)
            }
            None => Err(StepError::Retry(format!("fillSlot: {err}"))),
        },
        Err(err) => Err(err.into()),
    }
}

/// Reserves the slot again when this host's reservation lapsed; `Some(next)` when the slot is not
/// this host's to fill any more.
async fn renew_reservation(sales: &Sales, sale: &Sale) -> Result<Option<Next>, StepError> {
    let chain = &sales.inner.chain;
    if chain
        .reservation_expiry(sale.slot_id, chain.address())
        .await?
        .is_some()
    {
        return Ok(None);
    }
    match chain.reserve_slot(sale.request_id, sale.slot_index).await {
        Ok(outcome) => {
            info!(slot = %sale.slot_id, tx = %outcome.tx_hash, "the reservation had lapsed: renewed");
            Ok(None)
        }
        Err(err)
            if matches!(
                err.marketplace_error(),
                Some(MarketplaceError::ReservationsFull(_))
            ) =>
        {
            end(
                sales,
                sale,
                SaleState::Ignored,
                "this host's reservation lapsed before it could fill, and other hosts reserved the slot",
            )
            .await;
            Ok(Some(Next::Done))
        }
        Err(err) if is_former_host(&err) => {
            end(sales, sale, SaleState::Failed, REMOVED).await;
            Ok(Some(Next::Done))
        }
        Err(err) if err.revert().is_some() => match still_open(sales, sale).await? {
            Some(next) => Ok(Some(next)),
            None => Err(StepError::Retry(format!("renewing the reservation: {err}"))),
        },
        Err(err) => Err(err.into()),
    }
}

async fn prove(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    let chain = &sales.inner.chain;
    let me = chain.address();
    match chain.request_state(sale.request_id).await? {
        RequestState::Finished | RequestState::Cancelled | RequestState::Failed => {
            db::set_state(&sales.inner.db, &sale.slot_id, SaleState::Payout, None).await?;
            return Ok(Next::Continue);
        }
        _ => {}
    }
    if chain.get_host(sale.slot_id).await? != Some(me) {
        if !lost_for_sure(sales, sale).await? {
            return Ok(Next::Wait);
        }
        // Nobody holds the slot and the request runs: this host's fill was reorganised away (a
        // slashed-out host would find the slot in Repair and be refused as a former host). The
        // data is kept and the slot filled again.
        let state = chain
            .slot_state_at(sale.request_id, sale.slot_index)
            .await?;
        if fillable(chain.request_state(sale.request_id).await?, state) {
            warn!(slot = %sale.slot_id, ?state, "this host's fill is not on chain any more (a reorg?): filling the slot again");
            db::set_state(&sales.inner.db, &sale.slot_id, SaleState::Filling, None).await?;
            return Ok(Next::Continue);
        }
        end(
            sales,
            sale,
            SaleState::Failed,
            &format!("this host lost the slot (slashed out or freed; slot {state:?})"),
        )
        .await;
        return Ok(Next::Done);
    }
    if sale.repair.as_ref().is_some_and(|r| !r.served.is_empty()) {
        super::repair::prune_served(sales, sale).await?;
    }
    let period = chain.current_period().await?;
    // The chain decides, not this host's record of a proof sent: a reorg may have dropped it.
    if !chain.is_proof_required(sale.slot_id).await?
        || chain.proof_received(sale.slot_id, period).await?
    {
        return until_next_period(sales, period).await;
    }
    let started = std::time::Instant::now();
    let (proof, proved_period) = proof_now(sales, sale).await?;
    if proved_period != period {
        return Ok(Next::Continue);
    }
    match chain.submit_proof(sale.slot_id, &proof).await {
        Ok(outcome) => {
            let mined_at = chain.latest_block_timestamp().await.unwrap_or_default();
            let period_start = chain.period_start(period).await.unwrap_or_default();
            info!(
                slot = %sale.slot_id,
                period,
                tx = %outcome.tx_hash,
                gas = outcome.gas_used,
                elapsed = ?started.elapsed(),
                seconds_into_period = mined_at.saturating_sub(period_start),
                "proof submitted"
            );
            db::record_proof(&sales.inner.db, &sale.slot_id, period).await?;
            until_next_period(sales, period).await
        }
        Err(err)
            if matches!(
                err.marketplace_error(),
                Some(MarketplaceError::ProofAlreadySubmitted(_))
            ) =>
        {
            db::record_proof(&sales.inner.db, &sale.slot_id, period).await?;
            until_next_period(sales, period).await
        }
        Err(err) if err.revert().is_some() => {
            // The period moved on while proving (InvalidProof / ProofNotRequired): look again.
            debug!(slot = %sale.slot_id, period, %err, "proof refused; checking the next period");
            Ok(Next::Continue)
        }
        Err(err) => Err(err.into()),
    }
}

/// Whether this host really lost a slot it filled, before anything of it is deleted: the loss is
/// seen at the head and at a block [`super::SalesConfig::confirmations`] deep, both mined after
/// the fill. A stale read (an RPC node behind, whose head predates the fill) or a loss not that
/// deep yet (it may be reorganised away) proves nothing: the slot is looked at again later.
async fn lost_for_sure(sales: &Sales, sale: &Sale) -> Result<bool, StepError> {
    let chain = &sales.inner.chain;
    let head = chain.head().await?;
    let filled_at = sale.filled_at.unwrap_or(0);
    let depth = sales.confirmations();
    let deep = match head.number.checked_sub(depth) {
        Some(number) if head.timestamp >= filled_at => Some(chain.block_at(number).await?),
        _ => None,
    };
    let hosts = match deep {
        Some(deep) if deep.timestamp >= filled_at => Some((
            chain.get_host_at(sale.slot_id, head.number).await?,
            chain.get_host_at(sale.slot_id, deep.number).await?,
        )),
        _ => None,
    };
    let verdict = loss_verdict(chain.address(), filled_at, head, deep, hosts);
    match verdict {
        LossVerdict::Lost => {}
        LossVerdict::StaleHead => {
            warn!(slot = %sale.slot_id, head = head.number, head_time = head.timestamp, filled_at,
                "the chain's head predates this host's fill (a stale RPC read?): the slot is kept")
        }
        LossVerdict::NotDeepYet => {
            debug!(slot = %sale.slot_id, depth, "a loss of the slot is not {depth} blocks deep yet")
        }
        LossVerdict::StillMine => {
            info!(slot = %sale.slot_id, head = head.number, "the slot is still this host's (a stale or reorganised read)")
        }
    }
    Ok(verdict == LossVerdict::Lost)
}

/// What the reads say about a slot this host filled at `filled_at` and no longer sees as its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LossVerdict {
    /// Not its host at the head nor at the deep block, both after the fill.
    Lost,
    /// The head predates the fill: an RPC node behind.
    StaleHead,
    /// The deep block is not after the fill yet (or the chain is shorter than the depth).
    NotDeepYet,
    /// One of the reads says it is this host's.
    StillMine,
}

fn loss_verdict(
    me: cairn_chain::Address,
    filled_at: u64,
    head: cairn_chain::BlockRef,
    deep: Option<cairn_chain::BlockRef>,
    hosts: Option<(Option<cairn_chain::Address>, Option<cairn_chain::Address>)>,
) -> LossVerdict {
    if head.timestamp < filled_at {
        return LossVerdict::StaleHead;
    }
    match (deep, hosts) {
        (Some(deep), Some((at_head, at_deep))) if deep.timestamp >= filled_at => {
            if at_head == Some(me) || at_deep == Some(me) {
                LossVerdict::StillMine
            } else {
                LossVerdict::Lost
            }
        }
        _ => LossVerdict::NotDeepYet,
    }
}

async fn payout(sales: &Sales, sale: &Sale) -> Result<Next, StepError> {
    let chain = &sales.inner.chain;
    let slot = chain.slot_state(sale.slot_id).await?;
    if slot == SlotState::Paid || chain.get_host(sale.slot_id).await? != Some(chain.address()) {
        db::set_paid(&sales.inner.db, &sale.slot_id, None).await?;
        end(sales, sale, SaleState::Finished, "paid").await;
        return Ok(Next::Done);
    }
    if slot == SlotState::Filled {
        // Finished on time but not settled yet (the chain's clock has to pass the end).
        return Ok(Next::Wait);
    }
    if slot == SlotState::Finished || slot == SlotState::Failed {
        // Missed proofs of the last periods can be marked for `timeout` after the end (or the
        // failure); the marketplace pays out only after that.
        let info = chain.get_request_info(sale.request_id).await?;
        let now = chain.latest_block_timestamp().await?;
        if let Some(payable_from) =
            cairn_chain::payouts_open_after(&info, chain.market_config().timeout)
            && now <= payable_from
        {
            let left = Duration::from_secs(payable_from - now + 1);
            return Ok(Next::WaitFor(left.min(sales.interval()).max(BOUNDARY_POLL)));
        }
    }
    match chain.free_slot(sale.slot_id).await {
        Ok(outcome) => {
            info!(slot = %sale.slot_id, tx = %outcome.tx_hash, gas = outcome.gas_used, "payout collected");
            db::set_paid(
                &sales.inner.db,
                &sale.slot_id,
                Some(&outcome.tx_hash.to_string()),
            )
            .await?;
            end(sales, sale, SaleState::Finished, "paid").await;
            Ok(Next::Done)
        }
        Err(err) if err.revert().is_some() => {
            Err(StepError::Retry(format!("freeSlot refused: {err}")))
        }
        Err(err) => Err(err.into()),
    }
}

#[cfg(test)]
mod tests {
    use cairn_chain::{Address, BlockRef};

    use super::{LossVerdict, loss_verdict};

    #[test]
    fn a_loss_counts_only_when_seen_deep_enough_after_the_fill() {
        let me = Address::repeat_byte(1);
        let other = Some(Address::repeat_byte(2));
        let block = |number, timestamp| BlockRef { number, timestamp };
        let filled_at = 1_000;
        // An RPC node behind: its head predates the fill (the slot looks free there).
        assert_eq!(
            loss_verdict(me, filled_at, block(90, 990), None, None),
            LossVerdict::StaleHead
        );
        // Freed at the head, but the block `confirmations` deep predates the fill: wait.
        assert_eq!(
            loss_verdict(
                me,
                filled_at,
                block(110, 1_020),
                Some(block(104, 998)),
                None
            ),
            LossVerdict::NotDeepYet
        );
        // Lost at the head only (a reorganisation may undo it): still ours.
        assert_eq!(
            loss_verdict(
                me,
                filled_at,
                block(120, 1_040),
                Some(block(114, 1_030)),
                Some((other, Some(me)))
            ),
            LossVerdict::StillMine
        );
        // Lost at both, after the fill: given up.
        assert_eq!(
            loss_verdict(
                me,
                filled_at,
                block(120, 1_040),
                Some(block(114, 1_030)),
                Some((other, None))
            ),
            LossVerdict::Lost
        );
        // Ours at the head (the deep read was the stale one).
        assert_eq!(
            loss_verdict(
                me,
                filled_at,
                block(120, 1_040),
                Some(block(114, 1_030)),
                Some((Some(me), None))
            ),
            LossVerdict::StillMine
        );
    }
}
