//! Storage manifests and slot datasets (PROTOCOL.md, "Storage manifest and slot datasets"): what a
//! client publishes for a storage request, and how it gets its data back from the hosts.
//!
//! - [`publish`]: for a stored protected dataset, stores every **slot dataset** (slot `i`'s R
//!   blocks in row order, an ordinary dataset whose blocks are linked, not copied) and the
//!   [`StorageManifest`] itself as a one-block dataset; that dataset's manifest CID is the
//!   request's `content.cid`. Hosts fetch it and their one slot dataset by CID.
//! - [`load`]: reads a stored storage-manifest dataset.
//! - [`retrieve`]: the client's download from the hosts: the storage manifest, then slot datasets
//!   (a few at a time, data slots first) until any K are stored, then the original dataset is
//!   rebuilt: the blocks of present data slots are linked, those of lost data slots decoded from
//!   K present slots on the blocking pool in bounded batches of rows. The result is checked against the original's
//!   tree root before it is committed, so nothing is stored when the hosts' data does not match.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use bytes::Bytes;
use cairn_erasure::{BatchCodec, ErasureError};
use cairn_primitives::{
    BLOCK_SIZE, BlockHash, Cid, Manifest, Position, SlotEntry, SlotLayout, StorageManifest,
    StorageManifestFormatError, storage_manifest::MAX_STORAGE_MANIFEST_LEN,
};
use cairn_store::{Store, StoreError, WriteMeta};
use futures::{StreamExt, stream::FuturesUnordered};

use crate::fetch::{FetchError, Fetcher};

