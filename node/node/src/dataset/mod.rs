//! Datasets as a storage request keeps them (DESIGN.md §3–4, PROTOCOL.md "Erasure-coded layout",
//! "Storage manifest and slot datasets", "Repair"): every step that codes, commits to, publishes,
//! gets back or rebuilds an erasure-coded dataset lives here, and all the coding goes through one
//! path, [`cairn_erasure::DatasetCodec`] on the blocking pool ([`codec`]).
//!
//! - [`protect`](mod@protect): erasure-code a stored dataset into K + M slots.
//! - [`commitments`]: each slot's Poseidon slot root and the verification root.
//! - [`publish`]: store the slot datasets and the storage manifest (the request's `content.cid`).
//! - [`retrieve`](mod@retrieve): the client's download from any K hosts.
//! - [`repair`]: a host's rebuild of lost slots from any K surviving slots.

pub(crate) mod codec;
pub mod commitments;
pub mod protect;
pub mod publish;
pub mod repair;
pub mod retrieve;

pub use codec::CodecError;
pub use protect::{ProtectError, protect};
pub use publish::{
    STORAGE_MANIFEST_MIME, StorageManifestError, load, publish, storage_manifest_shape,
};
pub use repair::{RepairError, RepairPhase, RepairProgress, Repaired, rebuild_slots};
pub use retrieve::{SLOT_FETCHES, retrieve};
