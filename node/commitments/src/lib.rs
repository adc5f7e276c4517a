//! cairn's proof commitments: what a storage proof proves, computed outside the circuit.
//!
//! - [`poseidon`]: circomlib's Poseidon over the BN254 scalar field (1 to 12 inputs).
//! - [`cell`]: 2 KiB cells, their 67 field elements and their hash (a slot tree leaf).
//! - [`slot_tree`]: the Poseidon Merkle tree over a slot's cells; its root is the slot root.
//! - [`verify_tree`]: the fixed-depth tree over a request's slot roots (the verification root).
//! - [`sampling`]: which cells a proof opens, from the period's entropy.
//! - [`field`]: field elements as decimal strings and 32-byte big-endian words.
//!
//! The rules are in `docs/PROTOCOL.md`, section "Proof commitments"; fixed vectors, checked
//! against circomlibjs, are in `testdata/vectors/commitments.json`.

pub mod cell;
mod error;
pub mod field;
mod merkle;
pub mod poseidon;
pub mod sampling;
pub mod slot_tree;
pub mod verify_tree;

pub use ark_bn254::Fr;
pub use cairn_primitives::BLOCK_SIZE;
pub use cell::{
    CELL_SIZE, CELLS_PER_BLOCK, ELEMENTS_PER_CELL, cell_elements, cell_hash, zero_leaf,
};
pub use error::CommitmentError;
pub use field::{fr_from_be_bytes, fr_from_decimal, fr_to_be_bytes, fr_to_decimal};
pub use merkle::verify_path;
pub use poseidon::{poseidon, poseidon2};
pub use sampling::{sample_index, sample_indices};
pub use slot_tree::SlotTree;
pub use verify_tree::VerifyTree;
