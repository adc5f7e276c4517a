//! cairn-chain against a real anvil (the devnet of `cairn_testkit`): connecting, transactions,
//! reverts, events, signers.

mod channels;
mod connect;
mod events;
mod signer;
mod transactions;
