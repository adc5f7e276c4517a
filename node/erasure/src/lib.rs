//! cairn's erasure coding (DESIGN.md §3): each row of K data blocks gets M parity blocks with
//! Reed-Solomon over GF(2^16) (reed-solomon-simd); any K of a row's K + M blocks rebuild the rest.
//!
//! [`RowCodec`] codes one row; [`BatchCodec`] codes a bounded batch of rows in parallel. All of it is synchronous and CPU-bound: the async node calls it from `spawn_blocking`.

mod batch;
mod row;

pub use batch::BatchCodec;
pub use row::{ErasureError, Restored, RowCodec};
