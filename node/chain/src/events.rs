//! The Marketplace's events as a stream, by polling `eth_getLogs` (works over HTTP and WebSocket).
//!
//! A task owned by the [`EventStream`] walks the chain in block ranges of at most
//! [`ChainConfig::max_log_range`](crate::ChainConfig::max_log_range) blocks, from the start block
//! up to the head minus [`ChainConfig::confirmations`](crate::ChainConfig::confirmations), and then
//! waits [`ChainConfig::poll_interval`](crate::ChainConfig::poll_interval) for new blocks. A range
//! is delivered whole, in `(block_number, log_index)` order, before the next one is asked for, and
//! the position only moves past a range once every event of it is in the channel: a failed request
//! is retried (with backoff) for the same range, so nothing is skipped or repeated. A range the
//! node refuses as too large is halved.
//!
//! Errors are items too, and do not end the stream: after [`ChainConfig::rpc_attempts`](crate::ChainConfig)
//! failures in a row the stream yields the last error (so the caller can tell the chain is out of
//! reach) and keeps retrying; a log that does not decode is yielded as an error and skipped.
//! Dropping the stream stops the task.
//!
//! Resuming: persist the [`EventCursor`] of the last event handled and start again with
//! [`ChainClient::events_after`](crate::ChainClient::events_after), which re-reads that block and
//! skips what was handled.

use std::{
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use alloy::{
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
    rpc::types::{Filter, Log},
    sol_types::SolEventInterface,
};
use futures::Stream;
use tokio::{sync::mpsc, task::JoinHandle};
use tracing::{debug, warn};

use crate::{
    ChainError, MarketplaceEvents,
    retry::{RetryPolicy, error_message, is_transient},
};

/// A position in the chain's log order: the block and the log's index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventCursor {
    /// The block number.
    pub block_number: u64,
    /// The log's index within the block.
    pub log_index: u64,
}

/// A decoded Marketplace event and where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketEvent {
    /// The block it was emitted in.
    pub block_number: u64,
    /// Its index among the block's logs.
    pub log_index: u64,
    /// The block's hash.
    pub block_hash: Option<B256>,
    /// The block's timestamp, when the node includes it in logs.
    pub block_timestamp: Option<u64>,
    /// The transaction that emitted it.
    pub tx_hash: Option<B256>,
    /// The event.
    pub event: MarketplaceEvents,
}

impl MarketEvent {
    /// Where this event is in the chain's log order (persist it to resume after it).
    pub fn cursor(&self) -> EventCursor {
        EventCursor {
            block_number: self.block_number,
            log_index: self.log_index,
        }
    }

    /// The event's name (`StorageRequested`, `SlotFilled`, ...).
    pub fn name(&self) -> &'static str {
        match &self.event {
            MarketplaceEvents::FundsWithdrawn(_) => "FundsWithdrawn",
            MarketplaceEvents::ProofMissed(_) => "ProofMissed",
            MarketplaceEvents::ProofSubmitted(_) => "ProofSubmitted",
            MarketplaceEvents::RandomnessCommitted(_) => "RandomnessCommitted",
            MarketplaceEvents::RequestFailed(_) => "RequestFailed",
            MarketplaceEvents::RequestStarted(_) => "RequestStarted",
            MarketplaceEvents::SlotAbandoned(_) => "SlotAbandoned",
            MarketplaceEvents::SlotFilled(_) => "SlotFilled",
            MarketplaceEvents::SlotFreed(_) => "SlotFreed",
            MarketplaceEvents::SlotPaid(_) => "SlotPaid",
            MarketplaceEvents::SlotReserved(_) => "SlotReserved",
            MarketplaceEvents::StorageRequested(_) => "StorageRequested",
        }
    }

    /// Decodes a Marketplace log from `eth_getLogs`.
    pub fn from_log(log: &Log) -> Result<Self, ChainError> {
        let (Some(block_number), Some(log_index)) = (log.block_number, log.log_index) else {
            return Err(ChainError::Decode(format!(
                "log without block number or index (tx {:?})",
                log.transaction_hash
            )));
        };
        let event =
            MarketplaceEvents::decode_raw_log(log.topics(), &log.data().data).map_err(|e| {
                ChainError::Decode(format!(
                    "Marketplace log at block {block_number} index {log_index}: {e}"
                ))
            })?;
        Ok(Self {
            block_number,
            log_index,
            block_hash: log.block_hash,
            block_timestamp: log.block_timestamp,
            tx_hash: log.transaction_hash,
            event,
        })
    }
}

/// Marketplace events in chain order (see the module docs). A [`Stream`]; also
/// [`EventStream::recv`]. Dropping it stops its polling task.
#[derive(Debug)]
pub struct EventStream {
    rx: mpsc::Receiver<Result<MarketEvent, ChainError>>,
    task: JoinHandle<()>,
}

impl EventStream {
    /// The next event (or error); `None` only if the polling task ended.
    pub async fn recv(&mut self) -> Option<Result<MarketEvent, ChainError>> {
        self.rx.recv().await
    }
}

impl Stream for EventStream {
    type Item = Result<MarketEvent, ChainError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_recv(cx)
    }
}

