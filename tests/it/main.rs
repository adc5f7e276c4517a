//! Cross-stack integration tests (one test binary for the whole crate).

mod marketplace;
mod node_lifecycle;
mod node_repair;
mod nodes;
mod payment_channels;
mod storage_proof;
mod support;
mod token;
