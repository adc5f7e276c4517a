//! Partial datasets: a dataset fetched from the network whose manifest is known, its blocks
//! arriving in any order. Blocks are staged in a temporary pack like a [`crate::DatasetWriter`]'s,
//! become durable at each [`PartialDataset::flush`] (recorded in `partial_blocks`, holding a
//! reference on their block so nothing collects them) and survive restarts: [`Store::partial`]
//! resumes where the last flush left off. [`PartialDataset::finish`] checks the blocks against the
//! manifest's tree root and turns them into a stored dataset in one transaction.

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest, dataset_tree::MAX_LEAF_COUNT};
use sqlx::SqliteConnection;

use crate::{
    StoreError,
    index_set::IndexSet,
    records::{self, DeadPack},
    staging::{Sealed, Staging, check_block_sizes},
    store::{Store, now_unix, parse_cid},
};

/// A dataset being fetched: blocks arrive in any order, already verified by the caller against
/// the manifest's tree; they become durable at [`flush`](Self::flush) and survive restarts;
/// [`finish`](Self::finish) turns them into a stored dataset with exactly the given manifest.
///
/// At most one handle per dataset is open at a time. Dropping it without `flush` discards only
/// the blocks put since the last flush. After an error other than a rejected input
/// ([`StoreError::is_client_error`]), drop the handle and resume with [`Store::partial`].
pub struct PartialDataset {
    store: Store,
    cid: Cid,
    manifest: Manifest,
    /// Tree indexes held: durable or put since the last flush.
    held: IndexSet,
    /// Blocks put since the last flush: (tree index, hash); their new bytes are in `staging`.
    pending: Vec<(u64, BlockHash)>,
    staging: Staging,
    /// A flush failed half-way: the in-memory state may not match the database any more.
    failed: bool,
    _claim: Claim,
}

impl std::fmt::Debug for PartialDataset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PartialDataset")
            .field("cid", &self.cid)
            .field("block_count", &self.manifest.block_count)
            .field("held", &self.held.len())
            .field("unflushed", &self.pending.len())
            .finish_non_exhaustive()
    }
}

/// The one open handle of a dataset, released on drop.
#[derive(Debug)]
struct Claim {
    store: Store,
    cid: Cid,
}

impl Claim {
    fn take(store: &Store, cid: Cid) -> Result<Self, StoreError> {
        if !store.lock_open_partials().insert(cid) {
            return Err(StoreError::InvalidWrite(format!(
                "dataset {cid} is already being fetched (its PartialDataset is open)"
            )));
        }
        Ok(Self {
            store: store.clone(),
            cid,
        })
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        self.store.lock_open_partials().remove(&self.cid);
    }
}