impl Drop for EventStream {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// What the polling task needs.
#[derive(Debug, Clone)]
pub(crate) struct PollerConfig {
    pub(crate) marketplace: Address,
    pub(crate) confirmations: u64,
    pub(crate) poll_interval: Duration,
    pub(crate) max_log_range: u64,
    pub(crate) buffer: usize,
    pub(crate) retry: RetryPolicy,
}

/// Starts a poller from `from_block`, skipping events at or before `after` (if given).
pub(crate) fn spawn(
    provider: DynProvider,
    config: PollerConfig,
    from_block: u64,
    after: Option<EventCursor>,
) -> EventStream {
    let (tx, rx) = mpsc::channel(config.buffer);
    let task = tokio::spawn(
        Poller {
            provider,
            config,
            tx,
        }
        .run(from_block, after),
    );
    EventStream { rx, task }
}

struct Poller {
    provider: DynProvider,
    config: PollerConfig,
    tx: mpsc::Sender<Result<MarketEvent, ChainError>>,
}

/// Whether the node refused a log query for its size (the messages differ by client).
fn range_too_large(message: &str) -> bool {
    [
        "block range",
        "range too large",
        "range is too large",
        "too many",
        "more than",
        "exceed",
        "query returned",
        "response size",
        "limit",
    ]
    .iter()
    .any(|m| message.contains(m))
}

impl Poller {
    async fn run(self, from_block: u64, after: Option<EventCursor>) {
        let retry = self.config.retry;
        let mut next = from_block;
        let mut range = self.config.max_log_range;
        let mut failures = 0u32;
        let mut pause = retry.initial;
        debug!(from_block, ?after, "event poller started");
        loop {
            let head = match self.head().await {
                Ok(head) => head,
                Err(err) => {
                    if !self.failed(&mut failures, &mut pause, err).await {
                        return;
                    }
                    continue;
                }
            };
            let Some(safe) = head.checked_sub(self.config.confirmations) else {
                if !self.sleep(self.config.poll_interval).await {
                    return;
                }
                continue;
            };
            if next > safe {
                if !self.sleep(self.config.poll_interval).await {
                    return;
                }
                continue;
            }
            let to = safe.min(next.saturating_add(range - 1));
            let filter = Filter::new()
                .address(self.config.marketplace)
                .from_block(next)
                .to_block(to);
            let logs = tokio::time::timeout(retry.timeout, self.provider.get_logs(&filter)).await;
            let mut logs = match logs {
                Ok(Ok(logs)) => logs,
                Ok(Err(source)) => {
                    let message = error_message(&source).unwrap_or_default();
                    if !is_transient(&source) && range > 1 && range_too_large(&message) {
                        range = (range / 2).max(1);
                        warn!(from = next, to, range, %message, "log range refused, halving it");
                        continue;
                    }
                    let err = ChainError::Rpc {
                        method: "eth_getLogs",
                        source,
                    };
                    if !self.failed(&mut failures, &mut pause, err).await {
                        return;
                    }
                    continue;
                }
                Err(_) => {
                    let err = ChainError::Timeout {
                        method: "eth_getLogs",
                        timeout: retry.timeout,
                    };
                    if !self.failed(&mut failures, &mut pause, err).await {
                        return;
                    }
                    continue;
                }
            };
            failures = 0;
            pause = retry.initial;
            logs.retain(|log| !log.removed);
            logs.sort_by_key(|log| (log.block_number, log.log_index));
            debug!(from = next, to, logs = logs.len(), "logs fetched");
            for log in &logs {
                let item = match MarketEvent::from_log(log) {
                    Ok(event) if after.is_some_and(|after| event.cursor() <= after) => continue,
                    Ok(event) => Ok(event),
                    Err(err) => {
                        warn!(error = %err, "undecodable Marketplace log skipped");
                        Err(err)
                    }
                };
                if self.tx.send(item).await.is_err() {
                    return;
                }
            }
            next = to + 1;
            range = range.saturating_mul(2).min(self.config.max_log_range);
        }
    }

    async fn head(&self) -> Result<u64, ChainError> {
        match tokio::time::timeout(self.config.retry.timeout, self.provider.get_block_number())
            .await
        {
            Ok(Ok(head)) => Ok(head),
            Ok(Err(source)) => Err(ChainError::Rpc {
                method: "eth_blockNumber",
                source,
            }),
            Err(_) => Err(ChainError::Timeout {
                method: "eth_blockNumber",
                timeout: self.config.retry.timeout,
            }),
        }
    }

    /// Counts a failure, reports it as an item after `rpc_attempts` in a row, and backs off.
    /// Returns false when the stream was dropped.
    async fn failed(&self, failures: &mut u32, pause: &mut Duration, err: ChainError) -> bool {
        *failures += 1;
        warn!(error = %err, failures = *failures, "event poller: RPC failed, retrying");
        if *failures >= self.config.retry.attempts {
            *failures = 0;
            if self.tx.send(Err(err)).await.is_err() {
                return false;
            }
        }
        let wait = *pause;
        *pause = self.config.retry.next_pause(*pause);
        self.sleep(wait).await
    }

    /// Sleeps, or returns false early when the stream was dropped.
    async fn sleep(&self, duration: Duration) -> bool {
        tokio::select! {
            () = tokio::time::sleep(duration) => true,
            () = self.tx.closed() => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_order_by_block_then_index() {
        let a = EventCursor {
            block_number: 5,
            log_index: 9,
        };
        let b = EventCursor {
            block_number: 6,
            log_index: 0,
        };
        assert!(a < b);
        assert!(
            a < EventCursor {
                block_number: 5,
                log_index: 10
            }
        );
    }

    #[test]
    fn range_errors_are_recognised() {
        assert!(range_too_large("query returned more than 10000 results"));
        assert!(range_too_large("block range is too large"));
        assert!(range_too_large("exceed maximum block range: 5000"));
        assert!(!range_too_large("execution reverted"));
    }
}
