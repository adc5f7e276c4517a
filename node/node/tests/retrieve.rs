//! Storage manifests and retrieval against real stores and real libp2p swarms on loopback: a
//! client protects and publishes a dataset, three hosts each fetch the storage manifest and one
//! slot dataset, the client forgets everything, and a fresh node gets the data back from any K
//! hosts (decoding a lost data slot), over the library and over the REST API. Fewer than K hosts,
//! garbage and tampered storage manifests are refused and leave nothing behind.

use std::time::Duration;

use cairn_node::{
    Node, NodeConfig,
    dataset::{
        self as storage_manifest, StorageManifestError,
        commitments::{CommitmentParams, dataset_commitments, dataset_slot_tree},
    },
    protect,
};
use cairn_p2p::Multiaddr;
use cairn_primitives::{BLOCK_SIZE, Cid, SlotEntry, StorageManifest};
use cairn_store::{Store, WriteMeta};

mod common;
use common::{Peer, import, open_store, stored_bytes};

const WAIT: Duration = Duration::from_secs(20);
/// A retrieval (or its failure) in the tests takes seconds; this only stops a hang.
const RETRIEVE_WAIT: Duration = Duration::from_secs(180);
const PARAMS: CommitmentParams = CommitmentParams {
    max_slot_depth: 16,
    slots_depth: 4,
};

/// ~3 MiB (48 blocks and a bit: 25 rows of K = 2, so the last row is padded).
fn test_data() -> Vec<u8> {
    cairn_primitives::testing::pseudo_random_bytes(3 * (1 << 20) + 12_345, 11)
}

fn meta() -> WriteMeta {
    WriteMeta {
        filename: Some("data.bin".into()),
        mime_type: Some("application/x-test".into()),
        expires_at: None,
    }
}

/// Uploads, protects (K = 2, M = 1), computes commitments and publishes on `store`.
async fn publish_dataset(store: &Store, data: Vec<u8>) -> (Cid, Cid, Cid, StorageManifest) {
    let original = import(store, data, meta()).await;
    let (protected, _) = protect(store, &original, 2, 1).await.expect("protect");
    let commitments = dataset_commitments(store, &protected, PARAMS)
        .await
        .expect("commitments");
    let (storage_cid, storage) =
        storage_manifest::publish(store, &protected, &commitments.slot_root_bytes())
            .await
            .expect("publish");
    (original, protected, storage_cid, storage)
}

/// The client's dataset, held by three hosts (one slot each); the client has forgotten it.
struct Cluster {
    data: Vec<u8>,
    original: Cid,
    storage_cid: Cid,
    storage: StorageManifest,
    client: Peer,
    hosts: Vec<Option<Peer>>,
}

impl Cluster {
    async fn start() -> Self {
        let data = test_data();
        let client = Peer::start().await;
        let (original, protected, storage_cid, storage) =
            publish_dataset(&client.store, data.clone()).await;
        let mut hosts = Vec::new();
        for (slot, entry) in storage.slots.iter().enumerate() {
            let host = Peer::start().await;
            host.connect(&[&client.address]).await;
            host.fetcher
                .fetch(&storage_cid)
                .await
                .expect("storage manifest");
            let held = storage_manifest::load(&host.store, &storage_cid)
                .await
                .expect("load");
            assert_eq!(held, storage);
            host.fetcher
                .fetch(&entry.dataset)
                .await
                .expect("slot dataset");
            // The slot dataset proves like slot `slot` of the protected dataset.
            let tree = dataset_slot_tree(&host.store, &entry.dataset)
                .await
                .expect("slot tree");
            assert_eq!(
                cairn_commitments::fr_to_be_bytes(&tree.root()),
                entry.root,
                "slot {slot}"
            );
            hosts.push(Some(host));
        }
        // The client forgets everything.
        let mut forget = vec![original, protected, storage_cid];
        forget.extend(storage.slots.iter().map(|s| s.dataset));
        for cid in forget {
            client.store.delete(&cid).await.expect("delete");
        }
        assert!(client.store.list().await.expect("list").is_empty());
        Self {
            data,
            original,
            storage_cid,
            storage,
            client,
            hosts,
        }
    }

    fn stop_host(&mut self, slot: usize) {
        if let Some(host) = self.hosts.get_mut(slot).and_then(Option::take) {
            host.stop();
        }
    }

    fn addresses(&self) -> Vec<&Multiaddr> {
        let mut out = vec![&self.client.address];
        out.extend(self.hosts.iter().flatten().map(|h| &h.address));
        out
    }

    /// A fresh node connected to the client and every running host.
    async fn retriever(&self) -> Peer {
        let peer = Peer::start().await;
        peer.connect(&self.addresses()).await;
        peer
    }
}

