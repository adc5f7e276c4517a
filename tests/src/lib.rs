//! cairn's cross-stack test support.
//!
//! [`TestChain`] runs the real contract bytecode (from the `cairn-bindings` crate that `forge bind`
//! generates) in an in-process revm with an in-memory database: deploy, send transactions, make
//! view calls, move time. It is the base of every lifecycle test; end-to-end tests against anvil
//! live beside it.

mod chain;

pub use chain::{Executed, TestChain, TestChainError, expect_failure};
