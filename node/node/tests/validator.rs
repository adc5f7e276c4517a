//! The validator against a real anvil with the marketplace and the test verifier
//! (`TestStorageProofVerifier`: a hash of the public inputs is the "proof").
//!
//! cairn-node has no alloy or bindings dependency, so the test talks to anvil over raw JSON-RPC
//! (reqwest): contracts are deployed from account 0 (anvil unlocks its dev accounts) with the
//! creation bytecode of the committed bindings, and time is moved with
//! `evm_setNextBlockTimestamp` + `evm_mine`. Everything the nodes do goes through
//! `cairn_chain::ChainClient`.
//!
//! anvil comes from npm (`make setup`): node_modules/@foundry-rs/anvil-<os>-<arch>/bin/anvil. When
//! it is missing the tests are skipped with a notice, except under CI (`CI` set), where that is a
//! failure.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

use cairn_chain::{
    Address, Ask, B256, ChainClient, ChainConfig, Content, Groth16Proof, Request, SignerConfig,
    SlotState, U256, Url, collateral_of, slot_id,
};
use cairn_node::validator::{
    MarkStatus, Validator, ValidatorConfig, ValidatorError, markable_periods,
};
use serde_json::{Value, json};

// ------------------------------------------------------------------------------------------------
// anvil and the contracts
// ------------------------------------------------------------------------------------------------

/// anvil's well-known dev keys (accounts 0..4 of its default mnemonic): public, devnet only.
const DEV_KEYS: [&str; 5] = [
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
    "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
    "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
];
/// The address of dev key 0 (the deployer and token owner).
const DEPLOYER: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

/// `keccak256("ProofMissed(bytes32,uint256,address,uint256,uint256)")`.
const PROOF_MISSED: &str = "0xe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd";
/// `mint(address,uint256)`.
const MINT: &str = "40c10f19";
/// `proofFor(uint256[3])`.
const PROOF_FOR: &str = "48b8a334";

/// Devnet marketplace parameters (script/Deploy.s.sol, chain 31337).
const PERIOD: u64 = 10;
const TIMEOUT: u64 = 20;
const SLASH_PERCENT: u64 = 20;
const VALIDATOR_REWARD_PERCENT: u64 = 20;

fn anvil_path() -> PathBuf {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../node_modules/@foundry-rs")
        .join(format!("anvil-{os}-{arch}"))
        .join("bin/anvil")
}

/// A running anvil; killed (and reaped) on drop.
struct Anvil {
    child: Child,
    url: Url,
    http: reqwest::Client,
}

