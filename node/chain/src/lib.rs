//! cairn's chain client (DESIGN.md §6 and §9): everything the node does on chain goes through a
//! [`ChainClient`].
//!
//! - [`ChainClient::connect`] opens an alloy provider over HTTP or WebSocket (chosen by the URL
//!   scheme) with the node's signer (an encrypted JSON keystore, or a dev key that is refused on
//!   any chain but anvil's 31337), checks that the marketplace exists and reads its token and
//!   deployment parameters.
//! - Typed calls wrap the `cairn-bindings` Marketplace: `request_storage` (which approves the
//!   exact price first), `reserve_slot`, `fill_slot` (approves the exact collateral),
//!   `submit_proof`, `mark_proof_as_missing`, `free_slot`, `withdraw_funds`, `commit_randomness`,
//!   and every view the node needs (requests, slots, periods, challenges, payouts, balances).
//! - [`channels`] wraps `PaymentChannels` (when [`ChainConfig::payment_channels`] is set, checked
//!   on connect to pay in the marketplace's token): `open_channel`, `top_up_channel`,
//!   `extend_channel`, `redeem_voucher`, `close_channel`, `get_channel`, and EIP-712 vouchers
//!   signed with the node's key and checked locally ([`Voucher`]).
//! - Transactions ([`sender`]) get their nonce under one lock per client (safe for concurrent
//!   callers; "nonce too low" is recovered by re-reading the pending nonce), a gas estimate with a
//!   margin, retries with backoff on transient RPC errors (the same signed bytes are re-broadcast,
//!   so a retry never sends twice), and a receipt wait with a timeout. A revert is an error that
//!   names the contract's custom error ([`Revert`]).
//! - [`ChainClient::events`] streams decoded Marketplace events ([`MarketEvent`], each with its
//!   block number and log index, in chain order) by polling `eth_getLogs` in bounded block ranges:
//!   it catches up from any block and then follows the chain, retrying after RPC errors without
//!   skipping or repeating a log. Persisting the position is the caller's job:
//!   [`ChainClient::events_after`] resumes right after an [`EventCursor`].
//!
//! Time on chain is `block.timestamp`: use [`ChainClient::latest_block_timestamp`], never the local
//! clock, to reason about periods, expiries and ends.

pub mod channels;
mod client;
mod config;
mod error;
pub mod events;
mod retry;
pub mod sender;
pub mod types;

pub use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
pub use cairn_bindings::storage_proof_verifier::StorageProofVerifier::VerifierInfo;
pub use channels::{ChannelInfo, Voucher, VoucherError};
pub use client::{BlockRef, ChainClient, PeriodSeed};
pub use config::{ANVIL_CHAIN_ID, ChainConfig, SignerConfig};
pub use error::{ChainError, ChannelsError, MarketplaceError, Revert};
pub use events::{EventCursor, EventStream, MarketEvent};
pub use sender::TxOutcome;
pub use types::{
    Ask, Content, Groth16Proof, MarketConfig, MarketplaceEvents, Request, RequestInfo,
    RequestState, SlotInfo, SlotState, collateral_of, payouts_open_after, price_of, request_id,
    slot_id,
};
pub use url::Url;
