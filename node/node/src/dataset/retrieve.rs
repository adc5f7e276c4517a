//! Getting a dataset back from the hosts of its storage request: the storage manifest, then slot
//! datasets (a few at a time, data slots first) until any K are stored, then the original dataset
//! is rebuilt: the blocks of present data slots are linked, those of lost data slots decoded with
//! [`DatasetCodec::rebuild_rows`] from K present slots ([`super::codec`]: blocking pool, bounded
//! batches of rows). The result is checked against the original's tree root before it is
//! committed, so nothing is stored when the hosts' data does not match.

use std::{
    cell::RefCell,
    time::{Duration, Instant},
};

use cairn_erasure::DatasetCodec;
use cairn_primitives::{BlockHash, Cid, Manifest, Position, StorageManifest};
use cairn_store::{Store, StoreError, WriteMeta};
use futures::{StreamExt, stream::FuturesUnordered};

use super::{
    codec::{self, BatchedWriter, CodecError, Prefetch},
    publish::{StorageManifestError, load},
};
use crate::fetch::Fetcher;

/// Slot datasets fetched at the same time.
pub const SLOT_FETCHES: usize = 4;
/// A slot fetch is given up after this long, plus [`SLOT_FETCH_PER_BLOCK`] per block: a backstop
/// only, the fetcher gives up on silent providers by itself much earlier.
const SLOT_FETCH_BASE: Duration = Duration::from_secs(300);
/// See [`SLOT_FETCH_BASE`] (1 s per 64 KiB block: 64 KiB/s at the least).
const SLOT_FETCH_PER_BLOCK: Duration = Duration::from_secs(1);

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
        // Only a dataset shaped like a storage manifest (one small block) is fetched.
        fetcher
            .fetch_expecting(storage_cid, &super::publish::storage_manifest_shape)
            .await
            .map_err(|source| match source {
                // Its manifest shows it is no storage manifest: nothing of it was fetched.
                crate::fetch::FetchError::Refused(reason) => {
                    StorageManifestError::NotAStorageManifest {
                        cid: *storage_cid,
                        reason,
                    }
                }
                source => StorageManifestError::ManifestUnavailable {
                    cid: *storage_cid,
                    source,
                },
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
    let candidates: Vec<u32> = (0..layout.slots()).collect();
    let got = fetch_slots(fetcher, store, &storage, &candidates, layout.k as usize).await?;
    let found = got.stored();
    if found < layout.k as usize {
        return Err(StorageManifestError::NotEnoughSlots {
            original: original_cid,
            found,
            needed: layout.k,
            total: layout.slots(),
            details: got.details(),
        });
    }
    tracing::info!(original = %original_cid, slots = found,
        seconds = started.elapsed().as_secs_f64(), "slot datasets stored; rebuilding");
    let (cid, manifest) = rebuild_original(store, &storage, &got.present).await?;
    tracing::info!(%cid, bytes = manifest.byte_len, seconds = started.elapsed().as_secs_f64(), "dataset retrieved");
    Ok((cid, manifest))
}

/// True if the stored dataset `cid` has the shape of a slot dataset of `storage`.
pub(crate) async fn is_slot_dataset(
    store: &Store,
    storage: &StorageManifest,
    cid: &Cid,
) -> Result<bool, StoreError> {
    let manifest = store.manifest(cid).await?;
    Ok(storage.slot_manifest(manifest.tree_root) == manifest)
}

/// What [`fetch_slots`] found and fetched.
#[derive(Debug, Default)]
pub(crate) struct SlotsFetched {
    /// Per slot, its stored slot dataset.
    pub(crate) present: Vec<Option<Cid>>,
    /// Slots this call downloaded (not stored before).
    pub(crate) fetched: Vec<u32>,
    /// Blocks this call downloaded.
    pub(crate) blocks: u64,
    /// What happened to the slots that could not be had.
    pub(crate) failures: Vec<String>,
}

impl SlotsFetched {
    /// Slot datasets stored.
    pub(crate) fn stored(&self) -> usize {
        self.present.iter().filter(|p| p.is_some()).count()
    }

    /// The failures, for an error message.
    pub(crate) fn details(&self) -> String {
        if self.failures.is_empty() {
            "nothing to fetch".into()
        } else {
            self.failures.join("; ")
        }
    }
}

/// Stores slot datasets of `storage` among `candidates` (tried in that order, stored ones
/// counted first) until `needed` are present, [`SLOT_FETCHES`] at a time. Every block is checked
/// against its slot dataset's tree root by the fetcher; a fetched dataset that is not a slot
/// dataset of this layout is deleted again.
pub(crate) async fn fetch_slots(
    fetcher: &Fetcher,
    store: &Store,
    storage: &StorageManifest,
    candidates: &[u32],
    needed: usize,
) -> Result<SlotsFetched, StoreError> {
    let layout = storage.layout();
    let mut got = SlotsFetched {
        present: vec![None; storage.slots.len()],
        ..SlotsFetched::default()
    };
    let mut missing = Vec::new();
    for &slot in candidates {
        let Some(entry) = storage.slots.get(slot as usize) else {
            continue;
        };
        if !store.contains(&entry.dataset).await? {
            missing.push(slot);
        } else if is_slot_dataset(store, storage, &entry.dataset).await? {
            got.present[slot as usize] = Some(entry.dataset);
        } else {
            // The CID fixes the manifest: fetching it again would give the same dataset.
            got.failures.push(format!(
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
    loop {
        // As many fetches as slots still needed (a failure starts the next candidate).
        while running.len() < SLOT_FETCHES && got.stored() + running.len() < needed {
            let Some(slot) = queue.next() else { break };
            let cid = storage.slots[slot as usize].dataset;
            running.push(async move {
                let outcome = match tokio::time::timeout(timeout, fetcher.fetch_counted(&cid)).await
                {
                    Ok(Ok((_, blocks))) => match is_slot_dataset(store, storage, &cid).await {
                        Ok(true) => Ok(blocks),
                        Ok(false) => {
                            if let Err(e) = store.delete(&cid).await {
                                tracing::warn!(%cid, %e, "could not delete a fetched dataset");
                            }
                            Err(format!("{cid} is not a slot dataset of this layout"))
                        }
                        Err(e) => Err(e.to_string()),
                    },
                    Ok(Err(e)) => Err(e.to_string()),
                    Err(_) => Err(format!("timed out after {} s", timeout.as_secs())),
                };
                (slot, outcome)
            });
        }
        let Some((slot, outcome)) = running.next().await else {
            break;
        };
        match outcome {
            Ok(blocks) => {
                got.present[slot as usize] = Some(storage.slots[slot as usize].dataset);
                got.fetched.push(slot);
                got.blocks += blocks;
            }
            Err(reason) => {
                tracing::info!(slot, %reason, "slot dataset unavailable");
                got.failures.push(format!("slot {slot}: {reason}"));
            }
        }
    }
    Ok(got)
}

/// Builds the original dataset from the present slot datasets (at least K) and commits it.
async fn rebuild_original(
    store: &Store,
    storage: &StorageManifest,
    present: &[Option<Cid>],
) -> Result<(Cid, Manifest), StorageManifestError> {
    let layout = storage.layout();
    let original = storage.original_manifest();
    let expected = original.cid();
    let rows = layout.rows();
    let mut readers = Vec::with_capacity(present.len());
    for cid in present {
        readers.push(match cid {
            Some(cid) => Some((*cid, store.reader(cid).await?)),
            None => None,
        });
    }
    let codec = DatasetCodec::new(layout)?;
    let writer = store.writer().await?;
    let job_store = store.clone();
    let (writer, hashes) = codec::run(move |handle| -> Result<_, CodecError> {
        let data_blocks =
            usize::try_from(layout.data_blocks).map_err(|_| StoreError::IndexOutOfRange {
                index: layout.data_blocks,
                count: layout.data_blocks,
            })?;
        let mut hashes = vec![BlockHash::default(); data_blocks];
        let out = RefCell::new(BatchedWriter::new(handle, writer));
        let mut lost_data = Vec::new();
        // Present data slots: their blocks are linked where they belong.
        for slot in 0..layout.k {
            let Some((cid, _)) = readers.get(slot as usize).and_then(Option::as_ref) else {
                lost_data.push(slot);
                continue;
            };
            let slot_hashes = handle.block_on(job_store.block_hashes(cid))?;
            for (row, hash) in (0..rows).zip(slot_hashes) {
                if let Some(index) = layout.data_block_at(Position { row, slot }) {
                    out.borrow_mut().link(index, hash)?;
                    if let Some(at) = hashes.get_mut(index as usize) {
                        *at = hash;
                    }
                }
            }
        }
        // Lost data slots: decoded from K present slots.
        let mut prefetch = Prefetch::new(handle, codec.batch_rows() as u64);
        codec.rebuild(
            &lost_data,
            |position| {
                let Some((_, reader)) =
                    readers.get(position.slot as usize).and_then(Option::as_ref)
                else {
                    return Ok(None);
                };
                prefetch
                    .take(position.slot as usize, reader, position.row, rows)
                    .map(|(_, block)| Some(block))
            },
            |position, block| {
                // Zero padding past the data is not part of the original.
                match layout.data_block_at(position) {
                    Some(index) => {
                        if let Some(at) = hashes.get_mut(index as usize) {
                            *at = BlockHash::of(block);
                        }
                        out.borrow_mut().put(index, block)
                    }
                    None => Ok(()),
                }
            },
        )?;
        Ok((out.into_inner().finish()?, hashes))
    })
    .await??;

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
