//! The downloader against real in-process swarms: it spreads a dataset over several providers,
//! drops a provider that sends a corrupted block and gets that block from another, and resumes
//! an interrupted fetch from what it had stored.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use bytes::Bytes;
use cairn_node::{
    StoreSource,
    fetch::{FetchError, Fetcher},
};
use cairn_p2p::{
    NetworkHandle,
    blockexc::{BlockSource, ServeLimits},
};
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, DatasetTree, InclusionProof, TreeRoot};
use cairn_store::WriteMeta;

mod common;
use common::{network, open_store as store, quick, stored_bytes};

const WAIT: Duration = Duration::from_secs(20);

/// A dataset in memory; `corrupt` lists indexes served with a flipped bit, `serve_limit` ends
/// serving after that many blocks (a provider that goes away), `served` counts blocks sent.
struct MemorySource {
    manifest_bytes: Bytes,
    root: TreeRoot,
    blocks: Vec<Bytes>,
    tree: DatasetTree,
    corrupt: Vec<u64>,
    serve_limit: u64,
    served: AtomicU64,
}

impl MemorySource {
    fn new(data: &[u8], corrupt: Vec<u64>, serve_limit: u64) -> (Self, Cid) {
        let blocks: Vec<Bytes> = data
            .chunks(BLOCK_SIZE)
            .map(|c| {
                let mut b = c.to_vec();
                b.resize(BLOCK_SIZE, 0);
                Bytes::from(b)
            })
            .collect();
        let hashes: Vec<BlockHash> = blocks.iter().map(|b| BlockHash::of(b)).collect();
        let tree = DatasetTree::build(&hashes).expect("tree");
        let manifest = cairn_primitives::Manifest {
            tree_root: tree.root(),
            block_size: BLOCK_SIZE as u32,
            byte_len: data.len() as u64,
            block_count: blocks.len() as u64,
            filename: None,
            mime_type: None,
            protection: None,
        };
        let cid = manifest.cid();
        let source = Self {
            manifest_bytes: Bytes::from(manifest.encode()),
            root: tree.root(),
            blocks,
            tree,
            corrupt,
            serve_limit,
            served: AtomicU64::new(0),
        };
        (source, cid)
    }
}

impl BlockSource for MemorySource {
    async fn manifest(&self, _cid: &Cid) -> Option<Bytes> {
        Some(self.manifest_bytes.clone())
    }

    async fn has(&self, root: &TreeRoot, leaf_count: u64) -> bool {
        *root == self.root && leaf_count == self.blocks.len() as u64
    }

