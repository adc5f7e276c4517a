//! The follower: keeps every purchase in step with the chain and withdraws the client's funds
//! once a request has ended. [`PurchasingTask`] is purchasing's [`Role`]:
//!
//! - Its first step settles every unfinished purchase against the chain (a crash at any step is
//!   resumed from what the chain says, never from what the node remembers having sent), once its
//!   place in the event log is fixed (so nothing that happens meanwhile is missed).
//! - Marketplace events about our requests (`StorageRequested`, `SlotFilled`, `SlotFreed`,
//!   `SlotAbandoned`, `RequestStarted`, `RequestFailed`, `FundsWithdrawn`) trigger a re-read of
//!   that request; the position in the log is saved after each of them (role `purchasing` in
//!   `chain_cursors`, [`crate::market::events`]), so a restart resumes right after the last event
//!   handled. Handling is idempotent, so an event handled twice (crash before the cursor was
//!   saved) does no harm; after events of other requests the cursor is written only every 256
//!   events, on each tick and at shutdown. Without a saved position it follows from the head:
//!   whatever happened before is read from the chain state.
//! - Cancellation (`expiresAt` passed unfilled) and the end of a request (`endsAt`) follow from
//!   time alone, with no event: every `poll_interval` the chain's clock (latest block timestamp)
//!   is compared with each purchase's times, and the due ones are re-read. The same tick retries
//!   sending `submitting` purchases and pending withdrawals.
//!
//! Between steps the task waits for the next event or the next tick, whichever comes first.

use cairn_chain::{
    B256, MarketEvent, MarketplaceError, MarketplaceEvents, RequestInfo, RequestState,
};
use tokio::time::Instant;
use tracing::{debug, info, warn};

use super::{Purchase, PurchaseError, PurchaseState, Purchasing, db};
use crate::market::{
    events::{EventFollower, Next, Start},
    role::Role,
};

/// Events of other requests after which the cursor is written anyway.
const CURSOR_SAVE_EVERY: u32 = 256;

/// Most events handled in one step.
const MAX_EVENTS_PER_STEP: usize = 1_024;

/// What one [`PurchasingTask`] step did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurchasingReport {
    /// Purchases settled at the first step.
    pub resumed: Option<usize>,
    /// Events handled.
    pub events: usize,
    /// Of them, events about this client's purchases.
    pub ours: usize,
    /// Whether the clock tick ran (time-derived transitions and retries).
    pub ticked: bool,
}

/// Purchasing's task (see the [module docs](self)).
#[derive(Debug)]
pub struct PurchasingTask {
    purchasing: Purchasing,
    events: EventFollower,
    resumed: bool,
    next_tick: Instant,
}

impl PurchasingTask {
    /// The task of `purchasing`.
    pub fn new(purchasing: Purchasing) -> Self {
        let inner = &purchasing.inner;
        let events =
            EventFollower::new(db::ROLE, inner.chain.clone(), inner.db.clone(), Start::Head);
        Self {
            purchasing,
            events,
            resumed: false,
            next_tick: Instant::now(),
        }
    }

    async fn save_cursor(&mut self) {
        if let Err(err) = self.events.save().await {
            warn!(%err, "purchasing: saving the event cursor failed");
        }
    }
}

impl Role for PurchasingTask {
    const NAME: &'static str = "purchasing";
    type Report = PurchasingReport;
    type Error = PurchaseError;

    async fn step(&mut self) -> Result<PurchasingReport, PurchaseError> {
        let mut report = PurchasingReport::default();
        let poll = self.purchasing.inner.config.poll_interval;
        if !self.resumed {
            self.events.open().await?;
            let unfinished = db::unfinished(&self.purchasing.inner.db).await?.len();
            info!(
                purchases = unfinished,
                "purchasing: settling unfinished purchases"
            );
            self.purchasing.settle_all().await;
            self.resumed = true;
            report.resumed = Some(unfinished);
            self.next_tick = Instant::now() + poll;
        }
        while report.events < MAX_EVENTS_PER_STEP {
            match self.events.next().await {
                Next::Empty => break,
                Next::Error(err) => {
                    warn!(%err, "purchasing: marketplace events unavailable");
                    break;
                }
                Next::Event(event) => {
                    let ours = self.purchasing.on_event(&event).await;
                    self.events.handled(event.cursor());
                    report.events += 1;
                    if ours {
                        report.ours += 1;
                    }
                    if ours || self.events.unsaved() >= CURSOR_SAVE_EVERY {
                        self.save_cursor().await;
                    }
                }
            }
        }
        if Instant::now() >= self.next_tick {
            self.save_cursor().await;
            self.purchasing.settle_due().await;
            self.next_tick = Instant::now() + poll;
            report.ticked = true;
        }
        Ok(report)
    }

