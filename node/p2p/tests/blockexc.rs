//! `/cairn/blockexc/1` between real in-process swarms on loopback: manifests and blocks arrive
//! verified, wants pipeline and cancel, corrupted blocks and forged manifests end the session,
//! and the provider's limits hold against a peer that ignores them.

#![allow(clippy::single_range_in_vec_init)]

use std::{sync::Arc, time::Duration};

use bytes::Bytes;
use cairn_p2p::{
    Multiaddr, Network, NetworkConfig, NetworkEvent, NetworkHandle, PeerId,
    blockexc::{
        BLOCKEXC_PROTOCOL, BlockExchangeError, BlockSource, Message, Pay, PaymentGate, ServeLimits,
        Want,
        message::{read_message, write_message},
    },
};
use cairn_primitives::{
    BLOCK_SIZE, BlockHash, Cid, DatasetTree, InclusionProof, Manifest, TreeRoot,
};
use futures::AsyncWriteExt;
use libp2p::{identity::Keypair, multiaddr::Protocol};
use tokio::time::timeout;

const WAIT: Duration = Duration::from_secs(20);

/// A dataset in memory, served as a [`BlockSource`]; `corrupt` lists indexes served with wrong
/// bytes (a lying provider).
struct MemorySource {
    manifest: Manifest,
    blocks: Vec<Bytes>,
    tree: DatasetTree,
    corrupt: Vec<u64>,
}

impl MemorySource {
    fn new(block_count: u64, seed: u8, corrupt: Vec<u64>) -> Self {
        let blocks: Vec<Bytes> = (0..block_count)
            .map(|i| {
                let mut b = vec![seed; BLOCK_SIZE];
                b[..8].copy_from_slice(&i.to_be_bytes());
                Bytes::from(b)
            })
            .collect();
        let hashes: Vec<BlockHash> = blocks.iter().map(|b| BlockHash::of(b)).collect();
        let tree = DatasetTree::build(&hashes).expect("tree");
        let manifest = Manifest {
            tree_root: tree.root(),
            block_size: BLOCK_SIZE as u32,
            byte_len: block_count * BLOCK_SIZE as u64,
            block_count,
            filename: Some("memory.bin".into()),
            mime_type: None,
            protection: None,
        };
        Self {
            manifest,
            blocks,
            tree,
            corrupt,
        }
    }
}

impl BlockSource for MemorySource {
    async fn manifest(&self, cid: &Cid) -> Option<Bytes> {
        (*cid == self.manifest.cid()).then(|| Bytes::from(self.manifest.encode()))
    }

    async fn has(&self, root: &TreeRoot, leaf_count: u64) -> bool {
        *root == self.manifest.tree_root && leaf_count == self.manifest.block_count
    }

    async fn blocks(
        &self,
        root: &TreeRoot,
        _leaf_count: u64,
        indexes: Vec<u64>,
    ) -> Option<Vec<(Bytes, InclusionProof)>> {
        if *root != self.manifest.tree_root {
            return None;
        }
        indexes
            .into_iter()
            .map(|i| {
                let mut data = self.blocks.get(i as usize)?.clone();
                if self.corrupt.contains(&i) {
                    let mut bad = data.to_vec();
                    bad[100] ^= 1;
                    data = Bytes::from(bad);
                }
                Some((data, self.tree.proof(i).ok()?))
            })
            .collect()
    }
}

async fn node() -> (NetworkHandle, Multiaddr) {
    let (handle, mut events) = Network::spawn(
        Keypair::generate_ed25519(),
        NetworkConfig {
            listen: vec!["/ip4/127.0.0.1/tcp/0".parse().expect("address")],
            ..NetworkConfig::default()
        },
    )
    .expect("network");
    let address = timeout(WAIT, async {
        loop {
            if let Some(NetworkEvent::Listening(a)) = events.recv().await {
                return a;
            }
        }
    })
    .await
    .expect("listening");
    // Keep draining events so the network never blocks on them.
    tokio::spawn(async move { while events.recv().await.is_some() {} });
    let full = address.with(Protocol::P2p(handle.peer_id()));
    (handle, full)
}

async fn provider(source: MemorySource, limits: ServeLimits) -> (NetworkHandle, Multiaddr) {
    let (handle, address) = node().await;
    handle
        .serve_blocks(Arc::new(source), limits)
        .expect("serve");
    (handle, address)
}