/// Media type of a stored storage-manifest dataset.
pub const STORAGE_MANIFEST_MIME: &str = "application/vnd.cairn.storage-manifest+cbor";
/// Slot datasets fetched at the same time by [`retrieve`].
pub const SLOT_FETCHES: usize = 4;
/// Blocks (read and rebuilt) per batch of rows when decoding: rows per batch = this / N, at
/// least one.
const REBUILD_BATCH_BLOCKS: u64 = 256;
/// A slot fetch is given up after this long, plus [`SLOT_FETCH_PER_BLOCK`] per block: a backstop
/// only, the fetcher gives up on silent providers by itself much earlier.
const SLOT_FETCH_BASE: Duration = Duration::from_secs(300);
/// See [`SLOT_FETCH_BASE`] (1 s per 64 KiB block: 64 KiB/s at the least).
const SLOT_FETCH_PER_BLOCK: Duration = Duration::from_secs(1);

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
    Erasure(#[from] ErasureError),
    /// The store failed (or a dataset is unknown).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A background task failed.
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
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

/// Reads the stored storage-manifest dataset `cid`: one unprotected block of at most
/// [`MAX_STORAGE_MANIFEST_LEN`] bytes holding a valid encoding.
pub async fn load(store: &Store, cid: &Cid) -> Result<StorageManifest, StorageManifestError> {
    let manifest = store.manifest(cid).await?;
    let not_one = |reason: String| StorageManifestError::NotAStorageManifest { cid: *cid, reason };
    if manifest.protection.is_some() {
        return Err(not_one("it is an erasure-coded dataset".into()));
    }
    let len = usize::try_from(manifest.byte_len)
        .ok()
        .filter(|len| *len <= MAX_STORAGE_MANIFEST_LEN && manifest.block_count == 1)
        .ok_or_else(|| {
            not_one(format!(
                "it is {} bytes long, a storage manifest at most {MAX_STORAGE_MANIFEST_LEN}",
                manifest.byte_len
            ))
        })?;
    let (_, block) = store.reader(cid).await?.block(0).await?;
    let bytes = block
        .get(..len)
        .ok_or_else(|| not_one("its block is shorter than its length".into()))?;
    StorageManifest::decode(bytes).map_err(|e| not_one(e.to_string()))
}

/// What became of one slot during [`retrieve`].
type SlotOutcome = (u32, Result<(), String>);

/// Gets a dataset back from the hosts of its storage request: fetches the storage manifest
/// `storage_cid` (unless stored), then slot datasets until K are stored, and rebuilds and stores
/// the original dataset. Returns the original's CID and manifest (at once if it is already
/// stored). Nothing is announced: the caller does that.
pub async fn retrieve(
    fetcher: &Fetcher,
    store: &Store,
    storage_cid: &Cid,
) -> Result<(Cid, Manifest), StorageManifestError> {
    let stored_before = store.contains(storage_cid).await?;
    if !stored_before {
        fetcher.fetch(storage_cid).await.map_err(|source| {
            StorageManifestError::ManifestUnavailable {
                cid: *storage_cid,
                source,
            }
        })?;
    }
    let storage = match load(store, storage_cid).await {
        Ok(storage) => storage,
        Err(err) => {
            // Fetched for nothing: do not keep it.
            if !stored_before && let Err(e) = store.delete(storage_cid).await {
                tracing::warn!(cid = %storage_cid, %e, "could not delete a fetched dataset");
            }
            return Err(err);
        }
    };
    let original = storage.original_manifest();
    let original_cid = original.cid();
    if store.contains(&original_cid).await? {
        return Ok((original_cid, store.manifest(&original_cid).await?));
    }
    let layout = storage.layout();
    let started = Instant::now();
    let present = fetch_slots(fetcher, store, &storage, original_cid).await?;
    let stored = present.iter().filter(|p| p.is_some()).count();
    tracing::info!(original = %original_cid, slots = stored,
        seconds = started.elapsed().as_secs_f64(), "slot datasets stored; rebuilding");
    let (cid, manifest) = rebuild(store, &storage, &layout, &present).await?;
    tracing::info!(%cid, bytes = manifest.byte_len, seconds = started.elapsed().as_secs_f64(), "dataset retrieved");
    Ok((cid, manifest))
}

/// True if the stored dataset `cid` has the shape of a slot dataset of `storage`.
async fn is_slot_dataset(
    store: &Store,
    storage: &StorageManifest,
    cid: &Cid,
) -> Result<bool, StoreError> {
    let manifest = store.manifest(cid).await?;
    Ok(storage.slot_manifest(manifest.tree_root) == manifest)
}

/// Stores slot datasets until K are present; returns, per slot, the stored dataset's CID.
async fn fetch_slots(
    fetcher: &Fetcher,
    store: &Store,
    storage: &StorageManifest,
    original: Cid,
) -> Result<Vec<Option<Cid>>, StorageManifestError> {
    let layout = storage.layout();
    let needed = layout.k as usize;
    let mut present: Vec<Option<Cid>> = vec![None; storage.slots.len()];
    let mut missing = Vec::new();
    // Data slots first: their blocks are linked as they are, parity slots need decoding.
    let mut failures = Vec::new();
    for (slot, entry) in (0..layout.slots()).zip(&storage.slots) {
        if !store.contains(&entry.dataset).await? {
            missing.push(slot);
        } else if is_slot_dataset(store, storage, &entry.dataset).await? {
            present[slot as usize] = Some(entry.dataset);
        } else {
            // The CID fixes the manifest: fetching it again would give the same dataset.
            failures.push(format!(
                "slot {slot}: {} is not a slot dataset of this layout",
                entry.dataset
            ));
        }
    }
    let timeout = SLOT_FETCH_BASE.saturating_add(
        SLOT_FETCH_PER_BLOCK.saturating_mul(u32::try_from(layout.rows()).unwrap_or(u32::MAX)),
    );
    let mut queue = missing.into_iter();
    let mut running = FuturesUnordered::new();
    let stored = |present: &[Option<Cid>]| present.iter().filter(|p| p.is_some()).count();
    loop {
        // As many fetches as slots still needed (a failure starts the next candidate).
        while running.len() < SLOT_FETCHES && stored(&present) + running.len() < needed {
            let Some(slot) = queue.next() else { break };
            let cid = storage.slots[slot as usize].dataset;
            running.push(async move {
                let outcome: SlotOutcome =
                    match tokio::time::timeout(timeout, fetcher.fetch(&cid)).await {
                        Ok(Ok(_)) => match is_slot_dataset(store, storage, &cid).await {
                            Ok(true) => (slot, Ok(())),
                            Ok(false) => {
                                if let Err(e) = store.delete(&cid).await {
                                    tracing::warn!(%cid, %e, "could not delete a fetched dataset");
                                }
                                (
                                    slot,
                                    Err(format!("{cid} is not a slot dataset of this layout")),
                                )
                            }
                            Err(e) => (slot, Err(e.to_string())),
                        },
                        Ok(Err(e)) => (slot, Err(e.to_string())),
                        Err(_) => (
                            slot,
                            Err(format!("timed out after {} s", timeout.as_secs())),
                        ),
                    };
                outcome
            });
        }
        let Some((slot, outcome)) = running.next().await else {
            break;
        };
        match outcome {
            Ok(()) => present[slot as usize] = Some(storage.slots[slot as usize].dataset),
            Err(reason) => {
                tracing::info!(slot, %reason, "slot dataset unavailable");
                failures.push(format!("slot {slot}: {reason}"));
            }
        }
    }
    let found = stored(&present);
    if found < needed {
        return Err(StorageManifestError::NotEnoughSlots {
            original,
            found,
            needed: layout.k,
            total: layout.slots(),
            details: if failures.is_empty() {
                "nothing to fetch".into()
            } else {
                failures.join("; ")
            },
        });
    }
    Ok(present)
}

/// Builds the original dataset from the present slot datasets (at least K) and commits it.
async fn rebuild(
    store: &Store,
    storage: &StorageManifest,
    layout: &SlotLayout,
    present: &[Option<Cid>],
) -> Result<(Cid, Manifest), StorageManifestError> {
    let original = storage.original_manifest();
    let expected = original.cid();
    let (k, rows) = (layout.k, layout.rows());
    let data_blocks = layout.data_blocks;
    let index_error = |index: u64| StoreError::IndexOutOfRange {
        index,
        count: data_blocks,
    };
    let mut hashes = vec![
        BlockHash::default();
        usize::try_from(data_blocks).map_err(|_| index_error(data_blocks))?
    ];
    let mut writer = store.writer().await?;

    // Data slots that are present: link their blocks where they belong.
    let mut lost_data = Vec::new();
    for slot in 0..k {
        let Some(cid) = present.get(slot as usize).copied().flatten() else {
            lost_data.push(slot);
            continue;
        };
        let slot_hashes = store.block_hashes(&cid).await?;
        for (row, hash) in (0..rows).zip(slot_hashes) {
            if let Some(index) = layout.data_block_at(Position { row, slot }) {
                writer.link_block(index, hash)?;
                *hashes
                    .get_mut(index as usize)
                    .ok_or_else(|| index_error(index))? = hash;
            }
        }
    }

    // Lost data slots: decode them row by row from K present slots.
    if !lost_data.is_empty() {
        let sources: Vec<(u32, Cid)> = (0..layout.slots())
            .filter_map(|slot| {
                present
                    .get(slot as usize)
                    .copied()
                    .flatten()
                    .map(|c| (slot, c))
            })
            .take(k as usize)
            .collect();
        let mut readers = Vec::with_capacity(sources.len());
        for (slot, cid) in &sources {
            readers.push((*slot, store.reader(cid).await?));
        }
        let codec = Arc::new(BatchCodec::new(k as usize, layout.m as usize, BLOCK_SIZE)?);
        let n = layout.slots() as usize;
        let batch_rows = (REBUILD_BATCH_BLOCKS / u64::from(layout.slots())).max(1);
        let lost = Arc::new(lost_data);
        let mut row = 0;
        while row < rows {
            let end = (row + batch_rows).min(rows);
            let row_indexes: Vec<u64> = (row..end).collect();
            let mut columns = Vec::with_capacity(readers.len());
            for (slot, reader) in &readers {
                columns.push((*slot as usize, reader.blocks(&row_indexes).await?));
            }
            let codec = codec.clone();
            let lost = lost.clone();
            let layout = *layout;
            let first_row = row;
            let rebuilt = tokio::task::spawn_blocking(move || {
                let shards: Vec<Vec<Option<&[u8]>>> = (0..row_indexes.len())
                    .map(|r| {
                        let mut shards: Vec<Option<&[u8]>> = vec![None; n];
                        for (slot, blocks) in &columns {
                            if let (Some(shard), Some((_, block))) =
                                (shards.get_mut(*slot), blocks.get(r))
                            {
                                *shard = Some(&block[..]);
                            }
                        }
                        shards
                    })
                    .collect();
                let restored = codec.rebuild_rows(&shards)?;
                let mut out = Vec::new();
                for (r, row_restored) in (first_row..).zip(restored) {
                    for (slot, block) in row_restored {
                        let Ok(slot) = u32::try_from(slot) else {
                            continue;
                        };
                        if !lost.contains(&slot) {
                            continue;
                        }
                        // Zero padding past the data is not part of the original.
                        if let Some(index) = layout.data_block_at(Position { row: r, slot }) {
                            let hash = BlockHash::of(&block);
                            out.push((index, hash, Bytes::from(block)));
                        }
                    }
                }
                Ok::<_, ErasureError>(out)
            })
            .await??;
            let mut indexes = Vec::with_capacity(rebuilt.len());
            let mut blocks = Vec::with_capacity(rebuilt.len());
            for (index, hash, block) in rebuilt {
                *hashes
                    .get_mut(index as usize)
                    .ok_or_else(|| index_error(index))? = hash;
                indexes.push(index);
                blocks.push(block);
            }
            writer.put_blocks_at(indexes, blocks).await?;
            row = end;
        }
    }

    // Check before committing: a wrong storage manifest or wrong slot data stores nothing.
    let root =
        tokio::task::spawn_blocking(move || cairn_primitives::dataset_tree::root_of(&hashes))
            .await?
            .map_err(StoreError::from)?;
    if root != original.tree_root {
        return Err(StorageManifestError::Mismatch {
            expected,
            expected_root: original.tree_root,
            actual: root,
        });
    }
    let (cid, manifest) = writer
        .commit(
            original.byte_len,
            None,
            WriteMeta {
                filename: original.filename.clone(),
                mime_type: original.mime_type.clone(),
                expires_at: None,
            },
        )
        .await?;
    if cid != expected {
        // Same root, length and labels give the same manifest: this cannot happen, but never
        // leave a dataset other than the one asked for.
        store.delete(&cid).await?;
        return Err(StorageManifestError::Mismatch {
            expected,
            expected_root: original.tree_root,
            actual: manifest.tree_root,
        });
    }
    Ok((cid, manifest))
}
