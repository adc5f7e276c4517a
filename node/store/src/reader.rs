//! Reading a dataset back: blocks located in SQLite, read from pack files, each checked against
//! its hash before it leaves the store.

use std::{collections::HashMap, fs::File, sync::Arc};

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest};
use futures::{Stream, StreamExt};

use crate::{StoreError, pack, records, store::Store};

/// Blocks per read batch (4 MiB).
const READ_BATCH_BLOCKS: u64 = 64;
/// Batches read concurrently and queued ahead of the consumer (2 cores: one hashing each).
const READ_AHEAD: usize = 2;

/// A stored block's location.
#[derive(Debug, Clone)]
struct Location {
    hash: BlockHash,
    pack: String,
    offset: u64,
}

/// Reads one stored dataset.
#[derive(Debug, Clone)]
pub struct DatasetReader {
    store: Store,
    cid: Cid,
    manifest: Arc<Manifest>,
}

impl DatasetReader {
    pub(crate) fn new(store: Store, cid: Cid, manifest: Manifest) -> Self {
        Self {
            store,
            cid,
            manifest: Arc::new(manifest),
        }
    }

    /// The dataset's manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Tree index of original data block `index` (they differ for protected datasets).
    fn tree_index_of_data_block(&self, index: u64) -> Option<u64> {
        match &self.manifest.protection {
            None => (index < self.manifest.block_count).then_some(index),
            Some(p) => p
                .layout
                .position_of_data_block(index)
                .and_then(|pos| p.layout.tree_index(pos)),
        }
    }