fn peer_of(address: &Multiaddr) -> PeerId {
    match address.iter().last() {
        Some(Protocol::P2p(peer)) => peer,
        _ => panic!("address without peer id"),
    }
}

#[tokio::test]
async fn manifest_and_blocks_arrive_verified_with_pipelined_wants() {
    let source = MemorySource::new(600, 3, vec![]);
    let manifest = source.manifest.clone();
    let expected = source.blocks.clone();
    let (_a, a_addr) = provider(source, ServeLimits::default()).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let session = b
        .block_client()
        .session(peer_of(&a_addr))
        .await
        .expect("session");

    let got = session.manifest(&manifest.cid()).await.expect("manifest");
    assert_eq!(got, manifest);
    let missing = Cid::for_block(b"nobody has this");
    assert!(matches!(
        session.manifest(&missing).await,
        Err(BlockExchangeError::DontHave)
    ));

    // Three wants in flight at once, read after all were sent.
    let indexes: Vec<Vec<u64>> = vec![
        (0..256).collect(),
        (256..512).collect(),
        (512..600).step_by(3).collect(),
    ];
    let mut wants = Vec::new();
    for list in &indexes {
        wants.push(
            session
                .want(manifest.tree_root, 600, list)
                .await
                .expect("want"),
        );
    }
    for (want, list) in wants.iter_mut().zip(&indexes) {
        for &index in list {
            let block = timeout(WAIT, want.next())
                .await
                .expect("in time")
                .expect("a block")
                .expect("verified");
            assert_eq!(block.index, index);
            assert_eq!(block.data, expected[index as usize]);
            assert_eq!(block.hash, BlockHash::of(&block.data));
        }
        assert!(want.next().await.is_none());
        assert_eq!(want.price_per_byte(), 0);
    }

    // A root the provider does not have: presence says so.
    let mut unknown = session
        .want(TreeRoot([9; 32]), 600, &[1, 2])
        .await
        .expect("want");
    assert!(matches!(
        unknown.next().await,
        Some(Err(BlockExchangeError::DontHave))
    ));
    // Bad wants never leave the requester.
    assert!(session.want(manifest.tree_root, 600, &[]).await.is_err());
    assert!(
        session
            .want(manifest.tree_root, 600, &(0..300).collect::<Vec<_>>())
            .await
            .is_err()
    );
    assert!(
        session
            .want(manifest.tree_root, 600, &[5, 3])
            .await
            .is_err()
    );
}

#[tokio::test]
async fn a_cancelled_want_leaves_the_session_usable() {
    let source = MemorySource::new(512, 4, vec![]);
    let manifest = source.manifest.clone();
    let (_a, a_addr) = provider(source, ServeLimits::default()).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let session = b
        .block_client()
        .session(peer_of(&a_addr))
        .await
        .expect("session");
    let all: Vec<u64> = (0..256).collect();
    let mut first = session
        .want(manifest.tree_root, 512, &all)
        .await
        .expect("want");
    for _ in 0..3 {
        first.next().await.expect("block").expect("verified");
    }
    drop(first);
    let later: Vec<u64> = (256..300).collect();
    let mut second = session
        .want(manifest.tree_root, 512, &later)
        .await
        .expect("want");
    for &index in &later {
        let block = timeout(WAIT, second.next())
            .await
            .expect("in time")
            .expect("block")
            .expect("verified");
        assert_eq!(block.index, index);
    }
    assert!(session.ended().is_none());
}

#[tokio::test]
async fn a_corrupted_block_is_rejected_and_another_provider_serves_it() {
    let liar = MemorySource::new(100, 5, vec![7]);
    let honest = MemorySource::new(100, 5, vec![]);
    let manifest = honest.manifest.clone();
    let (_a, a_addr) = provider(liar, ServeLimits::default()).await;
    let (_c, c_addr) = provider(honest, ServeLimits::default()).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial a");
    b.dial(c_addr.clone()).await.expect("dial c");
    let client = b.block_client();
    let wanted: Vec<u64> = (0..100).collect();

    let lying = client.session(peer_of(&a_addr)).await.expect("session a");
    let mut want = lying
        .want(manifest.tree_root, 100, &wanted)
        .await
        .expect("want");
    let mut received = Vec::new();
    let error = loop {
        match timeout(WAIT, want.next()).await.expect("in time") {
            Some(Ok(block)) => received.push(block.index),
            Some(Err(error)) => break error,
            None => panic!("the corrupted block was accepted"),
        }
    };
    assert_eq!(
        received,
        (0..7).collect::<Vec<_>>(),
        "nothing after the bad block"
    );
    assert!(error.is_misbehaviour(), "{error}");
    assert!(error.to_string().contains("block 7"), "{error}");
    assert!(lying.ended().is_some(), "the session with the liar is over");

    // The rest, from the honest provider, verifies.
    let rest: Vec<u64> = (7..100).collect();
    let honest = client.session(peer_of(&c_addr)).await.expect("session c");
    let mut want = honest
        .want(manifest.tree_root, 100, &rest)
        .await
        .expect("want");
    let mut count = 0;
    while let Some(block) = want.next().await {
        block.expect("verified");
        count += 1;
    }
    assert_eq!(count, 93);
}