    async fn idle(&mut self) {
        let tick = self.next_tick;
        tokio::select! {
            () = self.events.ready() => {}
            () = tokio::time::sleep_until(tick) => {}
        }
    }

    fn is_fatal(_: &PurchaseError) -> bool {
        // Single steps that fail are logged and tried again.
        false
    }

    async fn stopped(&mut self) {
        self.save_cursor().await;
    }
}

impl Purchasing {
    /// Settles every unfinished purchase (on start).
    async fn settle_all(&self) {
        let purchases = match db::unfinished(&self.inner.db).await {
            Ok(purchases) => purchases,
            Err(err) => {
                warn!(%err, "purchasing: reading the purchases failed");
                return;
            }
        };
        for purchase in purchases {
            self.settle_logged(purchase).await;
        }
    }

    /// Settles the purchases a time-derived transition or a retry is due for.
    async fn settle_due(&self) {
        let purchases = match db::unfinished(&self.inner.db).await {
            Ok(purchases) => purchases,
            Err(err) => {
                warn!(%err, "purchasing: reading the purchases failed");
                return;
            }
        };
        if purchases.is_empty() {
            return;
        }
        let now = match self.inner.chain.latest_block_timestamp().await {
            Ok(now) => now,
            Err(err) => {
                warn!(%err, "purchasing: reading the chain's clock failed");
                return;
            }
        };
        let timeout = self.inner.chain.market_config().timeout;
        for purchase in purchases {
            if self.is_due(&purchase, now, timeout) {
                self.settle_logged(purchase).await;
            }
        }
    }

    /// Whether `purchase` may have changed state at chain time `now` without an event, or has a
    /// step to retry.
    fn is_due(&self, purchase: &Purchase, now: u64, timeout: u64) -> bool {
        let passed = |time: Option<u64>, margin: u64| time.is_none_or(|t| now > t + margin);
        match purchase.state {
            PurchaseState::Submitting => !self.is_in_flight(&purchase.id),
            PurchaseState::Submitted => passed(purchase.expires_at, 0),
            PurchaseState::Started => passed(purchase.ends_at, 0),
            PurchaseState::Finished => !purchase.withdrawn && passed(purchase.ends_at, timeout),
            PurchaseState::Failed => !purchase.withdrawn && passed(purchase.failed_at, timeout),
            PurchaseState::Cancelled => !purchase.withdrawn,
            PurchaseState::Errored => false,
        }
    }

    /// Handles one marketplace event; true when it was about one of our purchases.
    async fn on_event(&self, event: &MarketEvent) -> bool {
        let id = match &event.event {
            MarketplaceEvents::StorageRequested(e) => e.requestId,
            MarketplaceEvents::SlotFilled(e) => e.requestId,
            MarketplaceEvents::SlotFreed(e) => e.requestId,
            MarketplaceEvents::SlotAbandoned(e) => e.requestId,
            MarketplaceEvents::RequestStarted(e) => e.requestId,
            MarketplaceEvents::RequestFailed(e) => e.requestId,
            MarketplaceEvents::FundsWithdrawn(e) => e.requestId,
            _ => return false,
        };
        let purchase = match db::load(&self.inner.db, &id).await {
            Ok(Some(purchase)) => purchase,
            Ok(None) => return false,
            Err(err) => {
                warn!(%id, %err, "purchasing: reading the purchase failed");
                return false;
            }
        };
        debug!(%id, event = event.name(), block = event.block_number, "purchase event");
        if let MarketplaceEvents::FundsWithdrawn(withdrawn) = &event.event
            && !purchase.withdrawn
        {
            let recorded = async {
                db::set_withdrawal(&self.inner.db, &id, withdrawn.amount).await?;
                db::mark_withdrawn(&self.inner.db, &id, event.tx_hash).await
            };
            if let Err(err) = recorded.await {
                warn!(%id, %err, "purchasing: recording the withdrawal failed");
            }
        }
        if !purchase.is_done() {
            self.settle_logged(purchase).await;
        }
        true
    }

