//! Timeouts and retries with backoff for JSON-RPC requests, and which errors are worth a retry.

use std::{future::Future, time::Duration};

use alloy::transports::{RpcError, TransportError, TransportErrorKind};
use tracing::warn;

use crate::{ChainConfig, ChainError};

/// How requests are retried: `attempts` tries, each bounded by `timeout`, with a pause that starts
/// at `initial` and doubles up to `max` in between.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RetryPolicy {
    pub(crate) attempts: u32,
    pub(crate) timeout: Duration,
    pub(crate) initial: Duration,
    pub(crate) max: Duration,
}

impl RetryPolicy {
    pub(crate) fn from_config(config: &ChainConfig) -> Self {
        Self {
            attempts: config.rpc_attempts,
            timeout: config.rpc_timeout,
            initial: config.initial_backoff,
            max: config.max_backoff,
        }
    }

    /// The pause after `pause`: doubled, at most `max`.
    pub(crate) fn next_pause(&self, pause: Duration) -> Duration {
        pause.saturating_mul(2).min(self.max)
    }

    /// Runs `op` until it succeeds, fails with a permanent error, or the attempts are used up.
    /// Transient errors and timeouts are retried after a pause (the server's `Retry-After` when it
    /// gave one).
    pub(crate) async fn run<T, F, Fut>(
        &self,
        method: &'static str,
        mut op: F,
    ) -> Result<T, ChainError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, TransportError>>,
    {
        let mut pause = self.initial;
        let mut attempt = 1;
        loop {
            let last = attempt >= self.attempts;
            let hint = match tokio::time::timeout(self.timeout, op()).await {
                Ok(Ok(value)) => return Ok(value),
                Ok(Err(source)) if !last && is_transient(&source) => {
                    warn!(method, attempt, error = %source, "transient RPC error, retrying");
                    retry_after(&source)
                }
                Ok(Err(source)) => return Err(ChainError::Rpc { method, source }),
                Err(_) if !last => {
                    warn!(method, attempt, timeout = ?self.timeout, "RPC request timed out, retrying");
                    None
                }
                Err(_) => {
                    return Err(ChainError::Timeout {
                        method,
                        timeout: self.timeout,
                    });
                }
            };
            tokio::time::sleep(hint.unwrap_or(pause).min(self.max)).await;
            pause = self.next_pause(pause);
            attempt += 1;
        }
    }
}

/// Whether an error may go away by itself: connection and transport failures, HTTP 429 / 5xx,
/// rate limits and the other answers alloy knows to be retryable, and a missing result.
pub(crate) fn is_transient(err: &TransportError) -> bool {
    match err {
        RpcError::Transport(kind) => match kind {
            TransportErrorKind::NonRetryable(_) | TransportErrorKind::PubsubUnavailable => false,
            TransportErrorKind::HttpError(http) => http.status == 429 || http.status >= 500,
            TransportErrorKind::HttpErrorWithRetryAfter { .. }
            | TransportErrorKind::BackendGone
            | TransportErrorKind::MissingBatchResponse(_)
            // Connection refused or reset, TLS and WebSocket failures all arrive as Custom.
            | TransportErrorKind::Custom(_) => true,
            other => other.is_retry_err(),
        },
        RpcError::ErrorResp(payload) => payload.is_retry_err(),
        RpcError::NullResp => true,
        _ => false,
    }
}

/// The server's requested delay, if it sent one.
fn retry_after(err: &TransportError) -> Option<Duration> {
    match err {
        RpcError::Transport(kind) => kind.retry_after(),
        _ => None,
    }
}

/// The JSON-RPC error message, lower-cased, if the node answered with an error object.
pub(crate) fn error_message(err: &TransportError) -> Option<String> {
    err.as_error_resp().map(|p| p.message.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{
        Arc,
        atomic::{AtomicU32, Ordering},
    };

    fn policy(attempts: u32) -> RetryPolicy {
        RetryPolicy {
            attempts,
            timeout: Duration::from_millis(200),
            initial: Duration::from_millis(1),
            max: Duration::from_millis(4),
        }
    }

    #[test]
    fn classification() {
        assert!(is_transient(&TransportErrorKind::custom_str(
            "connection refused"
        )));
        assert!(is_transient(&TransportErrorKind::http_error(
            503,
            String::new()
        )));
        assert!(is_transient(&TransportErrorKind::http_error(
            429,
            String::new()
        )));
        assert!(!is_transient(&TransportErrorKind::http_error(
            401,
            String::new()
        )));
        assert!(!is_transient(&TransportErrorKind::non_retryable_str("bad")));
        assert!(is_transient(&TransportErrorKind::backend_gone()));
    }

    #[tokio::test]
    async fn transient_errors_are_retried_then_reported() {
        let calls = Arc::new(AtomicU32::new(0));
        let c = calls.clone();
        let out = policy(3)
            .run("test", || {
                let c = c.clone();
                async move {
                    if c.fetch_add(1, Ordering::SeqCst) < 2 {
                        Err(TransportErrorKind::custom_str("connection reset"))
                    } else {
                        Ok(7u32)
                    }
                }
            })
            .await;
        assert_eq!(out.ok(), Some(7));
        assert_eq!(calls.load(Ordering::SeqCst), 3);

        let calls = Arc::new(AtomicU32::new(0));
        let c = calls.clone();
        let out: Result<u32, _> = policy(2)
            .run("test", || {
                let c = c.clone();
                async move {
                    c.fetch_add(1, Ordering::SeqCst);
                    Err(TransportErrorKind::custom_str("connection reset"))
                }
            })
            .await;
        assert!(matches!(out, Err(ChainError::Rpc { method: "test", .. })));
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn permanent_errors_are_not_retried_and_timeouts_are() {
        let calls = Arc::new(AtomicU32::new(0));
        let c = calls.clone();
        let out: Result<u32, _> = policy(5)
            .run("test", || {
                let c = c.clone();
                async move {
                    c.fetch_add(1, Ordering::SeqCst);
                    Err(TransportErrorKind::non_retryable_str("bad request"))
                }
            })
            .await;
        assert!(out.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        let out: Result<u32, _> = policy(2)
            .run("slow", || async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                Ok(1)
            })
            .await;
        assert!(matches!(
            out,
            Err(ChainError::Timeout { method: "slow", .. })
        ));
    }
}
