//! Writing a dataset: blocks go to a temporary pack, the dataset becomes visible only on commit.

use std::collections::HashMap;

use bytes::Bytes;
use cairn_primitives::{
    BLOCK_SIZE, BlockHash, Cid, DatasetTree, Manifest, Protection, block_count,
};

use rayon::prelude::*;

use crate::{
    StoreError,
    pack::PackWriter,
    store::{Store, now_unix},
};

/// What a committed dataset is called and how long it is kept.
#[derive(Debug, Clone, Default)]
pub struct WriteMeta {
    /// File name for the manifest.
    pub filename: Option<String>,
    /// Media type for the manifest.
    pub mime_type: Option<String>,
    /// Unix time after which the dataset may be garbage-collected; `None` keeps it.
    pub expires_at: Option<i64>,
}

/// Builds one dataset. Blocks are placed by their index in the dataset tree, in any order; new
/// blocks are appended to a private pack file, blocks the store already has are only referenced.
/// Dropping the writer without [`commit`](Self::commit) discards everything it wrote.
#[derive(Debug)]
pub struct DatasetWriter {
    store: Store,
    pack: Option<PackWriter>,
    /// Block hash at each tree index; `None` = not written yet.
    hashes: Vec<Option<BlockHash>>,
    /// Blocks written to this writer's pack: hash -> offset.
    new_blocks: HashMap<BlockHash, u64>,
    /// Bytes reserved against the quota (= bytes in the pack).
    reserved: u64,
}

impl DatasetWriter {
    pub(crate) fn new(store: Store, pack: PackWriter) -> Self {
        Self {
            store,
            pack: Some(pack),
            hashes: Vec::new(),
            new_blocks: HashMap::new(),
            reserved: 0,
        }
    }

    /// Blocks placed so far (the highest index + 1).
    pub fn len(&self) -> u64 {
        self.hashes.len() as u64
    }

