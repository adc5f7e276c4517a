//! Getting the data of a slot taken in repair (DESIGN.md §9, PROTOCOL.md "Repair"), with no copy
//! left at the client.
//!
//! In order, each time the slot's download step runs:
//! 1. **From a peer.** If anyone serves the slot's dataset (the host that lost it, or a host that
//!    rebuilt it in its own pass), it is fetched like any dataset, every block verified.
//! 2. **Wait for more losses (lazy repair).** While the request could lose one more slot and still
//!    not fail (`lost < maxSlotLoss`), the host waits up to `repair_delay` from when it began: more
//!    slots lost meanwhile are then rebuilt in the same pass. Once the request is one loss from
//!    failing, nobody waits.
//! 3. **Wait for the pass of another host.** The host repairing the lowest lost slot rebuilds
//!    every lost slot; the others wait for it up to `repair_peer_wait` (and fetch their slot from
//!    it, one slot of transfer each) before they rebuild by themselves.
//! 4. **Rebuild.** [`crate::dataset::rebuild_slots`] from any K surviving slots, every lost slot in
//!    one pass; the slots of others stay here, announced, until they are filled again.
//!
//! A host that cannot get the data within `data_timeout` gives the slot up (`failed`, with the
//! reason) instead of holding it.

use std::{sync::Arc, time::Duration};

use cairn_chain::{Request, SlotState, slot_id};
use cairn_primitives::{BLOCK_SIZE, Cid, StorageManifest};
use serde::{Deserialize, Serialize};
use tracing::{debug, info, warn};

use super::{Sales, db, db::Sale, slot::StepError};
use crate::{
    clock::unix_now,
    dataset::{self, RepairError, RepairPhase, RepairProgress},
};

/// Where a repair is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RepairStep {
    /// Looking for the slot's data.
    #[default]
    Starting,
    /// Waiting for more slots to be lost, to rebuild them in one pass.
    WaitingForLosses,
    /// Waiting for another host's pass, which rebuilds this slot too.
    WaitingForPeer,
    /// Fetching surviving slots.
    Fetching,
    /// Decoding the lost slots.
    Decoding,
    /// This host rebuilt the slot (and the other lost ones).
    Rebuilt,
    /// The slot's dataset was fetched from a host that had it.
    FetchedFromPeer,
    /// The slot's dataset was stored here already when the slot was taken.
    AlreadyStored,
}

/// A rebuilt slot of another host, served from here until it is filled again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ServedSlot {
    /// The slot's index.
    pub slot_index: u64,
    /// Its slot dataset.
    pub cid: String,
}

/// What a repair did, persisted with the slot (`sales.repair`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RepairRecord {
    /// The step.
    pub step: RepairStep,
    /// The request's lost slots (in repair) when the step was taken.
    pub lost: Vec<u64>,
    /// The surviving slots decoded from.
    pub sources: Vec<u64>,
    /// Rows decoded, of `rowsTotal`.
    pub rows_done: u64,
    /// Rows (blocks) of the slot.
    pub rows_total: u64,
    /// Bytes this host downloaded for the slot.
    pub bytes_fetched: u64,
    /// Surviving slot datasets this host fetched only to decode from (deleted once done).
    pub fetched_sources: Vec<String>,
    /// Rebuilt slots of other hosts served from here.
    pub served: Vec<ServedSlot>,
    /// What happened last.
    pub note: Option<String>,
}

/// What getting a repair slot's data decided.
pub(super) enum Obtained {
    /// The slot's dataset is stored.
    Ready,
    /// Not yet: look again after this long.
    Wait(Duration),
}

