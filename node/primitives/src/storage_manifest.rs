//! The storage manifest: what a storage request stores, and everything a host or a client needs
//! to find its pieces.
//!
//! A protected dataset is kept by N = K + M hosts, one slot each. A host needs its slot's blocks
//! as a dataset of its own (to download, store, serve and prove from) and every slot root (for the
//! proof's path to the verification root); a client getting the data back needs the slots' datasets
//! and the original's description. The storage manifest lists all of it:
//!
//! - `protected`: the protected dataset's [`Manifest`] (with its [`crate::Protection`]: K, M, the
//!   original tree root), from which the original manifest follows
//!   ([`StorageManifest::original_manifest`]);
//! - `slots`: per slot, in slot order, its Poseidon slot root (32 bytes big-endian, as on chain)
//!   and the manifest CID of its **slot dataset**: slot `i`'s R blocks in row order as an ordinary
//!   dataset ([`StorageManifest::slot_manifest`]).
//!
//! Encoding (canonical DAG-CBOR like [`Manifest`], at most [`MAX_STORAGE_MANIFEST_LEN`] bytes, so
//! it fits in one block), a map:
//!
//! | key | value |
//! | --- | --- |
//! | `type` | text `"cairn/storage-manifest"` (never a [`Manifest`] key set) |
//! | `v` | version, 1 |
//! | `protected` | bytes: the protected dataset's canonical manifest encoding |
//! | `slots` | array of N maps `{cid: bytes (binary CID, dag-cbor), root: bytes(32)}` |
//!
//! The node stores this encoding as a one-block dataset; that dataset's manifest CID is the
//! `content.cid` of the storage request.

use crate::{
    BLOCK_SIZE,
    cbor::{CborError, Value},
    cid::{Cid, CidError, Codec},
    dataset_tree::TreeRoot,
    manifest::{Manifest, ManifestError},
    slot_layout::SlotLayout,
};

/// Storage manifest encoding version.
const VERSION: u64 = 1;
/// The value of the `type` key.
pub const STORAGE_MANIFEST_TYPE: &str = "cairn/storage-manifest";
/// Largest storage manifest encoding accepted: one block.
pub const MAX_STORAGE_MANIFEST_LEN: usize = BLOCK_SIZE;
/// The BN254 scalar field modulus r, big-endian: a slot root is a field element, below it.
const BN254_R: [u8; 32] = [
    0x30, 0x64, 0x4e, 0x72, 0xe1, 0x31, 0xa0, 0x29, 0xb8, 0x50, 0x45, 0xb6, 0x81, 0x81, 0x58, 0x5d,
    0x28, 0x33, 0xe8, 0x48, 0x79, 0xb9, 0x70, 0x91, 0x43, 0xe1, 0xf5, 0x93, 0xf0, 0x00, 0x00, 0x01,
];

/// Why a storage manifest is invalid or bytes are not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageManifestFormatError {
    /// The bytes are not canonical CBOR.
    #[error("storage manifest is not canonical CBOR: {0}")]
    Cbor(#[from] CborError),
    /// The encoding is larger than [`MAX_STORAGE_MANIFEST_LEN`].
    #[error(
        "storage manifest encoding is {0} bytes, more than the maximum of {MAX_STORAGE_MANIFEST_LEN}"
    )]
    TooLarge(usize),
    /// The `type` key is missing or is not [`STORAGE_MANIFEST_TYPE`] (e.g. a dataset manifest).
    #[error("not a storage manifest (type must be {STORAGE_MANIFEST_TYPE:?})")]
    NotAStorageManifest,
    /// The version is not one this node understands.
    #[error("unsupported storage manifest version {0}")]
    Version(u64),
    /// A field is missing, unknown or of the wrong type.
    #[error("malformed storage manifest: {0}")]
    Malformed(&'static str),
    /// The embedded protected-dataset manifest is invalid.
    #[error("the protected dataset's manifest is invalid: {0}")]
    Protected(#[from] ManifestError),
    /// The embedded manifest is not of a protected (erasure-coded) dataset.
    #[error("the dataset manifest is not of a protected (erasure-coded) dataset")]
    Unprotected,
    /// There is not exactly one entry per slot.
    #[error("{found} slot entries, the layout has {expected} slots")]
    SlotCount {
        /// Entries in the manifest.
        found: usize,
        /// N = K + M.
        expected: u32,
    },
    /// A slot's dataset CID does not parse.
    #[error("slot {slot}: invalid dataset CID: {error}")]
    SlotCid {
        /// The slot.
        slot: usize,
        /// Why.
        error: CidError,
    },
    /// A slot's dataset CID is not a manifest CID (dag-cbor).
    #[error("slot {slot}: {cid} is not a manifest CID")]
    SlotNotAManifest {
        /// The slot.
        slot: usize,
        /// The CID found.
        cid: Cid,
    },
    /// A slot root is not a BN254 field element.
    #[error("slot {slot}: the slot root is not a BN254 field element")]
    SlotRoot {
        /// The slot.
        slot: usize,
    },
}

/// One slot of a storage manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotEntry {
    /// Poseidon slot root, 32 bytes big-endian (as on chain).
    pub root: [u8; 32],
    /// Manifest CID of the slot dataset (the slot's blocks in row order).
    pub dataset: Cid,
}

