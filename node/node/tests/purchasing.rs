//! Purchasing (the client side of the marketplace) and the proof commitments it computes.
//!
//! - Commitments of a protected dataset against slot trees built independently from the raw slot
//!   bytes, and a real Groth16 proof of one slot with the `test` circuit set against them.
//! - On a real anvil with the contracts (TestStorageProofVerifier as the verifier): a request
//!   lands on chain with the right terms and costs exactly its price; bad input sends nothing;
//!   the follower cancels an unfilled request after its expiry and withdraws the refund; a
//!   restart reports the same purchases; a crash before or after sending is resumed without
//!   paying twice; a filled request starts, finishes and is withdrawn.
//!
//! The devnet is `cairn_testkit`'s: anvil comes from npm (`make setup`). When it is missing the
//! anvil tests are skipped with a notice, except under CI (`CI` set), where that is a failure.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use alloy::primitives::{B256, U256};
use bytes::Bytes;
use cairn_chain::{ANVIL_CHAIN_ID, ChainConfig, RequestState, SignerConfig, price_of, slot_id};
use cairn_commitments::{Fr, SlotTree, VerifyTree, fr_to_be_bytes};
use cairn_node::{
    dataset::commitments::{self, CommitmentParams, CommitmentsError},
    market::db as market_db,
    market::purchasing::{
        ParamError, Purchase, PurchaseError, PurchaseParams, PurchaseState, Purchasing,
        PurchasingConfig, PurchasingTask,
    },
    market::role::{self, Shutdown},
};
use cairn_primitives::{BLOCK_SIZE, Cid, testing::pseudo_random_bytes};
use cairn_store::{Store, StoreConfig, WriteMeta};
use cairn_testkit::{DEV_KEYS, Devnet};

const CIRCUIT: CommitmentParams = CommitmentParams {
    max_slot_depth: 16,
    slots_depth: 4,
};

// ---------------------------------------------------------------------------------------------
// Store
// ---------------------------------------------------------------------------------------------

async fn open_store(dir: &Path) -> Store {
    Store::open(StoreConfig {
        data_dir: dir.to_path_buf(),
        quota_bytes: 1 << 30,
    })
    .await
    .expect("store")
}

async fn import(store: &Store, len: usize, seed: u64) -> Cid {
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from(
        pseudo_random_bytes(len, seed),
    ))]);
    store
        .import(body, WriteMeta::default())
        .await
        .expect("import")
        .0
}

