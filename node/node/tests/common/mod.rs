//! Helpers shared by the node's network tests (fetch.rs, retrieve.rs): a libp2p network on
//! loopback, a store in a folder, quick fetch settings, a store served over its own swarm.

// Each test binary uses some of these.
#![allow(dead_code)]

use std::{sync::Arc, time::Duration};

use bytes::Bytes;
use cairn_node::{
    StoreSource,
    fetch::{FetchConfig, Fetcher},
};
use cairn_p2p::blockexc::ServeLimits;
use cairn_p2p::{
    Multiaddr, Network, NetworkConfig, NetworkEvent, NetworkHandle, multiaddr::Protocol,
};
use cairn_primitives::Cid;
use cairn_store::WriteMeta;
use cairn_store::{Store, StoreConfig};

/// How long a network takes to listen, at most.
const WAIT: Duration = Duration::from_secs(20);

/// A network listening on 127.0.0.1 (TCP) and its address with `/p2p/<peer id>`.
pub(crate) async fn network() -> (NetworkHandle, Multiaddr) {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = cairn_p2p::identity::load_or_create(&dir.path().join("node.key")).expect("key");
    let (handle, mut events) = Network::spawn(
        key,
        NetworkConfig {
            listen: vec!["/ip4/127.0.0.1/tcp/0".parse().expect("address")],
            ..NetworkConfig::default()
        },
    )
    .expect("network");
    let address = tokio::time::timeout(WAIT, async {
        loop {
            if let Some(NetworkEvent::Listening(a)) = events.recv().await {
                return a;
            }
        }
    })
    .await
    .expect("listening");
    tokio::spawn(async move { while events.recv().await.is_some() {} });
    let address = address.with(Protocol::P2p(handle.peer_id()));
    (handle, address)
}

/// A store in `dir` with 1 GiB of quota.
pub(crate) async fn open_store(dir: &std::path::Path) -> Store {
    Store::open(StoreConfig {
        data_dir: dir.to_path_buf(),
        quota_bytes: 1 << 30,
    })
    .await
    .expect("store")
}

/// Fetch settings with timeouts short for a test, long enough for a loaded 2-core CI machine
/// running several clusters at once.
pub(crate) fn quick() -> FetchConfig {
    FetchConfig {
        block_timeout: Duration::from_secs(10),
        provider_search: Duration::from_secs(10),
        flush_bytes: 1 << 20,
        ..FetchConfig::default()
    }
}

/// A store served over its own swarm.
pub(crate) struct Peer {
    pub(crate) store: Store,
    pub(crate) net: NetworkHandle,
    pub(crate) address: Multiaddr,
    pub(crate) fetcher: Fetcher,
    serve: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

impl Peer {
    pub(crate) async fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open_store(dir.path()).await;
        let (net, address) = network().await;
        let serve = net
            .serve_blocks(
                Arc::new(StoreSource::new(store.clone())),
                ServeLimits::default(),
            )
            .expect("serve");
        let fetcher = Fetcher::new(net.clone(), store.clone(), quick());
        Self {
            store,
            net,
            address,
            fetcher,
            serve,
            _dir: dir,
        }
    }

    /// A peer from its parts (a store served some other way, say).
    pub(crate) fn from_parts(
        store: Store,
        net: NetworkHandle,
        address: Multiaddr,
        fetcher: Fetcher,
        dir: tempfile::TempDir,
    ) -> Self {
        Self {
            store,
            net,
            address,
            fetcher,
            serve: tokio::spawn(async {}),
            _dir: dir,
        }
    }

    pub(crate) async fn connect(&self, others: &[&Multiaddr]) {
        for address in others {
            self.net.dial((*address).clone()).await.expect("dial");
        }
        wait_connected(&self.net, others.len()).await;
    }

    /// Stops the node: its swarm ends with the last handle, closing every connection.
    pub(crate) fn stop(self) {
        self.serve.abort();
        drop(self.fetcher);
        drop(self.net);
    }
}

pub(crate) async fn wait_connected(net: &NetworkHandle, n: usize) {
    tokio::time::timeout(WAIT, async {
        while net.connected_peers().await.expect("peers").len() < n {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("connected");
}

pub(crate) async fn stored_bytes(store: &Store, cid: &Cid) -> Vec<u8> {
    use futures::StreamExt;
    let reader = store.reader(cid).await.expect("reader");
    let mut out = Vec::new();
    let mut stream = std::pin::pin!(reader.stream());
    while let Some(chunk) = stream.next().await {
        out.extend_from_slice(&chunk.expect("verified"));
    }
    out
}

pub(crate) async fn import(store: &Store, bytes: Vec<u8>, meta: WriteMeta) -> Cid {
    store
        .import(
            futures::stream::iter([Ok::<_, std::io::Error>(Bytes::from(bytes))]),
            meta,
        )
        .await
        .expect("import")
        .0
}