/// The description of a stored (erasure-coded) dataset and its slots; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageManifest {
    /// The protected dataset's manifest, with its [`crate::Protection`].
    pub protected: Manifest,
    /// One entry per slot, in slot order.
    pub slots: Vec<SlotEntry>,
}

impl StorageManifest {
    /// A checked storage manifest.
    pub fn new(
        protected: Manifest,
        slots: Vec<SlotEntry>,
    ) -> Result<Self, StorageManifestFormatError> {
        let manifest = Self { protected, slots };
        manifest.validate()?;
        Ok(manifest)
    }

    /// Checks the fields: a valid protected manifest, one entry per slot, manifest CIDs, roots
    /// that are field elements.
    pub fn validate(&self) -> Result<(), StorageManifestFormatError> {
        self.protected.validate()?;
        let layout = self
            .protected
            .protection
            .as_ref()
            .map(|p| p.layout)
            .ok_or(StorageManifestFormatError::Unprotected)?;
        if self.slots.len() != layout.slots() as usize {
            return Err(StorageManifestFormatError::SlotCount {
                found: self.slots.len(),
                expected: layout.slots(),
            });
        }
        for (slot, entry) in self.slots.iter().enumerate() {
            if entry.dataset.codec() != Codec::DagCbor {
                return Err(StorageManifestFormatError::SlotNotAManifest {
                    slot,
                    cid: entry.dataset,
                });
            }
            if entry.root >= BN254_R {
                return Err(StorageManifestFormatError::SlotRoot { slot });
            }
        }
        Ok(())
    }

    /// The slot layout (K, M, data blocks); for an invalid (unprotected) manifest, one slot of
    /// one row per block.
    pub fn layout(&self) -> SlotLayout {
        self.protected.protection.as_ref().map_or_else(
            || SlotLayout {
                k: 1,
                m: 0,
                data_blocks: self.protected.block_count,
            },
            |p| p.layout,
        )
    }

    /// The slot roots in slot order.
    pub fn slot_roots(&self) -> Vec<[u8; 32]> {
        self.slots.iter().map(|s| s.root).collect()
    }

    /// The protected dataset's manifest CID.
    pub fn protected_cid(&self) -> Cid {
        self.protected.cid()
    }

    /// The manifest of the original (unprotected) dataset: its tree root, its data blocks, the
    /// same byte length, file name and media type. For an invalid (unprotected) storage manifest,
    /// the embedded manifest itself.
    pub fn original_manifest(&self) -> Manifest {
        match &self.protected.protection {
            Some(p) => Manifest {
                tree_root: p.original_root,
                block_size: self.protected.block_size,
                byte_len: self.protected.byte_len,
                block_count: p.layout.data_blocks,
                filename: self.protected.filename.clone(),
                mime_type: self.protected.mime_type.clone(),
                protection: None,
            },
            None => self.protected.clone(),
        }
    }

    /// The manifest of a slot dataset whose dataset tree (over the slot's R blocks in row order)
    /// has root `tree_root`: R blocks, byte length R × [`BLOCK_SIZE`], no file name or media type.
    pub fn slot_manifest(&self, tree_root: TreeRoot) -> Manifest {
        let rows = self.layout().rows();
        Manifest {
            tree_root,
            block_size: BLOCK_SIZE as u32,
            byte_len: rows * BLOCK_SIZE as u64,
            block_count: rows,
            filename: None,
            mime_type: None,
            protection: None,
        }
    }

    /// The canonical encoding.
    pub fn encode(&self) -> Vec<u8> {
        let slots = self
            .slots
            .iter()
            .map(|s| {
                Value::Map(vec![
                    ("cid".to_owned(), Value::Bytes(s.dataset.to_bytes())),
                    ("root".to_owned(), Value::Bytes(s.root.to_vec())),
                ])
            })
            .collect();
        let mut out = Vec::with_capacity(256 + 80 * self.slots.len());
        Value::Map(vec![
            (
                "type".to_owned(),
                Value::Text(STORAGE_MANIFEST_TYPE.to_owned()),
            ),
            ("v".to_owned(), Value::Uint(VERSION)),
            (
                "protected".to_owned(),
                Value::Bytes(self.protected.encode()),
            ),
            ("slots".to_owned(), Value::Array(slots)),
        ])
        .encode(&mut out);
        out
    }

