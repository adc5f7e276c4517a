//! cairn-chain against a real anvil (see `support`): connecting, transactions, reverts, events,
//! signers.

mod connect;
mod events;
mod signer;
mod support;
mod transactions;
