//! Blocks staged for one transaction, shared by [`crate::DatasetWriter`] and
//! [`crate::PartialDataset`]: hashed, deduplicated against the store, new ones appended to a
//! temporary pack with quota reserved; sealed (made durable under `packs/`) just before the
//! transaction that records them. Dropping unsealed staging discards the pack and the reservation.

use std::collections::HashMap;

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, BlockHash};
use rayon::prelude::*;

use crate::{StoreError, pack::PackWriter, store::Store};

/// New blocks in a temporary pack, not recorded yet.
#[derive(Debug)]
pub(crate) struct Staging {
    store: Store,
    /// Created with the first new block.
    pack: Option<PackWriter>,
    /// Set when a pack operation failed half-way: the pack's contents are unknown.
    failed: bool,
    /// Blocks written to the pack: hash -> offset.
    new_blocks: HashMap<BlockHash, u64>,
    /// Bytes reserved against the quota (= bytes in the pack).
    reserved: u64,
}

/// A staged pack made durable under `packs/`, to be recorded in a transaction
/// ([`crate::records::insert_pack`]); then [`Store::settle_sealed`] turns its reservation into
/// usage (or releases it).
#[derive(Debug)]
pub(crate) struct Sealed {
    pub(crate) name: String,
    pub(crate) size: u64,
    pub(crate) blocks: HashMap<BlockHash, u64>,
    pub(crate) reserved: u64,
}

/// Checks that every block is exactly [`BLOCK_SIZE`] bytes.
pub(crate) fn check_block_sizes(blocks: &[Bytes]) -> Result<(), StoreError> {
    match blocks.iter().find(|b| b.len() != BLOCK_SIZE) {
        Some(bad) => Err(StoreError::InvalidWrite(format!(
            "block of {} bytes, expected {BLOCK_SIZE}",
            bad.len()
        ))),
        None => Ok(()),
    }
}

impl Staging {
    pub(crate) fn new(store: Store) -> Self {
        Self {
            store,
            pack: None,
            failed: false,
            new_blocks: HashMap::new(),
            reserved: 0,
        }
    }

    /// Hashes `blocks` (each exactly [`BLOCK_SIZE`] bytes, checked by the caller) on the blocking
    /// pool and appends those neither the store nor this pack holds, once each. Returns the
    /// hashes in the order of `blocks`.
    pub(crate) async fn add(&mut self, blocks: Vec<Bytes>) -> Result<Vec<BlockHash>, StoreError> {
        if self.failed {
            return Err(StoreError::InvalidWrite(
                "an earlier write to this pack failed".into(),
            ));
        }
        let (blocks, hashes) = tokio::task::spawn_blocking(move || {
            let hashes: Vec<BlockHash> = blocks.par_iter().map(|b| BlockHash::of(b)).collect();
            (blocks, hashes)
        })
        .await?;
        self.add_hashed(blocks, hashes).await
    }

    /// [`add`](Self::add) for blocks whose hashes the caller computed (one per block, in order).
    pub(crate) async fn add_hashed(
        &mut self,
        blocks: Vec<Bytes>,
        hashes: Vec<BlockHash>,
    ) -> Result<Vec<BlockHash>, StoreError> {
        if self.failed {
            return Err(StoreError::InvalidWrite(
                "an earlier write to this pack failed".into(),
            ));
        }
        let stored = self.store.existing_blocks(&hashes).await?;

        let mut to_write: Vec<(BlockHash, Bytes)> = Vec::new();
        for (block, hash) in blocks.into_iter().zip(&hashes) {
            if !stored.contains(hash)
                && !self.new_blocks.contains_key(hash)
                && !to_write.iter().any(|(h, _)| h == hash)
            {
                to_write.push((*hash, block));
            }
        }
        if to_write.is_empty() {
            return Ok(hashes);
        }
        let bytes = (to_write.len() * BLOCK_SIZE) as u64;
        self.store.reserve(bytes)?;
        self.reserved += bytes;
        let root = self.store.root().to_path_buf();
        // Taken out while the blocking task owns it; a panic there leaves it gone (`failed`).
        self.failed = true;
        let pack = self.pack.take();
        let (pack, offsets) = tokio::task::spawn_blocking(move || {
            let mut pack = match pack {
                Some(pack) => pack,
                None => PackWriter::create(&root)?,
            };
            let offsets: std::io::Result<Vec<(BlockHash, u64)>> = to_write
                .iter()
                .map(|(hash, block)| pack.append(block).map(|offset| (*hash, offset)))
                .collect();
            Ok::<_, std::io::Error>((pack, offsets))
        })
        .await??;
        self.pack = Some(pack);
        self.new_blocks.extend(offsets?);
        self.failed = false;
        Ok(hashes)
    }

    /// Makes the staged pack durable (fsync, rename into `packs/`, fsync the folder) and hands it
    /// over with its reservation; `None` if no new block was staged. Staging is empty afterwards
    /// and can take the next blocks.
    pub(crate) async fn seal(&mut self) -> Result<Option<Sealed>, StoreError> {
        if self.failed {
            return Err(StoreError::InvalidWrite(
                "an earlier write to this pack failed".into(),
            ));
        }
        let Some(pack) = self.pack.take() else {
            return Ok(None);
        };
        let name = pack.name.clone();
        let size = pack.len;
        let root = self.store.root().to_path_buf();
        let sealed = Sealed {
            name,
            size,
            blocks: std::mem::take(&mut self.new_blocks),
            reserved: std::mem::take(&mut self.reserved),
        };
        // On failure the file is left in tmp/ or, unrecorded, in packs/: `Store::open` removes it.
        let finished = match tokio::task::spawn_blocking(move || pack.finish(&root)).await {
            Ok(result) => result.map_err(StoreError::from),
            Err(err) => Err(err.into()),
        };
        match finished {
            Ok(()) => Ok(Some(sealed)),
            Err(err) => {
                self.store.settle_sealed(&sealed, false);
                Err(err)
            }
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if let Some(pack) = self.pack.take() {
            pack.discard();
        }
        if self.reserved > 0 {
            self.store.settle(self.reserved, 0);
        }
    }
}