/// Drops partial `cid`'s references and rows, then collects what no one references any more.
/// `None` if there is no such partial.
async fn remove_partial(
    conn: &mut SqliteConnection,
    cid: &str,
) -> Result<Option<Vec<DeadPack>>, StoreError> {
    sqlx::query!(
        "UPDATE blocks SET refs = refs - (SELECT COUNT(*) FROM partial_blocks p WHERE p.dataset = ?1 AND p.hash = blocks.hash)
         WHERE hash IN (SELECT hash FROM partial_blocks WHERE dataset = ?1)",
        cid
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("DELETE FROM partial_blocks WHERE dataset = ?1", cid)
        .execute(&mut *conn)
        .await?;
    let removed = sqlx::query!("DELETE FROM partial_datasets WHERE cid = ?1", cid)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if removed == 0 {
        return Ok(None);
    }
    Ok(Some(records::sweep(conn).await?))
}

/// True if partial `cid` is still recorded. As the first statement of a transaction it also takes
/// the write lock, so the transaction cannot fail later on a concurrent writer's snapshot.
async fn lock_partial(conn: &mut SqliteConnection, cid: &str) -> Result<bool, StoreError> {
    Ok(sqlx::query!(
        "UPDATE partial_datasets SET started_at = started_at WHERE cid = ?1",
        cid
    )
    .execute(&mut *conn)
    .await?
    .rows_affected()
        > 0)
}

fn abandoned(cid: &Cid) -> StoreError {
    StoreError::InvalidWrite(format!("the fetch of {cid} was abandoned"))
}

impl Store {
    /// Starts fetching dataset `cid`, whose manifest (`manifest.cid() == *cid`) is given, or
    /// resumes the unfinished fetch of it left by an earlier run (with the blocks flushed then).
    /// Fails with [`StoreError::InvalidWrite`] if the manifest does not match `cid`, if the
    /// dataset is already stored (check [`Store::contains`] first), or if a [`PartialDataset`] for
    /// it is open.
    pub async fn partial(
        &self,
        cid: &Cid,
        manifest: &Manifest,
    ) -> Result<PartialDataset, StoreError> {
        let actual = manifest.cid();
        if actual != *cid {
            return Err(StoreError::InvalidWrite(format!(
                "the manifest given for {cid} is not its manifest (it hashes to {actual})"
            )));
        }
        manifest
            .validate()
            .map_err(|e| StoreError::InvalidWrite(format!("manifest of {cid}: {e}")))?;
        if manifest.block_count > MAX_LEAF_COUNT {
            return Err(StoreError::InvalidWrite(format!(
                "manifest of {cid}: {} blocks, at most {MAX_LEAF_COUNT} are supported",
                manifest.block_count
            )));
        }
        let claim = Claim::take(self, *cid)?;
        let cid_text = cid.to_string();
        let encoded = manifest.encode();
        let now = now_unix();
        let mut tx = self.pool().begin().await?;
        sqlx::query!(
            "INSERT INTO partial_datasets (cid, manifest, started_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (cid) DO NOTHING",
            cid_text,
            encoded,
            now
        )
        .execute(&mut *tx)
        .await?;
        if records::dataset_exists(&mut tx, &cid_text).await? {
            tx.rollback().await?;
            return Err(StoreError::InvalidWrite(format!(
                "dataset {cid} is already stored"
            )));
        }
        let indexes = sqlx::query_scalar!(
            "SELECT idx FROM partial_blocks WHERE dataset = ?1 ORDER BY idx",
            cid_text
        )
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        let mut held = IndexSet::default();
        for index in indexes {
            held.insert(index as u64);
        }
        if held.len() > 0 {
            tracing::info!(%cid, held = held.len(), blocks = manifest.block_count, "resuming a partial dataset");
        }
        Ok(PartialDataset {
            store: self.clone(),
            cid: *cid,
            manifest: manifest.clone(),
            held,
            pending: Vec::new(),
            staging: Staging::new(self.clone()),
            failed: false,
            _claim: claim,
        })
    }

    /// Unfinished fetches, oldest first: (CID, manifest, blocks held so far).
    pub async fn partials(&self) -> Result<Vec<(Cid, Manifest, u64)>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT p.cid, p.manifest,
                      (SELECT COUNT(*) FROM partial_blocks b WHERE b.dataset = p.cid) AS "held!: i64"
               FROM partial_datasets p ORDER BY p.started_at, p.cid"#
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok((
                    parse_cid(&row.cid)?,
                    Manifest::decode(&row.manifest)?,
                    row.held as u64,
                ))
            })
            .collect()
    }

    /// Drops an unfinished fetch and the blocks only it referenced (pack files left without a
    /// live block are removed). An open [`PartialDataset`] for it fails from then on.
    pub async fn abandon_partial(&self, cid: &Cid) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        let dead = remove_partial(&mut tx, &cid.to_string())
            .await?
            .ok_or(StoreError::NotFound(*cid))?;
        tx.commit().await?;
        self.remove_dead_packs(dead).await;
        Ok(())
    }
}

impl Store {
    /// Drops unfinished fetches of datasets that were stored by other means meanwhile (an upload of
    /// the same file while a fetch was interrupted): nothing would ever resume them.
    pub(crate) async fn drop_redundant_partials(&self) -> Result<(), StoreError> {
        let redundant = sqlx::query_scalar!(
            "SELECT cid FROM partial_datasets WHERE cid IN (SELECT cid FROM datasets)"
        )
        .fetch_all(self.pool())
        .await?;
        for cid in redundant {
            let mut tx = self.pool().begin().await?;
            let dead = remove_partial(&mut tx, &cid).await?.unwrap_or_default();
            tx.commit().await?;
            self.remove_dead_packs(dead).await;
            tracing::info!(%cid, "dropped the unfinished fetch of a dataset stored meanwhile");
        }
        Ok(())
    }
}

impl PartialDataset {
    /// The dataset's manifest CID.
    pub fn cid(&self) -> &Cid {
        &self.cid
    }

    /// The dataset's manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// True if the block at tree index `index` is held (durable or put since the last flush).
    pub fn has(&self, index: u64) -> bool {
        self.held.contains(index)
    }

    /// Number of blocks held.
    pub fn held(&self) -> u64 {
        self.held.len()
    }

    /// Tree indexes not held yet, ascending.
    pub fn missing(&self) -> Vec<u64> {
        self.held.gaps(self.manifest.block_count)
    }

    fn check_usable(&self) -> Result<(), StoreError> {
        if self.failed {
            return Err(StoreError::InvalidWrite(format!(
                "an earlier flush of {} failed: drop this handle and resume with Store::partial",
                self.cid
            )));
        }
        Ok(())
    }

