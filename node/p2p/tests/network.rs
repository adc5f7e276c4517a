//! Two and three real nodes on loopback: connect over TCP and QUIC, identify each other, announce
//! and find providers through the DHT. Persistent keys survive a restart.

use std::time::Duration;

use cairn_p2p::{Multiaddr, Network, NetworkConfig, NetworkError, NetworkEvent, identity};
use libp2p::{identity::Keypair, multiaddr::Protocol};
use tokio::{sync::mpsc::Receiver, time::timeout};

const WAIT: Duration = Duration::from_secs(20);

fn config(listen: &[&str], bootstrap: Vec<Multiaddr>) -> NetworkConfig {
    NetworkConfig {
        listen: listen.iter().map(|a| a.parse().expect("address")).collect(),
        bootstrap,
        ..NetworkConfig::default()
    }
}

async fn wait_for(
    events: &mut Receiver<NetworkEvent>,
    what: impl Fn(&NetworkEvent) -> bool,
) -> NetworkEvent {
    timeout(WAIT, async {
        loop {
            let event = events.recv().await.expect("the network task runs");
            if what(&event) {
                return event;
            }
        }
    })
    .await
    .expect("the event arrives in time")
}

async fn listening_on(events: &mut Receiver<NetworkEvent>, transport: &str) -> Multiaddr {
    let event = wait_for(
        events,
        |e| matches!(e, NetworkEvent::Listening(a) if a.to_string().contains(transport)),
    )
    .await;
    match event {
        NetworkEvent::Listening(address) => address,
        _ => unreachable!(),
    }
}

#[tokio::test]
async fn nodes_connect_over_tcp_and_quic_and_find_providers() {
    let (a, mut a_events) = Network::spawn(
        Keypair::generate_ed25519(),
        config(
            &["/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"],
            vec![],
        ),
    )
    .expect("node a");
    let a_tcp = listening_on(&mut a_events, "/tcp/").await;
    let a_quic = listening_on(&mut a_events, "/quic-v1").await;

    // B joins through A's TCP address (bootstrap), C dials A over QUIC.
    let (b, mut b_events) = Network::spawn(
        Keypair::generate_ed25519(),
        config(
            &["/ip4/127.0.0.1/tcp/0"],
            vec![a_tcp.clone().with(Protocol::P2p(a.peer_id()))],
        ),
    )
    .expect("node b");
    let (c, mut c_events) = Network::spawn(
        Keypair::generate_ed25519(),
        config(&["/ip4/127.0.0.1/udp/0/quic-v1"], vec![]),
    )
    .expect("node c");
    c.dial(a_quic.with(Protocol::P2p(a.peer_id())))
        .await
        .expect("dial a over quic");

    let a_id = a.peer_id();
    wait_for(
        &mut b_events,
        |e| matches!(e, NetworkEvent::PeerIdentified { peer, .. } if *peer == a_id),
    )
    .await;
    wait_for(
        &mut c_events,
        |e| matches!(e, NetworkEvent::PeerIdentified { peer, .. } if *peer == a_id),
    )
    .await;
    assert!(
        a.connected_peers()
            .await
            .expect("peers")
            .contains(&b.peer_id())
    );

    // B announces a manifest; C (which only knows A) finds B through the DHT.
    let key = b"bafyrei-some-manifest-cid".to_vec();
    b.start_providing(key.clone()).await.expect("provide");
    let found = timeout(WAIT, async {
        loop {
            let providers = c.find_providers(key.clone()).await.expect("find providers");
            if providers.contains(&b.peer_id()) {
                return providers;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await
    .expect("c finds b in time");
    assert!(found.contains(&b.peer_id()));
    assert!(
        c.find_providers(b"nobody-has-this".to_vec())
            .await
            .expect("query")
            .is_empty()
    );
}

#[tokio::test]
async fn bad_addresses_are_clear_errors() {
    let without_peer: Multiaddr = "/ip4/127.0.0.1/tcp/1".parse().expect("address");
    let err = Network::spawn(Keypair::generate_ed25519(), config(&[], vec![without_peer]))
        .expect_err("a bootstrap address needs /p2p/");
    assert!(matches!(err, NetworkError::Dial { .. }), "{err}");
    let err = Network::spawn(
        Keypair::generate_ed25519(),
        config(&["/dns4/example.invalid/tcp/0"], vec![]),
    )
    .expect_err("cannot listen on a DNS name");
    assert!(matches!(err, NetworkError::Transport(_)), "{err}");
}

#[test]
fn the_node_key_persists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("node.key");
    let first = identity::load_or_create(&path).expect("create");
    let again = identity::load_or_create(&path).expect("load");
    assert_eq!(first.public().to_peer_id(), again.public().to_peer_id());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    std::fs::write(&path, b"garbage").expect("write");
    assert!(matches!(
        identity::load_or_create(&path),
        Err(NetworkError::Key { .. })
    ));
}
