//! How to reach the chain and who signs.

use std::{fmt, path::PathBuf, time::Duration};

use alloy::primitives::{Address, B256};
use url::Url;

use crate::ChainError;

/// anvil's default chain id: the only chain on which [`SignerConfig::DevKey`] is accepted.
pub const ANVIL_CHAIN_ID: u64 = 31337;

/// The key that signs the node's transactions.
#[derive(Clone)]
pub enum SignerConfig {
    /// An encrypted JSON keystore (Web3 Secret Storage, as written by geth, `cast wallet` or
    /// alloy's `LocalSigner::encrypt_keystore`).
    Keystore {
        /// The keystore file.
        path: PathBuf,
        /// Its password.
        password: String,
    },
    /// A raw private key: only for anvil devnets (chain id [`ANVIL_CHAIN_ID`]); refused on every
    /// other chain by [`ChainClient::connect`](crate::ChainClient::connect).
    DevKey(B256),
}

impl fmt::Debug for SignerConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Keystore { path, .. } => f
                .debug_struct("Keystore")
                .field("path", path)
                .field("password", &"<redacted>")
                .finish(),
            Self::DevKey(_) => f.write_str("DevKey(<redacted>)"),
        }
    }
}

/// Everything [`ChainClient::connect`](crate::ChainClient::connect) needs.
#[derive(Debug, Clone)]
pub struct ChainConfig {
    /// The JSON-RPC endpoint: `http(s)://` or `ws(s)://`.
    pub rpc_url: Url,
    /// The Marketplace contract.
    pub marketplace: Address,
    /// The PaymentChannels contract bandwidth is paid through (`None`: no channels). Its token
    /// must be the marketplace's.
    pub payment_channels: Option<Address>,
    /// Who signs.
    pub signer: SignerConfig,
    /// Blocks that must be mined on top of a block before its events are delivered and before a
    /// transaction in it counts as done (0: the latest block counts). Reorganisations deeper than
    /// this are not handled.
    pub confirmations: u64,
    /// How often the event stream looks for new blocks and receipts are polled.
    pub poll_interval: Duration,
    /// Longest wait for one JSON-RPC request.
    pub rpc_timeout: Duration,
    /// Attempts of a request that fails with a transient error (connection, timeout, rate limit)
    /// before the error is returned.
    pub rpc_attempts: u32,
    /// First pause between attempts; doubles each time up to [`ChainConfig::max_backoff`].
    pub initial_backoff: Duration,
    /// Longest pause between attempts.
    pub max_backoff: Duration,
    /// Longest wait for a sent transaction's receipt (and its confirmations).
    pub receipt_timeout: Duration,
    /// Percent added to a transaction's gas estimate.
    pub gas_margin_percent: u64,
    /// Most wei per gas a transaction offers (`maxFeePerGas`, and its priority fee at most that);
    /// `None`: no cap. A transaction whose fees would exceed it is sent at the cap (it waits
    /// until the base fee allows).
    pub max_fee_per_gas: Option<u128>,
    /// A sent transaction with no receipt after this long is replaced: the same nonce, fees
    /// raised by [`ChainConfig::fee_bump_percent`] (within the cap), until
    /// [`ChainConfig::receipt_timeout`].
    pub replace_after: Duration,
    /// Percent a replacement raises both fees by (nodes want at least 10).
    pub fee_bump_percent: u64,
    /// Most blocks one `eth_getLogs` request covers (halved automatically when a node refuses a
    /// range as too large).
    pub max_log_range: u64,
    /// Capacity of the event stream's channel (the poller waits while it is full).
    pub event_buffer: usize,
}