    async fn settle_logged(&self, purchase: Purchase) {
        let id = purchase.id;
        if let Err(err) = self.settle(purchase).await {
            warn!(%id, %err, "purchasing: settling the purchase failed (retried later)");
        }
    }

    /// Brings `purchase` in step with the chain: sends a `submitting` request that is not on chain,
    /// records the request's state, times and counters, and withdraws once it ended.
    async fn settle(&self, purchase: Purchase) -> Result<(), PurchaseError> {
        let id = purchase.id;
        if self.is_in_flight(&id) {
            return Ok(());
        }
        if purchase.state == PurchaseState::Submitting {
            match self.submit(&id).await {
                Ok(p) if p.state != PurchaseState::Submitting => {}
                Ok(_) | Err(PurchaseError::Busy(_)) => return Ok(()),
                Err(PurchaseError::Refused(_)) => return Ok(()), // now errored
                Err(err) => return Err(err),
            }
        }
        let Some(info) = self.refresh(&id).await? else {
            return Ok(());
        };
        let Some(purchase) = db::load(&self.inner.db, &id).await? else {
            return Ok(());
        };
        if purchase.state.has_ended() && !purchase.withdrawn {
            // Missing proofs of the last periods can be marked until `timeout` after the end (or
            // the failure); the contract refuses the withdrawal until then.
            let timeout = self.inner.chain.market_config().timeout;
            if let Some(open_after) = cairn_chain::payouts_open_after(&info, timeout)
                && self.inner.chain.latest_block_timestamp().await? <= open_after
            {
                return Ok(());
            }
            self.withdraw(&id).await?;
        }
        Ok(())
    }

    /// Reads the request's state, times and counters from the chain and records them. `None`
    /// (with a warning) when the request is not on chain.
    pub(super) async fn refresh(&self, id: &B256) -> Result<Option<RequestInfo>, PurchaseError> {
        let info = match self.inner.chain.get_request_info(*id).await {
            Ok(info) => info,
            Err(err)
                if matches!(
                    err.marketplace_error(),
                    Some(MarketplaceError::UnknownRequest(_))
                ) =>
            {
                warn!(%id, "purchasing: a submitted request is not on chain (reorganisation?)");
                return Ok(None);
            }
            Err(err) => return Err(err.into()),
        };
        let chain_state = RequestState::try_from(info.state)?;
        let Some(state) = PurchaseState::from_chain(chain_state) else {
            return Ok(None);
        };
        let before = db::load(&self.inner.db, id).await?;
        db::update_from_chain(&self.inner.db, id, state, &info).await?;
        if let Some(before) = before
            && before.state != state
        {
            info!(%id, from = %before.state, to = %state, "purchase state changed");
        }
        Ok(Some(info))
    }

    /// Withdraws what is left to the client of an ended request (no transaction when nothing
    /// is left). The amount is recorded before the transaction is sent; a crash in between is
    /// settled by `clientWithdrawn` on chain.
    async fn withdraw(&self, id: &B256) -> Result<(), PurchaseError> {
        let chain = &self.inner.chain;
        let amount = chain.client_payout(*id).await?;
        db::set_withdrawal(&self.inner.db, id, amount).await?;
        if amount.is_zero() {
            info!(%id, "nothing left to withdraw");
            return db::mark_withdrawn(&self.inner.db, id, None).await;
        }
        match chain.withdraw_funds(*id).await {
            Ok(outcome) => {
                info!(%id, %amount, tx = %outcome.tx_hash, "client funds withdrawn");
                db::mark_withdrawn(&self.inner.db, id, Some(outcome.tx_hash)).await
            }
            Err(err)
                if matches!(
                    err.marketplace_error(),
                    Some(MarketplaceError::AlreadyWithdrawn(_))
                ) =>
            {
                db::mark_withdrawn(&self.inner.db, id, None).await
            }
            Err(err) => Err(err.into()),
        }
    }
}