    /// Adds blocks at tree indexes (each exactly [`BLOCK_SIZE`] bytes, verified by the caller,
    /// every index below `manifest.block_count`); an index already held is ignored, and so is a
    /// repeated index after its first block. New blocks go to a temporary pack, with quota
    /// reserved ([`StoreError::QuotaExceeded`] when full); blocks the store holds are only
    /// referenced. Invalid input is rejected before anything is added.
    pub async fn put(&mut self, indexes: Vec<u64>, blocks: Vec<Bytes>) -> Result<(), StoreError> {
        self.put_inner(indexes, blocks, None).await
    }

    /// [`put`](Self::put) for blocks whose SHA-256 the caller already computed (a downloader that
    /// checked each block against the tree): `hashes[i]` must be the hash of `blocks[i]`. Saves
    /// hashing every block a second time. Nothing stops [`finish`](Self::finish) from checking
    /// the tree: a wrong hash still fails the dataset there.
    pub async fn put_hashed(
        &mut self,
        indexes: Vec<u64>,
        blocks: Vec<Bytes>,
        hashes: Vec<BlockHash>,
    ) -> Result<(), StoreError> {
        if hashes.len() != blocks.len() {
            return Err(StoreError::InvalidWrite(format!(
                "one hash per block: {} hashes, {} blocks",
                hashes.len(),
                blocks.len()
            )));
        }
        self.put_inner(indexes, blocks, Some(hashes)).await
    }

    async fn put_inner(
        &mut self,
        indexes: Vec<u64>,
        blocks: Vec<Bytes>,
        hashes: Option<Vec<BlockHash>>,
    ) -> Result<(), StoreError> {
        self.check_usable()?;
        if indexes.len() != blocks.len() {
            return Err(StoreError::InvalidWrite(format!(
                "one index per block: {} indexes, {} blocks",
                indexes.len(),
                blocks.len()
            )));
        }
        check_block_sizes(&blocks)?;
        let count = self.manifest.block_count;
        if let Some(&index) = indexes.iter().find(|&&i| i >= count) {
            return Err(StoreError::IndexOutOfRange { index, count });
        }
        let mut batch = IndexSet::default();
        let keep: Vec<bool> = indexes
            .iter()
            .map(|&index| !self.held.contains(index) && batch.insert(index))
            .collect();
        let indexes = kept(indexes, &keep);
        let blocks = kept(blocks, &keep);
        if indexes.is_empty() {
            return Ok(());
        }
        let hashes = match hashes {
            Some(hashes) => self.staging.add_hashed(blocks, kept(hashes, &keep)).await?,
            None => self.staging.add(blocks).await?,
        };
        for (index, hash) in indexes.into_iter().zip(hashes) {
            self.held.insert(index);
            self.pending.push((index, hash));
        }
        Ok(())
    }

    /// Bytes put since the last flush (blocks the store already held included): what a drop or
    /// crash now would lose. Flush when it grows past what you are willing to fetch again.
    pub fn unflushed_bytes(&self) -> u64 {
        (self.pending.len() * BLOCK_SIZE) as u64
    }

    /// Makes everything put so far durable: syncs the temporary pack into `packs/`, then records
    /// the pack, its blocks and the new positions (referencing their blocks) in one transaction.
    pub async fn flush(&mut self) -> Result<(), StoreError> {
        self.check_usable()?;
        if self.pending.is_empty() {
            return Ok(());
        }
        // Cleared only once memory and database agree again.
        self.failed = true;
        let sealed = self.staging.seal().await?;
        let result = self.record_pending(sealed.as_ref()).await;
        if let Some(sealed) = &sealed {
            self.store.settle_sealed(sealed, result.is_ok());
        }
        for index in result? {
            self.held.remove(index);
        }
        self.pending.clear();
        self.failed = false;
        Ok(())
    }

