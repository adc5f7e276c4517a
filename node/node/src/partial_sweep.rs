//! Giving back the quota of fetches nobody resumes. A fetch that fails keeps what it stored, so
//! that asking again resumes it; one that is never asked again would hold its blocks (and their
//! quota) for good. The sweeper abandons a partial dataset that no fetch has had open for
//! [`PartialSweeper::ttl`] and that no sale or purchase holds ([`crate::market::holders`]).
//! Idle time is counted from when this run of the node first saw it idle: a restart never
//! abandons early.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use cairn_primitives::Cid;
use cairn_store::Store;
use sqlx::SqlitePool;

/// Default idle time before a partial dataset is abandoned.
pub const PARTIAL_IDLE_TTL: Duration = Duration::from_secs(24 * 3600);

/// See the module docs.
#[derive(Debug)]
pub struct PartialSweeper {
    ttl: Duration,
    idle_since: HashMap<Cid, Instant>,
}

impl PartialSweeper {
    /// Abandons partials idle for `ttl`.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            idle_since: HashMap::new(),
        }
    }

    /// One pass at `now`; returns the partials abandoned.
    pub async fn sweep(
        &mut self,
        store: &Store,
        market: Option<&SqlitePool>,
        now: Instant,
    ) -> Result<Vec<Cid>, cairn_store::StoreError> {
        let partials = store.partials().await?;
        self.idle_since
            .retain(|cid, _| partials.iter().any(|(p, _, _)| p == cid));
        let mut abandoned = Vec::new();
        for (cid, _, held) in partials {
            if store.is_partial_open(&cid) {
                self.idle_since.remove(&cid);
                continue;
            }
            let since = *self.idle_since.entry(cid).or_insert(now);
            if now.saturating_duration_since(since) < self.ttl {
                continue;
            }
            if let Some(db) = market {
                match crate::market::holders::holders(db, store, &cid, None).await {
                    Ok(holders) if holders.is_empty() => {}
                    Ok(_) => continue,
                    Err(err) => {
                        tracing::warn!(%cid, %err, "cannot tell what holds a partial fetch; keeping it");
                        continue;
                    }
                }
            }
            match store.abandon_partial(&cid).await {
                Ok(()) => {
                    tracing::info!(%cid, blocks = held, idle = ?self.ttl, "an unfinished fetch nobody resumed was dropped; its quota is free again");
                    self.idle_since.remove(&cid);
                    abandoned.push(cid);
                }
                Err(err) if err.is_client_error() => {}
                Err(err) => tracing::warn!(%cid, %err, "dropping an idle partial fetch failed"),
            }
        }
        Ok(abandoned)
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;
    use cairn_primitives::{BLOCK_SIZE, BlockHash, DatasetTree, Manifest};
    use cairn_store::StoreConfig;

    use super::*;

    #[tokio::test]
    async fn an_idle_unfinished_fetch_gives_its_quota_back_an_open_one_stays() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(StoreConfig {
            data_dir: dir.path().to_path_buf(),
            quota_bytes: 1 << 30,
        })
        .await
        .expect("store");
        let blocks: Vec<Bytes> = (0..4u8).map(|i| Bytes::from(vec![i; BLOCK_SIZE])).collect();
        let hashes: Vec<BlockHash> = blocks.iter().map(|b| BlockHash::of(b)).collect();
        let tree = DatasetTree::build(&hashes).expect("tree");
        let manifest = Manifest {
            tree_root: tree.root(),
            block_size: BLOCK_SIZE as u32,
            byte_len: 4 * BLOCK_SIZE as u64,
            block_count: 4,
            filename: None,
            mime_type: None,
            protection: None,
        };
        let cid = manifest.cid();
        // A fetch that stored two of four blocks, then failed.
        let mut partial = store.partial(&cid, &manifest).await.expect("partial");
        partial
            .put(vec![0, 1], blocks[..2].to_vec())
            .await
            .expect("put");
        partial.flush().await.expect("flush");
        assert!(store.space().used > 0);

        let mut sweeper = PartialSweeper::new(Duration::from_secs(60));
        let t0 = Instant::now();
        // Still open: never swept.
        assert!(
            sweeper
                .sweep(&store, None, t0)
                .await
                .expect("sweep")
                .is_empty()
        );
        drop(partial);
        // Idle, but not for long enough.
        assert!(
            sweeper
                .sweep(&store, None, t0)
                .await
                .expect("sweep")
                .is_empty()
        );
        let later = t0 + Duration::from_secs(61);
        assert_eq!(
            sweeper.sweep(&store, None, later).await.expect("sweep"),
            vec![cid]
        );
        assert!(store.partials().await.expect("partials").is_empty());
        assert_eq!(store.space().used, 0, "its quota is free again");
    }
}