async fn retrieve(
    peer: &Peer,
    cid: &Cid,
) -> Result<(Cid, cairn_primitives::Manifest), StorageManifestError> {
    tokio::time::timeout(
        RETRIEVE_WAIT,
        storage_manifest::retrieve(&peer.fetcher, &peer.store, cid),
    )
    .await
    .expect("retrieve finishes")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn any_k_hosts_give_the_data_back() {
    let mut cluster = Cluster::start().await;
    // Data slot 0 is lost: its blocks are decoded from slot 1 and the parity slot.
    cluster.stop_host(0);
    let retriever = cluster.retriever().await;
    let (cid, manifest) = retrieve(&retriever, &cluster.storage_cid)
        .await
        .expect("retrieved");
    assert_eq!(cid, cluster.original);
    assert_eq!(manifest.cid(), cluster.original);
    assert_eq!(manifest.filename.as_deref(), Some("data.bin"));
    assert_eq!(manifest.mime_type.as_deref(), Some("application/x-test"));
    assert_eq!(stored_bytes(&retriever.store, &cid).await, cluster.data);
    // Slot 0 really was decoded: only slots 1 and 2 came from the hosts.
    let held: Vec<bool> = futures::future::join_all(
        cluster
            .storage
            .slots
            .iter()
            .map(|s| retriever.store.contains(&s.dataset)),
    )
    .await
    .into_iter()
    .map(|r| r.expect("contains"))
    .collect();
    assert_eq!(held, [false, true, true]);
    // Asking again answers from the store.
    let again = retrieve(&retriever, &cluster.storage_cid)
        .await
        .expect("again");
    assert_eq!(again.0, cid);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fewer_than_k_hosts_is_a_clear_error() {
    let mut cluster = Cluster::start().await;
    cluster.stop_host(0);
    cluster.stop_host(2);
    let retriever = cluster.retriever().await;
    let error = retrieve(&retriever, &cluster.storage_cid)
        .await
        .expect_err("only one slot is left");
    match &error {
        StorageManifestError::NotEnoughSlots {
            original,
            found,
            needed,
            total,
            ..
        } => {
            assert_eq!(*original, cluster.original);
            assert_eq!((*found, *needed, *total), (1, 2, 3), "{error}");
        }
        other => panic!("unexpected error: {other}"),
    }
    let message = error.to_string();
    assert!(message.contains("1 of the 2 needed"), "{message}");
    assert!(message.contains("slot 0"), "{message}");
    assert!(
        !retriever
            .store
            .contains(&cluster.original)
            .await
            .expect("contains")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn garbage_and_tampered_storage_manifests_are_refused() {
    let cluster = Cluster::start().await;
    let client = &cluster.client.store;
    let retriever = cluster.retriever().await;

    // Not a storage manifest at all: small garbage, and a dataset longer than one block.
    for len in [1000, 2 * BLOCK_SIZE + 5] {
        let garbage = import(
            client,
            cairn_primitives::testing::pseudo_random_bytes(len, len as u64),
            WriteMeta::default(),
        )
        .await;
        let error = retrieve(&retriever, &garbage).await.expect_err("garbage");
        assert!(
            matches!(error, StorageManifestError::NotAStorageManifest { cid, .. } if cid == garbage),
            "{error}"
        );
        // What was fetched for nothing is not kept.
        assert!(!retriever.store.contains(&garbage).await.expect("contains"));
    }

    // A storage manifest with a slot missing (hand-made bytes: `encode` writes what it is given).
    let mut short = cluster.storage.clone();
    short.slots.pop();
    let bytes = short.encode();
    let short_cid = import(client, bytes, WriteMeta::default()).await;
    let error = retrieve(&retriever, &short_cid)
        .await
        .expect_err("wrong slot count");
    assert!(
        error
            .to_string()
            .contains("2 slot entries, the layout has 3 slots"),
        "{error}"
    );

    // A well-formed storage manifest whose slots are swapped: the data does not rebuild the
    // dataset it names, and nothing is stored.
    let mut swapped = cluster.storage.clone();
    swapped.slots.swap(0, 1);
    let swapped_cid = import(client, swapped.encode(), WriteMeta::default()).await;
    let error = retrieve(&retriever, &swapped_cid)
        .await
        .expect_err("mismatch");
    assert!(
        matches!(error, StorageManifestError::Mismatch { expected, .. } if expected == cluster.original),
        "{error}"
    );
    assert!(
        !retriever
            .store
            .contains(&cluster.original)
            .await
            .expect("contains")
    );

    // The genuine one still works.
    let (cid, _) = retrieve(&retriever, &cluster.storage_cid)
        .await
        .expect("retrieved");
    assert_eq!(stored_bytes(&retriever.store, &cid).await, cluster.data);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_rest_api_retrieves_and_serves_the_data() {
    let mut cluster = Cluster::start().await;
    // The parity host is gone: the data slots are linked as they are.
    cluster.stop_host(2);
    let dir = tempfile::tempdir().expect("tempdir");
    let config = NodeConfig {
        data_dir: dir.path().to_path_buf(),
        api_bind: [127, 0, 0, 1].into(),
        api_port: 0,
        quota_bytes: 1 << 30,
        listen: vec!["/ip4/127.0.0.1/tcp/0".parse().expect("address")],
        bootstrap: cluster.addresses().into_iter().cloned().collect(),
        ..NodeConfig::default()
    };
    let node = Node::start(config).await.expect("node starts");
    let addr = node.api_addr().expect("addr");
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(node.run(async move {
        let _ = stop_rx.await;
    }));
    let base = format!("http://{addr}/api/v1");
    let http = reqwest::Client::new();
    tokio::time::timeout(WAIT, async {
        loop {
            let peers: serde_json::Value = http
                .get(format!("{base}/node/peers"))
                .send()
                .await
                .expect("peers")
                .json()
                .await
                .expect("json");
            if peers["peers"].as_array().map_or(0, Vec::len) >= 3 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await
    .expect("connected to the client and the hosts");

    let doc: serde_json::Value = http
        .get(format!("{base}/openapi.json"))
        .send()
        .await
        .expect("openapi")
        .json()
        .await
        .expect("json");
    assert!(
        doc["paths"]["/storage/retrieve/{cid}"]["post"].is_object(),
        "the retrieve endpoint is documented"
    );

    let response = http
        .post(format!("{base}/storage/retrieve/not-a-cid"))
        .send()
        .await
        .expect("bad cid");
    assert_eq!(response.status(), reqwest::StatusCode::BAD_REQUEST);

    let response = tokio::time::timeout(
        RETRIEVE_WAIT,
        http.post(format!("{base}/storage/retrieve/{}", cluster.storage_cid))
            .send(),
    )
    .await
    .expect("in time")
    .expect("retrieve");
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["cid"], cluster.original.to_string());
    assert_eq!(body["manifest"]["byteLen"], cluster.data.len() as u64);
    assert_eq!(body["manifest"]["filename"], "data.bin");

    let downloaded = http
        .get(format!("{base}/data/{}", cluster.original))
        .send()
        .await
        .expect("download")
        .bytes()
        .await
        .expect("body");
    assert_eq!(downloaded.as_ref(), cluster.data.as_slice());
    let _ = stop_tx.send(());
    let _ = running.await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publish_is_idempotent_and_load_reads_it_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_store(dir.path()).await;
    let data = test_data();
    let (original, protected, storage_cid, storage) = publish_dataset(&store, data).await;
    let datasets = store.list().await.expect("list").len();
    // Original, protected, three slot datasets, the storage manifest.
    assert_eq!(datasets, 6);
    let used = store.space().used;

    // Again: the same CID, nothing new stored.
    let roots = storage.slot_roots();
    let (again, same) = storage_manifest::publish(&store, &protected, &roots)
        .await
        .expect("again");
    assert_eq!(again, storage_cid);
    assert_eq!(same, storage);
    assert_eq!(store.list().await.expect("list").len(), datasets);
    assert_eq!(store.space().used, used);

    // What it says.
    assert_eq!(storage.protected_cid(), protected);
    assert_eq!(storage.original_manifest().cid(), original);
    let protected_hashes = store.block_hashes(&protected).await.expect("hashes");
    let layout = storage.layout();
    for (slot, SlotEntry { dataset, .. }) in (0u32..).zip(&storage.slots) {
        let hashes = store.block_hashes(dataset).await.expect("slot hashes");
        let range = layout.slot_range(slot).expect("slot");
        assert_eq!(
            hashes.as_slice(),
            &protected_hashes[range.start as usize..range.end as usize]
        );
        let manifest = store.manifest(dataset).await.expect("slot manifest");
        assert_eq!(manifest, storage.slot_manifest(manifest.tree_root));
    }
    let stored = store.manifest(&storage_cid).await.expect("manifest");
    assert_eq!(stored.block_count, 1);
    assert_eq!(stored.byte_len, storage.encode().len() as u64);
    assert_eq!(
        stored.mime_type.as_deref(),
        Some(storage_manifest::STORAGE_MANIFEST_MIME)
    );

    // load reads it back, and refuses anything else.
    assert_eq!(
        storage_manifest::load(&store, &storage_cid)
            .await
            .expect("load"),
        storage
    );
    for other in [original, protected, storage.slots[0].dataset] {
        let error = storage_manifest::load(&store, &other)
            .await
            .expect_err("not a storage manifest");
        assert!(
            matches!(error, StorageManifestError::NotAStorageManifest { cid, .. } if cid == other),
            "{error}"
        );
    }

    // publish checks its inputs.
    assert!(matches!(
        storage_manifest::publish(&store, &protected, &roots[..2]).await,
        Err(StorageManifestError::SlotRootCount {
            found: 2,
            expected: 3
        })
    ));
    assert!(matches!(
        storage_manifest::publish(&store, &original, &roots).await,
        Err(StorageManifestError::NotProtected(cid)) if cid == original
    ));
    assert!(matches!(
        storage_manifest::publish(&store, &protected, &[[0xff; 32]; 3]).await,
        Err(StorageManifestError::Format(_))
    ));
    assert_eq!(store.list().await.expect("list").len(), datasets);
}