    /// Decodes and validates a storage manifest: exactly one canonical encoding, nothing after it.
    pub fn decode(bytes: &[u8]) -> Result<Self, StorageManifestFormatError> {
        if bytes.len() > MAX_STORAGE_MANIFEST_LEN {
            return Err(StorageManifestFormatError::TooLarge(bytes.len()));
        }
        let Value::Map(entries) = Value::decode(bytes)? else {
            return Err(StorageManifestFormatError::Malformed("not a map"));
        };
        let mut fields = Fields(entries);
        match fields.take("type") {
            Some(Value::Text(t)) if t == STORAGE_MANIFEST_TYPE => {}
            _ => return Err(StorageManifestFormatError::NotAStorageManifest),
        }
        let version = match fields.take("v") {
            Some(Value::Uint(v)) => v,
            _ => return Err(StorageManifestFormatError::Malformed("v")),
        };
        if version != VERSION {
            return Err(StorageManifestFormatError::Version(version));
        }
        let protected = match fields.take("protected") {
            Some(Value::Bytes(b)) => Manifest::decode(&b)?,
            _ => return Err(StorageManifestFormatError::Malformed("protected")),
        };
        let Some(Value::Array(items)) = fields.take("slots") else {
            return Err(StorageManifestFormatError::Malformed("slots"));
        };
        fields.finish()?;
        let mut slots = Vec::with_capacity(items.len());
        for (slot, item) in items.into_iter().enumerate() {
            let Value::Map(entry) = item else {
                return Err(StorageManifestFormatError::Malformed(
                    "slot entry is not a map",
                ));
            };
            let mut entry = Fields(entry);
            let dataset = match entry.take("cid") {
                Some(Value::Bytes(b)) => Cid::from_bytes(&b)
                    .map_err(|error| StorageManifestFormatError::SlotCid { slot, error })?,
                _ => return Err(StorageManifestFormatError::Malformed("slot cid")),
            };
            let root = match entry.take("root") {
                Some(Value::Bytes(b)) => <[u8; 32]>::try_from(b)
                    .map_err(|_| StorageManifestFormatError::Malformed("slot root"))?,
                _ => return Err(StorageManifestFormatError::Malformed("slot root")),
            };
            entry.finish()?;
            slots.push(SlotEntry { root, dataset });
        }
        Self::new(protected, slots)
    }
}

/// Map entries being taken apart; whatever is left at the end is an unknown key.
struct Fields(Vec<(String, Value)>);