    async fn locate(&self, tree_indexes: &[u64]) -> Result<Vec<Location>, StoreError> {
        let cid = self.cid.to_string();
        let list = format!(
            "[{}]",
            tree_indexes
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(",")
        );
        let rows = sqlx::query!(
            r#"SELECT d.idx AS "idx!: i64", b.hash AS "hash!: Vec<u8>", b.pack AS "pack!: String", b.offset AS "offset!: i64"
               FROM dataset_blocks d JOIN blocks b ON b.hash = d.hash
               WHERE d.dataset = ?1 AND d.idx IN (SELECT value FROM json_each(?2))"#,
            cid,
            list
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut by_index: HashMap<u64, Location> = HashMap::with_capacity(rows.len());
        for row in rows {
            let hash = records::hash_from_row(row.hash)?;
            by_index.insert(
                row.idx as u64,
                Location {
                    hash,
                    pack: row.pack,
                    offset: row.offset as u64,
                },
            );
        }
        tree_indexes
            .iter()
            .map(|i| {
                by_index.remove(i).ok_or(StoreError::IndexOutOfRange {
                    index: *i,
                    count: self.manifest.block_count,
                })
            })
            .collect()
    }

    /// Block `index` of the dataset tree, verified against its hash.
    pub async fn block(&self, index: u64) -> Result<(BlockHash, Bytes), StoreError> {
        if index >= self.manifest.block_count {
            return Err(StoreError::IndexOutOfRange {
                index,
                count: self.manifest.block_count,
            });
        }
        let locations = self.locate(&[index]).await?;
        let root = self.store.root().to_path_buf();
        let mut blocks =
            tokio::task::spawn_blocking(move || read_verified(&root, &locations)).await??;
        blocks
            .pop()
            .ok_or(StoreError::IndexOutOfRange { index, count: 0 })
    }

    /// Blocks at the given tree indexes, in that order, each verified against its hash.
    pub async fn blocks(&self, indexes: &[u64]) -> Result<Vec<(BlockHash, Bytes)>, StoreError> {
        if let Some(&index) = indexes.iter().find(|&&i| i >= self.manifest.block_count) {
            return Err(StoreError::IndexOutOfRange {
                index,
                count: self.manifest.block_count,
            });
        }
        let locations = self.locate(indexes).await?;
        let root = self.store.root().to_path_buf();
        tokio::task::spawn_blocking(move || read_verified(&root, &locations)).await?
    }

    /// The dataset's original bytes (padding cut off), in chunks of up to 4 MiB, read ahead in the
    /// background. A corrupt block ends the stream with [`StoreError::Corrupt`].
    pub fn stream(&self) -> impl Stream<Item = Result<Bytes, StoreError>> + Send + 'static {
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, StoreError>>(READ_AHEAD);
        let reader = self.clone();
        tokio::spawn(async move {
            let data_blocks = cairn_primitives::block_count(reader.manifest.byte_len);
            let byte_len = reader.manifest.byte_len;
            // Batches are read (and hashed) READ_AHEAD at a time on the blocking pool, and sent
            // in order.
            let batches = (0..data_blocks.div_ceil(READ_BATCH_BLOCKS)).map(move |b| {
                let reader = reader.clone();
                async move {
                    let start = b * READ_BATCH_BLOCKS;
                    let end = (start + READ_BATCH_BLOCKS).min(data_blocks);
                    reader.read_data_batch(start, end, byte_len).await
                }
            });
            let mut batches = futures::stream::iter(batches).buffered(READ_AHEAD);
            while let Some(result) = batches.next().await {
                let failed = result.is_err();
                if tx.send(result).await.is_err() || failed {
                    return;
                }
            }
        });
        futures::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        })
    }

    /// Original bytes of data blocks `start..end`, padding past `byte_len` cut off.
    async fn read_data_batch(
        &self,
        start: u64,
        end: u64,
        byte_len: u64,
    ) -> Result<Bytes, StoreError> {
        let indexes: Vec<u64> = (start..end)
            .map(|i| {
                self.tree_index_of_data_block(i)
                    .ok_or(StoreError::IndexOutOfRange {
                        index: i,
                        count: end,
                    })
            })
            .collect::<Result<_, _>>()?;
        let locations = self.locate(&indexes).await?;
        let root = self.store.root().to_path_buf();
        let blocks =
            tokio::task::spawn_blocking(move || read_verified(&root, &locations)).await??;
        let batch_start = start * BLOCK_SIZE as u64;
        let batch_len =
            (byte_len - batch_start).min(blocks.len() as u64 * BLOCK_SIZE as u64) as usize;
        let mut out = Vec::with_capacity(batch_len);
        for (_, block) in blocks {
            let take = (batch_len - out.len()).min(BLOCK_SIZE);
            out.extend_from_slice(&block[..take]);
        }
        Ok(Bytes::from(out))
    }
}

/// Reads blocks from their packs and checks each against its hash.
fn read_verified(
    root: &std::path::Path,
    locations: &[Location],
) -> Result<Vec<(BlockHash, Bytes)>, StoreError> {
    let mut files: HashMap<&str, File> = HashMap::new();
    let mut out = Vec::with_capacity(locations.len());
    for loc in locations {
        let corrupt = |reason: String| StoreError::Corrupt {
            hash: loc.hash,
            pack: loc.pack.clone(),
            reason,
        };
        let file = match files.get(loc.pack.as_str()) {
            Some(file) => file,
            None => {
                let file = File::open(pack::path(root, &loc.pack))
                    .map_err(|e| corrupt(format!("cannot open pack: {e}")))?;
                files.entry(loc.pack.as_str()).or_insert(file)
            }
        };
        let mut block = vec![0u8; BLOCK_SIZE];
        pack::read_block(file, loc.offset, &mut block)
            .map_err(|e| corrupt(format!("cannot read: {e}")))?;
        let actual = BlockHash::of(&block);
        if actual != loc.hash {
            tracing::error!(hash = %loc.hash, pack = %loc.pack, offset = loc.offset, "block on disk does not match its hash");
            return Err(corrupt(format!("content hashes to {actual}")));
        }
        out.push((loc.hash, Bytes::from(block)));
    }
    Ok(out)
}