    async fn blocks(
        &self,
        _root: &TreeRoot,
        _leaf_count: u64,
        indexes: Vec<u64>,
    ) -> Option<Vec<(Bytes, InclusionProof)>> {
        let served = self
            .served
            .fetch_add(indexes.len() as u64, Ordering::Relaxed);
        if served >= self.serve_limit {
            return None;
        }
        indexes
            .into_iter()
            .map(|i| {
                let mut data = self.blocks.get(i as usize)?.clone();
                if self.corrupt.contains(&i) {
                    let mut bad = data.to_vec();
                    bad[0] ^= 0x80;
                    data = Bytes::from(bad);
                }
                Some((data, self.tree.proof(i).ok()?))
            })
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lying_provider_is_dropped_and_its_blocks_come_from_the_others() {
    let data = cairn_primitives::testing::pseudo_random_bytes(300 * BLOCK_SIZE + 123, 3);
    // Two honest providers backed by real stores, one liar corrupting a block in every chunk.
    let mut providers = Vec::new();
    let mut dirs = Vec::new();
    let mut cid = None;
    for _ in 0..2 {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = store(dir.path()).await;
        let (stored, _) = s
            .import(
                futures::stream::iter([Ok::<_, std::io::Error>(Bytes::from(data.clone()))]),
                WriteMeta::default(),
            )
            .await
            .expect("import");
        cid = Some(stored);
        let (net, address) = network().await;
        net.serve_blocks(Arc::new(StoreSource::new(s)), ServeLimits::default())
            .expect("serve");
        providers.push((net, address));
        dirs.push(dir);
    }
    let cid = cid.expect("cid");
    let (liar, liar_cid) = MemorySource::new(&data, (0..300).step_by(50).collect(), u64::MAX);
    assert_eq!(liar_cid, cid);
    let (liar_net, liar_address) = network().await;
    liar_net
        .serve_blocks(Arc::new(liar), ServeLimits::default())
        .expect("serve");

    let dir = tempfile::tempdir().expect("tempdir");
    let local = store(dir.path()).await;
    let (me, _) = network().await;
    for address in [&liar_address, &providers[0].1, &providers[1].1] {
        me.dial(address.clone()).await.expect("dial");
    }
    wait_connected(&me, 3).await;
    let fetcher = Fetcher::new(me.clone(), local.clone(), quick());
    let manifest = tokio::time::timeout(Duration::from_secs(120), fetcher.fetch(&cid))
        .await
        .expect("in time")
        .expect("fetched");
    assert_eq!(manifest.cid(), cid);
    assert_eq!(stored_bytes(&local, &cid).await, data);
    // Fetching again finds it locally.
    assert_eq!(fetcher.fetch(&cid).await.expect("local"), manifest);
}

async fn wait_connected(net: &NetworkHandle, n: usize) {
    tokio::time::timeout(WAIT, async {
        while net.connected_peers().await.expect("peers").len() < n {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("connected");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_fetch_resumes_from_what_it_stored() {
    let data = cairn_primitives::testing::pseudo_random_bytes(400 * BLOCK_SIZE, 4);
    // The first provider serves 128 blocks (two chunks), then nothing.
    let (first, cid) = MemorySource::new(&data, vec![], 128);
    let (first_net, first_address) = network().await;
    first_net
        .serve_blocks(Arc::new(first), ServeLimits::default())
        .expect("serve");

    let dir = tempfile::tempdir().expect("tempdir");
    let local = store(dir.path()).await;
    let (me, _) = network().await;
    me.dial(first_address).await.expect("dial");
    wait_connected(&me, 1).await;
    let fetcher = Fetcher::new(me.clone(), local.clone(), quick());
    let error = fetcher.fetch(&cid).await.expect_err("cannot finish");
    assert!(
        matches!(error, FetchError::NoProvider(_) | FetchError::Incomplete(_)),
        "{error}"
    );
    let partials = local.partials().await.expect("partials");
    assert_eq!(partials.len(), 1);
    let held = partials[0].2;
    assert!(held >= 64, "flushed blocks were kept: {held}");
    drop(fetcher);

    // After a restart of the store, a second provider appears: only the rest is fetched.
    drop(local);
    let local = store(dir.path()).await;
    let (second, _) = MemorySource::new(&data, vec![], u64::MAX);
    let second = Arc::new(second);
    let (second_net, second_address) = network().await;
    second_net
        .serve_blocks(second.clone(), ServeLimits::default())
        .expect("serve");
    me.dial(second_address).await.expect("dial");
    wait_connected(&me, 2).await;
    let fetcher = Fetcher::new(me.clone(), local.clone(), quick());
    fetcher.fetch(&cid).await.expect("resumed");
    assert_eq!(stored_bytes(&local, &cid).await, data);
    assert_eq!(
        second.served.load(Ordering::Relaxed),
        400 - held,
        "only the missing blocks were fetched"
    );
    assert!(local.partials().await.expect("partials").is_empty());
}

/// A provider announcing a manifest of 2^40 blocks (64 PiB): refused before anything is allocated
/// for it, with the reason; a manifest that does not fit in the quota, or that the caller does not
/// expect, likewise; the node keeps fetching honest datasets.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_or_unexpected_manifests_are_refused_before_anything_is_allocated() {
    let huge = cairn_primitives::Manifest {
        tree_root: TreeRoot([7; 32]),
        block_size: BLOCK_SIZE as u32,
        byte_len: (1u64 << 40) * BLOCK_SIZE as u64,
        block_count: 1 << 40,
        filename: None,
        mime_type: None,
        protection: None,
    };
    huge.validate().expect("a well-formed manifest");
    let data = cairn_primitives::testing::pseudo_random_bytes(40 * BLOCK_SIZE, 9);
    let (mut liar, _) = MemorySource::new(&data, vec![], u64::MAX);
    liar.manifest_bytes = Bytes::from(huge.encode());
    let huge_cid = huge.cid();
    let (liar_net, liar_address) = network().await;
    liar_net
        .serve_blocks(Arc::new(liar), ServeLimits::default())
        .expect("serve");
    let (honest, cid) = MemorySource::new(&data, vec![], u64::MAX);
    let (honest_net, honest_address) = network().await;
    honest_net
        .serve_blocks(Arc::new(honest), ServeLimits::default())
        .expect("serve");

    let dir = tempfile::tempdir().expect("tempdir");
    let local = cairn_store::Store::open(cairn_store::StoreConfig {
        data_dir: dir.path().to_path_buf(),
        quota_bytes: 30 * BLOCK_SIZE as u64,
    })
    .await
    .expect("store");
    let (me, _) = network().await;
    me.dial(liar_address).await.expect("dial");
    me.dial(honest_address).await.expect("dial");
    wait_connected(&me, 2).await;
    let fetcher = Fetcher::new(me.clone(), local.clone(), quick());

    let err = fetcher.fetch(&huge_cid).await.expect_err("refused");
    assert!(matches!(err, FetchError::TooLarge(_)), "{err}");
    assert!(err.to_string().contains("1099511627776 blocks"), "{err}");
    // Nothing was allocated for it: the whole test process peaked far below 256 MiB.
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        let peak_kib: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0);
        assert!(peak_kib < 256 * 1024, "peak RSS {peak_kib} KiB");
    }
    // 40 blocks do not fit in a quota of 30.
    let err = fetcher.fetch(&cid).await.expect_err("over quota");
    assert!(
        matches!(
            err,
            FetchError::Store(cairn_store::StoreError::QuotaExceeded { .. })
        ),
        "{err}"
    );
    // A caller that expects another size.
    let err = fetcher
        .fetch_expecting(&cid, &|m: &cairn_primitives::Manifest| {
            (m.block_count == 8)
                .then_some(())
                .ok_or_else(|| format!("{} blocks, not 8", m.block_count))
        })
        .await
        .expect_err("unexpected");
    assert!(matches!(err, FetchError::Refused(_)), "{err}");
    assert!(
        local.partials().await.expect("partials").is_empty(),
        "nothing started"
    );
    assert_eq!(local.space().used, 0, "nothing stored");

    // With room, the honest dataset is fetched by the same node.
    drop(fetcher);
    drop(local);
    let local = store(dir.path()).await;
    let fetcher = Fetcher::new(me.clone(), local.clone(), quick());
    fetcher.fetch(&cid).await.expect("fetched");
    assert_eq!(stored_bytes(&local, &cid).await, data);
}