/// Slot roots and verification root computed the plain way: every block of the protected
/// dataset read at once, each slot's blocks cut out of the slot-major order and hashed with
/// `SlotTree::build`.
async fn independent_roots(store: &Store, protected: &Cid) -> (Vec<SlotTree>, VerifyTree) {
    let reader = store.reader(protected).await.expect("reader");
    let layout = reader
        .manifest()
        .protection
        .as_ref()
        .expect("protected")
        .layout;
    let all: Vec<u64> = (0..reader.manifest().block_count).collect();
    let blocks = reader.blocks(&all).await.expect("blocks");
    let rows = layout.rows() as usize;
    let trees: Vec<SlotTree> = (0..layout.slots() as usize)
        .map(|slot| {
            let slot_blocks: Vec<&[u8]> = blocks[slot * rows..(slot + 1) * rows]
                .iter()
                .map(|(_, b)| &b[..])
                .collect();
            SlotTree::build(slot_blocks).expect("slot tree")
        })
        .collect();
    let roots: Vec<Fr> = trees.iter().map(SlotTree::root).collect();
    let verify = VerifyTree::build(&roots, CIRCUIT.slots_depth).expect("verify tree");
    (trees, verify)
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commitments_match_independent_slot_trees_and_prove() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_store(dir.path()).await;
    // 6 blocks (the last one partial), K = 2, M = 2: 4 slots of 3 blocks (96 cells, depth 7).
    let cid = import(&store, 5 * BLOCK_SIZE + 1000, 7).await;
    assert!(matches!(
        commitments::dataset_commitments(&store, &cid, CIRCUIT).await,
        Err(CommitmentsError::NotProtected(_))
    ));
    let (protected, _) = cairn_node::protect(&store, &cid, 2, 2)
        .await
        .expect("protect");

    let computed = commitments::dataset_commitments(&store, &protected, CIRCUIT)
        .await
        .expect("commitments");
    let (trees, verify) = independent_roots(&store, &protected).await;
    let roots: Vec<Fr> = trees.iter().map(SlotTree::root).collect();
    assert_eq!(computed.slot_roots, roots);
    assert_eq!(computed.verify_root, verify.root());
    assert_eq!(computed.verify_root_bytes(), fr_to_be_bytes(&verify.root()));
    assert_eq!(
        computed.slot_root_bytes(),
        roots.iter().map(fr_to_be_bytes).collect::<Vec<_>>()
    );
    assert_eq!(computed.verify_tree().expect("tree"), verify);
    assert_eq!((computed.slot_blocks, computed.slot_depth), (3, 7));
    assert_eq!(computed.slot_size(), 3 * BLOCK_SIZE as u64);
    assert_eq!(computed.slots_depth, 4);
    // Slot roots are all different (data, data, parity, parity).
    for (i, a) in roots.iter().enumerate() {
        assert!(!roots[i + 1..].contains(a), "slot {i} repeats");
    }
    // One slot alone, as a host would build it.
    let tree = commitments::slot_tree(&store, &protected, 2)
        .await
        .expect("slot tree");
    assert_eq!(tree, trees[2]);
    assert!(matches!(
        commitments::slot_tree(&store, &protected, 4).await,
        Err(CommitmentsError::NoSuchSlot { slot: 4, slots: 4 })
    ));

    // Bounds of the circuit.
    let shallow = CommitmentParams {
        max_slot_depth: 6,
        slots_depth: 4,
    };
    assert!(matches!(
        commitments::dataset_commitments(&store, &protected, shallow).await,
        Err(CommitmentsError::SlotTooDeep {
            depth: 7,
            max: 6,
            ..
        })
    ));
    let narrow = CommitmentParams {
        max_slot_depth: 16,
        slots_depth: 1,
    };
    assert!(matches!(
        commitments::dataset_commitments(&store, &protected, narrow).await,
        Err(CommitmentsError::TooManySlots { slots: 4, .. })
    ));

    // A real proof of slot 1 with the test circuit set, against these roots.
    let reader = store.reader(&protected).await.expect("reader");
    let layout = reader
        .manifest()
        .protection
        .as_ref()
        .expect("protected")
        .layout;
    let range = layout.slot_range(1).expect("slot 1");
    let slot_blocks: Vec<Vec<u8>> = reader
        .blocks(&range.collect::<Vec<_>>())
        .await
        .expect("slot blocks")
        .into_iter()
        .map(|(_, b)| b.to_vec())
        .collect();
    let verify_tree = computed.verify_tree().expect("verify tree");
    let slot_tree = commitments::slot_tree(&store, &protected, 1)
        .await
        .expect("slot tree");
    let started = std::time::Instant::now();
    let proved = tokio::task::spawn_blocking(move || {
        let set = cairn_prover::CircuitSet::compiled(&project_root(), "test").expect("test set");
        assert_eq!(
            (set.params.max_slot_depth, set.params.slots_depth),
            (CIRCUIT.max_slot_depth, CIRCUIT.slots_depth),
            "the test set's parameters"
        );
        let circuit = set.load().expect("load the circuit");
        let keys = set
            .dev_keys(&circuit, cairn_prover::DEV_SEED)
            .expect("dev keys");
        let prover = cairn_prover::Prover::new(circuit, keys);
        let entropy = Fr::from(0x5eed_u64);
        let (statement, inputs) = cairn_prover::storage_inputs(
            &set.params,
            entropy,
            &verify_tree,
            1,
            &slot_tree,
            slot_blocks.len() as u64,
            |i| Ok(slot_blocks[i as usize].clone()),
        )
        .expect("inputs");
        let proved = prover.prove(&inputs).expect("prove");
        let ok = prover
            .verify(&proved.proof, &statement.public_inputs())
            .expect("verify");
        (ok, proved.public_inputs, entropy)
    })
    .await
    .expect("proving task");
    let (ok, public_inputs, entropy) = proved;
    assert!(ok, "the proof verifies");
    assert_eq!(
        public_inputs,
        vec![entropy, computed.verify_root, Fr::from(1u64)],
        "public inputs: entropy, the computed verification root, the slot index"
    );
    eprintln!("proof of slot 1 in {:?}", started.elapsed());
}

// ---------------------------------------------------------------------------------------------
// anvil
// ---------------------------------------------------------------------------------------------

fn config() -> PurchasingConfig {
    PurchasingConfig {
        poll_interval: Duration::from_millis(200),
        ..PurchasingConfig::new(CIRCUIT)
    }
}

