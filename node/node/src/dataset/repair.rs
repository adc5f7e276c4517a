//! Repair (DESIGN.md §9, PROTOCOL.md "Repair"): the lost slots of a storage request rebuilt from
//! any K surviving slots, with no copy left at the client.
//!
//! [`rebuild_slots`] fetches surviving slot datasets from their hosts ([`super::retrieve`]'s
//! `fetch_slots`: every block checked against its slot dataset's tree root, providers that lie
//! dropped), decodes **every** lost slot asked for in one pass of [`DatasetCodec::rebuild`]
//! (blocking pool, bounded batches of rows: memory does not grow with the slot), and commits each
//! rebuilt slot dataset only if it is exactly the dataset the storage manifest names (its
//! manifest CID; the caller checks the Poseidon slot root of the one it fills). One pass serves
//! every lost slot, so r lost slots cost K slots of transfer plus one per other repairing host,
//! who fetch their slot from here (lazy repair), instead of r × K.
//!
//! Progress: survivor fetches are resumable partial datasets (a node killed mid-fetch goes on
//! from the blocks it holds); the decode pass, local and fast next to the network, starts again
//! from the stored survivors; a rebuilt slot once committed is not rebuilt again.

use std::{
    cell::RefCell,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use cairn_erasure::DatasetCodec;
use cairn_primitives::{BLOCK_SIZE, Cid, StorageManifest};
use cairn_store::{Store, StoreError, WriteMeta};
use serde::Serialize;

use super::{
    codec::{self, BatchedWriter, CodecError, Prefetch},
    retrieve::fetch_slots,
};
use crate::fetch::Fetcher;

/// Why lost slots could not be rebuilt.
#[derive(Debug, thiserror::Error)]
pub enum RepairError {
    /// The slots asked for cannot be rebuilt (out of range, none, or more than M).
    #[error("cannot rebuild slots {lost:?}: {why}")]
    Invalid {
        /// The slots asked for.
        lost: Vec<u32>,
        /// Why.
        why: String,
    },
    /// Fewer than K surviving slots could be fetched (yet).
    #[error(
        "not enough surviving slots: {found} of the {needed} needed could be fetched ({details})"
    )]
    NotEnoughSlots {
        /// Survivors stored.
        found: usize,
        /// K.
        needed: u32,
        /// What happened to the others.
        details: String,
    },
    /// A rebuilt slot is not the dataset the storage manifest names: nothing was kept.
    #[error(
        "the rebuilt slot {slot} is dataset {actual}, the storage manifest names {expected}: the \
         surviving slots or the storage manifest are wrong; nothing was kept"
    )]
    Mismatch {
        /// The slot.
        slot: u32,
        /// The slot dataset the storage manifest names.
        expected: Cid,
        /// What the rebuild gave.
        actual: Cid,
    },
    /// Decoding, or the store, failed.
    #[error(transparent)]
    Codec(#[from] CodecError),
}

impl From<cairn_erasure::ErasureError> for RepairError {
    fn from(err: cairn_erasure::ErasureError) -> Self {
        Self::Codec(CodecError::Erasure(err))
    }
}

impl From<StoreError> for RepairError {
    fn from(err: StoreError) -> Self {
        Self::Codec(CodecError::Store(err))
    }
}

/// Where a running [`rebuild_slots`] is; shared with whoever shows it.
#[derive(Debug, Default)]
pub struct RepairProgress {
    rows_done: AtomicU64,
    rows_total: AtomicU64,
    blocks_fetched: AtomicU64,
    phase: Mutex<RepairPhase>,
}

/// A step of a repair.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RepairPhase {
    /// Not started.
    #[default]
    Waiting,
    /// Fetching surviving slots.
    Fetching,
    /// Decoding the lost slots.
    Decoding,
    /// Every lost slot asked for is stored.
    Done,
}

/// A snapshot of [`RepairProgress`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RepairSnapshot {
    /// The step.
    pub phase: RepairPhase,
    /// Rows decoded.
    pub rows_done: u64,
    /// Rows of the slot.
    pub rows_total: u64,
    /// Blocks downloaded so far.
    pub blocks_fetched: u64,
}

