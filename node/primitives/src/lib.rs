//! cairn's primitive types, shared by every other crate and free of IO.
//!
//! - [`cid`]: content identifiers (CIDv1, sha2-256) for blocks and manifests.
//! - [`block`]: the block size and block hashes.
//! - [`dataset_tree`]: the binary SHA-256 Merkle tree over a dataset's blocks, with inclusion proofs
//!   that every receiver checks before storing or passing a block on.
//! - [`slot_layout`]: where each block of an erasure-coded dataset lives (rows, slots).
//! - [`manifest`]: the dataset description, its deterministic encoding and CID.
//!
//! The exact rules, with test vectors, are in `docs/PROTOCOL.md` and `testdata/vectors/`.

pub mod block;
mod cbor;
pub mod cid;
pub mod dataset_tree;
mod hash_newtype;
pub mod manifest;
pub mod slot_layout;
pub mod storage_manifest;
pub mod testing;
mod varint;

pub use block::{BLOCK_SIZE, BlockHash, block_count};
pub use cbor::CborError;
pub use cid::{Cid, CidError, Codec};
pub use dataset_tree::{DatasetTree, InclusionProof, ProofError, TreeError, TreeRoot};
pub use manifest::{Manifest, ManifestError, Protection};
pub use slot_layout::{LayoutError, Position, SlotLayout};
pub use storage_manifest::{SlotEntry, StorageManifest, StorageManifestFormatError};
