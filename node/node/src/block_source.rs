//! What this node serves to other nodes over block exchange: manifests and blocks of the datasets
//! in its store, each block with its inclusion path in the dataset tree.
//!
//! Trees are rebuilt from the stored block hashes (one SHA-256 per block, in SQLite) and kept, most
//! recently used first, up to [`CACHED_LEAVES`] leaves in all (their memory, not their number,
//! bounds the cache: a host serving many slots does not rebuild them in turn); concurrent misses
//! build a tree once.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
};

use bytes::Bytes;
use cairn_p2p::blockexc::BlockSource;
use cairn_primitives::{Cid, DatasetTree, InclusionProof, TreeRoot};
use cairn_store::Store;

/// Leaves of the dataset trees kept for serving, in all (2^22: about 256 MiB of tree nodes, the
/// trees of 256 GiB of data).
const CACHED_LEAVES: u64 = 1 << 22;

/// Serves the block store.
#[derive(Debug)]
pub struct StoreSource {
    store: Store,
    trees: Mutex<VecDeque<(TreeRoot, Cid, Arc<DatasetTree>)>>,
    /// Held while a tree is built, so that concurrent misses build it once.
    building: tokio::sync::Mutex<()>,
    builds: std::sync::atomic::AtomicU64,
}

impl StoreSource {
    /// Serves `store`.
    pub fn new(store: Store) -> Self {
        Self {
            store,
            trees: Mutex::new(VecDeque::new()),
            building: tokio::sync::Mutex::new(()),
            builds: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Trees built so far (cache misses).
    pub fn tree_builds(&self) -> u64 {
        self.builds.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A cached tree, moved to the front (most recently used).
    fn cached(&self, root: &TreeRoot) -> Option<(Cid, Arc<DatasetTree>)> {
        let mut trees = self.trees.lock().unwrap_or_else(|p| p.into_inner());
        let at = trees.iter().position(|(r, _, _)| r == root)?;
        let entry = trees.remove(at)?;
        let found = (entry.1, entry.2.clone());
        trees.push_front(entry);
        Some(found)
    }

    /// The stored dataset with this root and block count, and its tree.
    async fn dataset(&self, root: &TreeRoot, leaf_count: u64) -> Option<(Cid, Arc<DatasetTree>)> {
        if let Some(found) = self.usable(root, leaf_count).await {
            return Some(found);
        }
        let _building = self.building.lock().await;
        // Built by the request this one waited for?
        if let Some(found) = self.usable(root, leaf_count).await {
            return Some(found);
        }
        self.builds
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let cid = self.store.dataset_by_root(root).await.ok()??;
        let hashes = self.store.block_hashes(&cid).await.ok()?;
        if hashes.len() as u64 != leaf_count {
            return None;
        }
        let tree = tokio::task::spawn_blocking(move || DatasetTree::build(&hashes))
            .await
            .ok()?
            .ok()?;
        if tree.root() != *root {
            tracing::warn!(%cid, "stored block hashes do not match the dataset's tree root");
            return None;
        }
        let tree = Arc::new(tree);
        let mut trees = self.trees.lock().unwrap_or_else(|p| p.into_inner());
        trees.retain(|(r, _, _)| r != root);
        let mut leaves: u64 = trees.iter().map(|(_, _, t)| t.leaf_count()).sum();
        while leaves.saturating_add(tree.leaf_count()) > CACHED_LEAVES {
            match trees.pop_back() {
                Some((_, _, evicted)) => leaves -= evicted.leaf_count(),
                None => break,
            }
        }
        trees.push_front((*root, cid, tree.clone()));
        Some((cid, tree))
    }

    /// A cached tree of a dataset still stored.
    async fn usable(&self, root: &TreeRoot, leaf_count: u64) -> Option<(Cid, Arc<DatasetTree>)> {
        let found = self.cached(root)?;
        // A cached tree may belong to a dataset deleted since.
        (found.1.leaf_count() == leaf_count && self.store.contains(&found.0).await.unwrap_or(false))
            .then_some(found)
    }
}

impl BlockSource for StoreSource {
    async fn manifest(&self, cid: &Cid) -> Option<Bytes> {
        let manifest = self.store.manifest(cid).await.ok()?;
        Some(Bytes::from(manifest.encode()))
    }

    async fn has(&self, root: &TreeRoot, leaf_count: u64) -> bool {
        self.dataset(root, leaf_count).await.is_some()
    }

    async fn blocks(
        &self,
        root: &TreeRoot,
        leaf_count: u64,
        indexes: Vec<u64>,
    ) -> Option<Vec<(Bytes, InclusionProof)>> {
        let (cid, tree) = self.dataset(root, leaf_count).await?;
        let reader = self.store.reader(&cid).await.ok()?;
        // The reader checks every block against its hash before returning it.
        let blocks = match reader.blocks(&indexes).await {
            Ok(blocks) => blocks,
            Err(err) => {
                tracing::warn!(%cid, %err, "cannot serve blocks");
                return None;
            }
        };
        blocks
            .into_iter()
            .zip(&indexes)
            .map(|((_, data), &index)| Some((data, tree.proof(index).ok()?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn serving_many_datasets_builds_each_tree_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(cairn_store::StoreConfig {
            data_dir: dir.path().to_path_buf(),
            quota_bytes: 1 << 30,
        })
        .await
        .expect("store");
        let mut roots = Vec::new();
        for i in 0..20u8 {
            let (_, manifest) = store
                .import(
                    futures::stream::iter([Ok::<_, std::io::Error>(Bytes::from(vec![i; 70_000]))]),
                    cairn_store::WriteMeta::default(),
                )
                .await
                .expect("import");
            roots.push((manifest.tree_root, manifest.block_count));
        }
        let source = Arc::new(StoreSource::new(store));
        // Twenty datasets asked for in turn, three times, some requests at once.
        for _ in 0..3 {
            let asks = roots.iter().map(|(root, count)| {
                let source = source.clone();
                let (root, count) = (*root, *count);
                async move { source.has(&root, count).await }
            });
            assert!(futures::future::join_all(asks).await.into_iter().all(|h| h));
        }
        assert_eq!(source.tree_builds(), 20, "one build per dataset");
        assert!(!source.has(&TreeRoot([1; 32]), 2).await);
    }
}