impl Fields {
    fn take(&mut self, key: &str) -> Option<Value> {
        let index = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(index).1)
    }

    fn finish(self) -> Result<(), StorageManifestFormatError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(StorageManifestFormatError::Malformed("unknown key"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Protection, block_count};
    use proptest::prelude::*;

    fn protected(byte_len: u64, k: u32, m: u32) -> Manifest {
        let layout = SlotLayout::new(k, m, block_count(byte_len)).expect("layout");
        Manifest {
            tree_root: TreeRoot([9; 32]),
            block_size: BLOCK_SIZE as u32,
            byte_len,
            block_count: layout.total_blocks(),
            filename: Some("photo.jpg".into()),
            mime_type: Some("image/jpeg".into()),
            protection: Some(Protection {
                layout,
                original_root: TreeRoot([7; 32]),
            }),
        }
    }

    fn entries(n: u32) -> Vec<SlotEntry> {
        (0..n)
            .map(|i| SlotEntry {
                root: [i as u8; 32],
                dataset: Cid::for_bytes(Codec::DagCbor, &[i as u8]),
            })
            .collect()
    }

    fn sample() -> StorageManifest {
        StorageManifest::new(protected(5 * BLOCK_SIZE as u64 + 1, 4, 2), entries(6)).expect("valid")
    }

    fn encode(value: Value) -> Vec<u8> {
        let mut out = Vec::new();
        value.encode(&mut out);
        out
    }

    /// The sample's top-level entries, with `key` replaced (or removed with `None`).
    fn with_field(key: &str, value: Option<Value>) -> Vec<u8> {
        let Ok(Value::Map(mut entries)) = Value::decode(&sample().encode()) else {
            panic!("sample decodes");
        };
        entries.retain(|(k, _)| k != key);
        if let Some(value) = value {
            entries.push((key.to_owned(), value));
        }
        encode(Value::Map(entries))
    }

    fn slot_value(cid: Vec<u8>, root: Vec<u8>) -> Value {
        Value::Map(vec![
            ("cid".into(), Value::Bytes(cid)),
            ("root".into(), Value::Bytes(root)),
        ])
    }

    #[test]
    fn round_trips() {
        let manifest = sample();
        let bytes = manifest.encode();
        assert_eq!(StorageManifest::decode(&bytes), Ok(manifest.clone()));
        // Deterministic: the same value encodes to the same bytes.
        assert_eq!(
            StorageManifest::decode(&bytes).expect("decodes").encode(),
            bytes
        );
        assert_eq!(manifest.slot_roots().len(), 6);
        assert_eq!(manifest.protected_cid(), manifest.protected.cid());
        // The largest layout fits in one block.
        let big = StorageManifest::new(
            protected(1 << 40, 128, 128),
            (0..256)
                .map(|i| SlotEntry {
                    root: [0x30; 32],
                    dataset: Cid::for_bytes(Codec::DagCbor, &[i as u8, 1]),
                })
                .collect(),
        )
        .expect("valid");
        let bytes = big.encode();
        assert!(bytes.len() < MAX_STORAGE_MANIFEST_LEN, "{}", bytes.len());
        assert_eq!(StorageManifest::decode(&bytes), Ok(big));
    }

    #[test]
    fn derived_manifests() {
        let manifest = sample();
        let original = manifest.original_manifest();
        assert_eq!(original.tree_root, TreeRoot([7; 32]));
        assert_eq!(original.block_count, 6);
        assert_eq!(original.byte_len, 5 * BLOCK_SIZE as u64 + 1);
        assert_eq!(original.filename.as_deref(), Some("photo.jpg"));
        assert_eq!(original.mime_type.as_deref(), Some("image/jpeg"));
        assert_eq!(original.protection, None);
        assert_eq!(original.validate(), Ok(()));
        // 6 blocks in rows of 4: 2 rows, so every slot dataset has 2 blocks.
        let slot = manifest.slot_manifest(TreeRoot([3; 32]));
        assert_eq!(slot.block_count, 2);
        assert_eq!(slot.byte_len, 2 * BLOCK_SIZE as u64);
        assert_eq!(slot.filename, None);
        assert_eq!(slot.validate(), Ok(()));
        assert_eq!(manifest.layout().slots(), 6);
    }

    #[test]
    fn refuses_what_is_not_a_storage_manifest() {
        // A dataset manifest is not a storage manifest, and the other way round.
        let dataset = sample().protected.encode();
        assert_eq!(
            StorageManifest::decode(&dataset),
            Err(StorageManifestFormatError::NotAStorageManifest)
        );
        assert!(Manifest::decode(&sample().encode()).is_err());
        assert_eq!(
            StorageManifest::decode(&with_field("type", Some(Value::Text("other".into())))),
            Err(StorageManifestFormatError::NotAStorageManifest)
        );
        assert_eq!(
            StorageManifest::decode(&with_field("type", None)),
            Err(StorageManifestFormatError::NotAStorageManifest)
        );
        assert_eq!(
            StorageManifest::decode(&[0x01]),
            Err(StorageManifestFormatError::Malformed("not a map"))
        );
        assert!(matches!(
            StorageManifest::decode(&[]),
            Err(StorageManifestFormatError::Cbor(CborError::Truncated))
        ));
    }

    #[test]
    fn refuses_trailing_bytes_and_oversize() {
        let mut bytes = sample().encode();
        bytes.push(0);
        assert_eq!(
            StorageManifest::decode(&bytes),
            Err(StorageManifestFormatError::Cbor(CborError::TrailingBytes))
        );
        let mut padded = sample().encode();
        padded.resize(MAX_STORAGE_MANIFEST_LEN + 1, 0);
        assert_eq!(
            StorageManifest::decode(&padded),
            Err(StorageManifestFormatError::TooLarge(
                MAX_STORAGE_MANIFEST_LEN + 1
            ))
        );
        // Zero padding (as a one-block dataset stores it) is trailing bytes too.
        let mut block = sample().encode();
        block.resize(BLOCK_SIZE, 0);
        assert!(StorageManifest::decode(&block).is_err());
    }

    #[test]
    fn refuses_malformed_fields() {
        assert_eq!(
            StorageManifest::decode(&with_field("v", Some(Value::Uint(2)))),
            Err(StorageManifestFormatError::Version(2))
        );
        assert_eq!(
            StorageManifest::decode(&with_field("v", None)),
            Err(StorageManifestFormatError::Malformed("v"))
        );
        assert_eq!(
            StorageManifest::decode(&with_field("zz", Some(Value::Uint(1)))),
            Err(StorageManifestFormatError::Malformed("unknown key"))
        );
        assert_eq!(
            StorageManifest::decode(&with_field("protected", Some(Value::Uint(1)))),
            Err(StorageManifestFormatError::Malformed("protected"))
        );
        assert!(matches!(
            StorageManifest::decode(&with_field("protected", Some(Value::Bytes(vec![0xa0])))),
            Err(StorageManifestFormatError::Protected(_))
        ));
        assert_eq!(
            StorageManifest::decode(&with_field("slots", Some(Value::Uint(1)))),
            Err(StorageManifestFormatError::Malformed("slots"))
        );
        let good_cid = Cid::for_bytes(Codec::DagCbor, b"x").to_bytes();
        let six = |slot: Value| {
            let mut items: Vec<Value> = (0..5)
                .map(|_| slot_value(good_cid.clone(), vec![1; 32]))
                .collect();
            items.push(slot);
            with_field("slots", Some(Value::Array(items)))
        };
        assert_eq!(
            StorageManifest::decode(&six(Value::Uint(3))),
            Err(StorageManifestFormatError::Malformed(
                "slot entry is not a map"
            ))
        );
        assert_eq!(
            StorageManifest::decode(&six(slot_value(good_cid.clone(), vec![1; 31]))),
            Err(StorageManifestFormatError::Malformed("slot root"))
        );
        assert!(matches!(
            StorageManifest::decode(&six(slot_value(vec![1, 2, 3], vec![1; 32]))),
            Err(StorageManifestFormatError::SlotCid { slot: 5, .. })
        ));
        let raw = Cid::for_block(b"x");
        assert_eq!(
            StorageManifest::decode(&six(slot_value(raw.to_bytes(), vec![1; 32]))),
            Err(StorageManifestFormatError::SlotNotAManifest { slot: 5, cid: raw })
        );
        assert_eq!(
            StorageManifest::decode(&six(slot_value(good_cid.clone(), BN254_R.to_vec()))),
            Err(StorageManifestFormatError::SlotRoot { slot: 5 })
        );
        let mut extra = match slot_value(good_cid.clone(), vec![1; 32]) {
            Value::Map(entries) => entries,
            _ => unreachable!(),
        };
        extra.push(("zz".into(), Value::Uint(0)));
        assert_eq!(
            StorageManifest::decode(&six(Value::Map(extra))),
            Err(StorageManifestFormatError::Malformed("unknown key"))
        );
        assert!(StorageManifest::decode(&six(slot_value(good_cid.clone(), vec![1; 32]))).is_ok());
    }

    #[test]
    fn refuses_wrong_slot_count_and_unprotected_datasets() {
        let mut manifest = sample();
        manifest.slots.pop();
        assert_eq!(
            StorageManifest::decode(&manifest.encode()),
            Err(StorageManifestFormatError::SlotCount {
                found: 5,
                expected: 6
            })
        );
        manifest.slots.extend(entries(2));
        assert_eq!(
            StorageManifest::decode(&manifest.encode()),
            Err(StorageManifestFormatError::SlotCount {
                found: 7,
                expected: 6
            })
        );
        let plain = Manifest {
            block_count: 6,
            protection: None,
            ..sample().protected
        };
        let unprotected = StorageManifest {
            protected: plain.clone(),
            slots: entries(6),
        };
        assert_eq!(
            StorageManifest::decode(&unprotected.encode()),
            Err(StorageManifestFormatError::Unprotected)
        );
        assert_eq!(
            StorageManifest::new(plain, entries(6)),
            Err(StorageManifestFormatError::Unprotected)
        );
        // Helpers of an invalid value still answer something sensible.
        assert_eq!(unprotected.original_manifest(), unprotected.protected);
    }

    proptest! {
        #[test]
        fn any_valid_storage_manifest_round_trips(len in 0u64..(1 << 40), k in 1u32..20, m in 1u32..20, roots in proptest::collection::vec(any::<[u8; 32]>(), 40)) {
            let n = (k + m) as usize;
            let slots = roots[..n].iter().enumerate().map(|(i, r)| {
                let mut root = *r;
                root[0] &= 0x2f;
                SlotEntry { root, dataset: Cid::for_bytes(Codec::DagCbor, &i.to_be_bytes()) }
            }).collect();
            let manifest = StorageManifest::new(protected(len, k, m), slots).expect("valid");
            prop_assert_eq!(StorageManifest::decode(&manifest.encode()), Ok(manifest));
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = StorageManifest::decode(&bytes);
        }
    }
}
