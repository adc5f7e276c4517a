//! What this node serves to other nodes over block exchange: manifests and blocks of the datasets
//! in its store, each block with its inclusion path in the dataset tree.
//!
//! Trees are rebuilt from the stored block hashes (one SHA-256 per block, in SQLite) and the last
//! few are kept, so serving a dataset costs one tree build, not one per request.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
};

use bytes::Bytes;
use cairn_p2p::blockexc::BlockSource;
use cairn_primitives::{Cid, DatasetTree, InclusionProof, TreeRoot};
use cairn_store::Store;

/// Dataset trees kept for serving.
const CACHED_TREES: usize = 8;

/// Serves the block store.
#[derive(Debug)]
pub struct StoreSource {
    store: Store,
    trees: Mutex<VecDeque<(TreeRoot, Cid, Arc<DatasetTree>)>>,
}

impl StoreSource {
    /// Serves `store`.
    pub fn new(store: Store) -> Self {
        Self {
            store,
            trees: Mutex::new(VecDeque::new()),
        }
    }

    fn cached(&self, root: &TreeRoot) -> Option<(Cid, Arc<DatasetTree>)> {
        let trees = self.trees.lock().unwrap_or_else(|p| p.into_inner());
        trees
            .iter()
            .find(|(r, _, _)| r == root)
            .map(|(_, cid, tree)| (*cid, tree.clone()))
    }

    /// The stored dataset with this root and block count, and its tree.
    async fn dataset(&self, root: &TreeRoot, leaf_count: u64) -> Option<(Cid, Arc<DatasetTree>)> {
        if let Some(found) = self.cached(root) {
            // A cached tree may belong to a dataset deleted since.
            if found.1.leaf_count() == leaf_count
                && self.store.contains(&found.0).await.unwrap_or(false)
            {
                return Some(found);
            }
        }
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
        if trees.len() >= CACHED_TREES {
            trees.pop_back();
        }
        trees.push_front((*root, cid, tree.clone()));
        Some((cid, tree))
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