fn params() -> PurchaseParams {
    PurchaseParams {
        duration: 3600,
        price_per_byte_per_second: U256::from(3),
        proof_probability: 10,
        collateral_per_byte: U256::from(5),
        slots: 4,
        tolerance: 2,
        expiry: 600,
    }
}

/// A running follower, stopped on `stop` (or drop).
struct Follower {
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<Result<(), PurchaseError>>>,
}

impl Follower {
    fn start(purchasing: &Purchasing) -> Self {
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(role::run(
            PurchasingTask::new(purchasing.clone()),
            Shutdown::on(async move {
                let _ = rx.await;
            }),
        ));
        Self {
            shutdown: Some(tx),
            task: Some(task),
        }
    }

    async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(10), task)
                .await
                .expect("the follower stops")
                .expect("follower task")
                .expect("the follower ends cleanly");
        }
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Waits (up to 30 s) until every purchase satisfies `done`.
async fn wait_for(purchasing: &Purchasing, what: &str, done: impl Fn(&Purchase) -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let purchases = purchasing.purchases().await.expect("purchases");
        if purchases.iter().all(&done) {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}: {:#?}",
            purchases
                .iter()
                .map(|p| (p.id, p.state, p.withdrawn))
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_go_on_chain_then_cancel_refund_and_survive_a_restart() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_store(dir.path()).await;
    let cid = import(&store, 5 * BLOCK_SIZE + 1000, 11).await;
    let chain = devnet.client(1).await;
    let client = chain.address();
    let db = market_db::open(dir.path()).await.expect("market db");
    let purchasing = Purchasing::new(chain.clone(), store.clone(), db.clone(), config());
    let balance0 = chain.balance().await.expect("balance");
    let nonce0 = devnet.nonce(client).await;

    // Bad input: a clear error, nothing written, protected or sent.
    let bad: Vec<(PurchaseParams, ParamError)> = vec![
        (
            PurchaseParams {
                tolerance: 0,
                ..params()
            },
            ParamError::ZeroTolerance,
        ),
        (
            PurchaseParams {
                tolerance: 4,
                ..params()
            },
            ParamError::ToleranceNotBelowSlots {
                tolerance: 4,
                slots: 4,
            },
        ),
        (
            PurchaseParams {
                slots: 17,
                tolerance: 2,
                ..params()
            },
            ParamError::TooManySlots { slots: 17, max: 16 },
        ),
        (
            PurchaseParams {
                duration: 0,
                ..params()
            },
            ParamError::ZeroDuration,
        ),
        (
            PurchaseParams {
                expiry: 3600,
                ..params()
            },
            ParamError::ExpiryNotBeforeDuration {
                expiry: 3600,
                duration: 3600,
            },
        ),
        (
            PurchaseParams {
                proof_probability: 101,
                ..params()
            },
            ParamError::ProofProbability {
                value: 101,
                min: 1,
                max: 100,
            },
        ),
        (
            PurchaseParams {
                price_per_byte_per_second: U256::ZERO,
                ..params()
            },
            ParamError::ZeroPrice,
        ),
        (
            PurchaseParams {
                collateral_per_byte: U256::ZERO,
                ..params()
            },
            ParamError::ZeroCollateral,
        ),
    ];
    for (params, expected) in bad {
        match purchasing.request(&cid, params).await {
            Err(PurchaseError::Invalid(err)) => assert_eq!(err, expected),
            other => panic!("{params:?}: expected {expected:?}, got {other:?}"),
        }
    }
    let unknown: Cid = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        .parse()
        .expect("cid");
    assert!(matches!(
        purchasing.request(&unknown, params()).await,
        Err(PurchaseError::DatasetNotFound(_))
    ));
    let too_expensive = PurchaseParams {
        price_per_byte_per_second: U256::from(1u64) << 80,
        ..params()
    };
    assert!(matches!(
        purchasing.request(&cid, too_expensive).await,
        Err(PurchaseError::InsufficientFunds { .. })
    ));
    assert!(purchasing.purchases().await.expect("purchases").is_empty());
    assert_eq!(
        store.list().await.expect("list").len(),
        1,
        "nothing protected"
    );
    assert_eq!(devnet.nonce(client).await, nonce0, "nothing sent");
    assert_eq!(chain.balance().await.expect("balance"), balance0);

    // A good request: on chain with the right terms, paid exactly.
    let purchase = purchasing.request(&cid, params()).await.expect("request");
    assert_eq!(purchase.state, PurchaseState::Submitted);
    assert_eq!(purchase.cid, cid);
    assert!(purchase.tx_hash.is_some() && purchase.tx_block.is_some());
    let on_chain = chain.get_request(purchase.id).await.expect("on chain");
    assert_eq!(on_chain, purchase.request);
    assert_eq!(on_chain.client, client);
    let ask = &on_chain.ask;
    // 6 blocks, K = 2: slots of 3 blocks.
    let slot_size = 3 * BLOCK_SIZE as u64;
    assert_eq!(
        (
            ask.slots,
            ask.slotSize,
            ask.duration,
            ask.proofProbability,
            ask.maxSlotLoss
        ),
        (4, slot_size, 3600, 10, 2)
    );
    assert_eq!(ask.pricePerBytePerSecond, U256::from(3));
    assert_eq!(ask.collateralPerByte, U256::from(5));
    assert_eq!(on_chain.expiry, 600);
    // content.cid names the storage manifest: the protected dataset's manifest, every slot's
    // root and every slot's dataset (what hosts fetch their slot through).
    assert_eq!(
        on_chain.content.cid.to_vec(),
        purchase.content_cid.to_bytes()
    );
    let storage_manifest = cairn_node::dataset::load(&store, &purchase.content_cid)
        .await
        .expect("the storage manifest is stored");
    assert_eq!(storage_manifest.slots.len(), 4, "one entry per slot");
    let protected = store
        .manifest(&purchase.protected_cid)
        .await
        .expect("protected dataset");
    let layout = protected.protection.expect("protected").layout;
    assert_eq!((layout.k, layout.m), (2, 2));
    let (trees, verify) = independent_roots(&store, &purchase.protected_cid).await;
    assert_eq!(
        on_chain.content.verifyRoot,
        B256::from(fr_to_be_bytes(&verify.root()))
    );
    assert_eq!(
        purchase.slot_roots,
        trees
            .iter()
            .map(|t| fr_to_be_bytes(&t.root()))
            .collect::<Vec<_>>()
    );
    let price = U256::from(4 * slot_size * 3600 * 3);
    assert_eq!(purchase.price, price);
    assert_eq!(price_of(ask), price);
    assert_eq!(chain.balance().await.expect("balance"), balance0 - price);
    let requested_at = purchase.requested_at.expect("requested at");
    assert_eq!(purchase.expires_at, Some(requested_at + 600));
    assert_eq!(purchase.ends_at, Some(requested_at + 3600));

    // Same data and shape again: the protected dataset is reused, the request is new.
    let second = purchasing.request(&cid, params()).await.expect("request");
    assert_ne!(second.id, purchase.id);
    assert_eq!(second.protected_cid, purchase.protected_cid);
    assert_eq!(second.request.content, purchase.request.content);
    assert_eq!(
        store.list().await.expect("list").len(),
        1 + 1 + 4 + 1,
        "the data, one protected form, its 4 slot datasets and one storage manifest: nothing new"
    );
    assert_eq!(
        chain.balance().await.expect("balance"),
        balance0 - price - price
    );
    let listed = purchasing.purchases().await.expect("purchases");
    assert_eq!(
        listed.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![purchase.id, second.id]
    );
    assert_eq!(
        purchasing
            .purchase(&purchase.id)
            .await
            .expect("purchase")
            .as_ref(),
        Some(&purchase)
    );

    // No host comes; past the expiry the follower sees the cancellation and takes the refund.
    let follower = Follower::start(&purchasing);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        purchasing
            .purchases()
            .await
            .expect("purchases")
            .iter()
            .all(|p| p.state == PurchaseState::Submitted)
    );
    devnet.advance(601).await;
    wait_for(&purchasing, "cancelled and withdrawn", |p| {
        p.state == PurchaseState::Cancelled && p.withdrawn
    })
    .await;
    assert_eq!(chain.balance().await.expect("balance"), balance0);
    for p in purchasing.purchases().await.expect("purchases") {
        assert_eq!(p.withdrawal, Some(price));
        assert!(p.withdraw_tx.is_some());
        assert!(p.is_done());
        assert_eq!(
            chain.request_state(p.id).await.expect("state"),
            RequestState::Cancelled
        );
    }
    follower.stop().await;
    // The follower's position in the event log: at least the second request's block (later
    // events may still be unread when the follower stops; they are read again after a restart).
    let cursor: (i64, i64) =
        sqlx::query_as("SELECT block, log_index FROM chain_cursors WHERE follower = 'purchasing'")
            .fetch_one(&db)
            .await
            .expect("the purchasing cursor is saved");
    assert!(
        cursor.0 as u64 >= second.tx_block.expect("block"),
        "{cursor:?}"
    );
    let before_restart = purchasing.purchases().await.expect("purchases");
    drop(purchasing);
    db.close().await;

    // A restart on the same database reports the same purchases and does nothing twice.
    let db = market_db::open(dir.path()).await.expect("market db");
    let purchasing = Purchasing::new(devnet.client(1).await, store.clone(), db, config());
    assert_eq!(
        purchasing.purchases().await.expect("purchases"),
        before_restart
    );
    let nonce = devnet.nonce(client).await;
    let follower = Follower::start(&purchasing);
    devnet.mine().await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    follower.stop().await;
    assert_eq!(devnet.nonce(client).await, nonce, "nothing sent again");
    assert_eq!(
        purchasing.purchases().await.expect("purchases"),
        before_restart
    );
    assert_eq!(chain.balance().await.expect("balance"), balance0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_before_or_after_sending_is_resumed_without_paying_twice() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_store(dir.path()).await;
    let cid = import(&store, 3 * BLOCK_SIZE, 21).await;
    let chain = devnet.client(1).await;
    let db = market_db::open(dir.path()).await.expect("market db");
    let purchasing = Purchasing::new(chain.clone(), store.clone(), db.clone(), config());
    let balance0 = chain.balance().await.expect("balance");

    // Crash after persisting, before sending.
    let unsent = purchasing.prepare(&cid, params()).await.expect("prepare");
    assert_eq!(unsent.state, PurchaseState::Submitting);
    // Crash after sending, before recording it: the transaction went out behind purchasing's
    // back.
    let sent = purchasing.prepare(&cid, params()).await.expect("prepare");
    chain.request_storage(&sent.request).await.expect("send");
    assert_eq!(
        chain.request_state(unsent.id).await.expect("state"),
        RequestState::None
    );
    assert_eq!(
        chain.balance().await.expect("balance"),
        balance0 - sent.price
    );
    drop(purchasing);
    db.close().await;

    let db = market_db::open(dir.path()).await.expect("market db");
    let purchasing = Purchasing::new(devnet.client(1).await, store.clone(), db, config());
    let states: Vec<_> = purchasing
        .purchases()
        .await
        .expect("purchases")
        .iter()
        .map(|p| (p.id, p.state))
        .collect();
    assert_eq!(
        states,
        vec![
            (unsent.id, PurchaseState::Submitting),
            (sent.id, PurchaseState::Submitting)
        ]
    );
    let follower = Follower::start(&purchasing);
    wait_for(&purchasing, "both submitted", |p| {
        p.state == PurchaseState::Submitted
    })
    .await;
    follower.stop().await;
    for p in [&unsent, &sent] {
        assert_eq!(
            chain.get_request(p.id).await.expect("on chain"),
            p.request,
            "the very request that was persisted"
        );
    }
    let resumed = purchasing
        .purchase(&unsent.id)
        .await
        .expect("purchase")
        .expect("exists");
    assert!(resumed.tx_hash.is_some(), "sent on resume");
    let found = purchasing
        .purchase(&sent.id)
        .await
        .expect("purchase")
        .expect("exists");
    assert!(found.tx_hash.is_none(), "found on chain, not sent again");
    assert!(found.requested_at.is_some());
    assert_eq!(
        chain.balance().await.expect("balance"),
        balance0 - unsent.price - sent.price,
        "each request paid once"
    );
    // Submitting an already submitted purchase changes nothing.
    assert_eq!(
        purchasing.submit(&sent.id).await.expect("submit"),
        found,
        "unchanged"
    );
}

/// Hosts (dev accounts 2 and 3) fill the purchase's slots with proofs the test verifier accepts.
async fn fill_every_slot(devnet: &Devnet, purchase: &Purchase) {
    let verify_root = purchase.request.content.verifyRoot;
    for index in 0..purchase.request.ask.slots {
        let host = devnet.client(2 + index as usize % 2).await;
        let slot = slot_id(purchase.id, index);
        let mut filled = false;
        // The challenge changes at a period boundary between reading it and filling: try again.
        for _ in 0..3 {
            host.commit_randomness().await.expect("commit");
            devnet.mine().await;
            let entropy = host.get_challenge(slot).await.expect("challenge");
            let proof = devnet.proof_for(entropy, verify_root, index).await;
            if host.fill_slot(purchase.id, index, &proof).await.is_ok() {
                filled = true;
                break;
            }
        }
        assert!(filled, "slot {index} filled");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filled_request_starts_finishes_and_the_client_withdraws() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_store(dir.path()).await;
    let cid = import(&store, 2 * BLOCK_SIZE, 31).await;
    let chain = devnet.client(1).await;
    let db = market_db::open(dir.path()).await.expect("market db");
    let purchasing = Purchasing::new(chain.clone(), store.clone(), db, config());
    let balance0 = chain.balance().await.expect("balance");
    let params = PurchaseParams {
        slots: 2,
        tolerance: 1,
        duration: 300,
        expiry: 100,
        ..params()
    };
    let follower = Follower::start(&purchasing);
    let purchase = purchasing.request(&cid, params).await.expect("request");
    assert_eq!(purchase.request.ask.slotSize, 2 * BLOCK_SIZE as u64);

    fill_every_slot(&devnet, &purchase).await;
    wait_for(&purchasing, "started", |p| {
        p.state == PurchaseState::Started
    })
    .await;
    let started = purchasing
        .purchase(&purchase.id)
        .await
        .expect("purchase")
        .expect("exists");
    assert_eq!(started.slots_filled, 2);
    assert!(started.started_at.is_some_and(|t| t > 0));

    // Past the end and the timeout for the last periods' missing proofs: finished, withdrawn.
    devnet.advance(300 + 20 + 1).await;
    wait_for(&purchasing, "finished and withdrawn", |p| {
        p.state == PurchaseState::Finished && p.withdrawn
    })
    .await;
    follower.stop().await;
    let done = purchasing
        .purchase(&purchase.id)
        .await
        .expect("purchase")
        .expect("exists");
    let withdrawal = done.withdrawal.expect("withdrawal recorded");
    assert_eq!(
        chain.balance().await.expect("balance"),
        balance0 - purchase.price + withdrawal,
        "paid the hosts' time, got the rest back"
    );
    assert!(withdrawal < purchase.price);
    let info = chain.get_request_info(purchase.id).await.expect("info");
    assert_eq!(info.clientWithdrawn, !withdrawal.is_zero());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_loses_too_many_slots_fails_and_the_client_withdraws() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_store(dir.path()).await;
    let cid = import(&store, BLOCK_SIZE, 41).await;
    let chain = devnet.client(1).await;
    let db = market_db::open(dir.path()).await.expect("market db");
    let purchasing = Purchasing::new(chain.clone(), store.clone(), db, config());
    let balance0 = chain.balance().await.expect("balance");
    let params = PurchaseParams {
        slots: 2,
        tolerance: 1,
        duration: 300,
        expiry: 100,
        ..params()
    };
    let follower = Follower::start(&purchasing);
    let purchase = purchasing.request(&cid, params).await.expect("request");
    fill_every_slot(&devnet, &purchase).await;
    wait_for(&purchasing, "started", |p| {
        p.state == PurchaseState::Started
    })
    .await;

    // Both hosts leave the running request: 2 slots lost > maxSlotLoss 1.
    for index in 0..2u64 {
        devnet
            .client(2 + index as usize)
            .await
            .free_slot(slot_id(purchase.id, index))
            .await
            .expect("leave");
    }
    assert_eq!(
        chain.request_state(purchase.id).await.expect("state"),
        RequestState::Failed
    );
    // Proofs missed before the failure can be marked for `timeout` after it: the withdrawal
    // waits for that.
    wait_for(&purchasing, "failed", |p| p.state == PurchaseState::Failed).await;
    let timeout = chain.market_config().timeout;
    devnet.advance(timeout + 1).await;
    wait_for(&purchasing, "failed and withdrawn", |p| {
        p.state == PurchaseState::Failed && p.withdrawn
    })
    .await;
    follower.stop().await;
    let done = purchasing
        .purchase(&purchase.id)
        .await
        .expect("purchase")
        .expect("exists");
    assert!(done.failed_at.is_some_and(|t| t > 0));
    assert_eq!(done.slots_freed, 2);
    let withdrawal = done.withdrawal.expect("withdrawal recorded");
    assert!(
        withdrawal > purchase.price,
        "the payment back plus the forfeited collateral"
    );
    assert!(done.withdraw_tx.is_some());
    assert_eq!(
        chain.balance().await.expect("balance"),
        balance0 - purchase.price + withdrawal
    );
}

/// The REST API of a node started with a marketplace connection: upload, `POST
/// /storage/request/{cid}`, `GET /storage/purchases[/{id}]`, and clear errors for bad input.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_buys_storage_through_its_rest_api() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut chain_config = ChainConfig::new(
        devnet.anvil.http_url(),
        devnet.marketplace,
        SignerConfig::DevKey(DEV_KEYS[1]),
    );
    chain_config.poll_interval = Duration::from_millis(100);
    let config = cairn_node::NodeConfig {
        data_dir: dir.path().to_path_buf(),
        api_port: 0,
        quota_bytes: 1 << 30,
        marketplace: Some(cairn_node::MarketplaceSettings {
            chain: chain_config,
            circuit: CIRCUIT,
            validator: true,
            hosting: None,
            roles: cairn_node::RoleSettings::default(),
        }),
        ..cairn_node::NodeConfig::default()
    };
    let node = cairn_node::Node::start(config).await.expect("node");
    let base = format!("http://{}/api/v1", node.api_addr().expect("addr"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(node.run(async move {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::new();
    let cid = http
        .post(format!("{base}/data"))
        .body(pseudo_random_bytes(3 * BLOCK_SIZE + 7, 21))
        .send()
        .await
        .expect("upload")
        .text()
        .await
        .expect("cid");
    let body = serde_json::json!({
        "duration": 3600, "pricePerBytePerSecond": "3", "proofProbability": 10,
        "collateralPerByte": 5, "slots": 3, "tolerance": 1, "expiry": 600,
    });
    // Bad input: 400 with a reason, nothing bought.
    for (bad, expect) in [
        (serde_json::json!({"duration": 3600}), "invalid JSON body"),
        (
            serde_json::json!({
                "duration": 3600, "pricePerBytePerSecond": "lots", "proofProbability": 10,
                "collateralPerByte": 5, "slots": 3, "tolerance": 1, "expiry": 600,
            }),
            "pricePerBytePerSecond",
        ),
        (
            serde_json::json!({
                "duration": 3600, "pricePerBytePerSecond": "3", "proofProbability": 10,
                "collateralPerByte": 5, "slots": 3, "tolerance": 3, "expiry": 600,
            }),
            "tolerance",
        ),
    ] {
        let response = http
            .post(format!("{base}/storage/request/{cid}"))
            .json(&bad)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status().as_u16(), 400);
        let text = response.text().await.expect("body");
        assert!(text.contains(expect), "{text}");
    }
    let listed = get_json(&http, format!("{base}/storage/purchases")).await;
    assert_eq!(listed["purchases"].as_array().map(Vec::len), Some(0));

    let response = http
        .post(format!("{base}/storage/request/{cid}"))
        .json(&body)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 201);
    let purchase: serde_json::Value = response.json().await.expect("json");
    assert_eq!(purchase["state"], "submitted");
    assert_eq!(purchase["slots"], 3);
    assert_eq!(purchase["tolerance"], 1);
    assert_eq!(purchase["cid"], cid.as_str());
    let id = purchase["requestId"].as_str().expect("id").to_owned();
    let id_bytes: B256 = id.parse().expect("id");
    let chain = devnet.client(1).await;
    assert_eq!(
        chain.request_state(id_bytes).await.expect("state"),
        RequestState::New
    );
    let one = get_json(&http, format!("{base}/storage/purchases/{id}")).await;
    assert_eq!(one["requestId"], id.as_str());
    // The single view reads each slot from the chain: all free, no host, nobody reserved.
    let slots = one["slotStates"].as_array().expect("slotStates");
    assert_eq!(slots.len(), 3);
    for (i, slot) in slots.iter().enumerate() {
        assert_eq!(slot["index"], i);
        assert_eq!(slot["state"], "free");
        assert_eq!(slot["host"], serde_json::Value::Null);
        assert_eq!(slot["reservedBy"], serde_json::json!([]));
    }
    assert!(one.get("slotStatesError").is_none(), "{one}");
    // A host's reservation shows on its slot; the list view has no slots.
    let host = devnet.client(2).await;
    host.reserve_slot(id_bytes, 1).await.expect("reserve");
    let one = get_json(&http, format!("{base}/storage/purchases/{id}")).await;
    assert_eq!(
        one["slotStates"][1]["reservedBy"],
        serde_json::json!([host.address().to_string()])
    );
    assert_eq!(one["slotStates"][0]["reservedBy"], serde_json::json!([]));
    let listed = get_json(&http, format!("{base}/storage/purchases")).await;
    assert!(listed["purchases"][0].get("slotStates").is_none());

    // Hosts fetch from the client until the request starts: its datasets cannot be deleted.
    // Every dataset stored: the original, the protected one, its slot datasets, the storage
    // manifest.
    let stored = get_json(&http, format!("{base}/data")).await;
    let held: Vec<String> = stored["content"]
        .as_array()
        .expect("content")
        .iter()
        .map(|d| d["cid"].as_str().expect("cid").to_owned())
        .collect();
    for named in ["protectedCid", "contentCid"] {
        assert!(held.iter().any(|c| one[named] == c.as_str()), "{named}");
    }
    assert!(held.len() >= 3 + 3, "{held:?}");
    let stored_before = Some(held.len());
    for dataset in &held {
        let response = http
            .delete(format!("{base}/data/{dataset}"))
            .send()
            .await
            .expect("delete");
        assert_eq!(response.status().as_u16(), 409, "{dataset}");
        let text = response.text().await.expect("body");
        assert!(text.contains(&id) && text.contains("submitted"), "{text}");
    }
    assert_eq!(
        get_json(&http, format!("{base}/data")).await["content"]
            .as_array()
            .map(Vec::len),
        stored_before,
        "nothing deleted"
    );
    let missing = http
        .get(format!("{base}/storage/purchases/0x{}", "00".repeat(32)))
        .send()
        .await
        .expect("get");
    assert_eq!(missing.status().as_u16(), 404);
    let bad_id = http
        .get(format!("{base}/storage/purchases/xyz"))
        .send()
        .await
        .expect("get");
    assert_eq!(bad_id.status().as_u16(), 400);

    // Host side: offers are checked, stored and listed.
    let offer = serde_json::json!({
        "totalSize": 1 << 20, "maxDuration": 7200, "minPricePerBytePerSecond": "1",
        "maxCollateral": "1000000",
    });
    let added = http
        .post(format!("{base}/sales/availability"))
        .json(&offer)
        .send()
        .await
        .expect("add");
    assert_eq!(added.status().as_u16(), 201);
    let added: serde_json::Value = added.json().await.expect("json");
    assert_eq!(added["totalSize"], 1 << 20);
    assert_eq!(added["minPricePerBytePerSecond"], "1");
    for (bad, status) in [
        (
            serde_json::json!({"totalSize": 0, "maxDuration": 7200,
                "minPricePerBytePerSecond": "1", "maxCollateral": "1"}),
            400,
        ),
        (
            serde_json::json!({"totalSize": 1u64 << 40, "maxDuration": 7200,
                "minPricePerBytePerSecond": "1", "maxCollateral": "1"}),
            413,
        ),
        (serde_json::json!({"totalSize": 5}), 400),
    ] {
        let response = http
            .post(format!("{base}/sales/availability"))
            .json(&bad)
            .send()
            .await
            .expect("add");
        assert_eq!(response.status().as_u16(), status, "{bad}");
    }
    // A web page's cross-site POST (text/plain needs no preflight), and the same through a
    // rebinding DNS name: refused, nothing added.
    for (name, value) in [
        ("origin", "http://evil.example"),
        ("host", "evil.example:8081"),
    ] {
        let response = http
            .post(format!("{base}/sales/availability"))
            .header(name, value)
            .header("content-type", "text/plain")
            .body(offer.to_string())
            .send()
            .await
            .expect("add");
        assert_eq!(response.status().as_u16(), 403, "{name}");
    }
    let response = http
        .post(format!("{base}/sales/availability"))
        .header("content-type", "text/plain")
        .body(offer.to_string())
        .send()
        .await
        .expect("add");
    assert_eq!(
        response.status().as_u16(),
        415,
        "JSON needs its content type"
    );
    let offers = get_json(&http, format!("{base}/sales/availability")).await;
    assert_eq!(offers["availabilities"].as_array().map(Vec::len), Some(1));
    assert_eq!(offers["availabilities"][0]["id"], added["id"]);

    let _ = stop.send(());
    running.await.expect("task").expect("node stops cleanly");
}

/// GET `url` and its JSON answer.
async fn get_json(http: &reqwest::Client, url: String) -> serde_json::Value {
    http.get(&url)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
        .json()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: not JSON: {e}"))
}