/// Gets the data of `sale` (a slot in repair) into the store; see the module docs.
pub(super) async fn obtain(
    sales: &Sales,
    sale: &Sale,
    request: &Request,
    storage: &StorageManifest,
    since: i64,
) -> Result<Obtained, StepError> {
    let inner = &sales.inner;
    let config = &inner.config;
    let index = sale.slot_index;
    let entry = storage
        .slots
        .get(index as usize)
        .ok_or_else(|| StepError::Retry(format!("no slot {index} in the storage manifest")))?;
    let mut record = sale.repair.clone().unwrap_or_default();
    if inner.store.contains(&entry.dataset).await.unwrap_or(false) {
        if sale.repair.is_none() {
            record.step = RepairStep::AlreadyStored;
            record.rows_done = storage.layout().rows();
            record.rows_total = record.rows_done;
            record.note = Some("the slot's dataset was stored here already".into());
            db::set_repair(&inner.db, &sale.slot_id, &record).await?;
        }
        return Ok(Obtained::Ready);
    }
    let waited = Duration::from_secs(u64::try_from(unix_now() - since).unwrap_or(0));

    // 1. From whoever serves it.
    let probe = config.download_timeout.min(config.repair_probe_timeout);
    match tokio::time::timeout(probe, inner.fetcher.fetch_counted(&entry.dataset)).await {
        Ok(Ok((_, blocks))) => {
            record.step = RepairStep::FetchedFromPeer;
            record.bytes_fetched += blocks * BLOCK_SIZE as u64;
            record.rows_done = storage.layout().rows();
            record.rows_total = record.rows_done;
            record.note = Some("the slot's dataset was fetched from a host that had it".into());
            db::set_repair(&inner.db, &sale.slot_id, &record).await?;
            info!(slot = %sale.slot_id, index, blocks, "repair: slot fetched from a peer");
            return Ok(Obtained::Ready);
        }
        Ok(Err(err)) => debug!(slot = %sale.slot_id, %err, "repair: nobody serves the slot"),
        Err(_) => debug!(slot = %sale.slot_id, "repair: no peer served the slot in time"),
    }

    // 2. and 3. Wait for more losses, or for the pass of the host repairing the lowest slot.
    let lost = lost_slots(sales, request).await?;
    record.lost = lost.clone();
    let tolerance = request.ask.maxSlotLoss;
    let can_lose_one_more = (lost.len() as u64) < tolerance;
    if can_lose_one_more && waited < config.repair_delay {
        return wait(sales, sale, record, RepairStep::WaitingForLosses,
            format!("{} of {} slots lost; waiting up to {:?} for more losses to rebuild them in one pass",
                lost.len(), request.ask.slots, config.repair_delay)).await;
    }
    let leader = lost.iter().copied().min().unwrap_or(index);
    if leader != index && waited < config.repair_delay + config.repair_peer_wait {
        let chain = &inner.chain;
        if !chain
            .get_reservations(slot_id(sale.request_id, leader))
            .await?
            .is_empty()
        {
            return wait(sales, sale, record, RepairStep::WaitingForPeer,
                format!("the host repairing slot {leader} rebuilds every lost slot; waiting up to {:?} to fetch this one from it",
                    config.repair_peer_wait)).await;
        }
    }

    // 4. Rebuild every lost slot (at most M) from K survivors.
    let mut rebuild: Vec<u32> = lost.iter().filter_map(|s| u32::try_from(*s).ok()).collect();
    rebuild.truncate(storage.layout().m as usize);
    let mine = u32::try_from(index).map_err(|_| StepError::Retry("slot index".into()))?;
    if !rebuild.contains(&mine) {
        rebuild.pop();
        rebuild.push(mine);
    }
    record.step = RepairStep::Fetching;
    for slot in 0..storage.layout().slots() {
        let cid = storage.slots[slot as usize].dataset;
        if !rebuild.contains(&slot)
            && !inner.store.contains(&cid).await.unwrap_or(true)
            && !record.fetched_sources.contains(&cid.to_string())
        {
            record.fetched_sources.push(cid.to_string());
        }
    }
    record.note = Some(format!("rebuilding slots {rebuild:?} from surviving slots"));
    db::set_repair(&inner.db, &sale.slot_id, &record).await?;
    info!(slot = %sale.slot_id, index, lost = ?rebuild, "repair: rebuilding from surviving slots");

    let progress = Arc::new(RepairProgress::default());
    let saver = {
        let (sales, progress, slot, base) = (
            sales.clone(),
            progress.clone(),
            sale.slot_id,
            record.clone(),
        );
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(1)).await;
                let mut record = base.clone();
                apply(&mut record, &progress);
                if let Err(err) = db::set_repair(&sales.inner.db, &slot, &record).await {
                    warn!(%slot, %err, "saving repair progress failed");
                }
            }
        })
    };
    let result =
        dataset::rebuild_slots(&inner.fetcher, &inner.store, storage, &rebuild, &progress).await;
    saver.abort();
    let _ = saver.await;
    apply(&mut record, &progress);
    match result {
        Ok(repaired) => {
            record.step = RepairStep::Rebuilt;
            record.sources = repaired.sources.iter().map(|s| u64::from(*s)).collect();
            for (slot, cid) in &repaired.rebuilt {
                if *slot != mine
                    && !record
                        .served
                        .iter()
                        .any(|s| s.slot_index == u64::from(*slot))
                {
                    record.served.push(ServedSlot {
                        slot_index: u64::from(*slot),
                        cid: cid.to_string(),
                    });
                }
            }
            record.note = Some(format!(
                "rebuilt slots {:?} from slots {:?}",
                repaired.rebuilt.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
                repaired.sources
            ));
            // The survivors were fetched only to decode from.
            delete_unheld(
                sales,
                sale.slot_id,
                &std::mem::take(&mut record.fetched_sources),
            )
            .await;
            db::set_repair(&inner.db, &sale.slot_id, &record).await?;
            for served in &record.served {
                if let Ok(cid) = served.cid.parse::<Cid>() {
                    super::slot::announce(sales, &cid);
                }
            }
            info!(slot = %sale.slot_id, index, rebuilt = ?repaired.rebuilt, sources = ?repaired.sources,
                blocks_fetched = repaired.blocks_fetched, "repair: lost slots rebuilt");
            Ok(Obtained::Ready)
        }
        Err(err @ RepairError::Mismatch { .. }) | Err(err @ RepairError::Invalid { .. }) => {
            record.note = Some(err.to_string());
            delete_unheld(
                sales,
                sale.slot_id,
                &std::mem::take(&mut record.fetched_sources),
            )
            .await;
            db::set_repair(&inner.db, &sale.slot_id, &record).await?;
            Err(StepError::GiveUp(err.to_string()))
        }
        Err(err) => {
            record.note = Some(err.to_string());
            db::set_repair(&inner.db, &sale.slot_id, &record).await?;
            Err(StepError::Retry(format!("repair: {err}")))
        }
    }
}

