//! Writing a dataset: blocks go to a temporary pack, the dataset becomes visible only on commit.

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest, Protection, block_count};

use crate::{
    StoreError,
    staging::{Staging, check_block_sizes},
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
    /// New blocks, in this writer's pack.
    staging: Staging,
    /// Block hash at each tree index; `None` = not written yet.
    hashes: Vec<Option<BlockHash>>,
}

impl DatasetWriter {
    pub(crate) fn new(store: Store) -> Self {
        Self {
            staging: Staging::new(store.clone()),
            store,
            hashes: Vec::new(),
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
        check_block_sizes(&blocks)?;
        let hashes = self.staging.add(blocks).await?;
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
            let root = cairn_primitives::dataset_tree::root_of(&hashes);
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

        let sealed = self.staging.seal().await?;
        let result = self
            .store
            .record_dataset(
                &cid,
                &manifest,
                &hashes,
                sealed.as_ref(),
                now_unix(),
                meta.expires_at,
            )
            .await;
        if let Some(sealed) = &sealed {
            self.store.settle_sealed(sealed, matches!(result, Ok(true)));
        }
        result.map(|_| (cid, manifest))
    }
}
