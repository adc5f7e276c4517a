//! The validator role (DESIGN.md §9): follows the filled slots, checks each period whether a proof
//! was required and submitted, and calls `markProofAsMissing` in time (docs/MARKETPLACE.md).
//!
//! A [`Validator`] works in passes ([`Validator::step`]; [`Validator::run`] repeats them every
//! [`ValidatorConfig::interval`]):
//!
//! 1. **Events.** Marketplace events are read from where the last run stopped (role
//!    `"validator"` in `chain_cursors`, [`crate::market::events`]; on the very first start from
//!    [`ValidatorConfig::start_block`]). `SlotFilled` starts following a slot; `SlotFreed`,
//!    `SlotAbandoned` and `SlotPaid` stop it; `RequestFailed` has the request read again (its
//!    slots stay followed: proofs missed in periods that ended before the failure can be marked
//!    until `failedAt + timeout`); `ProofMissed` records who marked what (and this validator's
//!    reward). Each batch and its cursor are written in one transaction
//!    (`validator_slots`, `validator_requests`, `validator_marks`: migration 0003), so a restart
//!    neither rescans nor loses anything.
//! 2. **Randomness.** If the next period's seed is not committed yet (`periodSeed(p + 1)` not
//!    binding) and a slot is followed, `commitRandomness` is called, once per period: without it
//!    a quiet period would require no proofs.
//! 3. **Requests.** A request's end and expiry are read once (`getRequestInfo`; again after it
//!    failed); its slots are dropped once `endsAt + timeout` (for a failed request
//!    `failedAt + timeout`) passed, since nothing can be marked any more, or when it expired
//!    without starting (cancelled: no proof was ever required).
//! 4. **Proofs.** For every followed slot and every period that ended and is still within the
//!    timeout ([`markable_periods`]), oldest period first: `isProofRequiredIn` and, if required,
//!    `proofReceived`; a missing proof is marked with `markProofAsMissing`, once. Every attempt is
//!    recorded; a revert that means someone else settled it (`AlreadyMarked`,
//!    `ProofAlreadySubmitted`, `ProofNotRequired`, `ValidationTimedOut`) ends the matter, other
//!    errors are retried on later passes up to [`ValidatorConfig::max_attempts`]. Periods settled
//!    for a slot are remembered (`checked_through`) and not asked about again. The work of one pass
//!    is bounded ([`ValidatorConfig::max_checks_per_pass`], [`ValidatorConfig::max_marks_per_pass`]);
//!    what is left waits for the next pass, and one slot's failure does not stop the others.
//!
//! Time is the chain's (`block.timestamp` of the latest block), never the local clock. The
//! validator is a [`Role`]: the node runs it with [`crate::market::role::run`].

mod check;
mod follow;
mod store;

use std::time::Duration;

use cairn_chain::{Address, B256, ChainClient, ChainError, EventCursor, U256};
use sqlx::SqlitePool;
use tracing::{info, warn};

use crate::market::{
    events::{EventFollower, Next, Start, load_cursor},
    role::Role,
};

pub use check::markable_periods;

/// How the validator behaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatorConfig {
    /// The first block whose events are read on the very first start (no cursor stored yet).
    /// `None`: block 0 on an anvil devnet (chain id 31337), otherwise the current block minus
    /// [`ValidatorConfig::lookback_blocks`]. Set it to the marketplace's deployment block to see
    /// every slot filled since.
    pub start_block: Option<u64>,
    /// How far back the first start looks when `start_block` is `None` (not on devnets).
    pub lookback_blocks: u64,
    /// Time between passes. `None`: a quarter of the marketplace's period, within 1 s..30 s.
    pub interval: Option<Duration>,
    /// Whether to call `commitRandomness` when the next period's seed is not committed yet (only
    /// while at least one slot is followed).
    pub commit_randomness: bool,
    /// Most (slot, period) checks per pass; the rest wait for the next pass (oldest periods go
    /// first).
    pub max_checks_per_pass: usize,
    /// Most `markProofAsMissing` transactions per pass.
    pub max_marks_per_pass: usize,
    /// Most `getRequestInfo` lookups per pass.
    pub max_request_lookups_per_pass: usize,
    /// Chain calls in flight at once within a pass.
    pub concurrency: usize,
    /// Attempts to mark one (slot, period) before giving up on it (reverts that settle it do not
    /// count).
    pub max_attempts: u32,
    /// Events written per database transaction.
    pub event_batch: usize,
    /// Most events handled per step (a long catch-up continues on the next step, so passes keep
    /// running).
    pub max_events_per_step: usize,
}