/// Records a waiting step.
async fn wait(
    sales: &Sales,
    sale: &Sale,
    mut record: RepairRecord,
    step: RepairStep,
    note: String,
) -> Result<Obtained, StepError> {
    if record.step != step {
        info!(slot = %sale.slot_id, index = sale.slot_index, %note, "repair: waiting");
    }
    record.step = step;
    record.note = Some(note);
    db::set_repair(&sales.inner.db, &sale.slot_id, &record).await?;
    Ok(Obtained::Wait(sales.interval()))
}

/// Copies a running rebuild's progress into the record.
fn apply(record: &mut RepairRecord, progress: &RepairProgress) {
    let snapshot = progress.snapshot();
    record.rows_done = snapshot.rows_done;
    record.rows_total = snapshot.rows_total;
    record.step = match snapshot.phase {
        RepairPhase::Waiting | RepairPhase::Fetching => RepairStep::Fetching,
        RepairPhase::Decoding => RepairStep::Decoding,
        RepairPhase::Done => RepairStep::Rebuilt,
    };
    record.bytes_fetched = record
        .bytes_fetched
        .max(snapshot.blocks_fetched * BLOCK_SIZE as u64);
}

/// The request's slots in repair now (read from the chain).
async fn lost_slots(sales: &Sales, request: &Request) -> Result<Vec<u64>, StepError> {
    let chain = &sales.inner.chain;
    let id = request_id(request);
    let mut lost = Vec::new();
    for index in 0..request
        .ask
        .slots
        .min(u64::from(cairn_primitives::slot_layout::MAX_SLOTS))
    {
        if chain.slot_state_at(id, index).await? == SlotState::Repair {
            lost.push(index);
        }
    }
    Ok(lost)
}

fn request_id(request: &Request) -> cairn_chain::B256 {
    cairn_chain::request_id(request)
}

/// Deletes datasets this host fetched or rebuilt for a repair (and any partial fetch of them).
/// Deletes the datasets `cids` of the sale of slot `slot_id` (and their partial fetches), each
/// unless another sale or a purchase still holds it ([`crate::market::holders`]).
pub(super) async fn delete_unheld(sales: &Sales, slot_id: cairn_chain::B256, cids: &[String]) {
    let store = &sales.inner.store;
    for cid in cids {
        let Ok(cid) = cid.parse::<Cid>() else {
            continue;
        };
        match crate::market::holders::holders(&sales.inner.db, store, &cid, Some(slot_id)).await {
            Ok(holders) if holders.is_empty() => {}
            Ok(holders) => {
                debug!(%cid, slot = %slot_id, holders = %crate::market::holders::describe(&holders), "dataset kept: still held");
                continue;
            }
            Err(err) => {
                warn!(%cid, %err, "cannot tell what holds a dataset; keeping it");
                continue;
            }
        }
        if let Err(err) = store.abandon_partial(&cid).await
            && !err.is_client_error()
        {
            warn!(%cid, %err, "abandoning a partial fetch failed");
        }
        match store.delete(&cid).await {
            Ok(()) => debug!(%cid, slot = %slot_id, "dataset released"),
            Err(err) if err.is_client_error() => {}
            Err(err) => warn!(%cid, %err, "deleting a released dataset failed"),
        }
    }
}

/// Drops served slots that are filled again (their new host has the data) or whose request
/// ended; true if the record changed.
pub(super) async fn prune_served(sales: &Sales, sale: &Sale) -> Result<(), StepError> {
    let Some(mut record) = sale.repair.clone() else {
        return Ok(());
    };
    if record.served.is_empty() {
        return Ok(());
    }
    let chain = &sales.inner.chain;
    let mut keep = Vec::new();
    let mut drop = Vec::new();
    for served in record.served.drain(..) {
        match chain
            .slot_state_at(sale.request_id, served.slot_index)
            .await?
        {
            SlotState::Repair => keep.push(served),
            _ => drop.push(served.cid),
        }
    }
    record.served = keep;
    if !drop.is_empty() {
        info!(slot = %sale.slot_id, datasets = drop.len(), "repair: served slots are filled again; deleting them");
        delete_unheld(sales, sale.slot_id, &drop).await;
        db::set_repair(&sales.inner.db, &sale.slot_id, &record).await?;
    }
    Ok(())
}

/// Every dataset a repair record still holds (to release with the slot).
pub(crate) fn held(record: &RepairRecord) -> Vec<String> {
    record
        .fetched_sources
        .iter()
        .cloned()
        .chain(record.served.iter().map(|s| s.cid.clone()))
        .collect()
}
