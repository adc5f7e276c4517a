//! Errors of the chain client, and decoding of revert data into the contracts' custom errors.

use std::{fmt, time::Duration};

use alloy::{
    primitives::{B256, Bytes},
    sol_types::{RevertReason, SolInterface},
    transports::TransportError,
};
use cairn_bindings::{
    cairn_token::CairnToken::CairnTokenErrors, marketplace::Marketplace,
    payment_channels::PaymentChannels::PaymentChannelsErrors,
};

/// What went wrong talking to the chain.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    /// The configuration cannot work (bad URL scheme, zero values, ...).
    #[error("invalid chain configuration: {0}")]
    InvalidConfig(String),
    /// The keystore could not be read or decrypted (wrong password, corrupt file).
    #[error("cannot load the keystore {path}: {reason}")]
    Keystore {
        /// The keystore file.
        path: String,
        /// Why.
        reason: String,
    },
    /// The dev key is not a valid secp256k1 private key.
    #[error("the dev key is not a valid private key: {0}")]
    InvalidKey(String),
    /// A raw dev key was configured for a chain that is not an anvil devnet.
    #[error(
        "refusing to use a raw dev key on chain id {chain_id}: dev keys are only accepted on the \
         anvil devnet (chain id 31337); configure an encrypted keystore instead"
    )]
    DevKeyRefused {
        /// The chain's id.
        chain_id: u64,
    },
    /// The configured marketplace address holds no contract on this chain.
    #[error("no contract at the marketplace address {0} on this chain")]
    NoMarketplace(alloy::primitives::Address),
    /// The node could not be reached or did not answer in time.
    #[error("cannot connect to {url}: {reason}")]
    Connect {
        /// The endpoint (without credentials).
        url: String,
        /// Why.
        reason: String,
    },
    /// A JSON-RPC request failed (after the retries, if the error was transient).
    #[error("RPC {method} failed: {source}")]
    Rpc {
        /// What was asked.
        method: &'static str,
        /// The transport's error.
        #[source]
        source: TransportError,
    },
    /// A JSON-RPC request got no answer within the timeout (after the retries).
    #[error("RPC {method} timed out after {timeout:?}")]
    Timeout {
        /// What was asked.
        method: &'static str,
        /// The per-request timeout.
        timeout: Duration,
    },
    /// A call or transaction reverted; `revert` names the custom error when the contracts know it.
    #[error("{call} reverted: {revert}{}", tx_hash.map(|h| format!(" (tx {h})")).unwrap_or_default())]
    Reverted {
        /// The function called.
        call: &'static str,
        /// The decoded revert (boxed: it is the largest variant).
        revert: Box<Revert>,
        /// The mined transaction, when the revert happened on chain rather than in a pre-flight
        /// call or gas estimate.
        tx_hash: Option<B256>,
    },
    /// A sent transaction was not mined (with its confirmations) in time. It may still be mined
    /// later: its nonce is used.
    #[error("no receipt for {call} (tx {tx_hash}) after {timeout:?}")]
    ReceiptTimeout {
        /// The function called.
        call: &'static str,
        /// The transaction.
        tx_hash: B256,
        /// How long the client waited.
        timeout: Duration,
    },
    /// A transaction waits behind a nonce no transaction holds any more: an earlier one of this
    /// account was dropped (a reorg, or a node's pool that forgot it), so this one cannot be mined
    /// until the call is sent again.
    #[error(
        "{call} (tx {tx_hash}, nonce {nonce}) waits behind a dropped transaction (nonce {pending} is free)"
    )]
    NonceGap {
        /// The function called.
        call: &'static str,
        /// The transaction.
        tx_hash: B256,
        /// Its nonce.
        nonce: u64,
        /// The free nonce below it: the next send uses it.
        pending: u64,
    },
    /// The node forgot a transaction before it was mined (a reorg dropped the block it was in);
    /// its nonce is free again and the next send uses it.
    #[error("{call} (tx {tx_hash}, nonce {nonce}) was dropped by the node (a reorg?)")]
    Dropped {
        /// The function called.
        call: &'static str,
        /// The transaction (its latest version).
        tx_hash: B256,
        /// Its nonce.
        nonce: u64,
    },
    /// A transaction could not be built or signed.
    #[error("cannot sign the {call} transaction: {reason}")]
    Signing {
        /// The function called.
        call: &'static str,
        /// Why.
        reason: String,
    },
    /// The node kept refusing the transaction's nonce.
    #[error("{call}: nonce still rejected after {attempts} attempts: {reason}")]
    Nonce {
        /// The function called.
        call: &'static str,
        /// Attempts made.
        attempts: u32,
        /// The node's last answer.
        reason: String,
    },
    /// Data from the chain did not decode as expected (return values, logs, states).
    #[error("cannot decode chain data: {0}")]
    Decode(String),
    /// A value the caller passed cannot be used (e.g. a request for another client).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
}

