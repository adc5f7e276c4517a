//! The one way a market role follows the marketplace's event log: [`EventFollower`] owns the
//! event stream and the role's row of `chain_cursors` (the last event it handled), starts where
//! the role got to (or where it starts on its very first run), restarts the stream when it ends or
//! a role could not write what it read, and saves the position.
//!
//! Handling is idempotent in every role, so an event handled again after a crash (before its
//! position was saved) does no harm; a role that writes its changes and the cursor in one
//! transaction ([`save_cursor`] on the transaction, then [`EventFollower::saved`]) never handles
//! one twice.

use cairn_chain::{ANVIL_CHAIN_ID, ChainClient, ChainError, EventCursor, EventStream, MarketEvent};
use futures::FutureExt;
use sqlx::{Executor, Sqlite, SqlitePool};
use tracing::{debug, warn};

use super::db::{Columns, int};

/// The role's last handled event, if it handled one.
pub(crate) async fn load_cursor<'e>(
    exec: impl Executor<'e, Database = Sqlite>,
    role: &str,
) -> Result<Option<EventCursor>, sqlx::Error> {
    let row = sqlx::query("SELECT block, log_index FROM chain_cursors WHERE follower = ?")
        .bind(role)
        .fetch_optional(exec)
        .await?;
    row.map(|row| {
        let row = Columns(&row);
        Ok(EventCursor {
            block_number: row.u64("block")?,
            log_index: row.u64("log_index")?,
        })
    })
    .transpose()
}

/// Saves the role's last handled event.
pub(crate) async fn save_cursor<'e>(
    exec: impl Executor<'e, Database = Sqlite>,
    role: &str,
    cursor: EventCursor,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO chain_cursors (follower, block, log_index) VALUES (?, ?, ?)
         ON CONFLICT (follower) DO UPDATE SET block = excluded.block, log_index = excluded.log_index",
    )
    .bind(role)
    .bind(int(cursor.block_number)?)
    .bind(int(cursor.log_index)?)
    .execute(exec)
    .await?;
    Ok(())
}

/// Why the event log could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FollowError {
    /// The role's cursor could not be read.
    #[error("reading the event cursor: {0}")]
    Db(#[from] sqlx::Error),
    /// The chain was out of reach or sent a bad log.
    #[error(transparent)]
    Chain(#[from] ChainError),
}

/// Where a role reads from on its very first run (no cursor saved yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// From this block.
    Block(u64),
    /// The recent past: block 0 on an anvil devnet, otherwise this many blocks before the head.
    Recent { lookback: u64 },
    /// From the head: what happened before is read from the chain's state instead.
    Head,
}

impl Start {
    /// The block this resolves to now.
    pub(crate) async fn block(self, chain: &ChainClient) -> Result<u64, ChainError> {
        Ok(match self {
            Self::Block(block) => block,
            Self::Recent { .. } if chain.chain_id() == ANVIL_CHAIN_ID => 0,
            Self::Recent { lookback } => chain.block_number().await?.saturating_sub(lookback),
            Self::Head => chain.block_number().await?,
        })
    }
}

/// What [`EventFollower::next`] found.
#[derive(Debug)]
pub(crate) enum Next {
    /// An event to handle (then [`EventFollower::handled`]).
    Event(Box<MarketEvent>),
    /// The chain was out of reach or sent a bad log, or the cursor could not be read (the stream
    /// carries on).
    Error(FollowError),
    /// Nothing more for now.
    Empty,
}

/// A role's place in the event log (see the module docs).
#[derive(Debug)]
pub(crate) struct EventFollower {
    role: &'static str,
    chain: ChainClient,
    db: SqlitePool,
    /// Read from on the very first run.
    start: Start,
    /// On the first open of a run, read again this many blocks before the saved cursor (roles
    /// whose state of the recent past lives in memory); 0 on an anvil devnet means from block 0.
    replay: Option<u64>,
    stream: Option<EventStream>,
    /// An item [`EventFollower::ready`] received and [`EventFollower::next`] has not returned.
    peeked: Option<Result<MarketEvent, FollowError>>,
    /// The last event handled in this run (saved or not).
    last: Option<EventCursor>,
    /// Events handled since the cursor was last saved.
    unsaved: u32,
    opened: bool,
}

