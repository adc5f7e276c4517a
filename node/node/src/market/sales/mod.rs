//! Sales: the host side of the marketplace (DESIGN.md §6, §9).
//!
//! - [`availability`]: what the host offers (space, longest duration, lowest price, most
//!   collateral), checked and persisted in `market.sqlite` (migration 0004).
//! - [`queue`]: open slots of storage requests that some availability accepts, ranked by what
//!   they pay, bounded.
//! - [`Sales`] (the handle the API uses) and [`SalesTask`] (the role's task): follows the
//!   marketplace's events (`StorageRequested` and `SlotFreed` queue slots;
//!   `SlotFilled` by others and `RequestFailed` drop them), takes the best queued slot that an
//!   availability has room for, and drives each slot it took through the persisted state machine
//!   of [`slot`](self::slot) (table `sales`, migration 0005):
//!   reserving → downloading → filling → proving → payout → finished, or cancelled / failed /
//!   ignored / errored. Every step is recorded before the next starts, and the chain is read again
//!   on resume, so a node killed at any step carries on where it was.
//!
//! A host takes at most one slot of a request (its slots are meant for different hosts), and
//! prepares (downloads and proves for filling) a bounded number of slots at a time. Slots of equal
//! value are tried in an order of the host's own (a hash of its address and the slot), so hosts
//! do not all race for slot 0 of a new request.

pub mod availability;
pub(crate) mod db;
pub mod queue;
pub mod repair;
mod slot;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use cairn_chain::{
    Address, B256, ChainClient, ChainError, MarketEvent, MarketplaceEvents, RequestState,
    SlotState, U256, collateral_of, slot_id,
};
use cairn_commitments::{SlotTree, VerifyTree};
use cairn_store::Store;
use sqlx::SqlitePool;
use tracing::{debug, info, warn};

pub use availability::{Availabilities, Availability, AvailabilityError, AvailabilityParams};
pub use db::{Sale, SaleState};
pub use queue::{SlotCandidate, SlotQueue};

use crate::{
    fetch::Fetcher,
    market::{
        events::{EventFollower, Next, Start},
        role::{Done, Role, Shutdown},
    },
    proving::SlotProver,
};

/// How the host behaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesConfig {
    /// Time between passes over events and the queue, and between proof checks of a filled slot.
    /// `None`: a fifth of the marketplace's period, within 0.5 s..10 s.
    pub interval: Option<Duration>,
    /// Slots prepared (downloaded, proved and filled) at once.
    pub max_preparing: usize,
    /// Most open slots queued.
    pub queue_capacity: usize,
    /// The first block whose events are read on the very first start. `None`: block 0 on an
    /// anvil devnet, otherwise the current block minus `lookback_blocks`.
    pub start_block: Option<u64>,
    /// How far back the first start looks when `start_block` is `None` (not on devnets).
    pub lookback_blocks: u64,
    /// How long one fetch of a slot's data may go without finishing before it is tried again.
    pub download_timeout: Duration,
    /// How long a host tries to get a request's storage manifest before it reserves (nothing is
    /// at stake yet): after that the slot is ignored.
    pub content_timeout: Duration,
    /// How long a host may take to get a slot's data (download, or repair: waits, fetches and
    /// the rebuild) before it gives the slot up (`failed`, with the reason).
    pub data_timeout: Duration,
    /// Lazy repair: how long a host that took a slot in repair waits for more slots of the
    /// request to be lost, to rebuild them all in one pass. Never waited once the request is one
    /// more loss from failing.
    pub repair_delay: Duration,
    /// How long a host waits for the pass of the host repairing the request's lowest lost slot
    /// (which rebuilds every lost slot) before it rebuilds its slot by itself.
    pub repair_peer_wait: Duration,
    /// How long a repairing host looks for a peer serving its slot's dataset each time.
    pub repair_probe_timeout: Duration,
    /// Blocks a host's loss of a slot must be deep before the host gives it up and deletes its
    /// data (a shallower loss may be reorganised away). `None`: 0 on an anvil devnet (blocks are
    /// mined on demand and never reorganised), otherwise [`DEFAULT_CONFIRMATIONS`].
    pub confirmations: Option<u64>,
    /// Attempts of a step that keeps failing (chain out of reach, bad proof at a period's edge)
    /// before the slot is `errored`.
    pub max_attempts: u32,
}