impl Default for ValidatorConfig {
    fn default() -> Self {
        Self {
            start_block: None,
            lookback_blocks: 500_000,
            interval: None,
            commit_randomness: true,
            max_checks_per_pass: 2_000,
            max_marks_per_pass: 100,
            max_request_lookups_per_pass: 100,
            concurrency: 8,
            max_attempts: 3,
            event_batch: 500,
            max_events_per_step: 10_000,
        }
    }
}

/// Why the validator stopped or a step failed.
#[derive(Debug, thiserror::Error)]
pub enum ValidatorError {
    /// The database failed.
    #[error("validator database: {0}")]
    Db(#[from] sqlx::Error),
    /// A chain call the whole pass depends on failed (per-slot failures are logged and retried,
    /// not returned).
    #[error("chain: {0}")]
    Chain(#[from] ChainError),
    /// The database was written for another chain or marketplace.
    #[error(
        "the validator database follows marketplace {stored} on chain {stored_chain_id}, not \
         {marketplace} on chain {chain_id}"
    )]
    OtherMarketplace {
        /// The marketplace recorded in the database.
        stored: Address,
        /// Its chain.
        stored_chain_id: u64,
        /// The marketplace the client is connected to.
        marketplace: Address,
        /// The client's chain.
        chain_id: u64,
    },
    /// The database holds something the validator did not write.
    #[error("corrupt validator database: {0}")]
    Corrupt(String),
    /// The configuration cannot work.
    #[error("invalid validator configuration: {0}")]
    InvalidConfig(String),
}

impl ValidatorError {
    /// Whether the run ([`crate::market::role::run`]) stops on this error (the database or the configuration is
    /// unusable) rather than trying again on the next pass (the chain was out of reach).
    pub fn is_fatal(&self) -> bool {
        !matches!(self, Self::Chain(_))
    }
}

/// What became of a missing proof (`validator_marks.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkStatus {
    /// This validator marked it.
    Marked,
    /// Another validator marked it first.
    MarkedByOther,
    /// The proof turned out to be received.
    ProofReceived,
    /// The proof turned out not to be required (e.g. the host was removed meanwhile).
    NotRequired,
    /// The timeout passed before it could be marked.
    TimedOut,
    /// Every attempt failed; given up.
    Failed,
    /// An attempt failed; tried again on a later pass.
    Retry,
}

impl MarkStatus {
    /// The database spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Marked => "marked",
            Self::MarkedByOther => "marked_by_other",
            Self::ProofReceived => "proof_received",
            Self::NotRequired => "not_required",
            Self::TimedOut => "timed_out",
            Self::Failed => "failed",
            Self::Retry => "retry",
        }
    }

    /// Parses the database spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "marked" => Self::Marked,
            "marked_by_other" => Self::MarkedByOther,
            "proof_received" => Self::ProofReceived,
            "not_required" => Self::NotRequired,
            "timed_out" => Self::TimedOut,
            "failed" => Self::Failed,
            "retry" => Self::Retry,
            _ => return None,
        })
    }

    /// Whether nothing more will be done about it.
    pub fn is_settled(self) -> bool {
        self != Self::Retry
    }
}

