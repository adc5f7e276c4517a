//! cairn's erasure coding (DESIGN.md §3, docs/PROTOCOL.md "Erasure-coded layout").
//!
//! A dataset of B blocks is arranged in rows of K data blocks (the last row padded with all-zero
//! blocks); each row is Reed-Solomon encoded over GF(2^16) with
//! [reed-solomon-simd](https://docs.rs/reed-solomon-simd) into M parity blocks, and slot `i` is
//! column `i` (see [`cairn_primitives::SlotLayout`]). Any K blocks of a row rebuild the other M,
//! so any M whole slots may be lost.
//!
//! - [`RowCodec`]: encode one row, or rebuild a row's missing data **and** parity blocks from any
//!   K of its K + M blocks.
//! - [`BatchCodec`]: a bounded batch of rows in parallel on the rayon pool, one [`RowCodec`] per
//!   worker thread.
//! - [`DatasetCodec`]: a whole dataset, streamed: [`DatasetCodec::encode`] pulls data blocks
//!   from a caller's source and hands parity blocks to a caller's sink;
//!   [`DatasetCodec::rebuild`] / [`DatasetCodec::rebuild_rows`] produce every block of lost
//!   slots, reading only K surviving blocks per row. Memory is bounded by two batches of rows.
//! - [`ErasureError`], [`StreamError`]: what can go wrong.
//!
//! Everything here is synchronous and CPU-bound: the async node calls it from
//! `tokio::task::spawn_blocking`. Decoding is several times slower than encoding (see
//! docs/BENCHMARKS.md, "Erasure coding"); repair paths must budget for it.

mod batch;
mod dataset;
mod encode;
mod error;
mod pipeline;
mod rebuild;
mod row;
#[cfg(test)]
mod test_support;

pub use batch::BatchCodec;
pub use dataset::DatasetCodec;
pub use error::{ErasureError, StreamError};
pub use row::{Restored, RowCodec};
