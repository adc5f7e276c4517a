//! The follower: keeps every purchase in step with the chain and withdraws the client's funds
//! once a request has ended.
//!
//! - On start, every unfinished purchase is settled against the chain (a crash at any step is
//!   resumed from what the chain says, never from what the node remembers having sent).
//! - Marketplace events about our requests (`StorageRequested`, `SlotFilled`, `SlotFreed`,
//!   `SlotAbandoned`, `RequestStarted`, `RequestFailed`, `FundsWithdrawn`) trigger a re-read of
//!   that request; the position in the log is saved after each of them (table `chain_cursors`,
//!   follower `purchasing`), so a restart resumes right after the last event handled. Handling is
//!   idempotent, so an event handled twice (crash before the cursor was saved) does no harm; after
//!   events of other requests the cursor is written only every 256 events, on each tick and at
//!   shutdown.
//! - Cancellation (`expiresAt` passed unfilled) and the end of a request (`endsAt`) follow from
//!   time alone, with no event: every `poll_interval` the chain's clock (latest block timestamp)
//!   is compared with each purchase's times, and the due ones are re-read. The same tick retries
//!   sending `submitting` purchases and pending withdrawals.

use cairn_chain::{
    B256, EventCursor, EventStream, MarketEvent, MarketplaceError, MarketplaceEvents, RequestInfo,
    RequestState,
};
use tracing::{debug, info, warn};

use super::{Purchase, PurchaseError, PurchaseState, Purchasing, db};

/// Events of other requests after which the cursor is written anyway.
const CURSOR_SAVE_EVERY: u32 = 256;

impl Purchasing {
    /// Runs the follower until `shutdown` resolves (see the [module docs](super)). Errors of
    /// single steps are logged and retried; this returns an error only when the market database
    /// cannot be read at start.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send) -> Result<(), PurchaseError> {
        tokio::pin!(shutdown);
        let poll = self.inner.config.poll_interval;
        let saved = db::cursor(&self.inner.db).await?;
        // Without a saved position, follow from the current head: whatever happened before is
        // read from the chain state below.
        let start_block = match saved {
            Some(cursor) => cursor.block_number,
            None => loop {
                match self.inner.chain.block_number().await {
                    Ok(block) => break block,
                    Err(err) => warn!(%err, "purchasing: cannot read the block number, retrying"),
                }
                tokio::select! {
                    () = &mut shutdown => return Ok(()),
                    () = tokio::time::sleep(poll) => {}
                }
            },
        };
        let mut last: Option<EventCursor> = saved;
        let unfinished = db::unfinished(&self.inner.db).await?.len();
        info!(
            purchases = unfinished,
            start_block, "purchasing follower started"
        );
        self.settle_all().await;

        let mut events = self.event_stream(last, start_block);
        let mut ticker = tokio::time::interval(poll);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticker.tick().await; // the first tick is immediate: everything was just settled
        // Events of other requests move the cursor too, but it is written only every
        // `CURSOR_SAVE_EVERY` such events, on a tick and at shutdown (replaying them is harmless).
        let mut unsaved = 0u32;
        loop {
            tokio::select! {
                biased;
                () = &mut shutdown => break,
                _ = ticker.tick() => {
                    if unsaved > 0 {
                        self.save_cursor(last).await;
                        unsaved = 0;
                    }
                    self.settle_due().await;
                }
                item = events.recv() => match item {
                    Some(Ok(event)) => {
                        let ours = self.on_event(&event).await;
                        last = Some(event.cursor());
                        unsaved += 1;
                        if ours || unsaved >= CURSOR_SAVE_EVERY {
                            self.save_cursor(last).await;
                            unsaved = 0;
                        }
                    }
                    Some(Err(err)) => warn!(%err, "purchasing: marketplace events unavailable"),
                    None => {
                        warn!("purchasing: the event stream ended, restarting it");
                        tokio::select! {
                            () = &mut shutdown => break,
                            () = tokio::time::sleep(poll) => {}
                        }
                        events = self.event_stream(last, start_block);
                    }
                },
            }
        }
        if unsaved > 0 {
            self.save_cursor(last).await;
        }
        info!("purchasing follower stopped");
        Ok(())
    }

    async fn save_cursor(&self, cursor: Option<EventCursor>) {
        if let Some(cursor) = cursor
            && let Err(err) = db::save_cursor(&self.inner.db, cursor).await
        {
            warn!(%err, "purchasing: saving the event cursor failed");
        }
    }

    fn event_stream(&self, last: Option<EventCursor>, start_block: u64) -> EventStream {
        match last {
            Some(cursor) => self.inner.chain.events_after(cursor),
            None => self.inner.chain.events(start_block),
        }
    }

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