/// A (slot, period) whose proof was missing, and what the validator did about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkRecord {
    /// The slot.
    pub slot_id: B256,
    /// The period whose proof was missing.
    pub period: u64,
    /// The outcome so far.
    pub status: MarkStatus,
    /// Transactions tried for it.
    pub attempts: u32,
    /// The marking transaction (this validator's, or another's seen in `ProofMissed`).
    pub tx_hash: Option<B256>,
    /// Its block.
    pub block: Option<u64>,
    /// The reward this validator received (from its `ProofMissed` event).
    pub reward: Option<U256>,
    /// The last error, for failed attempts.
    pub error: Option<String>,
}

/// A slot the validator follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowedSlot {
    /// The slot.
    pub slot_id: B256,
    /// Its request.
    pub request_id: B256,
    /// Its index in the request.
    pub slot_index: u64,
    /// The host that filled it.
    pub host: Address,
    /// The block of the `SlotFilled` event.
    pub filled_block: u64,
    /// Every period up to this one is settled for the slot.
    pub checked_through: Option<u64>,
}

/// What one [`Validator::step`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepReport {
    /// Events handled.
    pub events: usize,
    /// The current period (by the latest block's timestamp).
    pub period: u64,
    /// Slots followed after the step.
    pub followed_slots: u64,
    /// Whether this step called `commitRandomness`.
    pub committed_randomness: bool,
    /// (slot, period) pairs checked on chain.
    pub checked: usize,
    /// Missing proofs this step marked: (slot, period).
    pub marked: Vec<(B256, u64)>,
    /// Missing proofs found settled by someone else when marking (already marked, proof received,
    /// not required any more, timed out).
    pub settled_elsewhere: usize,
    /// Marking attempts that failed (retried later unless attempts are used up).
    pub failed: usize,
    /// Checks and marks left for later passes by the per-pass bounds.
    pub deferred: usize,
    /// Slots dropped because their request ended or was cancelled.
    pub dropped_slots: u64,
}

/// The validator: see the module docs.
#[derive(Debug)]
pub struct Validator {
    chain: ChainClient,
    db: SqlitePool,
    config: ValidatorConfig,
    /// The place in the event log, set up on the first step (once the database is known to
    /// belong to this marketplace).
    events: Option<EventFollower>,
    /// The period in which the next period's seed was found committed (or committed by us).
    randomness_checked: Option<u64>,
}

impl Validator {
    /// A validator that signs with `chain`'s key and keeps its state in `db`
    /// ([`crate::market::db::open`]). Nothing happens until [`Validator::step`] or
    /// [`Validator::run`].
    pub fn new(chain: ChainClient, db: SqlitePool, config: ValidatorConfig) -> Self {
        Self {
            chain,
            db,
            config,
            events: None,
            randomness_checked: None,
        }
    }

    /// The validator's account (marks and their rewards are this address's).
    pub fn address(&self) -> Address {
        self.chain.address()
    }

    /// The time between passes: [`ValidatorConfig::interval`], or a quarter of the period
    /// (1 s..30 s).
    pub fn interval(&self) -> Duration {
        self.config.interval.unwrap_or_else(|| {
            Duration::from_secs(self.chain.market_config().period / 4)
                .clamp(Duration::from_secs(1), Duration::from_secs(30))
        })
    }

    /// One pass: handles the events that arrived, then commits randomness, drops ended requests
    /// and marks missing proofs (see the module docs).
    pub async fn step(&mut self) -> Result<StepReport, ValidatorError> {
        let mut report = StepReport {
            events: self.sync_events().await?,
            ..StepReport::default()
        };
        self.pass(&mut report).await?;
        if !report.marked.is_empty() || report.failed > 0 || report.committed_randomness {
            info!(
                period = report.period,
                slots = report.followed_slots,
                checked = report.checked,
                marked = report.marked.len(),
                failed = report.failed,
                deferred = report.deferred,
                committed_randomness = report.committed_randomness,
                "validator pass"
            );
        }
        Ok(report)
    }