impl ChainError {
    /// The revert, if this error is one.
    pub fn revert(&self) -> Option<&Revert> {
        match self {
            Self::Reverted { revert, .. } => Some(revert.as_ref()),
            _ => None,
        }
    }

    /// The name of the custom error (or `Error` / `Panic`) the call reverted with, if it did: for
    /// messages. Match reverts with [`Self::marketplace_error`].
    pub fn revert_name(&self) -> Option<&str> {
        self.revert().and_then(Revert::name)
    }

    /// The Marketplace's custom error the call reverted with, typed from the bindings, if it did.
    pub fn marketplace_error(&self) -> Option<MarketplaceError> {
        self.revert().and_then(Revert::marketplace_error)
    }
}

/// The Marketplace's custom errors (from the bindings), e.g. `MarketplaceError::ReservationsFull(_)`.
pub type MarketplaceError = Marketplace::MarketplaceErrors;

/// The PaymentChannels contract's custom errors (from the bindings).
pub type ChannelsError = PaymentChannelsErrors;

/// A decoded revert: the raw data and, when the selector is known to the Marketplace, the payment
/// channels or the token
/// (or is `Error(string)` / `Panic(uint256)`), the error's name and decoded arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revert {
    /// The raw revert data (empty when the node gave none).
    pub data: Bytes,
    name: Option<String>,
    detail: Option<String>,
}

impl Revert {
    /// Decodes revert data against the Marketplace's, the payment channels' and the token's
    /// custom errors, then the built-in `Error(string)` and `Panic(uint256)`.
    pub fn decode(data: Bytes) -> Self {
        let (name, detail) = Self::names(&data);
        Self { data, name, detail }
    }

    /// A revert without data (the node did not return any).
    pub fn unknown() -> Self {
        Self {
            data: Bytes::new(),
            name: None,
            detail: None,
        }
    }

    /// The custom error's name (`UnknownRequest`, `ERC20InsufficientAllowance`, ...), or `Error`
    /// for a string reason, `Panic` for a panic code.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The Marketplace's custom error, typed, when the data is one.
    pub fn marketplace_error(&self) -> Option<MarketplaceError> {
        Marketplace::MarketplaceErrors::abi_decode(&self.data).ok()
    }

    /// The PaymentChannels contract's custom error, typed, when the data is one.
    pub fn channels_error(&self) -> Option<ChannelsError> {
        PaymentChannelsErrors::abi_decode(&self.data).ok()
    }

