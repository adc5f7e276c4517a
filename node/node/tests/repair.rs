//! Repair against real stores and real libp2p swarms on loopback: a client protects and publishes
//! a dataset with K = 3, M = 2, five hosts each fetch one slot dataset, the client forgets
//! everything, two hosts stop for good. A repairing node rebuilds both lost slots in one pass
//! from three survivors (one of whose providers lies: it is dropped and the blocks come from an
//! honest copy), and a second repairing node fetches its slot from the first: K + 1 slots moved
//! for two repairs. A rebuild that does not give the slot the storage manifest names keeps
//! nothing and says why.

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
    dataset::{
        self, RepairError, RepairPhase, RepairProgress,
        commitments::{CommitmentParams, dataset_commitments, dataset_slot_tree},
    },
    protect,
};
use cairn_p2p::blockexc::{BlockSource, ServeLimits};
use cairn_primitives::{Cid, InclusionProof, StorageManifest, TreeRoot};
use cairn_store::{Store, WriteMeta};

mod common;
use common::{Peer, import, stored_bytes};

const PARAMS: CommitmentParams = CommitmentParams {
    max_slot_depth: 16,
    slots_depth: 4,
};
const K: u32 = 3;
const M: u32 = 2;
/// A rebuild in the tests takes seconds; this only stops a hang.
const REPAIR_WAIT: Duration = Duration::from_secs(180);

/// Serves a store, with a flipped bit in every fifth block it sends.
struct Liar {
    inner: StoreSource,
    served: AtomicU64,
}

impl BlockSource for Liar {
    async fn manifest(&self, cid: &Cid) -> Option<Bytes> {
        self.inner.manifest(cid).await
    }

    async fn has(&self, root: &TreeRoot, leaf_count: u64) -> bool {
        self.inner.has(root, leaf_count).await
    }

    async fn blocks(
        &self,
        root: &TreeRoot,
        leaf_count: u64,
        indexes: Vec<u64>,
    ) -> Option<Vec<(Bytes, InclusionProof)>> {
        let blocks = self.inner.blocks(root, leaf_count, indexes).await?;
        Some(
            blocks
                .into_iter()
                .map(|(data, proof)| {
                    if self
                        .served
                        .fetch_add(1, Ordering::Relaxed)
                        .is_multiple_of(5)
                    {
                        let mut bad = data.to_vec();
                        bad[7] ^= 0x01;
                        (Bytes::from(bad), proof)
                    } else {
                        (data, proof)
                    }
                })
                .collect(),
        )
    }
}

/// The client's dataset held by five hosts (one slot each), plus a lying provider of slot 0;
/// the client has forgotten it.
struct Cluster {
    storage: StorageManifest,
    hosts: Vec<Option<Peer>>,
    liar: Peer,
    _client: Peer,
}

impl Cluster {
    async fn start() -> Self {
        let client = Peer::start().await;
        // ~3 MiB: 49 blocks, 17 rows of K = 3 (the last padded).
        let data = cairn_primitives::testing::pseudo_random_bytes(3 * (1 << 20) + 12_345, 14);
        let original = import(&client.store, data, WriteMeta::default()).await;
        let (protected, _) = protect(&client.store, &original, K, M)
            .await
            .expect("protect");
        let commitments = dataset_commitments(&client.store, &protected, PARAMS)
            .await
            .expect("commitments");
        let (storage_cid, storage) =
            dataset::publish(&client.store, &protected, &commitments.slot_root_bytes())
                .await
                .expect("publish");
        let mut hosts = Vec::new();
        for entry in &storage.slots {
            let host = Peer::start().await;
            host.connect(&[&client.address]).await;
            host.fetcher.fetch(&storage_cid).await.expect("manifest");
            host.fetcher.fetch(&entry.dataset).await.expect("slot");
            hosts.push(Some(host));
        }
        // A second provider of slot 0 that corrupts what it serves.
        let liar_dir = tempfile::tempdir().expect("tempdir");
        let liar_store = common::open_store(liar_dir.path()).await;
        let (liar_net, liar_address) = common::network().await;
        liar_net
            .serve_blocks(
                Arc::new(Liar {
                    inner: StoreSource::new(liar_store.clone()),
                    served: AtomicU64::new(0),
                }),
                ServeLimits::default(),
            )
            .expect("serve");
        let liar_fetcher =
            cairn_node::fetch::Fetcher::new(liar_net.clone(), liar_store.clone(), common::quick());
        liar_net.dial(client.address.clone()).await.expect("dial");
        common::wait_connected(&liar_net, 1).await;
        liar_fetcher
            .fetch(&storage.slots[0].dataset)
            .await
            .expect("the liar's copy");
        let liar = Peer::from_parts(liar_store, liar_net, liar_address, liar_fetcher, liar_dir);
        let mut forget = vec![original, protected, storage_cid];
        forget.extend(storage.slots.iter().map(|s| s.dataset));
        for cid in forget {
            client.store.delete(&cid).await.expect("delete");
        }
        Self {
            storage,
            hosts,
            liar,
            _client: client,
        }
    }

    fn stop_host(&mut self, slot: usize) {
        if let Some(host) = self.hosts.get_mut(slot).and_then(Option::take) {
            host.stop();
        }
    }