#[tokio::test]
async fn a_manifest_that_does_not_match_its_cid_is_refused() {
    // The provider answers for the CID of one manifest with the bytes of another.
    struct Forger(Manifest);
    impl BlockSource for Forger {
        async fn manifest(&self, _cid: &Cid) -> Option<Bytes> {
            Some(Bytes::from(self.0.encode()))
        }
        async fn has(&self, _: &TreeRoot, _: u64) -> bool {
            false
        }
        async fn blocks(
            &self,
            _: &TreeRoot,
            _: u64,
            _: Vec<u64>,
        ) -> Option<Vec<(Bytes, InclusionProof)>> {
            None
        }
    }
    let real = MemorySource::new(3, 1, vec![]).manifest;
    let fake = MemorySource::new(3, 2, vec![]).manifest;
    let (a, a_addr) = node().await;
    a.serve_blocks(Arc::new(Forger(fake)), ServeLimits::default())
        .expect("serve");
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let session = b
        .block_client()
        .session(peer_of(&a_addr))
        .await
        .expect("session");
    let error = session
        .manifest(&real.cid())
        .await
        .expect_err("forged manifest");
    assert!(error.is_misbehaviour(), "{error}");
}

#[tokio::test]
async fn provider_limits_hold() {
    let source = MemorySource::new(50, 6, vec![]);
    let root = source.manifest.tree_root;
    let limits = ServeLimits {
        max_streams_per_peer: 2,
        max_pending_wants: 2,
        ..ServeLimits::default()
    };
    let (_a, a_addr) = provider(source, limits).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let peer = peer_of(&a_addr);
    let mut control = b.stream_control();

    // A third concurrent stream from the same peer is refused.
    let _one = control
        .open_stream(peer, BLOCKEXC_PROTOCOL)
        .await
        .expect("stream 1");
    let _two = control
        .open_stream(peer, BLOCKEXC_PROTOCOL)
        .await
        .expect("stream 2");
    let mut three = control
        .open_stream(peer, BLOCKEXC_PROTOCOL)
        .await
        .expect("stream 3 opens");
    let answer = timeout(WAIT, read_message(&mut three))
        .await
        .expect("in time")
        .expect("a frame");
    assert!(
        matches!(&answer, Some(Message::Reject { id: None, reason }) if reason.contains("too many open streams")),
        "{answer:?}"
    );
    drop((_one, _two, three));

    // Flooding one stream with wants past the pending limit gets it closed with a reject.
    // (Streams are released asynchronously; retry until a slot is free.)
    let mut stream = timeout(WAIT, async {
        loop {
            let mut s = control
                .open_stream(peer, BLOCKEXC_PROTOCOL)
                .await
                .expect("stream");
            let want = Message::Want(Want {
                id: 1000,
                root,
                leaf_count: 50,
                ranges: vec![0..1],
            });
            write_message(&mut s, &want).await.expect("write");
            s.flush().await.expect("flush");
            match read_message(&mut s).await {
                Ok(Some(Message::Presence { .. })) => return s,
                _ => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    })
    .await
    .expect("a stream is admitted again");
    for id in 0..64u64 {
        let want = Message::Want(Want {
            id,
            root,
            leaf_count: 50,
            ranges: vec![0..50],
        });
        if write_message(&mut stream, &want).await.is_err() {
            break;
        }
    }
    let _ = stream.flush().await;
    let rejected = timeout(WAIT, async {
        loop {
            match read_message(&mut stream).await {
                Ok(Some(Message::Reject { id: None, reason })) => return reason,
                Ok(Some(_)) => continue,
                other => panic!("stream ended without a reject: {other:?}"),
            }
        }
    })
    .await
    .expect("in time");
    assert!(rejected.contains("pending"), "{rejected}");

    // A malformed frame (unknown tag) is refused too.
    let mut fresh = timeout(WAIT, async {
        loop {
            let mut s = control
                .open_stream(peer, BLOCKEXC_PROTOCOL)
                .await
                .expect("stream");
            s.write_all(&[0, 0, 0, 1, 0x7f]).await.expect("write");
            s.flush().await.expect("flush");
            match read_message(&mut s).await {
                Ok(Some(Message::Reject { reason, .. })) if reason.contains("too many") => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Ok(Some(Message::Reject { reason, .. })) => return reason,
                other => panic!("unexpected answer {other:?}"),
            }
        }
    })
    .await
    .expect("in time");
    assert!(fresh.contains("unknown message tag"), "{fresh}");
    fresh.clear();
}

/// A peer that asks for 256 blocks and never reads is cut off after the write deadline (its
/// stream ends before the blocks are through), a peer opening 1,000 streams gets its few, and an
/// honest peer downloads everything meanwhile.
#[tokio::test]
async fn a_peer_that_never_reads_or_floods_streams_does_not_stop_an_honest_download() {
    let source = MemorySource::new(256, 8, vec![]);
    let manifest = source.manifest.clone();
    let expected = source.blocks.clone();
    let limits = ServeLimits {
        write_timeout: Duration::from_secs(1),
        ..ServeLimits::default()
    };
    let (_a, a_addr) = provider(source, limits).await;
    let peer = peer_of(&a_addr);

    // The reader that never reads: one want for all 256 blocks (16 MiB), then silence.
    let (stalled, _) = node().await;
    stalled.dial(a_addr.clone()).await.expect("dial");
    let mut control = stalled.stream_control();
    let mut stuck = control
        .open_stream(peer, BLOCKEXC_PROTOCOL)
        .await
        .expect("stream");
    let want = Message::Want(Want {
        id: 1,
        root: manifest.tree_root,
        leaf_count: 256,
        ranges: vec![0..256],
    });
    write_message(&mut stuck, &want).await.expect("write");
    stuck.flush().await.expect("flush");

    // The flooder: 1,000 streams at once; past the per-peer limit each is refused.
    let (flooder, _) = node().await;
    flooder.dial(a_addr.clone()).await.expect("dial");
    let mut flood_control = flooder.stream_control();
    let mut flood = Vec::new();
    for _ in 0..1_000 {
        match flood_control.open_stream(peer, BLOCKEXC_PROTOCOL).await {
            Ok(stream) => flood.push(stream),
            Err(_) => break,
        }
    }
    assert!(!flood.is_empty());

    // The honest peer gets every block, verified.
    let (honest, _) = node().await;
    honest.dial(a_addr.clone()).await.expect("dial");
    let session = honest.block_client().session(peer).await.expect("session");
    let indexes: Vec<u64> = (0..256).collect();
    let mut got = session
        .want(manifest.tree_root, 256, &indexes)
        .await
        .expect("want");
    for &index in &indexes {
        let block = timeout(WAIT, got.next())
            .await
            .expect("in time")
            .expect("a block")
            .expect("verified");
        assert_eq!(block.data, expected[index as usize]);
    }

    // After the deadline the stalled stream was closed: reading now ends before 256 blocks.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mut blocks = 0;
    let ended = timeout(WAIT, async {
        loop {
            match read_message(&mut stuck).await {
                Ok(Some(Message::Block { .. })) => blocks += 1,
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => return,
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "the stalled stream was not closed");
    assert!(blocks < 256, "a stalled reader got everything: {blocks}");
    // Of the flood, at most the per-peer limit was served; the rest were refused.
    let mut refused = 0;
    for stream in flood.iter_mut().take(32) {
        if let Ok(Ok(Some(Message::Reject { id: None, reason }))) =
            timeout(Duration::from_secs(2), read_message(stream)).await
            && reason.contains("too many open streams")
        {
            refused += 1;
        }
    }
    assert!(
        refused >= 32 - ServeLimits::default().max_streams_per_peer,
        "{refused}"
    );
}

/// With the serving memory budget at its smallest (one batch), three peers downloading at once
/// all get every block: the budget makes streams take turns, it does not stall them.
#[tokio::test]
async fn a_tight_serving_budget_makes_streams_take_turns() {
    let source = MemorySource::new(200, 9, vec![]);
    let manifest = source.manifest.clone();
    let expected = source.blocks.clone();
    let limits = ServeLimits {
        max_buffered_bytes: 1,
        ..ServeLimits::default()
    };
    let (_a, a_addr) = provider(source, limits).await;
    let peer = peer_of(&a_addr);
    let mut downloads = Vec::new();
    for _ in 0..3 {
        let (b, _) = node().await;
        b.dial(a_addr.clone()).await.expect("dial");
        let root = manifest.tree_root;
        let expected = expected.clone();
        downloads.push(tokio::spawn(async move {
            let session = b.block_client().session(peer).await.expect("session");
            let indexes: Vec<u64> = (0..200).collect();
            let mut received = 0;
            for chunk in indexes.chunks(100) {
                let mut want = session.want(root, 200, chunk).await.expect("want");
                for &index in chunk {
                    let block = timeout(WAIT, want.next())
                        .await
                        .expect("in time")
                        .expect("a block")
                        .expect("verified");
                    assert_eq!(block.data, expected[index as usize]);
                    received += 1;
                }
            }
            received
        }));
    }
    for download in downloads {
        assert_eq!(download.await.expect("task"), 200);
    }
}

/// A provider's bandwidth price reaches the requester with the presence, before any block; a
/// price without a payment gate is not charged (nothing could pay it) and is quoted as 0.
#[tokio::test]
async fn the_provider_announces_its_price_before_the_blocks() {
    let source = MemorySource::new(4, 3, vec![]);
    let manifest = source.manifest.clone();
    let unpayable = ServeLimits {
        price_per_byte: 5,
        ..ServeLimits::default()
    };
    assert_eq!(unpayable.charged_price(), 0);
    let limits = ServeLimits {
        payments: Some(Arc::new(TestGate::default())),
        ..unpayable
    };
    let (_a, a_addr) = provider(source, limits).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let session = b
        .block_client()
        .session(peer_of(&a_addr))
        .await
        .expect("session");
    let mut want = session
        .want(manifest.tree_root, 4, &[0, 1, 2, 3])
        .await
        .expect("want");
    let first = timeout(WAIT, want.next())
        .await
        .expect("in time")
        .expect("a block")
        .expect("verified");
    assert_eq!(first.index, 0);
    assert_eq!(want.price_per_byte(), 5);
}

/// A payment gate for these tests: a voucher's amount is the low 16 bytes of its cumulative
/// amount; a signature starting with 0xff is "bad". Keeps each peer's best voucher.
#[derive(Debug, Default)]
struct TestGate {
    best: std::sync::Mutex<std::collections::HashMap<PeerId, u128>>,
}

impl PaymentGate for TestGate {
    fn payee(&self) -> [u8; 20] {
        [0xaa; 20]
    }

    fn accept(
        &self,
        peer: PeerId,
        pay: Pay,
    ) -> futures::future::BoxFuture<'_, Result<u128, String>> {
        Box::pin(async move {
            if pay.signature[0] == 0xff {
                return Err("bad signature".into());
            }
            let mut low = [0u8; 16];
            low.copy_from_slice(&pay.cumulative_amount[16..]);
            let amount = u128::from_be_bytes(low);
            let mut best = self.best.lock().expect("lock");
            let before = best.entry(peer).or_default();
            let added = amount.saturating_sub(*before);
            *before = (*before).max(amount);
            Ok(added)
        })
    }
}

fn voucher(amount: u128) -> Pay {
    let mut cumulative_amount = [0u8; 32];
    cumulative_amount[16..].copy_from_slice(&amount.to_be_bytes());
    Pay {
        channel_id: [1; 32],
        cumulative_amount,
        signature: [0; 65],
    }
}

fn priced(gate: Option<Arc<TestGate>>) -> ServeLimits {
    ServeLimits {
        price_per_byte: 2,
        credit_bytes: 2 * BLOCK_SIZE as u64,
        payment_timeout: Duration::from_secs(2),
        payments: gate.map(|g| g as Arc<dyn PaymentGate>),
        ..ServeLimits::default()
    }
}

/// Unpaid, a priced provider serves the credit window and then refuses with "payment required".
#[tokio::test]
async fn a_requester_that_does_not_pay_gets_its_credit_and_nothing_more() {
    let source = MemorySource::new(8, 4, vec![]);
    let root = source.manifest.tree_root;
    let gate = Arc::new(TestGate::default());
    let (_a, a_addr) = provider(source, priced(Some(gate))).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let session = b
        .block_client()
        .session(peer_of(&a_addr))
        .await
        .expect("session");
    let mut want = session
        .want(root, 8, &(0..8).collect::<Vec<_>>())
        .await
        .expect("want");
    let mut got = 0;
    let err = loop {
        match timeout(WAIT, want.next()).await.expect("in time") {
            Some(Ok(_)) => got += 1,
            Some(Err(err)) => break err,
            None => panic!("every block came unpaid"),
        }
    };
    assert_eq!(got, 2, "the credit is two blocks");
    assert!(err.to_string().contains("payment required"), "{err}");
    let terms = want.terms();
    assert_eq!(
        (terms.price_per_byte, terms.payee, terms.credit_bytes),
        (2, [0xaa; 20], 2 * BLOCK_SIZE as u64)
    );
    // A new stream of the same peer does not get a fresh credit.
    let session = b
        .block_client()
        .session(peer_of(&a_addr))
        .await
        .expect("session");
    let mut again = session.want(root, 8, &[5]).await.expect("want");
    let err = timeout(WAIT, again.next())
        .await
        .expect("in time")
        .expect("an answer")
        .expect_err("still unpaid");
    assert!(err.to_string().contains("payment required"), "{err}");
}

/// A requester paying as blocks arrive (never more than it received) gets everything; a
/// refused voucher ends the session and the peer gets nothing more.
#[tokio::test]
async fn a_requester_paying_as_it_goes_gets_everything_and_a_bad_voucher_ends_it() {
    let source = MemorySource::new(16, 5, vec![]);
    let root = source.manifest.tree_root;
    let expected = source.blocks.clone();
    let gate = Arc::new(TestGate::default());
    let (_a, a_addr) = provider(source, priced(Some(gate.clone()))).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let peer = peer_of(&a_addr);
    let session = b.block_client().session(peer).await.expect("session");
    let mut want = session
        .want(root, 16, &(0..16).collect::<Vec<_>>())
        .await
        .expect("want");
    let mut received = 0u128;
    for expected in &expected {
        let block = timeout(WAIT, want.next())
            .await
            .expect("in time")
            .expect("a block")
            .expect("verified");
        assert_eq!(&block.data, expected);
        received += block.data.len() as u128;
        session.pay(voucher(received * 2)).await.expect("pay");
    }
    assert!(want.next().await.is_none());
    // The last vouchers reach the provider after the last blocks left it.
    let paid = || gate.best.lock().expect("lock").get(&b.peer_id()).copied();
    timeout(WAIT, async {
        while paid() != Some(16 * BLOCK_SIZE as u128 * 2) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("every voucher credited");

    // A bad voucher: the stream closes, and the peer is refused from then on.
    let mut bad = voucher(received * 2 + 10);
    bad.signature[0] = 0xff;
    session.pay(bad).await.expect("sent");
    let session = b.block_client().session(peer).await.expect("session");
    let mut want = session.want(root, 16, &[0]).await.expect("want");
    let err = timeout(WAIT, want.next())
        .await
        .expect("in time")
        .expect("an answer")
        .expect_err("refused");
    assert!(
        err.to_string().contains("refused") || err.to_string().contains("closed"),
        "{err}"
    );
}

/// A free provider takes no vouchers: one is a protocol error.
#[tokio::test]
async fn a_free_provider_refuses_vouchers() {
    let source = MemorySource::new(2, 6, vec![]);
    let (_a, a_addr) = provider(source, ServeLimits::default()).await;
    let (b, _) = node().await;
    b.dial(a_addr.clone()).await.expect("dial");
    let mut stream = b
        .stream_control()
        .open_stream(peer_of(&a_addr), BLOCKEXC_PROTOCOL)
        .await
        .expect("stream");
    write_message(&mut stream, &Message::Pay(voucher(1)))
        .await
        .expect("write");
    stream.flush().await.expect("flush");
    match timeout(WAIT, read_message(&mut stream))
        .await
        .expect("in time")
    {
        Ok(Some(Message::Reject { reason, .. })) => {
            assert!(reason.contains("takes no payments"), "{reason}")
        }
        other => panic!("unexpected answer {other:?}"),
    }
}
