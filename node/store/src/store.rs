//! The store: opening and recovery, quota accounting, dataset records, deletion and expiry.

use std::{
    collections::HashSet,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::{SystemTime, UNIX_EPOCH},
};

use bytes::{Bytes, BytesMut};
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest, TreeRoot};
use futures::{Stream, StreamExt};
use sqlx::SqlitePool;

use crate::{
    DatasetReader, StoreError, db,
    pack::{self, PACKS_DIR, TMP_DIR},
    records::{self, DeadPack},
    staging::Sealed,
    writer::{DatasetWriter, WriteMeta},
};

/// Blocks per batch when importing a byte stream (4 MiB).
const IMPORT_BATCH_BLOCKS: usize = 64;
/// Batches queued between receiving and writing (bounds an upload's memory to ~16 MiB).
const IMPORT_QUEUE_BATCHES: usize = 2;

/// Where the store lives and how much it may hold.
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// Data directory (created if missing).
    pub data_dir: PathBuf,
    /// Most bytes of block data on disk.
    pub quota_bytes: u64,
}

/// Disk usage against the quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Space {
    /// The quota in bytes.
    pub quota: u64,
    /// Bytes of committed block data.
    pub used: u64,
    /// Bytes held by uploads in progress.
    pub reserved: u64,
    /// `quota - used - reserved`.
    pub free: u64,
}

/// A stored dataset.
#[derive(Debug, Clone)]
pub struct DatasetInfo {
    /// Manifest CID.
    pub cid: Cid,
    /// The manifest.
    pub manifest: Manifest,
    /// Unix time it was stored.
    pub created_at: i64,
    /// Unix time after which it may be collected.
    pub expires_at: Option<i64>,
}

#[derive(Debug, Default)]
struct Accounting {
    used: u64,
    reserved: u64,
}

#[derive(Debug)]
struct Inner {
    root: PathBuf,
    quota: u64,
    pool: SqlitePool,
    accounting: Mutex<Accounting>,
    /// Datasets with a live [`crate::PartialDataset`] handle (at most one each).
    open_partials: Mutex<HashSet<Cid>>,
}

/// A handle to the block store; cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

pub(crate) fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub(crate) fn parse_cid(text: &str) -> Result<Cid, StoreError> {
    text.parse()
        .map_err(|e| StoreError::InvalidWrite(format!("stored CID {text} is invalid: {e}")))
}

/// A JSON array of hex hashes, `["<hex>", ...]`, for bulk statements through SQLite's json_each.
pub(crate) fn hex_array<'a>(hashes: impl IntoIterator<Item = &'a BlockHash>) -> String {
    let mut out = String::from("[");
    for (i, hash) in hashes.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(&hash.to_hex());
        out.push('"');
    }
    out.push(']');
    out
}

impl Store {
    /// Opens the store in `config.data_dir`, creating it if needed, and recovers from any crash:
    /// uploads in progress (and the unflushed blocks of partial datasets) are deleted, and pack
    /// files no recorded block refers to are removed. Flushed blocks of partial datasets are kept.
    pub async fn open(config: StoreConfig) -> Result<Self, StoreError> {
        let root = config.data_dir;
        for dir in [root.clone(), root.join(PACKS_DIR), root.join(TMP_DIR)] {
            tokio::fs::create_dir_all(&dir).await?;
        }
        let pool = db::open(&root.join("meta.sqlite")).await?;
        let store = Self {
            inner: Arc::new(Inner {
                root,
                quota: config.quota_bytes,
                pool,
                accounting: Mutex::default(),
                open_partials: Mutex::default(),
            }),
        };
        store.recover().await?;
        Ok(store)
    }