    /// Handles the events that have arrived (without waiting for more), writing each batch and
    /// the cursor together. Returns how many events were handled.
    pub async fn sync_events(&mut self) -> Result<usize, ValidatorError> {
        self.ensure_events().await?;
        let me = self.address();
        let batch_size = self.config.event_batch.max(1);
        let max = self.config.max_events_per_step;
        let Some(events) = self.events.as_mut() else {
            return Ok(0);
        };
        let mut handled = 0;
        let mut drained = false;
        while handled < max && !drained {
            let mut changes = Vec::new();
            let mut last = None;
            let mut count = 0;
            while count < batch_size && handled + count < max {
                match events.next().await {
                    Next::Empty => {
                        drained = true;
                        break;
                    }
                    Next::Error(err) => {
                        warn!(error = %err, "marketplace events: the chain is out of reach or sent a bad log");
                        drained = true;
                        break;
                    }
                    Next::Event(event) => {
                        count += 1;
                        last = Some(event.cursor());
                        if let Some(change) = follow::change_of(&event) {
                            changes.push(change);
                        }
                    }
                }
            }
            if let Some(cursor) = last {
                if let Err(err) = follow::apply(&self.db, &changes, cursor, me).await {
                    // The events read are lost from the stream: start again from the cursor.
                    events.restart();
                    return Err(err);
                }
                events.saved(cursor);
                handled += count;
            }
        }
        Ok(handled)
    }

    /// The slots followed now, those checked least far first.
    pub async fn followed_slots(&self) -> Result<Vec<FollowedSlot>, ValidatorError> {
        store::slots(&self.db).await
    }

    /// Every missing proof recorded, by period.
    pub async fn marks(&self) -> Result<Vec<MarkRecord>, ValidatorError> {
        store::marks_from(&self.db, 0).await
    }

    /// The last event handled, if any.
    pub async fn cursor(&self) -> Result<Option<EventCursor>, ValidatorError> {
        Ok(load_cursor(&self.db, store::ROLE).await?)
    }

    /// Sets up the place in the event log: after the stored cursor, or from the start block
    /// (decided and stored on the very first start). Checks that the database belongs to this
    /// marketplace.
    async fn ensure_events(&mut self) -> Result<(), ValidatorError> {
        if self.events.is_some() {
            return Ok(());
        }
        let chain_id = self.chain.chain_id();
        let marketplace = self.chain.marketplace();
        let state = match store::load_state(&self.db).await? {
            Some(state) => {
                if state.chain_id != chain_id || state.marketplace != marketplace {
                    return Err(ValidatorError::OtherMarketplace {
                        stored: state.marketplace,
                        stored_chain_id: state.chain_id,
                        marketplace,
                        chain_id,
                    });
                }
                state
            }
            None => {
                let start = match self.config.start_block {
                    Some(block) => Start::Block(block),
                    None => Start::Recent {
                        lookback: self.config.lookback_blocks,
                    },
                };
                let state = store::State {
                    chain_id,
                    marketplace,
                    start_block: start.block(&self.chain).await?,
                };
                store::insert_state(&self.db, state).await?;
                info!(start_block = state.start_block, %marketplace, "validator: first start");
                state
            }
        };
        self.events = Some(EventFollower::new(
            store::ROLE,
            self.chain.clone(),
            self.db.clone(),
            Start::Block(state.start_block),
        ));
        Ok(())
    }
}

impl Role for Validator {
    const NAME: &'static str = "validator";
    type Report = StepReport;
    type Error = ValidatorError;

    async fn step(&mut self) -> Result<StepReport, ValidatorError> {
        Validator::step(self).await
    }

    async fn idle(&mut self) {
        tokio::time::sleep(self.interval()).await;
    }

    fn is_fatal(error: &ValidatorError) -> bool {
        error.is_fatal()
    }
}