impl ChainConfig {
    /// A configuration with the defaults below, for `rpc_url`, `marketplace` and `signer`.
    ///
    /// confirmations 0, poll interval 1 s, RPC timeout 30 s, 5 attempts with backoff from 250 ms
    /// up to 10 s, receipt timeout 120 s, gas margin 20 %, no fee cap, stuck transactions
    /// replaced after 45 s with fees 25 % higher, 1,000 blocks per `eth_getLogs`, 256 buffered
    /// events.
    pub fn new(rpc_url: Url, marketplace: Address, signer: SignerConfig) -> Self {
        Self {
            rpc_url,
            marketplace,
            payment_channels: None,
            signer,
            confirmations: 0,
            poll_interval: Duration::from_secs(1),
            rpc_timeout: Duration::from_secs(30),
            rpc_attempts: 5,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            receipt_timeout: Duration::from_secs(120),
            gas_margin_percent: 20,
            max_fee_per_gas: None,
            replace_after: Duration::from_secs(45),
            fee_bump_percent: 25,
            max_log_range: 1_000,
            event_buffer: 256,
        }
    }

    /// Rejects values the client cannot work with.
    pub(crate) fn validate(&self) -> Result<(), ChainError> {
        let invalid = |reason: &str| Err(ChainError::InvalidConfig(reason.to_string()));
        match self.rpc_url.scheme() {
            "http" | "https" | "ws" | "wss" => {}
            other => {
                return invalid(&format!(
                    "rpc_url scheme {other:?} is not http, https, ws or wss"
                ));
            }
        }
        if self.marketplace == Address::ZERO {
            return invalid("marketplace address is zero");
        }
        if self.poll_interval.is_zero() {
            return invalid("poll_interval is zero");
        }
        if self.rpc_timeout.is_zero() {
            return invalid("rpc_timeout is zero");
        }
        if self.replace_after.is_zero() {
            return invalid("replace_after is zero");
        }
        if !(10..=1_000).contains(&self.fee_bump_percent) {
            return invalid("fee_bump_percent must be 10..=1000 (nodes refuse smaller bumps)");
        }
        if self.max_fee_per_gas == Some(0) {
            return invalid("max_fee_per_gas is zero");
        }
        if self.rpc_attempts == 0 {
            return invalid("rpc_attempts is zero");
        }
        if self.receipt_timeout.is_zero() {
            return invalid("receipt_timeout is zero");
        }
        if self.max_log_range == 0 {
            return invalid("max_log_range is zero");
        }
        if self.event_buffer == 0 {
            return invalid("event_buffer is zero");
        }
        Ok(())
    }

    /// Whether the URL asks for a WebSocket connection.
    pub(crate) fn is_ws(&self) -> bool {
        matches!(self.rpc_url.scheme(), "ws" | "wss")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(url: &str) -> ChainConfig {
        ChainConfig::new(
            Url::parse(url).expect("url"),
            Address::repeat_byte(1),
            SignerConfig::DevKey(B256::repeat_byte(7)),
        )
    }

    #[test]
    fn schemes() {
        assert!(config("http://127.0.0.1:8545").validate().is_ok());
        assert!(config("wss://example.invalid").validate().is_ok());
        assert!(config("ws://127.0.0.1:8545").is_ws());
        assert!(!config("https://example.invalid").is_ws());
        let err = config("ipc:///tmp/x").validate().expect_err("ipc refused");
        assert!(err.to_string().contains("ipc"), "{err}");
    }

    #[test]
    fn zero_values_are_refused() {
        let mut c = config("http://127.0.0.1:8545");
        c.max_log_range = 0;
        assert!(c.validate().is_err());
        let mut c = config("http://127.0.0.1:8545");
        c.marketplace = Address::ZERO;
        assert!(c.validate().is_err());
    }

    #[test]
    fn secrets_are_not_printed() {
        let c = config("http://127.0.0.1:8545");
        let shown = format!("{c:?}");
        assert!(!shown.contains("0707"), "{shown}");
        let keystore = SignerConfig::Keystore {
            path: "/k.json".into(),
            password: "hunter2".into(),
        };
        assert!(!format!("{keystore:?}").contains("hunter2"));
    }
}