impl RepairProgress {
    /// A snapshot.
    pub fn snapshot(&self) -> RepairSnapshot {
        RepairSnapshot {
            phase: *self.phase.lock().unwrap_or_else(|p| p.into_inner()),
            rows_done: self.rows_done.load(Ordering::Relaxed),
            rows_total: self.rows_total.load(Ordering::Relaxed),
            blocks_fetched: self.blocks_fetched.load(Ordering::Relaxed),
        }
    }

    fn set_phase(&self, phase: RepairPhase) {
        *self.phase.lock().unwrap_or_else(|p| p.into_inner()) = phase;
    }
}

/// What [`rebuild_slots`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    /// Each lost slot asked for, with its (now stored) slot dataset.
    pub rebuilt: Vec<(u32, Cid)>,
    /// The surviving slots decoded from.
    pub sources: Vec<u32>,
    /// Blocks downloaded by this call.
    pub blocks_fetched: u64,
}

/// Rebuilds the slot datasets of the `lost` slots of `storage` (1..=M distinct slots) from K
/// surviving slots, fetched from the network unless stored, and stores them; see the module
/// docs. Surviving slot datasets it fetched stay in the store (the caller deletes them when it no
/// longer needs them; they are the slot datasets `storage` names for the other slots).
pub async fn rebuild_slots(
    fetcher: &Fetcher,
    store: &Store,
    storage: &StorageManifest,
    lost: &[u32],
    progress: &RepairProgress,
) -> Result<Repaired, RepairError> {
    let layout = storage.layout();
    let mut lost = lost.to_vec();
    lost.sort_unstable();
    lost.dedup();
    let invalid = |lost: &[u32], why: String| RepairError::Invalid {
        lost: lost.to_vec(),
        why,
    };
    if lost.is_empty() {
        return Err(invalid(&lost, "no slot to rebuild".into()));
    }
    if let Some(slot) = lost.iter().find(|s| **s >= layout.slots()) {
        return Err(invalid(
            &lost,
            format!("slot {slot} is past the last of {}", layout.slots()),
        ));
    }
    if lost.len() > layout.m as usize {
        return Err(invalid(
            &lost,
            format!("more than the {} a request may lose", layout.m),
        ));
    }
    let rows = layout.rows();
    progress.rows_total.store(rows, Ordering::Relaxed);

    // Lost slots already rebuilt (by an earlier run) are kept as they are.
    let mut todo = Vec::new();
    for &slot in &lost {
        if !store
            .contains(&storage.slots[slot as usize].dataset)
            .await?
        {
            todo.push(slot);
        }
    }
    let done = |blocks_fetched| Repaired {
        rebuilt: lost
            .iter()
            .map(|&slot| (slot, storage.slots[slot as usize].dataset))
            .collect(),
        sources: Vec::new(),
        blocks_fetched,
    };
    if todo.is_empty() {
        progress.rows_done.store(rows, Ordering::Relaxed);
        progress.set_phase(RepairPhase::Done);
        return Ok(done(0));
    }

    // K survivors: stored ones first, then data slots (cheapest to decode from), then parity.
    progress.set_phase(RepairPhase::Fetching);
    let mut candidates: Vec<u32> = (0..layout.slots())
        .filter(|s| lost.binary_search(s).is_err())
        .collect();
    let mut stored = Vec::with_capacity(candidates.len());
    for &slot in &candidates {
        stored.push(
            store
                .contains(&storage.slots[slot as usize].dataset)
                .await?,
        );
    }
    let mut order: Vec<(bool, u32)> = stored.iter().map(|s| !s).zip(candidates).collect();
    order.sort_unstable();
    candidates = order.into_iter().map(|(_, slot)| slot).collect();
    let got = fetch_slots(fetcher, store, storage, &candidates, layout.k as usize).await?;
    progress
        .blocks_fetched
        .fetch_add(got.blocks, Ordering::Relaxed);
    let found = got.stored();
    if found < layout.k as usize {
        return Err(RepairError::NotEnoughSlots {
            found,
            needed: layout.k,
            details: got.details(),
        });
    }
    let sources: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|s| got.present[*s as usize].is_some())
        .take(layout.k as usize)
        .collect();
    tracing::info!(lost = ?todo, ?sources, blocks_fetched = got.blocks, "surviving slots stored; decoding");

    // One decode pass for every lost slot.
    progress.set_phase(RepairPhase::Decoding);
    let mut readers = vec![None; layout.slots() as usize];
    for &slot in &sources {
        readers[slot as usize] = Some(store.reader(&storage.slots[slot as usize].dataset).await?);
    }
    let mut writers = Vec::with_capacity(todo.len());
    for _ in &todo {
        writers.push(store.writer().await?);
    }
    let codec = DatasetCodec::new(layout)?;
    let job_todo = todo.clone();
    let rows_done = &progress.rows_done;
    // The job runs on the blocking pool: progress is reported through a channel-free counter.
    let (writers, rows_decoded) = {
        let counter = std::sync::Arc::new(AtomicU64::new(0));
        let job_counter = counter.clone();
        let job = codec::run(move |handle| -> Result<_, CodecError> {
            let outs: Vec<RefCell<BatchedWriter<'_>>> = writers
                .into_iter()
                .map(|w| RefCell::new(BatchedWriter::new(handle, w)))
                .collect();
            let last = *job_todo.last().unwrap_or(&0);
            let mut prefetch = Prefetch::new(handle, codec.batch_rows() as u64);
            codec.rebuild(
                &job_todo,
                |position| match readers.get(position.slot as usize).and_then(Option::as_ref) {
                    Some(reader) => prefetch
                        .take(position.slot as usize, reader, position.row, rows)
                        .map(|(_, block)| Some(block)),
                    None => Ok(None),
                },
                |position, block| {
                    let at = job_todo.iter().position(|s| *s == position.slot).ok_or(
                        StoreError::IndexOutOfRange {
                            index: u64::from(position.slot),
                            count: u64::from(layout.slots()),
                        },
                    )?;
                    outs[at].borrow_mut().put(position.row, block)?;
                    if position.slot == last {
                        job_counter.store(position.row + 1, Ordering::Relaxed);
                    }
                    Ok(())
                },
            )?;
            outs.into_iter()
                .map(|out| out.into_inner().finish().map_err(CodecError::from))
                .collect::<Result<Vec<_>, _>>()
        });
        tokio::pin!(job);
        let mut tick = tokio::time::interval(std::time::Duration::from_millis(200));
        let writers = loop {
            tokio::select! {
                result = &mut job => break result??,
                _ = tick.tick() => rows_done.store(counter.load(Ordering::Relaxed), Ordering::Relaxed),
            }
        };
        (writers, counter.load(Ordering::Relaxed))
    };
    rows_done.store(rows_decoded, Ordering::Relaxed);

    // Keep the rebuilt slots only if each is exactly the slot dataset the manifest names.
    let mut committed = Vec::with_capacity(todo.len());
    let mut mismatch = None;
    for (slot, writer) in todo.iter().copied().zip(writers) {
        let (cid, _) = writer
            .commit(rows * BLOCK_SIZE as u64, None, WriteMeta::default())
            .await?;
        let expected = storage.slots[slot as usize].dataset;
        if cid != expected && mismatch.is_none() {
            mismatch = Some(RepairError::Mismatch {
                slot,
                expected,
                actual: cid,
            });
        }
        committed.push(cid);
    }
    if let Some(err) = mismatch {
        for cid in &committed {
            if let Err(e) = store.delete(cid).await {
                tracing::warn!(%cid, %e, "could not delete a rebuilt dataset");
            }
        }
        return Err(err);
    }
    progress.set_phase(RepairPhase::Done);
    let mut repaired = done(got.blocks);
    repaired.sources = sources;
    Ok(repaired)
}