    /// True before any block is placed.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    fn place(&mut self, index: u64, hash: BlockHash) -> Result<(), StoreError> {
        let index = usize::try_from(index)
            .map_err(|_| StoreError::InvalidWrite("index too large".into()))?;
        if index >= self.hashes.len() {
            self.hashes.resize(index + 1, None);
        }
        match self.hashes[index] {
            Some(existing) if existing != hash => Err(StoreError::InvalidWrite(format!(
                "block {index} written twice with different contents"
            ))),
            _ => {
                self.hashes[index] = Some(hash);
                Ok(())
            }
        }
    }

    /// Writes full blocks at `first_index`, `first_index + 1`, ...; each must be exactly
    /// [`BLOCK_SIZE`] bytes. Hashing and file IO run on the blocking pool.
    pub async fn put_blocks(
        &mut self,
        first_index: u64,
        blocks: Vec<Bytes>,
    ) -> Result<(), StoreError> {
        let indexes: Vec<u64> = (first_index..first_index + blocks.len() as u64).collect();
        self.put_blocks_at(indexes, blocks).await
    }

    /// Writes full blocks at the given tree indexes (any order); each must be exactly
    /// [`BLOCK_SIZE`] bytes.
    pub async fn put_blocks_at(
        &mut self,
        indexes: Vec<u64>,
        blocks: Vec<Bytes>,
    ) -> Result<(), StoreError> {
        if indexes.len() != blocks.len() {
            return Err(StoreError::InvalidWrite("one index per block".into()));
        }
        if let Some(bad) = blocks.iter().find(|b| b.len() != BLOCK_SIZE) {
            return Err(StoreError::InvalidWrite(format!(
                "block of {} bytes, expected {BLOCK_SIZE}",
                bad.len()
            )));
        }
        let hashed = tokio::task::spawn_blocking(move || {
            let hashes: Vec<BlockHash> = blocks.par_iter().map(|b| BlockHash::of(b)).collect();
            (blocks, hashes)
        })
        .await?;
        let (blocks, hashes) = hashed;
        let stored = self.store.existing_blocks(&hashes).await?;

        // Blocks neither in the store nor already in this pack get written, once each.
        let mut to_write: Vec<(BlockHash, Bytes)> = Vec::new();
        for (block, hash) in blocks.into_iter().zip(&hashes) {
            if !stored.contains(hash)
                && !self.new_blocks.contains_key(hash)
                && !to_write.iter().any(|(h, _)| h == hash)
            {
                to_write.push((*hash, block));
            }
        }
        if !to_write.is_empty() {
            let bytes = (to_write.len() * BLOCK_SIZE) as u64;
            self.store.reserve(bytes)?;
            self.reserved += bytes;
            let mut pack = self
                .pack
                .take()
                .ok_or_else(|| StoreError::InvalidWrite("writer already failed".into()))?;
            let (pack, offsets) = tokio::task::spawn_blocking(move || {
                let offsets: std::io::Result<Vec<(BlockHash, u64)>> = to_write
                    .iter()
                    .map(|(hash, block)| pack.append(block).map(|offset| (*hash, offset)))
                    .collect();
                (pack, offsets)
            })
            .await?;
            self.pack = Some(pack);
            self.new_blocks.extend(offsets?);
        }
        for (index, hash) in indexes.into_iter().zip(hashes) {
            self.place(index, hash)?;
        }
        Ok(())
    }

    /// Places a block the store already holds (checked at commit) at `index`.
    pub fn link_block(&mut self, index: u64, hash: BlockHash) -> Result<(), StoreError> {
        self.place(index, hash)
    }

    /// Makes the dataset durable and visible: builds its tree and manifest, syncs the pack, and
    /// records everything in one transaction. `byte_len` is the original data's length;
    /// `protection` is set for an erasure-coded dataset (then the blocks are its N·R blocks in
    /// slot-major order). Committing a dataset that is already stored returns it unchanged.
    pub async fn commit(
        mut self,
        byte_len: u64,
        protection: Option<Protection>,
        meta: WriteMeta,
    ) -> Result<(Cid, Manifest), StoreError> {
        let hashes: Vec<BlockHash> = self
            .hashes
            .iter()
            .enumerate()
            .map(|(i, h)| {
                h.ok_or_else(|| StoreError::InvalidWrite(format!("block {i} was never written")))
            })
            .collect::<Result<_, _>>()?;
        let expected =
            protection.map_or_else(|| block_count(byte_len), |p| p.layout.total_blocks());
        if hashes.len() as u64 != expected {
            return Err(StoreError::InvalidWrite(format!(
                "{} blocks written, the dataset needs {expected}",
                hashes.len()
            )));
        }
        let (hashes, tree_root) = tokio::task::spawn_blocking(move || {
            let root = DatasetTree::build(&hashes).map(|t| t.root());
            (hashes, root)
        })
        .await?;
        let manifest = Manifest {
            tree_root: tree_root?,
            block_size: BLOCK_SIZE as u32,
            byte_len,
            block_count: expected,
            filename: meta.filename,
            mime_type: meta.mime_type,
            protection,
        };
        manifest
            .validate()
            .map_err(|e| StoreError::InvalidWrite(e.to_string()))?;
        let cid = manifest.cid();

        let pack = self.pack.take();
        let root = self.store.root().to_path_buf();
        let pack = match pack {
            Some(pack) if !self.new_blocks.is_empty() => {
                let name = pack.name.clone();
                let size = pack.len;
                tokio::task::spawn_blocking(move || pack.finish(&root)).await??;
                Some((name, size))
            }
            Some(pack) => {
                pack.discard();
                None
            }
            None => None,
        };
        let new_blocks = std::mem::take(&mut self.new_blocks);
        let reserved = std::mem::take(&mut self.reserved);
        let result = self
            .store
            .record_dataset(
                &cid,
                &manifest,
                &hashes,
                pack.as_ref(),
                &new_blocks,
                now_unix(),
                meta.expires_at,
            )
            .await;
        self.store.settle(
            reserved,
            if matches!(result, Ok(true)) {
                pack.as_ref().map_or(0, |p| p.1)
            } else {
                0
            },
        );
        match result {
            Ok(_) => Ok((cid, manifest)),
            Err(err) => Err(err),
        }
    }
}

impl Drop for DatasetWriter {
    fn drop(&mut self) {
        if let Some(pack) = self.pack.take() {
            pack.discard();
        }
        if self.reserved > 0 {
            self.store.settle(self.reserved, 0);
        }
    }
}