impl Anvil {
    /// `None` (with a notice) when anvil is missing and `CI` is unset; panics under CI.
    fn start() -> Option<Self> {
        let path = anvil_path();
        if !path.exists() {
            assert!(
                std::env::var_os("CI").is_none(),
                "anvil tests cannot run under CI: {} is missing (run `make setup`)",
                path.display()
            );
            eprintln!(
                "NOTICE: skipping an anvil test: {} is missing (run `make setup`)",
                path.display()
            );
            return None;
        }
        let mut child = Command::new(&path)
            .args(["--port", "0", "--host", "127.0.0.1", "--chain-id", "31337"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn anvil");
        let stdout = child.stdout.take().expect("anvil stdout");
        let (tx, rx) = mpsc::channel();
        // Reads the port from "Listening on 127.0.0.1:<port>", then keeps draining stdout.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.trim().strip_prefix("Listening on ") {
                    let port = addr.rsplit(':').next().and_then(|p| p.parse::<u16>().ok());
                    let _ = tx.send(port);
                }
            }
        });
        let port = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(Some(port)) => port,
            other => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("anvil did not report its port: {other:?}");
            }
        };
        Some(Self {
            child,
            url: Url::parse(&format!("http://127.0.0.1:{port}")).expect("url"),
            http: reqwest::Client::new(),
        })
    }

    /// A JSON-RPC call; panics on an error answer.
    async fn rpc(&self, method: &str, params: Value) -> Value {
        let answer: Value = self
            .http
            .post(self.url.clone())
            .json(&json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method}: {e}"))
            .json()
            .await
            .unwrap_or_else(|e| panic!("{method}: {e}"));
        if let Some(error) = answer.get("error") {
            panic!("{method} failed: {error}");
        }
        answer["result"].clone()
    }

    /// Sends a transaction from the deployer and waits for its successful receipt.
    async fn transact(&self, to: Option<Address>, data: String) -> Value {
        let mut tx = json!({"from": DEPLOYER, "data": data, "gas": "0x1c9c380"});
        if let Some(to) = to {
            tx["to"] = json!(to.to_string());
        }
        let hash = self.rpc("eth_sendTransaction", json!([tx])).await;
        for _ in 0..100 {
            let receipt = self
                .rpc("eth_getTransactionReceipt", json!([hash.clone()]))
                .await;
            if !receipt.is_null() {
                assert_eq!(receipt["status"], json!("0x1"), "transaction failed");
                return receipt;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no receipt for {hash}");
    }

    async fn deploy(&self, bindings: &str, args: &str) -> Address {
        let receipt = self
            .transact(None, format!("{}{args}", creation_bytecode(bindings)))
            .await;
        receipt["contractAddress"]
            .as_str()
            .expect("contract address")
            .parse()
            .expect("address")
    }

    async fn latest_timestamp(&self) -> u64 {
        let block = self
            .rpc("eth_getBlockByNumber", json!(["latest", false]))
            .await;
        quantity(&block["timestamp"])
    }

    /// Mines a block with timestamp `ts`; later blocks follow the wall clock from there.
    async fn mine_at(&self, ts: u64) {
        self.rpc("evm_setNextBlockTimestamp", json!([ts])).await;
        self.rpc("evm_mine", json!([])).await;
    }
}

impl Drop for Anvil {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn quantity(value: &Value) -> u64 {
    let s = value.as_str().expect("quantity");
    u64::from_str_radix(s.trim_start_matches("0x"), 16).expect("hex quantity")
}

/// The creation bytecode in a generated binding (its doc comment carries it as hex).
fn creation_bytecode(bindings: &str) -> String {
    bindings
        .lines()
        .find_map(|line| line.trim().strip_prefix("///0x"))
        .expect("the bindings carry the creation bytecode")
        .to_string()
}

fn word(value: U256) -> String {
    format!("{value:064x}")
}

fn hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(bytes)
}

fn address_word(address: Address) -> String {
    format!("{:0>64}", hex(address.as_slice()))
}

/// ABI encoding of a short string argument's tail: length, then the bytes padded to 32.
fn string_tail(s: &str) -> String {
    let mut padded = hex(s.as_bytes());
    while !padded.len().is_multiple_of(64) || padded.is_empty() {
        padded.push('0');
    }
    format!("{}{padded}", word(U256::from(s.len())))
}

/// anvil with the token (owned by account 0), the test verifier and the marketplace (devnet
/// parameters); accounts 1..3 hold 10^24 token units, account 4 (the validator) none.
struct Devnet {
    anvil: Anvil,
    verifier: Address,
    marketplace: Address,
}

impl Devnet {
    async fn start() -> Option<Self> {
        let anvil = Anvil::start()?;
        let deployer: Address = DEPLOYER.parse().expect("address");
        let token_args = format!(
            "{}{}{}{}{}",
            word(U256::from(0x60)),
            word(U256::from(0xa0)),
            address_word(deployer),
            string_tail("Cairn Test Token"),
            string_tail("CAIRN"),
        );
        let token = anvil
            .deploy(
                include_str!("../../../bindings/src/cairn_token.rs"),
                &token_args,
            )
            .await;
        let verifier = anvil
            .deploy(
                include_str!("../../../bindings/src/test_storage_proof_verifier.rs"),
                "",
            )
            .await;
        let config = [
            PERIOD,
            TIMEOUT,
            1,
            100,
            SLASH_PERCENT,
            2,
            VALIDATOR_REWARD_PERCENT,
            10,
            3,
            30 * 24 * 3600,
        ];
        let market_args = format!(
            "{}{}{}",
            address_word(token),
            address_word(verifier),
            config
                .iter()
                .map(|v| word(U256::from(*v)))
                .collect::<String>()
        );
        let marketplace = anvil
            .deploy(
                include_str!("../../../bindings/src/marketplace.rs"),
                &market_args,
            )
            .await;
        let devnet = Self {
            anvil,
            verifier,
            marketplace,
        };
        for i in 1..=3 {
            let to = devnet.client(i).await.address();
            let data = format!(
                "0x{MINT}{}{}",
                address_word(to),
                word(U256::from(10u64).pow(U256::from(24u64)))
            );
            devnet.anvil.transact(Some(token), data).await;
        }
        Some(devnet)
    }

    fn config(&self, i: usize) -> ChainConfig {
        let key: B256 = DEV_KEYS[i].parse().expect("dev key");
        let mut config = ChainConfig::new(
            self.anvil.url.clone(),
            self.marketplace,
            SignerConfig::DevKey(key),
        );
        config.poll_interval = Duration::from_millis(100);
        config.rpc_timeout = Duration::from_secs(10);
        config.initial_backoff = Duration::from_millis(50);
        config.max_backoff = Duration::from_millis(500);
        config.receipt_timeout = Duration::from_secs(30);
        config
    }

    async fn client(&self, i: usize) -> ChainClient {
        ChainClient::connect(self.config(i)).await.expect("connect")
    }

    /// The proof the test verifier accepts for these public inputs.
    async fn proof_for(&self, entropy: U256, verify_root: B256, slot_index: u64) -> Groth16Proof {
        let data = format!(
            "0x{PROOF_FOR}{}{}{}",
            word(entropy),
            hex(verify_root.as_slice()),
            word(U256::from(slot_index))
        );
        let out = self
            .anvil
            .rpc(
                "eth_call",
                json!([{"to": self.verifier.to_string(), "data": data}, "latest"]),
            )
            .await;
        let out = out.as_str().expect("call output");
        let a0 = U256::from_str_radix(&out[2..66], 16).expect("a[0]");
        let mut proof = Groth16Proof::default();
        proof.a[0] = a0;
        proof
    }

    /// Mines a block one second into the period after the current one; returns that period.
    async fn next_period(&self) -> u64 {
        let now = self.anvil.latest_timestamp().await;
        let next = now / PERIOD + 1;
        self.anvil.mine_at(next * PERIOD + 1).await;
        next
    }

    /// `ProofMissed` logs: (slot, period, validator, reward).
    async fn proof_missed_logs(&self) -> Vec<(B256, u64, Address, U256)> {
        let logs = self
            .anvil
            .rpc(
                "eth_getLogs",
                json!([{
                    "address": self.marketplace.to_string(),
                    "fromBlock": "0x0",
                    "toBlock": "latest",
                    "topics": [PROOF_MISSED],
                }]),
            )
            .await;
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
}

/// Fills a slot with a valid proof for the current challenge (trying again across a period
/// boundary).
async fn fill(devnet: &Devnet, host: &ChainClient, request: &Request, index: u64) {
    let id = cairn_chain::request_id(request);
    let slot = slot_id(id, index);
    for _ in 0..3 {
        host.commit_randomness().await.expect("commit");
        devnet.anvil.rpc("evm_mine", json!([])).await;
        let entropy = host.get_challenge(slot).await.expect("challenge");
        let proof = devnet
            .proof_for(entropy, request.content.verifyRoot, index)
            .await;
        match host.fill_slot(id, index, &proof).await {
            Ok(_) => return,
            Err(err)
                if matches!(
                    err.revert_name(),
                    Some("InvalidProof" | "ChallengeNotReady")
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
    let Some(devnet) = Devnet::start().await else {
        return;
    };
    let requester = devnet.client(1).await;
    let diligent = devnet.client(2).await;
    let lazy = devnet.client(3).await;
    let validator_chain = devnet.client(4).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = cairn_node::market_db::open(dir.path())
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
    devnet.next_period().await;
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
    let p1 = devnet.next_period().await;
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
    let p2 = devnet.next_period().await;
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
    let p3 = devnet.next_period().await;
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
    devnet.next_period().await;
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
    let mut missed = devnet.proof_missed_logs().await;
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
    devnet.anvil.mine_at(info.endsAt + TIMEOUT + 1).await;
    let report = validator.step().await.expect("step after the end");
    assert_eq!(report.dropped_slots, 1, "{report:?}");
    assert_eq!(report.followed_slots, 0, "{report:?}");
    assert!(report.marked.is_empty(), "{report:?}");
    assert!(validator.followed_slots().await.expect("slots").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_marks_in_the_background_and_stops_on_shutdown() {
    let Some(devnet) = Devnet::start().await else {
        return;
    };
    let requester = devnet.client(1).await;
    let host = devnet.client(2).await;
    let validator_chain = devnet.client(4).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = cairn_node::market_db::open(dir.path())
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
    devnet.next_period().await;
    fill(&devnet, &host, &request, 0).await;
    let slot = slot_id(id, 0);
    let started = host.current_period().await.expect("period");

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let validator = Validator::new(validator_chain.clone(), db.clone(), validator_config());
    let task = tokio::spawn(validator.run(async {
        let _ = stopped.await;
    }));

    // The host never proves: period started + 1 is missed and marked by the running validator.
    devnet.next_period().await;
    devnet.next_period().await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(8);
    while host.missing_proofs(slot).await.expect("missing") == 0 {
        assert!(tokio::time::Instant::now() < deadline, "not marked in time");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let missed = devnet.proof_missed_logs().await;
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
        .bind(Address::repeat_byte(0x42).to_vec())
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
        validator.run(std::future::pending()),
    )
    .await
    .expect("run returns")
    .expect_err("fatal");
    assert!(err.to_string().contains("0x4242"), "{err}");
}
