//! Cross-stack integration tests (one test binary for the whole crate).

mod payment_channels;
mod token;