    /// The flush transaction; returns the indexes whose (deduplicated) block was deleted from the
    /// store since it was put, which are not held any more.
    async fn record_pending(&self, sealed: Option<&Sealed>) -> Result<Vec<u64>, StoreError> {
        let cid_text = self.cid.to_string();
        let mut rows = String::from("[");
        for (i, (index, hash)) in self.pending.iter().enumerate() {
            if i > 0 {
                rows.push(',');
            }
            rows.push_str(&format!("[{index},\"{}\"]", hash.to_hex()));
        }
        rows.push(']');
        let mut tx = self.store.pool().begin().await?;
        if !lock_partial(&mut tx, &cid_text).await? {
            tx.rollback().await?;
            if let Some(sealed) = sealed {
                self.store.remove_unrecorded_pack(sealed).await?;
            }
            return Err(abandoned(&self.cid));
        }
        if let Some(sealed) = sealed {
            records::insert_pack(&mut tx, sealed).await?;
        }
        // A block found in the store at `put` may have been freed since by a deletion.
        let vanished = sqlx::query_scalar!(
            r#"SELECT json_extract(value, '$[0]') AS "idx!: i64" FROM json_each(?1)
               WHERE NOT EXISTS (SELECT 1 FROM blocks WHERE hash = unhex(json_extract(value, '$[1]')))"#,
            rows
        )
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query!(
            r#"INSERT INTO partial_blocks (dataset, idx, hash)
               SELECT ?1, json_extract(value, '$[0]'), unhex(json_extract(value, '$[1]')) FROM json_each(?2)
               WHERE EXISTS (SELECT 1 FROM blocks WHERE hash = unhex(json_extract(value, '$[1]')))"#,
            cid_text,
            rows
        )
        .execute(&mut *tx)
        .await?;
        // One reference per new position: counted per hash in one pass over the rows (a
        // correlated subquery per block was quadratic in the batch).
        sqlx::query!(
            r#"UPDATE blocks SET refs = refs + c.n
               FROM (SELECT unhex(json_extract(value, '$[1]')) AS h, COUNT(*) AS n
                     FROM json_each(?1) GROUP BY 1) AS c
               WHERE blocks.hash = c.h"#,
            rows
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        if !vanished.is_empty() {
            tracing::debug!(cid = %self.cid, blocks = vanished.len(), "blocks deleted before the flush are missing again");
        }
        Ok(vanished.into_iter().map(|i| i as u64).collect())
    }

    /// Flushes, checks that every block is held and that the tree over the held blocks has the
    /// manifest's root, then records the dataset (exactly this manifest, no expiry) and removes
    /// the partial in one transaction: its block references move to the dataset. Returns the
    /// CID and manifest. On failure nothing but the flush has happened: resume with
    /// [`Store::partial`], or [`Store::abandon_partial`] (blocks that do not match the tree
    /// cannot be replaced). If the dataset was stored meanwhile by other means, the partial is
    /// dropped and the stored dataset returned.
    pub async fn finish(mut self) -> Result<(Cid, Manifest), StoreError> {
        self.flush().await?;
        let count = self.manifest.block_count;
        if let Some(first) = self.held.first_gap(count) {
            return Err(StoreError::InvalidWrite(format!(
                "{} of the {count} blocks of {} are missing (the first at index {first})",
                count - self.held.len(),
                self.cid
            )));
        }
        let cid_text = self.cid.to_string();
        let rows = sqlx::query!(
            r#"SELECT idx, hash AS "hash!: Vec<u8>" FROM partial_blocks WHERE dataset = ?1 ORDER BY idx"#,
            cid_text
        )
        .fetch_all(self.store.pool())
        .await?;
        if rows.len() as u64 != count || rows.iter().enumerate().any(|(i, r)| r.idx != i as i64) {
            return Err(StoreError::InvalidWrite(format!(
                "the recorded blocks of {} do not cover its {count} positions",
                self.cid
            )));
        }
        let hashes = rows
            .into_iter()
            .map(|row| records::hash_from_row(row.hash))
            .collect::<Result<Vec<_>, _>>()?;
        let root =
            tokio::task::spawn_blocking(move || cairn_primitives::dataset_tree::root_of(&hashes))
                .await??;
        if root != self.manifest.tree_root {
            return Err(StoreError::InvalidWrite(format!(
                "the blocks held for {} do not match its manifest: their tree root is {root}, the manifest's {}; abandon the fetch",
                self.cid, self.manifest.tree_root
            )));
        }

        let mut tx = self.store.pool().begin().await?;
        if !lock_partial(&mut tx, &cid_text).await? {
            tx.rollback().await?;
            return Err(abandoned(&self.cid));
        }
        if records::dataset_exists(&mut tx, &cid_text).await? {
            let dead = remove_partial(&mut tx, &cid_text)
                .await?
                .unwrap_or_default();
            tx.commit().await?;
            self.store.remove_dead_packs(dead).await;
            return Ok((self.cid, self.manifest.clone()));
        }
        records::insert_dataset(&mut tx, &self.cid, &self.manifest, now_unix(), None).await?;
        sqlx::query!(
            "INSERT INTO dataset_blocks (dataset, idx, hash) SELECT dataset, idx, hash FROM partial_blocks WHERE dataset = ?1",
            cid_text
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!("DELETE FROM partial_blocks WHERE dataset = ?1", cid_text)
            .execute(&mut *tx)
            .await?;
        sqlx::query!("DELETE FROM partial_datasets WHERE cid = ?1", cid_text)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(cid = %self.cid, blocks = count, "partial dataset finished");
        Ok((self.cid, self.manifest.clone()))
    }
}

/// The items whose flag in `keep` is set, in order.
fn kept<T>(items: Vec<T>, keep: &[bool]) -> Vec<T> {
    items
        .into_iter()
        .zip(keep)
        .filter_map(|(item, &k)| k.then_some(item))
        .collect()
}