impl Default for SalesConfig {
    fn default() -> Self {
        Self {
            interval: None,
            max_preparing: 2,
            queue_capacity: 1_000,
            start_block: None,
            lookback_blocks: 5_000,
            download_timeout: Duration::from_secs(600),
            content_timeout: Duration::from_secs(300),
            data_timeout: Duration::from_secs(3600),
            repair_delay: Duration::from_secs(600),
            repair_peer_wait: Duration::from_secs(300),
            repair_probe_timeout: Duration::from_secs(30),
            confirmations: None,
            max_attempts: 20,
        }
    }
}

/// [`SalesConfig::confirmations`] off the devnet.
pub const DEFAULT_CONFIRMATIONS: u64 = 6;

/// Why the sales role stopped or a call failed.
#[derive(Debug, thiserror::Error)]
pub enum SalesError {
    /// The database failed.
    #[error("sales database: {0}")]
    Db(#[from] sqlx::Error),
    /// A chain call failed.
    #[error("chain: {0}")]
    Chain(#[from] ChainError),
    /// The event log could not be read.
    #[error("marketplace events: {0}")]
    Events(#[from] crate::market::events::FollowError),
    /// Availabilities could not be read.
    #[error(transparent)]
    Availability(#[from] AvailabilityError),
}

/// A held slot's tree and the request's verification tree.
type SlotTrees = (Arc<SlotTree>, Arc<VerifyTree>);

/// The host role (see the [module docs](self)). Cheap to clone.
#[derive(Debug, Clone)]
pub struct Sales {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    chain: ChainClient,
    store: Store,
    db: SqlitePool,
    fetcher: Arc<Fetcher>,
    network: cairn_p2p::NetworkHandle,
    availabilities: Availabilities,
    prover: SlotProver,
    config: SalesConfig,
    queue: Mutex<SlotQueue>,
    /// Slot trees and verification trees of the slots held, built once per run.
    trees: tokio::sync::Mutex<HashMap<B256, SlotTrees>>,
    /// Drivers before or in preparation (reserving, downloading, filling).
    preparing_count: std::sync::atomic::AtomicUsize,
    /// Slots with a running driver.
    driving: Mutex<std::collections::HashSet<B256>>,
    /// Requests seen in the marketplace's events (for the scan for slots in repair at start).
    seen_requests: Mutex<std::collections::HashSet<B256>>,
}

/// Most requests remembered for the scan at start.
const MAX_SEEN_REQUESTS: usize = 100_000;

impl Sales {
    /// The host role over `chain`, keeping slots in `store` and its state in `db`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chain: ChainClient,
        store: Store,
        db: SqlitePool,
        fetcher: Arc<Fetcher>,
        network: cairn_p2p::NetworkHandle,
        availabilities: Availabilities,
        prover: SlotProver,
        config: SalesConfig,
    ) -> Self {
        let queue = Mutex::new(SlotQueue::new(config.queue_capacity.max(1)));
        Self {
            inner: Arc::new(Inner {
                chain,
                store,
                db,
                fetcher,
                network,
                availabilities,
                prover,
                config,
                queue,
                trees: tokio::sync::Mutex::new(HashMap::new()),
                preparing_count: std::sync::atomic::AtomicUsize::new(0),
                driving: Mutex::new(std::collections::HashSet::new()),
                seen_requests: Mutex::new(std::collections::HashSet::new()),
            }),
        }
    }

    /// This host's address.
    pub fn address(&self) -> Address {
        self.inner.chain.address()
    }

    /// Every slot this host took on, newest first.
    pub async fn slots(&self) -> Result<Vec<Sale>, SalesError> {
        Ok(db::all(&self.inner.db).await?)
    }

    /// One slot.
    pub async fn slot(&self, slot_id: &B256) -> Result<Option<Sale>, SalesError> {
        Ok(db::load(&self.inner.db, slot_id).await?)
    }

    /// Open slots queued now.
    pub fn queued(&self) -> usize {
        self.lock_queue().len()
    }

    fn lock_queue(&self) -> std::sync::MutexGuard<'_, SlotQueue> {
        self.inner.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Blocks a loss must be deep (see [`SalesConfig::confirmations`]).
    fn confirmations(&self) -> u64 {
        self.inner.config.confirmations.unwrap_or(
            if self.inner.chain.chain_id() == cairn_chain::ANVIL_CHAIN_ID {
                0
            } else {
                DEFAULT_CONFIRMATIONS
            },
        )
    }

    fn interval(&self) -> Duration {
        self.inner.config.interval.unwrap_or_else(|| {
            let period = self.inner.chain.market_config().period;
            Duration::from_millis(period.saturating_mul(1000) / 5)
                .clamp(Duration::from_millis(500), Duration::from_secs(10))
        })
    }

    /// Queues the slots in repair of every started request this host has seen (a host started
    /// after a request began, or after the slot was freed, still repairs it); returns how many.
    async fn scan_repairs(&self) -> Result<usize, SalesError> {
        let requests: Vec<B256> = self
            .inner
            .seen_requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .copied()
            .collect();
        let chain = &self.inner.chain;
        let mut found = 0;
        for request_id in requests {
            if chain.request_state(request_id).await? != RequestState::Started {
                continue;
            }
            let request = chain.get_request(request_id).await?;
            let ask = &request.ask;
            for index in 0..ask
                .slots
                .min(u64::from(cairn_primitives::slot_layout::MAX_SLOTS))
            {
                if chain.slot_state_at(request_id, index).await? != SlotState::Repair {
                    continue;
                }
                found += 1;
                self.lock_queue().push_again(SlotCandidate {
                    request_id,
                    slot_index: index,
                    slot_size: ask.slotSize,
                    duration: ask.duration,
                    price_per_byte_per_second: ask.pricePerBytePerSecond,
                    collateral: collateral_of(ask),
                    expires_at: u64::MAX,
                    tiebreak: tiebreak(self.address(), request_id, index),
                });
            }
        }
        Ok(found)
    }

    async fn on_event(&self, event: &MarketEvent) {
        match &event.event {
            MarketplaceEvents::StorageRequested(requested) => {
                {
                    let mut seen = self
                        .inner
                        .seen_requests
                        .lock()
                        .unwrap_or_else(|p| p.into_inner());
                    if seen.len() < MAX_SEEN_REQUESTS {
                        seen.insert(requested.requestId);
                    }
                }
                let ask = &requested.ask;
                let collateral = collateral_of(ask);
                let me = self.address();
                let mut queue = self.lock_queue();
                for index in 0..ask.slots {
                    queue.push(SlotCandidate {
                        request_id: requested.requestId,
                        slot_index: index,
                        slot_size: ask.slotSize,
                        duration: ask.duration,
                        price_per_byte_per_second: ask.pricePerBytePerSecond,
                        collateral,
                        expires_at: requested.expiresAt,
                        tiebreak: tiebreak(me, requested.requestId, index),
                    });
                }
                debug!(request = %requested.requestId, slots = ask.slots, "storage requested: slots queued");
            }
            MarketplaceEvents::SlotFreed(freed) => {
                // Offered for repair: worth taking if an availability accepts it.
                if freed.host == self.address() {
                    return;
                }
                match self.inner.chain.get_request(freed.requestId).await {
                    Ok(request) => {
                        let ask = &request.ask;
                        self.lock_queue().push_again(SlotCandidate {
                            request_id: freed.requestId,
                            slot_index: freed.slotIndex,
                            slot_size: ask.slotSize,
                            duration: ask.duration,
                            price_per_byte_per_second: ask.pricePerBytePerSecond,
                            collateral: collateral_of(ask),
                            expires_at: u64::MAX,
                            tiebreak: tiebreak(self.address(), freed.requestId, freed.slotIndex),
                        });
                    }
                    Err(err) => {
                        warn!(%err, request = %freed.requestId, "reading a freed slot's request failed")
                    }
                }
            }
            MarketplaceEvents::SlotFilled(filled) => {
                self.lock_queue()
                    .remove_slot(&filled.requestId, filled.slotIndex);
            }
            MarketplaceEvents::RequestFailed(failed) => {
                self.lock_queue().remove_request(&failed.requestId);
            }
            _ => {}
        }
    }

    /// Takes queued slots while preparation capacity lasts.
    async fn start_slots(&self, stop: &Shutdown, done: &Done) -> Result<usize, SalesError> {
        let mut deferred = Vec::new();
        let mut taken = 0;
        let result = async {
            while self.preparing_drivers() < self.inner.config.max_preparing.max(1) {
                let Some(candidate) = self.lock_queue().pop() else {
                    break;
                };
                match self.take(&candidate).await {
                    Ok(Take::Taken(slot)) => {
                        taken += 1;
                        self.spawn_driver(slot, stop.clone(), done.clone());
                    }
                    Ok(Take::Later) => deferred.push(candidate),
                    Ok(Take::Never) => {}
                    Err(err) => {
                        deferred.push(candidate);
                        return Err(err);
                    }
                }
            }
            Ok(())
        }
        .await;
        let mut queue = self.lock_queue();
        for candidate in deferred {
            queue.push_again(candidate);
        }
        result.map(|()| taken)
    }

    /// Drivers of slots not filled yet (they will want a preparation permit).
    fn preparing_drivers(&self) -> usize {
        self.inner
            .preparing_count
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Records `candidate` as a new sale if it is still open and an availability has room.
    async fn take(&self, candidate: &SlotCandidate) -> Result<Take, SalesError> {
        let chain = &self.inner.chain;
        let sales = db::all(&self.inner.db).await?;
        let id = slot_id(candidate.request_id, candidate.slot_index);
        // A slot this host gave up before it held it (lost a race, cancelled, errored) may be
        // taken again once it is in repair; one it held (and lost, or finished) never.
        let again = match sales.iter().find(|s| s.slot_id == id) {
            None => false,
            Some(s)
                if matches!(
                    s.state,
                    SaleState::Ignored | SaleState::Cancelled | SaleState::Errored
                ) =>
            {
                true
            }
            Some(_) => return Ok(Take::Never),
        };
        // One slot per request and host: while one is being prepared, the others wait (it may be
        // lost to another host); once one is held, they are not for this host.
        let mine = sales
            .iter()
            .filter(|s| s.request_id == candidate.request_id)
            .map(|s| s.state);
        let mut wait = false;
        for state in mine {
            match state {
                SaleState::Reserving | SaleState::Downloading | SaleState::Filling => wait = true,
                SaleState::Ignored | SaleState::Errored | SaleState::Cancelled => {}
                _ => return Ok(Take::Never),
            }
        }
        if wait {
            return Ok(Take::Later);
        }
        let request_state = chain.request_state(candidate.request_id).await?;
        // The expiry bounds filling a new request only: a started request's slots in repair are
        // open until it ends.
        let now = chain.latest_block_timestamp().await?;
        if request_state == RequestState::New
            && candidate.expires_at != u64::MAX
            && now >= candidate.expires_at
        {
            return Ok(Take::Never);
        }
        let slot_state = chain
            .slot_state_at(candidate.request_id, candidate.slot_index)
            .await?;
        if !slot::fillable(request_state, slot_state) || (again && slot_state != SlotState::Repair)
        {
            debug!(request = %candidate.request_id, slot = candidate.slot_index, ?request_state, ?slot_state, "the slot cannot be filled");
            return Ok(Take::Never);
        }
        // Another host is preparing this slot: go for one nobody reserved, if there is one.
        let reservers = chain.get_reservations(id).await?;
        if !reservers.is_empty()
            && !reservers.contains(&self.address())
            && unreserved_slot(chain, candidate.request_id, candidate.slot_index)
                .await?
                .is_some()
        {
            debug!(request = %candidate.request_id, slot = candidate.slot_index, "another host reserved the slot; trying an unreserved one first");
            return Ok(Take::Later);
        }
        let Some(availability) = self.pick_availability(candidate, &sales).await? else {
            debug!(request = %candidate.request_id, slot = candidate.slot_index, "no availability has room for the slot (yet)");
            return Ok(Take::Later);
        };
        let recorded = if again {
            db::reopen(
                &self.inner.db,
                id,
                availability,
                candidate.slot_size,
                candidate.collateral,
            )
            .await?
        } else {
            db::insert(
                &self.inner.db,
                id,
                candidate.request_id,
                candidate.slot_index,
                availability,
                candidate.slot_size,
                candidate.collateral,
            )
            .await?
        };
        if recorded {
            info!(request = %candidate.request_id, slot = candidate.slot_index, availability, "taking a slot");
            Ok(Take::Taken(id))
        } else {
            Ok(Take::Never)
        }
    }

    /// The first availability that accepts the slot given what its other slots use.
    async fn pick_availability(
        &self,
        candidate: &SlotCandidate,
        sales: &[Sale],
    ) -> Result<Option<i64>, SalesError> {
        for availability in self.inner.availabilities.list().await? {
            let (used, locked) = sales
                .iter()
                .filter(|s| s.availability_id == availability.id && s.state.holds_resources())
                .fold((0u64, U256::ZERO), |(used, locked), s| {
                    (
                        used.saturating_add(s.slot_size),
                        locked.saturating_add(s.collateral),
                    )
                });
            if availability.params.accepts(
                candidate.slot_size,
                candidate.duration,
                candidate.price_per_byte_per_second,
                candidate.collateral,
                used,
                locked,
            ) {
                return Ok(Some(availability.id));
            }
        }
        Ok(None)
    }

    /// Starts the driver of `slot` (unless one runs), holding a [`Done`] guard until it ends.
    fn spawn_driver(&self, slot: B256, stop: Shutdown, done: Done) {
        {
            let mut driving = self.inner.driving.lock().unwrap_or_else(|p| p.into_inner());
            if !driving.insert(slot) {
                return;
            }
        }
        let sales = self.clone();
        let preparing = Preparing::new(self.inner.clone());
        tokio::spawn(async move {
            slot::drive(&sales, slot, stop, preparing).await;
            sales
                .inner
                .driving
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&slot);
            drop(done);
        });
    }
}

/// Most events handled in one step (a long catch-up goes on in the next).
const MAX_EVENTS_PER_STEP: usize = 10_000;

/// What one [`SalesTask`] step did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SalesReport {
    /// Slots whose drivers were started again at the first step (unfinished at the last stop).
    pub resumed: usize,
    /// Events handled.
    pub events: usize,
    /// Slots in repair found by the scan of the requests seen (once the replayed past is in).
    pub repairs_found: Option<usize>,
    /// Slots taken (drivers started).
    pub taken: usize,
    /// Open slots queued after the step.
    pub queued: usize,
}

/// The host role's task (a [`Role`]): each step handles the events that arrived (queueing and
/// dropping open slots), scans for slots in repair once the recent past is replayed, and takes
/// queued slots while preparation capacity lasts. Every slot it takes (or finds unfinished at
/// start) runs in a driver task of its own ([`slot`]) with the same stop signal and a [`Done`]
/// guard.
#[derive(Debug)]
pub struct SalesTask {
    sales: Sales,
    events: EventFollower,
    shutdown: Shutdown,
    done: Done,
    resumed: bool,
    scanned: bool,
}

impl SalesTask {
    /// The task of `sales`; slot drivers get `shutdown` and a clone of `done`.
    pub fn new(sales: Sales, shutdown: Shutdown, done: Done) -> Self {
        let inner = &sales.inner;
        let start = match inner.config.start_block {
            Some(block) => Start::Block(block),
            None => Start::Recent {
                lookback: inner.config.lookback_blocks,
            },
        };
        // The slot queue lives in memory: at start the recent past is read again, so that slots
        // of requests seen before a restart are queued again (every handler is idempotent, and a
        // slot is checked on chain before it is taken).
        let events = EventFollower::new(db::ROLE, inner.chain.clone(), inner.db.clone(), start)
            .replaying(inner.config.lookback_blocks);
        Self {
            sales,
            events,
            shutdown,
            done,
            resumed: false,
            scanned: false,
        }
    }

    /// Resumes the unfinished slots (first step) and loads the circuit in the background.
    async fn resume(&mut self) -> Result<usize, SalesError> {
        let sales = &self.sales;
        // Load the circuit and keys now, not during the first fill's period.
        let prover = sales.inner.prover.clone();
        tokio::spawn(async move {
            if let Err(err) = prover.load().await {
                warn!(%err, "loading the storage-proof circuit failed; hosting cannot prove");
            }
        });
        let active = db::active(&sales.inner.db).await?;
        for sale in &active {
            info!(slot = %sale.slot_id, state = sale.state.as_str(), "resuming a slot");
            sales.spawn_driver(sale.slot_id, self.shutdown.clone(), self.done.clone());
        }
        Ok(active.len())
    }

    /// Handles the events that have arrived, without waiting for more; saves the position.
    async fn sync_events(&mut self) -> Result<usize, SalesError> {
        let mut handled = 0;
        while handled < MAX_EVENTS_PER_STEP {
            match self.events.next().await {
                Next::Empty => break,
                Next::Error(err) => {
                    warn!(%err, "sales: marketplace events: the chain is out of reach or sent a bad log");
                    break;
                }
                Next::Event(event) => {
                    self.sales.on_event(&event).await;
                    self.events.handled(event.cursor());
                    handled += 1;
                }
            }
        }
        self.events.save().await?;
        Ok(handled)
    }
}

impl Role for SalesTask {
    const NAME: &'static str = "sales";
    type Report = SalesReport;
    type Error = SalesError;

    async fn step(&mut self) -> Result<SalesReport, SalesError> {
        let mut report = SalesReport::default();
        if !self.resumed {
            report.resumed = self.resume().await?;
            self.resumed = true;
        }
        report.events = self.sync_events().await?;
        if !self.scanned {
            // Once the replayed past is in: slots in repair of every request seen.
            match self.sales.scan_repairs().await {
                Ok(found) => {
                    self.scanned = true;
                    report.repairs_found = Some(found);
                    if found > 0 {
                        info!(slots = found, "sales: slots in repair found at start");
                    }
                }
                Err(err) => warn!(%err, "sales: scanning requests for slots in repair failed"),
            }
        }
        report.taken = self.sales.start_slots(&self.shutdown, &self.done).await?;
        report.queued = self.sales.queued();
        Ok(report)
    }

    async fn idle(&mut self) {
        tokio::time::sleep(self.sales.interval()).await;
    }

    fn is_fatal(_: &SalesError) -> bool {
        // The chain or the database out of reach for a while: the next step tries again.
        false
    }

    async fn stopped(&mut self) {
        if let Err(err) = self.events.save().await {
            warn!(%err, "sales: saving the event cursor failed");
        }
    }
}

/// Counts a slot driver as preparing until it is dropped (once the slot is filled or ended).
pub(crate) struct Preparing {
    inner: Option<Arc<Inner>>,
}

impl Preparing {
    fn new(inner: Arc<Inner>) -> Self {
        inner
            .preparing_count
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Self { inner: Some(inner) }
    }

    /// Stops counting (the slot is filled).
    pub(crate) fn done(&mut self) {
        if let Some(inner) = self.inner.take() {
            inner
                .preparing_count
                .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

impl Drop for Preparing {
    fn drop(&mut self) {
        self.done();
    }
}

/// What became of a queued slot.
enum Take {
    /// Recorded as a new sale.
    Taken(B256),
    /// Not now; queue it again.
    Later,
    /// Not for this host.
    Never,
}

/// Most slots of one request looked at for one without reservations.
const MAX_SLOTS_SCANNED: u64 = 32;

/// A slot of `request_id` other than `except` that is open (fillable) and that nobody reserved.
pub(crate) async fn unreserved_slot(
    chain: &ChainClient,
    request_id: B256,
    except: u64,
) -> Result<Option<u64>, ChainError> {
    let request = chain.get_request(request_id).await?;
    let request_state = chain.request_state(request_id).await?;
    for index in (0..request.ask.slots.min(MAX_SLOTS_SCANNED)).filter(|i| *i != except) {
        let open = slot::fillable(request_state, chain.slot_state_at(request_id, index).await?);
        if open
            && chain
                .get_reservations(slot_id(request_id, index))
                .await?
                .is_empty()
        {
            return Ok(Some(index));
        }
    }
    Ok(None)
}

/// Among hosts that reserved the same slot at once, the one with the smallest
/// `keccak256(host, slotId)` keeps it; the others yield when another slot is unreserved.
pub(crate) fn keeps_reservation(me: Address, reservers: &[Address], slot: B256) -> bool {
    let rank = |host: &Address| {
        let mut bytes = [0u8; 52];
        bytes[..20].copy_from_slice(host.as_slice());
        bytes[20..].copy_from_slice(slot.as_slice());
        cairn_chain::keccak256(bytes)
    };
    let mine = rank(&me);
    reservers
        .iter()
        .filter(|h| **h != me)
        .all(|h| rank(h) > mine)
}

/// A host's own order among slots of equal value: a hash of its address and the slot.
fn tiebreak(host: Address, request_id: B256, slot_index: u64) -> u64 {
    let mut bytes = Vec::with_capacity(20 + 32 + 8);
    bytes.extend_from_slice(host.as_slice());
    bytes.extend_from_slice(request_id.as_slice());
    bytes.extend_from_slice(&slot_index.to_be_bytes());
    let hash = cairn_chain::keccak256(&bytes);
    u64::from_be_bytes(hash.0[..8].try_into().unwrap_or([0; 8]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_one_of_several_reservers_keeps_the_slot() {
        let hosts: Vec<Address> = (1u8..=5).map(Address::with_last_byte).collect();
        for slot in [B256::ZERO, B256::with_last_byte(7), B256::repeat_byte(0xab)] {
            for n in 1..=hosts.len() {
                let reservers = &hosts[..n];
                let keepers = reservers
                    .iter()
                    .filter(|h| keeps_reservation(**h, reservers, slot))
                    .count();
                assert_eq!(keepers, 1, "{n} reservers of {slot}");
            }
        }
        // A host alone keeps what it reserved.
        assert!(keeps_reservation(hosts[0], &[hosts[0]], B256::ZERO));
    }

    #[test]
    fn tiebreaks_differ_between_hosts_and_slots() {
        let request = B256::repeat_byte(1);
        let a = Address::with_last_byte(1);
        let b = Address::with_last_byte(2);
        assert_ne!(tiebreak(a, request, 0), tiebreak(b, request, 0));
        assert_ne!(tiebreak(a, request, 0), tiebreak(a, request, 1));
        assert_eq!(tiebreak(a, request, 3), tiebreak(a, request, 3));
    }
}
