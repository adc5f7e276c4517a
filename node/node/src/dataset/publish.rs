//! Storage manifests and slot datasets (PROTOCOL.md, "Storage manifest and slot datasets"): what a
//! client publishes for a storage request.
//!
//! - [`publish`]: for a stored protected dataset, stores every **slot dataset** (slot `i`'s R
//!   blocks in row order, an ordinary dataset whose blocks are linked, not copied) and the
//!   [`StorageManifest`] itself as a one-block dataset; that dataset's manifest CID is the
//!   request's `content.cid`. Hosts fetch it and their one slot dataset by CID.
//! - [`load`]: reads a stored storage-manifest dataset.
//!
//! Getting the data back is [`super::retrieve`]; rebuilding lost slots is [`super::repair`].

use bytes::Bytes;
use cairn_primitives::{
    BLOCK_SIZE, Cid, Manifest, SlotEntry, StorageManifest, StorageManifestFormatError,
    storage_manifest::MAX_STORAGE_MANIFEST_LEN,
};
use cairn_store::{Store, StoreError, WriteMeta};

use super::codec::CodecError;
use crate::fetch::FetchError;

/// Media type of a stored storage-manifest dataset.
pub const STORAGE_MANIFEST_MIME: &str = "application/vnd.cairn.storage-manifest+cbor";

