//! cairn-chain against a real anvil (the devnet of `cairn_testkit`): connecting, transactions,
//! reverts, events, signers.

mod connect;
mod events;
mod signer;
mod transactions;
