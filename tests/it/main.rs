//! Cross-stack integration tests (one test binary for the whole crate).

mod marketplace;
mod payment_channels;
mod storage_proof;
mod support;
mod token;