/// Why a storage manifest could not be published, read or its data retrieved.
#[derive(Debug, thiserror::Error)]
pub enum StorageManifestError {
    /// [`publish`] needs a protected (erasure-coded) dataset.
    #[error("dataset {0} is not protected (erasure-coded): it has no slots")]
    NotProtected(Cid),
    /// [`publish`] needs one slot root per slot.
    #[error("{found} slot roots given, the protected dataset has {expected} slots")]
    SlotRootCount {
        /// Roots given.
        found: usize,
        /// Slots of the dataset.
        expected: u32,
    },
    /// The storage manifest would be invalid (e.g. a slot root is not a field element).
    #[error("invalid storage manifest: {0}")]
    Format(#[from] StorageManifestFormatError),
    /// The dataset is not a stored storage manifest (wrong shape or undecodable contents).
    #[error("{cid} is not a storage manifest: {reason}")]
    NotAStorageManifest {
        /// The dataset.
        cid: Cid,
        /// Why.
        reason: String,
    },
    /// The storage manifest could not be fetched from the network.
    #[error("storage manifest {cid} is unavailable: {source}")]
    ManifestUnavailable {
        /// The storage manifest's CID.
        cid: Cid,
        /// The fetch failure.
        source: FetchError,
    },
    /// Fewer than K slot datasets could be stored: the data cannot be rebuilt (yet).
    #[error(
        "not enough slots to rebuild {original}: {found} of the {needed} needed are available \
         ({total} slots; {details})"
    )]
    NotEnoughSlots {
        /// The original dataset's CID.
        original: Cid,
        /// Slot datasets stored.
        found: usize,
        /// K.
        needed: u32,
        /// N.
        total: u32,
        /// What happened to the others.
        details: String,
    },
    /// The slots' data does not rebuild the dataset the storage manifest describes.
    #[error(
        "the slots do not rebuild the original dataset {expected} (tree root {actual} instead of \
         {expected_root}): the storage manifest or the hosts' data is wrong"
    )]
    Mismatch {
        /// The original's CID according to the storage manifest.
        expected: Cid,
        /// Its tree root.
        expected_root: cairn_primitives::TreeRoot,
        /// The root the slots gave.
        actual: cairn_primitives::TreeRoot,
    },
    /// Decoding failed.
    #[error("erasure coding: {0}")]
    Erasure(#[from] cairn_erasure::ErasureError),
    /// The store failed (or a dataset is unknown).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A background task failed.
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl From<CodecError> for StorageManifestError {
    fn from(err: CodecError) -> Self {
        match err {
            CodecError::Erasure(e) => Self::Erasure(e),
            CodecError::Store(e) => Self::Store(e),
            CodecError::Task(e) => Self::Task(e),
        }
    }
}

/// Stores the slot datasets of the stored protected dataset `protected_cid` and the storage
/// manifest listing them with `slot_roots` (one Poseidon slot root per slot, 32 bytes
/// big-endian); returns the storage-manifest dataset's CID (the request's `content.cid`) and the
/// storage manifest. Only links blocks the store holds; calling it again stores nothing new and
/// gives the same CID.
pub async fn publish(
    store: &Store,
    protected_cid: &Cid,
    slot_roots: &[[u8; 32]],
) -> Result<(Cid, StorageManifest), StorageManifestError> {
    let protected = store.manifest(protected_cid).await?;
    let layout = protected
        .protection
        .as_ref()
        .map(|p| p.layout)
        .ok_or(StorageManifestError::NotProtected(*protected_cid))?;
    if slot_roots.len() != layout.slots() as usize {
        return Err(StorageManifestError::SlotRootCount {
            found: slot_roots.len(),
            expected: layout.slots(),
        });
    }
    // Check the roots before anything is stored (the CID stands in for the slot datasets').
    StorageManifest::new(
        protected.clone(),
        slot_roots
            .iter()
            .map(|root| SlotEntry {
                root: *root,
                dataset: *protected_cid,
            })
            .collect(),
    )?;
    let hashes = store.block_hashes(protected_cid).await?;
    let rows = layout.rows();
    let mut slots = Vec::with_capacity(slot_roots.len());
    for (slot, root) in (0..layout.slots()).zip(slot_roots) {
        let range = layout.slot_range(slot).ok_or(StoreError::IndexOutOfRange {
            index: u64::from(slot),
            count: u64::from(layout.slots()),
        })?;
        let slot_hashes = usize::try_from(range.start)
            .ok()
            .zip(usize::try_from(range.end).ok())
            .and_then(|(start, end)| hashes.get(start..end))
            .ok_or(StoreError::IndexOutOfRange {
                index: range.end,
                count: hashes.len() as u64,
            })?;
        let mut writer = store.writer().await?;
        for (row, hash) in (0..rows).zip(slot_hashes) {
            writer.link_block(row, *hash)?;
        }
        let (dataset, _) = writer
            .commit(rows * BLOCK_SIZE as u64, None, WriteMeta::default())
            .await?;
        slots.push(SlotEntry {
            root: *root,
            dataset,
        });
    }
    let storage = StorageManifest::new(protected, slots)?;
    let bytes = Bytes::from(storage.encode());
    let (cid, _) = store
        .import(
            futures::stream::iter([Ok::<_, std::convert::Infallible>(bytes)]),
            WriteMeta {
                filename: None,
                mime_type: Some(STORAGE_MANIFEST_MIME.to_owned()),
                expires_at: None,
            },
        )
        .await?;
    Ok((cid, storage))
}

/// Whether a dataset's manifest has the shape of a storage manifest: one unprotected block of at
/// most [`MAX_STORAGE_MANIFEST_LEN`] bytes (checked before one is fetched, and when it is read).
pub fn storage_manifest_shape(manifest: &Manifest) -> Result<(), String> {
    if manifest.protection.is_some() {
        return Err("it is an erasure-coded dataset, not a storage manifest".into());
    }
    let fits = usize::try_from(manifest.byte_len)
        .is_ok_and(|len| len <= MAX_STORAGE_MANIFEST_LEN && manifest.block_count == 1);
    if !fits {
        return Err(format!(
            "it is {} bytes long, a storage manifest at most {MAX_STORAGE_MANIFEST_LEN}",
            manifest.byte_len
        ));
    }
    Ok(())
}

/// Reads the stored storage-manifest dataset `cid`: one unprotected block of at most
/// [`MAX_STORAGE_MANIFEST_LEN`] bytes holding a valid encoding.
pub async fn load(store: &Store, cid: &Cid) -> Result<StorageManifest, StorageManifestError> {
    let manifest = store.manifest(cid).await?;
    let not_one = |reason: String| StorageManifestError::NotAStorageManifest { cid: *cid, reason };
    storage_manifest_shape(&manifest).map_err(not_one)?;
    let len = manifest.byte_len as usize;
    let (_, block) = store.reader(cid).await?.block(0).await?;
    let bytes = block
        .get(..len)
        .ok_or_else(|| not_one("its block is shorter than its length".into()))?;
    StorageManifest::decode(bytes).map_err(|e| not_one(e.to_string()))
}