impl EventFollower {
    /// The follower of `role` (its name in `chain_cursors`).
    pub(crate) fn new(
        role: &'static str,
        chain: ChainClient,
        db: SqlitePool,
        start: Start,
    ) -> Self {
        Self {
            role,
            chain,
            db,
            start,
            replay: None,
            stream: None,
            peeked: None,
            last: None,
            unsaved: 0,
            opened: false,
        }
    }

    /// Reads the last `blocks` blocks before the saved cursor again when a run starts.
    pub(crate) fn replaying(mut self, blocks: u64) -> Self {
        self.replay = Some(blocks);
        self
    }

    /// The stream, started if needed: after the last event handled in this run, else after the
    /// saved cursor (or the replay window before it on the first open), else from [`Start`].
    async fn stream(&mut self) -> Result<&mut EventStream, FollowError> {
        let stream = match self.stream.take() {
            Some(stream) => stream,
            None => {
                let saved = load_cursor(&self.db, self.role).await?;
                let stream = match (self.last.or(saved), self.replay) {
                    (Some(cursor), Some(blocks)) if !self.opened => {
                        let from = if self.chain.chain_id() == ANVIL_CHAIN_ID {
                            0
                        } else {
                            cursor.block_number.saturating_sub(blocks)
                        };
                        debug!(role = self.role, from, "replaying the recent event log");
                        self.chain.events(from)
                    }
                    (Some(cursor), _) => {
                        debug!(role = self.role, ?cursor, "resuming the event log");
                        self.chain.events_after(cursor)
                    }
                    (None, _) => {
                        let from = self.start.block(&self.chain).await?;
                        // A restart before any event was handled starts from the same block.
                        self.start = Start::Block(from);
                        debug!(role = self.role, from, "reading the event log");
                        self.chain.events(from)
                    }
                };
                self.opened = true;
                stream
            }
        };
        Ok(self.stream.insert(stream))
    }

    /// Starts the stream now (fixing where a first run starts), if it is not running.
    pub(crate) async fn open(&mut self) -> Result<(), FollowError> {
        self.stream().await.map(|_| ())
    }

    /// The next item that has arrived, without waiting. A stream that ended is started again
    /// (from the last event handled) on the next call.
    pub(crate) async fn next(&mut self) -> Next {
        if let Some(item) = self.peeked.take() {
            return match item {
                Ok(event) => Next::Event(Box::new(event)),
                Err(err) => Next::Error(err),
            };
        }
        let stream = match self.stream().await {
            Ok(stream) => stream,
            Err(err) => return Next::Error(err),
        };
        match stream.recv().now_or_never() {
            None => Next::Empty,
            Some(Some(Ok(event))) => Next::Event(Box::new(event)),
            Some(Some(Err(err))) => Next::Error(err.into()),
            Some(None) => {
                warn!(
                    role = self.role,
                    "the marketplace event stream ended; restarting it"
                );
                self.stream = None;
                Next::Empty
            }
        }
    }

    /// Waits until an item has arrived (cancel-safe; pending while the stream cannot start).
    pub(crate) async fn ready(&mut self) {
        if self.peeked.is_some() {
            return;
        }
        match self.stream().await {
            Ok(stream) => match stream.recv().await {
                Some(item) => self.peeked = Some(item.map_err(FollowError::from)),
                None => {
                    self.stream = None;
                    std::future::pending::<()>().await;
                }
            },
            Err(_) => std::future::pending::<()>().await,
        }
    }

    /// `event` is handled (its position is saved by [`EventFollower::save`]).
    pub(crate) fn handled(&mut self, cursor: EventCursor) {
        self.last = Some(cursor);
        self.unsaved = self.unsaved.saturating_add(1);
    }

    /// The role saved `cursor` itself (in the transaction of what it handled).
    pub(crate) fn saved(&mut self, cursor: EventCursor) {
        self.last = Some(cursor);
        self.unsaved = 0;
    }

    /// Events handled since the position was last saved.
    pub(crate) fn unsaved(&self) -> u32 {
        self.unsaved
    }

    /// Saves the position of the last event handled, if it moved.
    pub(crate) async fn save(&mut self) -> Result<(), sqlx::Error> {
        if let Some(cursor) = self.last
            && self.unsaved > 0
        {
            save_cursor(&self.db, self.role, cursor).await?;
            self.unsaved = 0;
        }
        Ok(())
    }

    /// Drops the stream (events read from it but not handled are lost): the next read starts
    /// again after the last event handled.
    pub(crate) fn restart(&mut self) {
        self.stream = None;
        self.peeked = None;
    }
}
