//! The validator against a real anvil with the marketplace and the test verifier
//! (`TestStorageProofVerifier`: a hash of the public inputs is the "proof").
//!
//! The devnet (anvil, the deployed contracts, dev keys, time travel, the verifier's proofs) is
//! `cairn_testkit`'s; the `ProofMissed` logs are read with a raw `eth_getLogs`. Everything the
//! nodes do goes through `cairn_chain::ChainClient`.
//!
//! anvil comes from npm (`make setup`): node_modules/@foundry-rs/anvil-<os>-<arch>/bin/anvil. When
//! it is missing the tests are skipped with a notice, except under CI (`CI` set), where that is a
//! failure.

use std::time::Duration;

use alloy::providers::Provider;
use cairn_chain::{
    ANVIL_CHAIN_ID, Address, Ask, B256, ChainClient, Content, MarketplaceError, Request, SlotState,
    U256, collateral_of, slot_id,
};
use cairn_node::market::{
    role::{self, Shutdown},
    validator::{MarkStatus, Validator, ValidatorConfig, ValidatorError, markable_periods},
};
use cairn_testkit::Devnet;
use serde_json::{Value, json};

// ------------------------------------------------------------------------------------------------
// anvil and the contracts
// ------------------------------------------------------------------------------------------------

/// `keccak256("ProofMissed(bytes32,uint256,address,uint256,uint256)")`.
const PROOF_MISSED: &str = "0xe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd";

/// Devnet marketplace parameters (script/Deploy.s.sol, chain 31337).
const PERIOD: u64 = 10;
const TIMEOUT: u64 = 20;
const SLASH_PERCENT: u64 = 20;
const VALIDATOR_REWARD_PERCENT: u64 = 20;

/// Mines a block one second into the period after the current one; returns that period.
async fn next_period(devnet: &Devnet) -> u64 {
    let now = devnet.latest_timestamp().await;
    let next = now / PERIOD + 1;
    devnet.mine_at(next * PERIOD + 1).await;
    next
}

/// `ProofMissed` logs: (slot, period, validator, reward), read with a raw `eth_getLogs`.
async fn proof_missed_logs(devnet: &Devnet) -> Vec<(B256, u64, Address, U256)> {
    let logs: Value = devnet
        .anvil
        .provider(0)
        .raw_request(
            "eth_getLogs".into(),
            json!([{
                "address": devnet.marketplace.to_string(),
                "fromBlock": "0x0",
                "toBlock": "latest",
                "topics": [PROOF_MISSED],
            }]),
        )
        .await
        .expect("eth_getLogs");
    logs.as_array()
        .expect("logs")
        .iter()
        .map(|log| {
            let topic = |i: usize| log["topics"][i].as_str().expect("topic").to_string();
            let slot: B256 = topic(1).parse().expect("slot");
            let period = U256::from_str_radix(&topic(2)[2..], 16).expect("period");
            let validator: Address = topic(3)[26..].parse().expect("validator");
            let data = log["data"].as_str().expect("data");
            let reward = U256::from_str_radix(&data[66..130], 16).expect("reward");
            (slot, period.to::<u64>(), validator, reward)
        })
        .collect()
}

/// Fills a slot with a valid proof for the current challenge (trying again across a period
/// boundary).
async fn fill(devnet: &Devnet, host: &ChainClient, request: &Request, index: u64) {
    let id = cairn_chain::request_id(request);
    let slot = slot_id(id, index);
    for _ in 0..3 {
        host.commit_randomness().await.expect("commit");
        devnet.mine().await;
        let entropy = host.get_challenge(slot).await.expect("challenge");
        let proof = devnet
            .proof_for(entropy, request.content.verifyRoot, index)
            .await;
        match host.fill_slot(id, index, &proof).await {
            Ok(_) => return,
            Err(err)
                if matches!(
                    err.marketplace_error(),
                    Some(
                        MarketplaceError::InvalidProof(_) | MarketplaceError::ChallengeNotReady(_)
                    )
                ) => {}
            Err(err) => panic!("fill: {err}"),
        }
    }
    panic!("slot {index} not filled");
}

