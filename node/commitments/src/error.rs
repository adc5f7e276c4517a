//! The crate's error type.

use thiserror::Error;

/// Errors of the commitment functions: malformed inputs, never internal failures.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CommitmentError {
    /// A decimal string is empty or has a character other than `0-9`.
    #[error("not a decimal number: {0:?}")]
    NotDecimal(String),
    /// A number (decimal or 32-byte big-endian) is not below the BN254 scalar field modulus r.
    #[error("value is not below the BN254 scalar field modulus")]
    NotInField,
    /// A Poseidon call with no inputs or more than [`MAX_INPUTS`](crate::poseidon::MAX_INPUTS).
    #[error("poseidon takes 1 to 12 inputs, got {0}")]
    PoseidonArity(usize),
    /// A slot block whose length is not [`BLOCK_SIZE`](crate::BLOCK_SIZE).
    #[error("block {index} of the slot has {len} bytes, expected 65536")]
    BlockSize {
        /// Position of the block in the slot.
        index: u64,
        /// Its length in bytes.
        len: usize,
    },
    /// A leaf index at or past the tree's (padded) leaf count.
    #[error("index {index} is out of range for a tree of {leaves} leaves")]
    IndexOutOfRange {
        /// The index asked for.
        index: u64,
        /// The tree's leaf count (a power of two).
        leaves: u64,
    },
    /// More slot roots than a verification tree of the given depth holds.
    #[error("{slots} slot roots do not fit a verification tree of depth {depth}")]
    TooManySlots {
        /// Number of slot roots given.
        slots: usize,
        /// The tree depth (`slotsDepth`).
        depth: u32,
    },
    /// A tree depth that this implementation does not support (over 40 levels).
    #[error("tree depth {0} is not supported (at most 40)")]
    DepthTooLarge(u32),
}
