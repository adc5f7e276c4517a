//! Helpers shared by the node's network tests (fetch.rs, retrieve.rs): a libp2p network on
//! loopback, a store in a folder, quick fetch settings.

use std::time::Duration;

use cairn_node::fetch::FetchConfig;
use cairn_p2p::{
    Multiaddr, Network, NetworkConfig, NetworkEvent, NetworkHandle, multiaddr::Protocol,
};
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
