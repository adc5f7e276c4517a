//! cairn's cross-stack test support.
//!
//! [`TestChain`] runs the real contract bytecode (from the `cairn-bindings` crate that `forge bind`
//! generates) in an in-process revm with an in-memory database: deploy, send transactions, make
//! view calls, move time. It is the base of every lifecycle test; end-to-end tests against anvil
//! live beside it.
//!
//! [`RpcNode`] puts the same kind of in-memory chain behind an in-process Ethereum JSON-RPC
//! endpoint (HTTP on 127.0.0.1, chain id 31337): the node's own chain client (`cairn-chain`,
//! alloy) connects to it like to anvil, signs real transactions and reads receipts, blocks and
//! logs, while the test deploys contracts, funds accounts and moves the clock through the handle
//! ([`RpcNode::advance`]). Time stands still between advances, so periods and deadlines pass
//! exactly when the test says.

mod chain;
mod rpc;

pub use chain::{Executed, TestChain, TestChainError, expect_failure};
pub use rpc::{RpcConfig, RpcNode};