    async fn recover(&self) -> Result<(), StoreError> {
        let root = self.inner.root.clone();
        // Uploads that never committed.
        let mut removed = 0usize;
        let mut tmp = tokio::fs::read_dir(root.join(TMP_DIR)).await?;
        while let Some(entry) = tmp.next_entry().await? {
            tokio::fs::remove_file(entry.path()).await?;
            removed += 1;
        }
        // Packs renamed into place whose transaction never committed.
        let known: HashSet<String> = sqlx::query_scalar!("SELECT name FROM packs")
            .fetch_all(&self.inner.pool)
            .await?
            .into_iter()
            .collect();
        let mut packs = tokio::fs::read_dir(root.join(PACKS_DIR)).await?;
        let mut on_disk = HashSet::new();
        while let Some(entry) = packs.next_entry().await? {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            match pack::name_of(&file_name) {
                Some(name) if known.contains(name) => {
                    on_disk.insert(name.to_owned());
                }
                _ => {
                    tokio::fs::remove_file(entry.path()).await?;
                    removed += 1;
                }
            }
        }
        for missing in known.difference(&on_disk) {
            tracing::error!(pack = %missing, "pack file is missing: its blocks will be reported as corrupt");
        }
        if removed > 0 {
            tracing::info!(removed, "removed leftovers of interrupted uploads");
        }
        let used =
            sqlx::query_scalar!(r#"SELECT COALESCE(SUM(size), 0) AS "used!: i64" FROM packs"#)
                .fetch_one(&self.inner.pool)
                .await?;
        self.lock_accounting().used = used as u64;
        self.fill_tree_roots().await?;
        self.drop_redundant_partials().await
    }

    /// Sets `datasets.tree_root` on rows stored before the column existed (migration 0002).
    async fn fill_tree_roots(&self) -> Result<(), StoreError> {
        let rows = sqlx::query!("SELECT cid, manifest FROM datasets WHERE tree_root IS NULL")
            .fetch_all(&self.inner.pool)
            .await?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = self.inner.pool.begin().await?;
        for row in &rows {
            let root = Manifest::decode(&row.manifest)?.tree_root.0.to_vec();
            sqlx::query!(
                "UPDATE datasets SET tree_root = ?1 WHERE cid = ?2",
                root,
                row.cid
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        tracing::info!(
            datasets = rows.len(),
            "recorded the tree roots of older datasets"
        );
        Ok(())
    }

    fn lock_accounting(&self) -> std::sync::MutexGuard<'_, Accounting> {
        // A poisoned lock only means a panic elsewhere; the numbers are still consistent.
        self.inner
            .accounting
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn root(&self) -> &Path {
        &self.inner.root
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.inner.pool
    }

    /// Reserves `bytes` of quota for an upload in progress.
    pub(crate) fn reserve(&self, bytes: u64) -> Result<(), StoreError> {
        let mut acc = self.lock_accounting();
        let free = self.inner.quota.saturating_sub(acc.used + acc.reserved);
        if bytes > free {
            return Err(StoreError::QuotaExceeded {
                needed: bytes,
                free,
                quota: self.inner.quota,
            });
        }
        acc.reserved += bytes;
        Ok(())
    }

    /// Releases a reservation; `committed` bytes of it became used.
    pub(crate) fn settle(&self, reserved: u64, committed: u64) {
        let mut acc = self.lock_accounting();
        acc.reserved = acc.reserved.saturating_sub(reserved);
        acc.used += committed;
    }

    /// Releases a sealed pack's reservation; its size became used if its transaction committed.
    pub(crate) fn settle_sealed(&self, sealed: &Sealed, committed: bool) {
        self.settle(sealed.reserved, if committed { sealed.size } else { 0 });
    }

    /// Removes the file of a sealed pack whose transaction was rolled back.
    pub(crate) async fn remove_unrecorded_pack(&self, sealed: &Sealed) -> Result<(), StoreError> {
        tokio::fs::remove_file(pack::path(&self.inner.root, &sealed.name)).await?;
        Ok(())
    }

    /// After the commit that deleted them ([`records::sweep`]): removes the dead packs' files and
    /// their bytes from the usage. A crash in between leaves orphan files that `open` removes.
    pub(crate) async fn remove_dead_packs(&self, dead: Vec<DeadPack>) {
        let mut freed = 0u64;
        for dead in dead {
            freed += dead.size as u64;
            if let Err(err) = tokio::fs::remove_file(pack::path(&self.inner.root, &dead.name)).await
            {
                tracing::warn!(pack = %dead.name, %err, "could not remove a dead pack file");
            }
        }
        let mut acc = self.lock_accounting();
        acc.used = acc.used.saturating_sub(freed);
    }

    /// The set of datasets with a live partial handle.
    /// Whether a fetch of `cid` holds its partial dataset open right now.
    pub fn is_partial_open(&self, cid: &Cid) -> bool {
        self.lock_open_partials().contains(cid)
    }

    pub(crate) fn lock_open_partials(&self) -> std::sync::MutexGuard<'_, HashSet<Cid>> {
        self.inner
            .open_partials
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Fails early with [`StoreError::QuotaExceeded`] if `bytes` more would not fit.
    pub fn check_space(&self, bytes: u64) -> Result<(), StoreError> {
        let space = self.space();
        if bytes > space.free {
            return Err(StoreError::QuotaExceeded {
                needed: bytes,
                free: space.free,
                quota: space.quota,
            });
        }
        Ok(())
    }

    /// Usage against the quota.
    pub fn space(&self) -> Space {
        let acc = self.lock_accounting();
        Space {
            quota: self.inner.quota,
            used: acc.used,
            reserved: acc.reserved,
            free: self.inner.quota.saturating_sub(acc.used + acc.reserved),
        }
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.inner.root
    }

    /// Which of `hashes` the store holds.
    pub(crate) async fn existing_blocks(
        &self,
        hashes: &[BlockHash],
    ) -> Result<HashSet<BlockHash>, StoreError> {
        let list = hex_array(hashes);
        let rows = sqlx::query_scalar!(
            r#"SELECT hash AS "hash!: Vec<u8>" FROM blocks WHERE hash IN (SELECT unhex(value) FROM json_each(?1))"#,
            list
        )
        .fetch_all(&self.inner.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|h| <[u8; 32]>::try_from(h).ok().map(BlockHash))
            .collect())
    }

    /// Starts a new dataset.
    pub async fn writer(&self) -> Result<DatasetWriter, StoreError> {
        Ok(DatasetWriter::new(self.clone()))
    }

    /// Stores a byte stream as a dataset (cut into blocks, the last one zero-padded) and returns
    /// its manifest CID. Nothing is stored if the stream fails or the quota runs out.
    pub async fn import<S, E>(
        &self,
        stream: S,
        meta: WriteMeta,
    ) -> Result<(Cid, Manifest), StoreError>
    where
        S: Stream<Item = Result<Bytes, E>>,
        E: std::fmt::Display,
    {
        // Two stages: this task cuts the body into blocks while a second one hashes and writes
        // the previous batches, so receiving overlaps with hashing and disk IO.
        let (batches, mut to_write) =
            tokio::sync::mpsc::channel::<(u64, Vec<Bytes>)>(IMPORT_QUEUE_BATCHES);
        let mut writer = self.writer().await?;
        let consumer = tokio::spawn(async move {
            while let Some((first_index, blocks)) = to_write.recv().await {
                writer.put_blocks(first_index, blocks).await?;
            }
            Ok::<_, StoreError>(writer)
        });
        let produced = async {
            let mut stream = std::pin::pin!(stream);
            let mut current = BytesMut::with_capacity(BLOCK_SIZE);
            let mut batch: Vec<Bytes> = Vec::with_capacity(IMPORT_BATCH_BLOCKS);
            let mut next_index = 0u64;
            let mut byte_len = 0u64;
            while let Some(chunk) = stream.next().await {
                let mut chunk = chunk
                    .map_err(|e| StoreError::InvalidWrite(format!("upload interrupted: {e}")))?;
                byte_len += chunk.len() as u64;
                while !chunk.is_empty() {
                    let take = (BLOCK_SIZE - current.len()).min(chunk.len());
                    current.extend_from_slice(&chunk.split_to(take));
                    if current.len() == BLOCK_SIZE {
                        batch.push(
                            std::mem::replace(&mut current, BytesMut::with_capacity(BLOCK_SIZE))
                                .freeze(),
                        );
                        if batch.len() == IMPORT_BATCH_BLOCKS {
                            let blocks = std::mem::replace(
                                &mut batch,
                                Vec::with_capacity(IMPORT_BATCH_BLOCKS),
                            );
                            let count = blocks.len() as u64;
                            // A closed queue means the writer failed: its error is reported below.
                            if batches.send((next_index, blocks)).await.is_err() {
                                return Ok(byte_len);
                            }
                            next_index += count;
                        }
                    }
                }
            }
            if !current.is_empty() || (byte_len == 0 && batch.is_empty()) {
                current.resize(BLOCK_SIZE, 0);
                batch.push(current.freeze());
            }
            if !batch.is_empty() {
                let _ = batches.send((next_index, batch)).await;
            }
            Ok::<_, StoreError>(byte_len)
        }
        .await;
        drop(batches);
        let byte_len = match produced {
            Ok(byte_len) => byte_len,
            Err(err) => {
                // Dropping the writer inside the aborted task discards everything it wrote.
                consumer.abort();
                let _ = consumer.await;
                return Err(err);
            }
        };
        let writer = consumer.await??;
        writer.commit(byte_len, None, meta).await
    }

    /// Records a committed writer's dataset; returns false if it was already stored (then the
    /// writer's pack is removed again).
    pub(crate) async fn record_dataset(
        &self,
        cid: &Cid,
        manifest: &Manifest,
        hashes: &[BlockHash],
        sealed: Option<&Sealed>,
        created_at: i64,
        expires_at: Option<i64>,
    ) -> Result<bool, StoreError> {
        let cid_text = cid.to_string();
        let mut tx = self.inner.pool.begin().await?;
        if records::dataset_exists(&mut tx, &cid_text).await? {
            tx.rollback().await?;
            if let Some(sealed) = sealed {
                self.remove_unrecorded_pack(sealed).await?;
            }
            return Ok(false);
        }
        if let Some(sealed) = sealed {
            records::insert_pack(&mut tx, sealed).await?;
        }
        records::insert_dataset(&mut tx, cid, manifest, created_at, expires_at).await?;
        let list = hex_array(hashes);
        let missing = sqlx::query_scalar!(
            r#"SELECT COUNT(*) AS "missing!: i64" FROM json_each(?1) AS j
               WHERE NOT EXISTS (SELECT 1 FROM blocks WHERE hash = unhex(j.value))"#,
            list
        )
        .fetch_one(&mut *tx)
        .await?;
        if missing > 0 {
            tx.rollback().await?;
            if let Some(sealed) = sealed {
                self.remove_unrecorded_pack(sealed).await?;
            }
            return Err(StoreError::InvalidWrite(format!(
                "{missing} linked blocks are not in the store"
            )));
        }
        sqlx::query!(
            "INSERT INTO dataset_blocks (dataset, idx, hash) SELECT ?1, key, unhex(value) FROM json_each(?2)",
            cid_text,
            list
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!(
            "UPDATE blocks SET refs = refs + (SELECT COUNT(*) FROM dataset_blocks d WHERE d.dataset = ?1 AND d.hash = blocks.hash)
             WHERE hash IN (SELECT hash FROM dataset_blocks WHERE dataset = ?1)",
            cid_text
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The manifest of a stored dataset.
    pub async fn manifest(&self, cid: &Cid) -> Result<Manifest, StoreError> {
        let text = cid.to_string();
        let bytes = sqlx::query_scalar!("SELECT manifest FROM datasets WHERE cid = ?1", text)
            .fetch_optional(&self.inner.pool)
            .await?
            .ok_or(StoreError::NotFound(*cid))?;
        Ok(Manifest::decode(&bytes)?)
    }

    /// True if the dataset is stored.
    pub async fn contains(&self, cid: &Cid) -> Result<bool, StoreError> {
        let mut conn = self.inner.pool.acquire().await?;
        records::dataset_exists(&mut conn, &cid.to_string()).await
    }

    /// The manifest CID of a stored dataset whose manifest has tree root `root` (several may
    /// share a root, e.g. the same bytes under another file name: any one of them).
    pub async fn dataset_by_root(&self, root: &TreeRoot) -> Result<Option<Cid>, StoreError> {
        let root = root.0.to_vec();
        let found = sqlx::query_scalar!(
            r#"SELECT cid AS "cid!: String" FROM datasets WHERE tree_root = ?1 LIMIT 1"#,
            root
        )
        .fetch_optional(&self.inner.pool)
        .await?;
        found.as_deref().map(parse_cid).transpose()
    }

    /// Every block hash of a stored dataset in tree-index order (to build its
    /// [`cairn_primitives::DatasetTree`], e.g. for inclusion proofs).
    pub async fn block_hashes(&self, cid: &Cid) -> Result<Vec<BlockHash>, StoreError> {
        let text = cid.to_string();
        let mut tx = self.inner.pool.begin().await?;
        let block_count =
            sqlx::query_scalar!("SELECT block_count FROM datasets WHERE cid = ?1", text)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound(*cid))?;
        let rows = sqlx::query_scalar!(
            r#"SELECT hash AS "hash!: Vec<u8>" FROM dataset_blocks WHERE dataset = ?1 ORDER BY idx"#,
            text
        )
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        if rows.len() as i64 != block_count {
            return Err(StoreError::InvalidWrite(format!(
                "dataset {cid} has {} block positions recorded, its manifest says {block_count}",
                rows.len()
            )));
        }
        rows.into_iter().map(records::hash_from_row).collect()
    }

    /// Every stored dataset, oldest first.
    pub async fn list(&self) -> Result<Vec<DatasetInfo>, StoreError> {
        let rows = sqlx::query!(
            "SELECT cid, manifest, created_at, expires_at FROM datasets ORDER BY created_at, cid"
        )
        .fetch_all(&self.inner.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(DatasetInfo {
                    cid: parse_cid(&row.cid)?,
                    manifest: Manifest::decode(&row.manifest)?,
                    created_at: row.created_at,
                    expires_at: row.expires_at,
                })
            })
            .collect()
    }

    /// Deletes a dataset; blocks no other dataset uses are freed, and pack files with no live
    /// block are removed.
    pub async fn delete(&self, cid: &Cid) -> Result<(), StoreError> {
        let text = cid.to_string();
        let mut tx = self.inner.pool.begin().await?;
        if !records::dataset_exists(&mut tx, &text).await? {
            return Err(StoreError::NotFound(*cid));
        }
        sqlx::query!(
            "UPDATE blocks SET refs = refs - (SELECT COUNT(*) FROM dataset_blocks d WHERE d.dataset = ?1 AND d.hash = blocks.hash)
             WHERE hash IN (SELECT hash FROM dataset_blocks WHERE dataset = ?1)",
            text
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!("DELETE FROM dataset_blocks WHERE dataset = ?1", text)
            .execute(&mut *tx)
            .await?;
        sqlx::query!("DELETE FROM datasets WHERE cid = ?1", text)
            .execute(&mut *tx)
            .await?;
        let dead = records::sweep(&mut tx).await?;
        tx.commit().await?;
        self.remove_dead_packs(dead).await;
        Ok(())
    }

    /// Sets (or clears) when a dataset expires.
    pub async fn set_expiry(&self, cid: &Cid, expires_at: Option<i64>) -> Result<(), StoreError> {
        let text = cid.to_string();
        let updated = sqlx::query!(
            "UPDATE datasets SET expires_at = ?1 WHERE cid = ?2",
            expires_at,
            text
        )
        .execute(&self.inner.pool)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound(*cid));
        }
        Ok(())
    }

    /// Deletes every dataset that expired at or before `now`; returns their CIDs.
    pub async fn collect_expired(&self, now: i64) -> Result<Vec<Cid>, StoreError> {
        let expired = sqlx::query_scalar!(
            r#"SELECT cid AS "cid!: String" FROM datasets WHERE expires_at IS NOT NULL AND expires_at <= ?1"#,
            now
        )
        .fetch_all(&self.inner.pool)
        .await?;
        let mut collected = Vec::with_capacity(expired.len());
        for text in expired {
            let cid = parse_cid(&text)?;
            match self.delete(&cid).await {
                Ok(()) | Err(StoreError::NotFound(_)) => collected.push(cid),
                Err(err) => return Err(err),
            }
        }
        Ok(collected)
    }

    /// A reader over a stored dataset.
    pub async fn reader(&self, cid: &Cid) -> Result<DatasetReader, StoreError> {
        let manifest = self.manifest(cid).await?;
        Ok(DatasetReader::new(self.clone(), *cid, manifest))
    }
}