/// Submits the proof the current period requires of `slot`.
async fn prove(devnet: &Devnet, host: &ChainClient, request: &Request, index: u64) {
    let slot = slot_id(cairn_chain::request_id(request), index);
    assert!(
        host.is_proof_required(slot).await.expect("required"),
        "proofProbability 1: every period requires a proof"
    );
    let entropy = host.get_challenge(slot).await.expect("challenge");
    let proof = devnet
        .proof_for(entropy, request.content.verifyRoot, index)
        .await;
    host.submit_proof(slot, &proof).await.expect("submit proof");
}

fn validator_config() -> ValidatorConfig {
    ValidatorConfig {
        interval: Some(Duration::from_millis(200)),
        ..ValidatorConfig::default()
    }
}

/// Handles events until `done` holds (within 20 s).
async fn sync_until<F>(validator: &mut Validator, what: &str, mut done: F)
where
    F: AsyncFnMut(&Validator) -> bool,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        validator.sync_events().await.expect("sync events");
        if done(validator).await {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "not {what} in 20 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// ------------------------------------------------------------------------------------------------
// Tests
// ------------------------------------------------------------------------------------------------

#[test]
fn markable_periods_follow_the_contract() {
    // period 10, timeout 20: at t = 101 periods 8 (ended at 90, open until 110) and 9.
    assert_eq!(markable_periods(101, 10, 20), Some((8, 9)));
    // At t = 110 period 8's window closed (block.timestamp >= end + timeout).
    assert_eq!(markable_periods(110, 10, 20), Some((9, 10)));
    assert_eq!(markable_periods(109, 10, 20), Some((8, 9)));
    // Nothing has ended yet.
    assert_eq!(markable_periods(5, 10, 20), None);
    assert_eq!(markable_periods(15, 10, 20), Some((0, 0)));
    // A timeout shorter than a period.
    assert_eq!(markable_periods(125, 10, 3), None);
    assert_eq!(markable_periods(122, 10, 3), Some((11, 11)));
    assert_eq!(markable_periods(100, 0, 20), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marks_the_lazy_host_only_and_resumes_after_a_restart() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let requester = devnet.client(1).await;
    let diligent = devnet.client(2).await;
    let lazy = devnet.client(3).await;
    let validator_chain = devnet.client(4).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = cairn_node::market::db::open(dir.path())
        .await
        .expect("market db");
    let mut validator = Validator::new(validator_chain.clone(), db.clone(), validator_config());
    // Nothing followed yet: no randomness committed, nothing checked.
    let report = validator.step().await.expect("first step");
    assert!(!report.committed_randomness);
    assert_eq!(report.checked, 0);

    // Two slots, every period requires a proof, one slot may be lost.
    let request = Request {
        client: requester.address(),
        ask: Ask {
            slots: 2,
            slotSize: 1 << 20,
            duration: 3600,
            proofProbability: 1,
            pricePerBytePerSecond: U256::from(1000),
            collateralPerByte: U256::from(1_000_000),
            maxSlotLoss: 1,
        },
        content: Content {
            cid: vec![0x01, 0x55, 0x12, 0x20, 0xaa].into(),
            verifyRoot: B256::with_last_byte(7),
        },
        expiry: 600,
        nonce: B256::with_last_byte(1),
    };
    let (id, _) = requester
        .request_storage(&request)
        .await
        .expect("request storage");
    next_period(&devnet).await;
    fill(&devnet, &diligent, &request, 0).await;
    fill(&devnet, &lazy, &request, 1).await;
    let (good, bad) = (slot_id(id, 0), slot_id(id, 1));
    let started = diligent.current_period().await.expect("period");
    assert_eq!(
        diligent.request_state(id).await.expect("state"),
        cairn_chain::RequestState::Started
    );
    sync_until(
        &mut validator,
        "following both slots",
        async |v: &Validator| v.followed_slots().await.expect("slots").len() == 2,
    )
    .await;
    let slots = validator.followed_slots().await.expect("slots");
    let lazy_slot = slots.iter().find(|s| s.slot_id == bad).expect("lazy slot");
    assert_eq!((lazy_slot.request_id, lazy_slot.slot_index), (id, 1));
    assert_eq!(lazy_slot.host, lazy.address());

    // Period started + 1: the first that requires proofs. The diligent host proves first (its
    // submitProof commits the next seed, so the validator does not need to).
    let p1 = next_period(&devnet).await;
    assert_eq!(p1, started + 1);
    prove(&devnet, &diligent, &request, 0).await;
    let report = validator.step().await.expect("step");
    assert!(
        !report.committed_randomness,
        "the host committed it: {report:?}"
    );
    assert!(report.marked.is_empty(), "{report:?}");

    // Period started + 2: the validator goes first and commits the next period's randomness
    // (once), and marks the lazy host's missing proof of p1.
    let p2 = next_period(&devnet).await;
    let report = validator.step().await.expect("step");
    assert!(report.committed_randomness, "{report:?}");
    assert_eq!(report.marked, vec![(bad, p1)], "{report:?}");
    assert_eq!(report.followed_slots, 2);
    assert_eq!(lazy.missing_proofs(bad).await.expect("missing"), 1);
    assert_eq!(diligent.missing_proofs(good).await.expect("missing"), 0);
    let report = validator.step().await.expect("second step in the period");
    assert!(!report.committed_randomness, "{report:?}");
    assert!(report.marked.is_empty(), "{report:?}");
    assert_eq!(report.checked, 0, "everything is settled: {report:?}");

    // The reward arrives with the ProofMissed event.
    let collateral = collateral_of(&request.ask);
    let reward = collateral * U256::from(SLASH_PERCENT) / U256::from(100u64)
        * U256::from(VALIDATOR_REWARD_PERCENT)
        / U256::from(100u64);
    sync_until(&mut validator, "rewarded", async |v: &Validator| {
        v.marks()
            .await
            .expect("marks")
            .iter()
            .any(|m| m.reward.is_some())
    })
    .await;
    let marks = validator.marks().await.expect("marks");
    assert_eq!(marks.len(), 1);
    assert_eq!((marks[0].slot_id, marks[0].period), (bad, p1));
    assert_eq!(marks[0].status, MarkStatus::Marked);
    assert_eq!(marks[0].attempts, 1);
    assert_eq!(marks[0].reward, Some(reward));
    assert!(marks[0].tx_hash.is_some());

    // Restart: a new validator on the same database resumes after the cursor (it handles no old
    // event again), follows the same slots at once and does not mark p1 again.
    let cursor = validator.cursor().await.expect("cursor").expect("a cursor");
    drop(validator);
    let mut validator = Validator::new(validator_chain.clone(), db.clone(), validator_config());
    assert_eq!(validator.followed_slots().await.expect("slots").len(), 2);
    let report = validator.step().await.expect("step after the restart");
    assert!(report.marked.is_empty(), "{report:?}");
    assert!(
        !report.committed_randomness,
        "committed already: {report:?}"
    );
    assert_eq!(report.checked, 0, "{report:?}");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        validator.sync_events().await.expect("sync"),
        0,
        "no event after the cursor yet"
    );
    assert_eq!(validator.cursor().await.expect("cursor"), Some(cursor));
    prove(&devnet, &diligent, &request, 0).await;
    sync_until(
        &mut validator,
        "seeing the new proof",
        async |v: &Validator| v.cursor().await.expect("cursor") > Some(cursor),
    )
    .await;

    // Period started + 3: the second missing proof removes the lazy host; its slot is dropped.
    let p3 = next_period(&devnet).await;
    let report = validator.step().await.expect("step");
    assert_eq!(report.marked, vec![(bad, p2)], "{report:?}");
    prove(&devnet, &diligent, &request, 0).await;
    assert_eq!(
        lazy.slot_state(bad).await.expect("state"),
        SlotState::Repair
    );
    sync_until(
        &mut validator,
        "dropping the freed slot",
        async |v: &Validator| v.followed_slots().await.expect("slots").len() == 1,
    )
    .await;
    assert_eq!(
        validator.followed_slots().await.expect("slots")[0].slot_id,
        good
    );

    // Period started + 4: nothing to mark; the diligent host keeps proving.
    next_period(&devnet).await;
    let report = validator.step().await.expect("step");
    assert!(report.marked.is_empty(), "{report:?}");
    assert!(report.checked > 0, "{report:?}");
    prove(&devnet, &diligent, &request, 0).await;
    let report = validator.step().await.expect("step");
    assert!(report.marked.is_empty(), "{report:?}");
    assert_eq!(diligent.missing_proofs(good).await.expect("missing"), 0);
    assert_eq!(
        diligent.slot_state(good).await.expect("state"),
        SlotState::Filled
    );

    // On chain: exactly the lazy host's two periods, marked by this validator, who holds both
    // rewards.
    let mut missed = proof_missed_logs(&devnet).await;
    missed.sort();
    assert_eq!(
        missed,
        vec![
            (bad, p1, validator_chain.address(), reward),
            (bad, p2, validator_chain.address(), reward)
        ]
    );
    assert_eq!(
        validator_chain.balance().await.expect("balance"),
        reward * U256::from(2u64)
    );
    sync_until(
        &mut validator,
        "both rewards recorded",
        async |v: &Validator| {
            v.marks()
                .await
                .expect("marks")
                .iter()
                .filter(|m| m.reward == Some(reward))
                .count()
                == 2
        },
    )
    .await;
    let marks = validator.marks().await.expect("marks");
    assert!(marks.iter().all(|m| m.slot_id == bad && m.attempts == 1));
    assert_eq!(
        marks.iter().map(|m| m.period).collect::<Vec<_>>(),
        vec![p1, p2]
    );
    assert!(
        validator
            .followed_slots()
            .await
            .expect("slots")
            .iter()
            .all(|s| s.checked_through >= Some(p3)),
        "settled periods are remembered"
    );

    // Once the request ended and its last periods' timeout passed, its slots are dropped.
    let info = requester.get_request_info(id).await.expect("info");
    devnet.mine_at(info.endsAt + TIMEOUT + 1).await;
    let report = validator.step().await.expect("step after the end");
    assert_eq!(report.dropped_slots, 1, "{report:?}");
    assert_eq!(report.followed_slots, 0, "{report:?}");
    assert!(report.marked.is_empty(), "{report:?}");
    assert!(validator.followed_slots().await.expect("slots").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marks_a_proof_missed_before_the_request_failed() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let requester = devnet.client(1).await;
    let lazy = devnet.client(2).await;
    let leaver = devnet.client(3).await;
    let validator_chain = devnet.client(4).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = cairn_node::market::db::open(dir.path())
        .await
        .expect("market db");

    // Two slots, no loss tolerated: one freed slot fails the request.
    let request = Request {
        client: requester.address(),
        ask: Ask {
            slots: 2,
            slotSize: 1 << 20,
            duration: 3600,
            proofProbability: 1,
            pricePerBytePerSecond: U256::from(1000),
            collateralPerByte: U256::from(1_000_000),
            maxSlotLoss: 0,
        },
        content: Content {
            cid: vec![0x01, 0x55, 0x12, 0x20, 0xcc].into(),
            verifyRoot: B256::with_last_byte(11),
        },
        expiry: 600,
        nonce: B256::with_last_byte(3),
    };
    let (id, _) = requester.request_storage(&request).await.expect("request");
    next_period(&devnet).await;
    fill(&devnet, &lazy, &request, 0).await;
    fill(&devnet, &leaver, &request, 1).await;
    let lazy_slot = slot_id(id, 0);
    let started = lazy.current_period().await.expect("period");

    // The first required period: the leaver proves, the lazy host does not.
    let missed = next_period(&devnet).await;
    assert_eq!(missed, started + 1);
    prove(&devnet, &leaver, &request, 1).await;
    // The next period: the leaver gives its slot up, which fails the request, before any
    // validator looked at the missed proof.
    next_period(&devnet).await;
    let freed = leaver.free_slot(slot_id(id, 1)).await.expect("free slot");
    assert_eq!(
        lazy.request_state(id).await.expect("state"),
        cairn_chain::RequestState::Failed
    );
    let failed_at = lazy.get_request_info(id).await.expect("info").failedAt;
    assert!(failed_at >= (missed + 1) * PERIOD, "{failed_at}");

    // The validator still marks it: the period ended before the failure.
    let mut validator = Validator::new(validator_chain.clone(), db, validator_config());
    sync_until(
        &mut validator,
        "reading up to the failure",
        async |v: &Validator| {
            v.cursor()
                .await
                .expect("cursor")
                .is_some_and(|c| c.block_number >= freed.block_number)
        },
    )
    .await;
    let report = validator.step().await.expect("step");
    assert_eq!(report.marked, vec![(lazy_slot, missed)], "{report:?}");
    assert_eq!(report.followed_slots, 1, "the freed slot is not followed");
    assert_eq!(lazy.missing_proofs(lazy_slot).await.expect("missing"), 1);
    let logs = proof_missed_logs(&devnet).await;
    assert_eq!(
        logs.iter().map(|l| (l.0, l.1, l.2)).collect::<Vec<_>>(),
        vec![(lazy_slot, missed, validator_chain.address())]
    );
    // Later periods are owed nothing: nothing more is checked or marked.
    next_period(&devnet).await;
    let report = validator.step().await.expect("step");
    assert!(report.marked.is_empty(), "{report:?}");

    // Once nothing can be marked any more (failedAt + timeout), the slot is dropped.
    devnet.mine_at(failed_at + TIMEOUT + 1).await;
    let report = validator.step().await.expect("step");
    assert_eq!(report.followed_slots, 0, "{report:?}");
    assert_eq!(report.dropped_slots, 1, "{report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_marks_in_the_background_and_stops_on_shutdown() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let requester = devnet.client(1).await;
    let host = devnet.client(2).await;
    let validator_chain = devnet.client(4).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = cairn_node::market::db::open(dir.path())
        .await
        .expect("market db");

    let request = Request {
        client: requester.address(),
        ask: Ask {
            slots: 1,
            slotSize: 1 << 20,
            duration: 3600,
            proofProbability: 1,
            pricePerBytePerSecond: U256::from(1000),
            collateralPerByte: U256::from(1_000_000),
            maxSlotLoss: 0,
        },
        content: Content {
            cid: vec![0x01, 0x55, 0x12, 0x20, 0xbb].into(),
            verifyRoot: B256::with_last_byte(9),
        },
        expiry: 600,
        nonce: B256::with_last_byte(2),
    };
    let (id, _) = requester.request_storage(&request).await.expect("request");
    next_period(&devnet).await;
    fill(&devnet, &host, &request, 0).await;
    let slot = slot_id(id, 0);
    let started = host.current_period().await.expect("period");

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let validator = Validator::new(validator_chain.clone(), db.clone(), validator_config());
    let task = tokio::spawn(role::run(
        validator,
        Shutdown::on(async {
            let _ = stopped.await;
        }),
    ));

    // The host never proves: period started + 1 is missed and marked by the running validator.
    next_period(&devnet).await;
    next_period(&devnet).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(8);
    while host.missing_proofs(slot).await.expect("missing") == 0 {
        assert!(tokio::time::Instant::now() < deadline, "not marked in time");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let missed = proof_missed_logs(&devnet).await;
    assert_eq!(missed.len(), 1);
    assert_eq!(
        (missed[0].0, missed[0].1, missed[0].2),
        (slot, started + 1, validator_chain.address())
    );
    stop.send(()).expect("the validator is running");
    tokio::time::timeout(Duration::from_secs(10), task)
        .await
        .expect("stops promptly")
        .expect("task")
        .expect("run");

    // The database belongs to this marketplace: another one is refused, and that stops `run`.
    sqlx::query("UPDATE validator_state SET marketplace = ?")
        .bind(Address::repeat_byte(0x42).to_string())
        .execute(&db)
        .await
        .expect("update");
    let mut validator = Validator::new(validator_chain.clone(), db.clone(), validator_config());
    let err = validator.step().await.expect_err("another marketplace");
    assert!(
        matches!(err, ValidatorError::OtherMarketplace { .. }),
        "{err}"
    );
    assert!(err.is_fatal());
    let validator = Validator::new(validator_chain, db, validator_config());
    let err = tokio::time::timeout(
        Duration::from_secs(10),
        role::run(validator, Shutdown::never()),
    )
    .await
    .expect("run returns")
    .expect_err("fatal");
    assert!(err.to_string().contains("0x4242"), "{err}");
}

/// A TCP proxy in front of anvil's RPC port that can be cut (every connection dropped, new ones
/// refused) and restored: an RPC endpoint that goes down and comes back.
struct Proxy {
    url: cairn_chain::Url,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    connections: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Proxy {
    async fn start(target: &cairn_chain::Url) -> Self {
        let target = format!(
            "{}:{}",
            target.host_str().expect("host"),
            target.port().expect("port")
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"))
            .parse()
            .expect("url");
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let connections = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (flag, held) = (up.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !flag.load(std::sync::atomic::Ordering::SeqCst) {
                    continue; // dropped: the endpoint is down
                }
                let target = target.clone();
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                held.lock().expect("lock").push(task.abort_handle());
            }
        });
        Self {
            url,
            up,
            connections,
        }
    }

    fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        for task in self.connections.lock().expect("lock").drain(..) {
            task.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// The RPC endpoint goes down while the validator runs: the role shows it failing (one log line),
/// keeps trying with a growing pause, and once the endpoint is back it runs again and marks the
/// proof missed during the outage.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_validator_rides_out_an_rpc_outage() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let requester = devnet.client(1).await;
    let host = devnet.client(2).await;
    let proxy = Proxy::start(&devnet.anvil.http_url()).await;
    let mut config = devnet.config(proxy.url.clone(), 4);
    config.rpc_attempts = 2;
    config.rpc_timeout = Duration::from_secs(2);
    config.initial_backoff = Duration::from_millis(100);
    config.max_backoff = Duration::from_millis(200);
    let validator_chain = ChainClient::connect(config).await.expect("connect");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = cairn_node::market::db::open(dir.path())
        .await
        .expect("market db");

    let request = Request {
        client: requester.address(),
        ask: Ask {
            slots: 1,
            slotSize: 1 << 20,
            duration: 3600,
            proofProbability: 1,
            pricePerBytePerSecond: U256::from(1000),
            collateralPerByte: U256::from(1_000_000),
            maxSlotLoss: 0,
        },
        content: Content {
            cid: vec![0x01, 0x55, 0x12, 0x20, 0xdd].into(),
            verifyRoot: B256::with_last_byte(13),
        },
        expiry: 600,
        nonce: B256::with_last_byte(4),
    };
    let (id, _) = requester.request_storage(&request).await.expect("request");
    next_period(&devnet).await;
    fill(&devnet, &host, &request, 0).await;
    let slot = slot_id(id, 0);

    let board = role::RoleBoard::default();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = {
        let board = board.clone();
        let validator = Validator::new(validator_chain.clone(), db, validator_config());
        tokio::spawn(async move {
            role::run_on(
                validator,
                Shutdown::on(async {
                    let _ = stopped.await;
                }),
                &board,
            )
            .await
        })
    };
    let state_is = async |want: role::RoleState, what: &str| {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            if board.get("validator").is_some_and(|h| h.state == want) {
                return board.get("validator").expect("health");
            }
            assert!(tokio::time::Instant::now() < deadline, "not {what} in 30 s");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    state_is(role::RoleState::Running, "running").await;

    // The endpoint goes down; the host misses the next period's proof meanwhile.
    proxy.cut();
    let failing = state_is(role::RoleState::Failing, "failing").await;
    assert!(failing.failing_since.is_some(), "{failing:?}");
    assert!(failing.last_error.is_some(), "{failing:?}");
    next_period(&devnet).await;
    next_period(&devnet).await;
    assert_eq!(host.missing_proofs(slot).await.expect("missing"), 0);

    // Back: the role runs again and marks the missed proof.
    proxy.restore();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while host.missing_proofs(slot).await.expect("missing") == 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "not marked after the outage: {:?}",
            board.get("validator")
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recovered = state_is(role::RoleState::Running, "running again").await;
    assert_eq!(recovered.consecutive_failures, 0);
    assert_eq!(recovered.failing_since, None);
    stop.send(()).expect("running");
    tokio::time::timeout(Duration::from_secs(10), task)
        .await
        .expect("stops")
        .expect("task")
        .expect("run");
    assert_eq!(
        board.get("validator").expect("health").state,
        role::RoleState::Stopped
    );
}