    /// The decoded error with its arguments, e.g. `InvalidRequest { reason: "expiry" }`.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    fn names(data: &[u8]) -> (Option<String>, Option<String>) {
        if let Ok(err) = Marketplace::MarketplaceErrors::abi_decode(data) {
            return (
                Self::selector_name(data, Marketplace::MarketplaceErrors::name_by_selector),
                Some(strip_variant(&format!("{err:?}"))),
            );
        }
        if let Ok(err) = PaymentChannelsErrors::abi_decode(data) {
            return (
                Self::selector_name(data, PaymentChannelsErrors::name_by_selector),
                Some(strip_variant(&format!("{err:?}"))),
            );
        }
        if let Ok(err) = CairnTokenErrors::abi_decode(data) {
            return (
                Self::selector_name(data, CairnTokenErrors::name_by_selector),
                Some(strip_variant(&format!("{err:?}"))),
            );
        }
        match RevertReason::decode(data) {
            Some(RevertReason::ContractError(err)) => {
                let name = match err {
                    alloy::sol_types::ContractError::Revert(_) => "Error",
                    alloy::sol_types::ContractError::Panic(_) => "Panic",
                    alloy::sol_types::ContractError::CustomError(_) => "CustomError",
                };
                (Some(name.to_string()), Some(err.to_string()))
            }
            // Some nodes return a bare reason string; bytes that merely happen to be UTF-8 are not one.
            Some(RevertReason::RawString(s))
                if !s.is_empty() && !s.chars().any(char::is_control) =>
            {
                (Some("Error".to_string()), Some(s))
            }
            _ => (None, None),
        }
    }

    fn selector_name(
        data: &[u8],
        by_selector: fn([u8; 4]) -> Option<&'static str>,
    ) -> Option<String> {
        let selector: [u8; 4] = data.get(..4)?.try_into().ok()?;
        by_selector(selector).map(str::to_string)
    }
}

/// `InvalidRequest(InvalidRequest { reason: "x" })` -> `InvalidRequest { reason: "x" }`.
fn strip_variant(debug: &str) -> String {
    match debug.split_once('(') {
        Some((_, rest)) if rest.ends_with(')') => rest[..rest.len() - 1].to_string(),
        _ => debug.to_string(),
    }
}

impl fmt::Display for Revert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.name, &self.detail) {
            (Some(name), Some(detail)) if detail.starts_with(name.as_str()) => f.write_str(detail),
            (Some(name), Some(detail)) => write!(f, "{name}: {detail}"),
            (Some(name), None) => f.write_str(name),
            (None, _) if self.data.is_empty() => f.write_str("no revert data"),
            (None, _) => write!(f, "unknown error data {}", self.data),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::sol_types::{Revert as SolRevert, SolError};
    use cairn_bindings::marketplace::Marketplace::{
        InvalidRequest, ReservationsFull, UnknownRequest,
    };

    #[test]
    fn marketplace_errors_are_named() {
        let data = UnknownRequest {
            requestId: B256::repeat_byte(0xab),
        }
        .abi_encode();
        let revert = Revert::decode(data.into());
        assert_eq!(revert.name(), Some("UnknownRequest"));
        assert!(
            revert.to_string().starts_with("UnknownRequest {"),
            "{revert}"
        );

        let data = InvalidRequest {
            reason: "expiry".into(),
        }
        .abi_encode();
        let revert = Revert::decode(data.into());
        assert_eq!(revert.name(), Some("InvalidRequest"));
        assert!(revert.to_string().contains("expiry"), "{revert}");

        let revert = Revert::decode(ReservationsFull {}.abi_encode().into());
        assert_eq!(revert.to_string(), "ReservationsFull");
    }

    #[test]
    fn string_reasons_and_unknown_data() {
        let data = SolRevert {
            reason: "nope".into(),
        }
        .abi_encode();
        let revert = Revert::decode(data.into());
        assert_eq!(revert.name(), Some("Error"));
        assert!(revert.to_string().contains("nope"), "{revert}");

        let revert = Revert::decode(Bytes::from_static(&[1, 2, 3, 4, 5]));
        assert_eq!(revert.name(), None);
        assert!(revert.to_string().contains("0x0102030405"), "{revert}");
        assert_eq!(Revert::unknown().to_string(), "no revert data");
    }
}