    /// A fresh node connected to the liar and every running host.
    async fn repairer(&self) -> Peer {
        let peer = Peer::start().await;
        let mut addresses = vec![&self.liar.address];
        addresses.extend(self.hosts.iter().flatten().map(|h| &h.address));
        peer.connect(&addresses).await;
        peer
    }
}

async fn rebuild(
    peer: &Peer,
    storage: &StorageManifest,
    lost: &[u32],
    progress: &RepairProgress,
) -> Result<dataset::Repaired, RepairError> {
    tokio::time::timeout(
        REPAIR_WAIT,
        dataset::rebuild_slots(&peer.fetcher, &peer.store, storage, lost, progress),
    )
    .await
    .expect("the rebuild finishes")
}

async fn poseidon_root(store: &Store, cid: &Cid) -> [u8; 32] {
    let tree = dataset_slot_tree(store, cid).await.expect("slot tree");
    cairn_commitments::fr_to_be_bytes(&tree.root())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_lost_slots_are_rebuilt_in_one_pass_and_the_second_repairer_fetches_only_its_slot() {
    let mut cluster = Cluster::start().await;
    let rows = cluster.storage.layout().rows();
    // The hosts of a data slot and a parity slot stop for good.
    cluster.stop_host(1);
    cluster.stop_host(4);
    let first = cluster.repairer().await;
    let progress = RepairProgress::default();
    let repaired = rebuild(&first, &cluster.storage, &[4, 1], &progress)
        .await
        .expect("rebuilt");
    let expected: Vec<(u32, Cid)> = [1u32, 4]
        .iter()
        .map(|s| (*s, cluster.storage.slots[*s as usize].dataset))
        .collect();
    assert_eq!(repaired.rebuilt, expected);
    assert_eq!(repaired.sources.len(), K as usize);
    assert!(repaired.sources.iter().all(|s| ![1, 4].contains(s)));
    assert_eq!(
        repaired.blocks_fetched,
        u64::from(K) * rows,
        "exactly K slots were fetched, the lying provider's blocks again from an honest one"
    );
    let snapshot = progress.snapshot();
    assert_eq!(snapshot.phase, RepairPhase::Done);
    assert_eq!((snapshot.rows_done, snapshot.rows_total), (rows, rows));
    // The rebuilt slots are the slots the request committed to.
    for (slot, cid) in &repaired.rebuilt {
        assert_eq!(
            poseidon_root(&first.store, cid).await,
            cluster.storage.slots[*slot as usize].root,
            "slot {slot}"
        );
    }
    // Asking again rebuilds nothing.
    let again = rebuild(
        &first,
        &cluster.storage,
        &[1, 4],
        &RepairProgress::default(),
    )
    .await
    .expect("again");
    assert_eq!((again.rebuilt, again.blocks_fetched), (expected, 0));

    // The second repairer gets slot 4 from the first one: one slot of transfer.
    first
        .net
        .start_providing(cluster.storage.slots[4].dataset.to_bytes())
        .await
        .expect("provide");
    let second = Peer::start().await;
    second.connect(&[&first.address]).await;
    let (_, blocks) = second
        .fetcher
        .fetch_counted(&cluster.storage.slots[4].dataset)
        .await
        .expect("slot 4 from the first repairer");
    assert_eq!(blocks, rows);
    assert_eq!(
        stored_bytes(&second.store, &cluster.storage.slots[4].dataset).await,
        stored_bytes(&first.store, &cluster.storage.slots[4].dataset).await
    );
    let moved = (repaired.blocks_fetched + blocks) as f64 / rows as f64;
    eprintln!("two repairs moved {moved} slots (K + 1 = {})", K + 1);
    assert!(moved <= f64::from(K + 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_rebuild_that_is_not_the_named_slot_keeps_nothing_and_says_why() {
    let mut cluster = Cluster::start().await;
    cluster.stop_host(2);
    let repairer = cluster.repairer().await;
    // A storage manifest naming the wrong dataset for slot 2 (slot 3's).
    let mut tampered = cluster.storage.clone();
    let real = tampered.slots[2].dataset;
    tampered.slots[2].dataset = tampered.slots[3].dataset;
    let error = rebuild(&repairer, &tampered, &[2], &RepairProgress::default())
        .await
        .expect_err("the rebuilt slot is not the one named");
    match &error {
        RepairError::Mismatch {
            slot,
            expected,
            actual,
        } => {
            assert_eq!(*slot, 2);
            assert_eq!(*expected, tampered.slots[2].dataset);
            assert_eq!(*actual, real);
        }
        other => panic!("unexpected error: {other}"),
    }
    assert!(error.to_string().contains("nothing was kept"), "{error}");
    assert!(
        !repairer.store.contains(&real).await.expect("contains"),
        "the wrong rebuild was not kept"
    );
    // Bad requests change nothing.
    for lost in [&[][..], &[9][..], &[0, 1, 2][..]] {
        assert!(matches!(
            rebuild(
                &repairer,
                &cluster.storage,
                lost,
                &RepairProgress::default()
            )
            .await,
            Err(RepairError::Invalid { .. })
        ));
    }
}
