//! The node's marketplace roles end to end, in one process, against the real contracts and real
//! proofs: CairnToken, the Groth16 `StorageProofVerifier` generated from the `test` circuit set's
//! dev keys, and the Marketplace with the devnet parameters, on [`RpcNode`] (revm behind an
//! in-process JSON-RPC endpoint). Every role talks to the chain through `cairn_chain::ChainClient`
//! (alloy over HTTP, signed transactions, receipts, `eth_getLogs`), exactly as a running node
//! does:
//!
//! - client: `cairn_node::purchasing::Purchasing` over a real `cairn_store::Store` (upload,
//!   protect with K = 2 data and M = 1 parity slots, commitments, `requestStorage`) and its
//!   follower, which sees the request start and finish and withdraws what is left;
//! - hosts: three hosts take the slot steps the node's sales module takes (slot tree and proof
//!   inputs from `cairn_node::commitments` + `cairn_prover::storage_inputs`, a Groth16 proof with
//!   the dev keys checked in Rust, `fillSlot`, then `submitProof` in every period that requires
//!   one, `freeSlot` at the end). They live in the "Hosts" section below, to be replaced by
//!   `cairn_node::sales::Sales` once it drives a slot on its own;
//! - validator: `cairn_node::validator::Validator::run` in the background.
//!
//! The clock moves only when the test advances it, period by period (devnet: period 10 s, timeout
//! 20 s; proofProbability 1, so every period requires a proof of every slot): the request is
//! filled, every host proves for three periods, then the host of slot 2 stops; the validator marks
//! its two missed proofs (20 % of the collateral slashed each time, 20 % of that to the
//! validator), the second removes it and frees the slot (SlotFreed with the 10 % repair reward);
//! nobody repairs (one lost slot is within the request's tolerance), the other two keep proving to
//! the end; the request finishes, the follower withdraws, the hosts collect. Every token balance
//! is checked to the wei against docs/MARKETPLACE.md, and the marketplace's balance against what it
//! owes after every period.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, B256, U256, address},
    rpc::types::Filter,
    signers::local::PrivateKeySigner,
};
use bytes::Bytes;
use cairn_bindings::{
    cairn_token::CairnToken, marketplace::Marketplace,
    storage_proof_verifier::StorageProofVerifier,
};
use cairn_chain::{
    ChainClient, ChainConfig, Groth16Proof, MarketEvent, MarketplaceEvents, RequestState,
    SignerConfig, SlotState, TxOutcome, Url, slot_id,
};
use cairn_commitments::{SlotTree, VerifyTree, fr_from_be_bytes};
use cairn_node::{
    commitments::{self, CommitmentParams},
    market_db,
    purchasing::{Purchase, PurchaseParams, PurchaseState, Purchasing, PurchasingConfig},
    validator::{MarkStatus, Validator, ValidatorConfig},
};
use cairn_primitives::{BLOCK_SIZE, Cid, testing::pseudo_random_bytes};
use cairn_prover::{CircuitSet, DEV_SEED, Prover, StorageParams, calldata::SolidityProof};
use cairn_store::{Store, StoreConfig, WriteMeta};
use cairn_tests::RpcNode;

/// Deploys and mints through the test handle (unsigned): it needs no key.
const DEPLOYER: Address = address!("0x00000000000000000000000000000000000000a1");
/// Signing keys of the nodes (test values; chain id 31337 is the only one that accepts dev keys).
const CLIENT_KEY: B256 = B256::with_last_byte(0xc1);
const HOST_KEYS: [B256; 3] = [
    B256::with_last_byte(0xb0),
    B256::with_last_byte(0xb1),
    B256::with_last_byte(0xb2),
];
const VALIDATOR_KEY: B256 = B256::with_last_byte(0xf1);

/// Token units minted to the client and each host.
const MINTED: u64 = 1_000_000_000_000;
/// Ether (wei) given to every signing account for gas.
const ETHER: u128 = 100 * 10u128.pow(18);

/// The request: 3 slots (K = 2, M = 1) of 2 blocks, every period requires a proof.
const SLOTS: u32 = 3;
const TOLERANCE: u32 = 1;
const DURATION: u64 = 70;
const EXPIRY: u64 = 30;
const PRICE_PER_BYTE_PER_SECOND: u64 = 3;
const COLLATERAL_PER_BYTE: u64 = 5;
/// 3 blocks of data: 2 rows of K = 2 blocks, so 2 blocks (128 KiB) per slot.
const DATA_LEN: usize = 2 * BLOCK_SIZE + 5_000;

/// The slot whose host stops proving, and the periods every host proves before that.
const LAZY: usize = 2;
const HONEST_PERIODS: u64 = 3;

/// How long the test waits for a background role (follower, validator) to act.
const WAIT: Duration = Duration::from_secs(30);

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn address_of(key: B256) -> Address {
    PrivateKeySigner::from_bytes(&key)
        .expect("a valid key")
        .address()
}

/// A chain client configuration for `key` on the endpoint, with short intervals for a test.
fn chain_config(rpc: &RpcNode, marketplace: Address, key: B256) -> ChainConfig {
    let url = Url::parse(&rpc.url()).expect("url");
    let mut config = ChainConfig::new(url, marketplace, SignerConfig::DevKey(key));
    config.poll_interval = Duration::from_millis(50);
    config.rpc_timeout = Duration::from_secs(10);
    config.initial_backoff = Duration::from_millis(50);
    config.max_backoff = Duration::from_millis(500);
    config.receipt_timeout = Duration::from_secs(30);
    config
}

async fn connect(rpc: &RpcNode, marketplace: Address, key: B256) -> ChainClient {
    ChainClient::connect(chain_config(rpc, marketplace, key))
        .await
        .expect("connect to the endpoint")
}

/// Moves the chain's clock to one second into `period` (never backwards) and mines a block.
fn advance_to_period(rpc: &RpcNode, period: u64, period_len: u64) {
    let target = period * period_len + 1;
    let now = rpc.timestamp();
    assert!(target > now, "period {period} has begun already (now {now})");
    rpc.advance(target - now);
}

/// Waits (up to [`WAIT`]) until `done` holds.
async fn wait_until(what: &str, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !done().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The circuit, its dev keys and the prover of the `test` set (the keys are cached on disk).
fn load_prover() -> (StorageParams, Prover) {
    let set = CircuitSet::compiled(&project_root(), "test").expect("the test circuit set");
    let circuit = set.load().expect("load the circuit");
    let keys = set.dev_keys(&circuit, DEV_SEED).expect("dev keys");
    (set.params, Prover::new(circuit, keys))
}

/// A background role (the purchasing follower, the validator) stopped by `stop`.
struct Role {
    name: &'static str,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), String>>,
}

impl Role {
    fn spawn<F>(name: &'static str, run: impl FnOnce(tokio::sync::oneshot::Receiver<()>) -> F) -> Self
    where
        F: Future<Output = Result<(), String>> + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        Self {
            name,
            shutdown: Some(tx),
            task: tokio::spawn(run(rx)),
        }
    }

    async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let name = self.name;
        tokio::time::timeout(Duration::from_secs(10), &mut self.task)
            .await
            .unwrap_or_else(|_| panic!("the {name} stops"))
            .unwrap_or_else(|e| panic!("{name} task: {e}"))
            .unwrap_or_else(|e| panic!("the {name} ends cleanly: {e}"));
    }
}

impl Drop for Role {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// The marketplace holds exactly what it owes: the client's payout plus every slot's payout
/// (docs/MARKETPLACE.md, "Conservation").
async fn assert_conserved(chain: &ChainClient, request_id: B256, slots: &[B256], when: &str) {
    let held = chain
        .token_balance(chain.marketplace())
        .await
        .expect("balance");
    let mut owed = chain.client_payout(request_id).await.expect("client payout");
    for slot in slots {
        owed += chain.slot_payout(*slot).await.expect("slot payout");
    }
    assert_eq!(held, owed, "the marketplace holds what it owes ({when})");
}

// ------------------------------------------------------------------------------------------------
// Hosts: the slot steps of the node's sales module (until `cairn_node::sales::Sales` runs them)
// ------------------------------------------------------------------------------------------------

/// What a host keeps of its slot: the blocks, the slot tree, and the request's verification tree.
struct SlotData {
    index: u64,
    blocks: Vec<Vec<u8>>,
    tree: SlotTree,
    verify_tree: VerifyTree,
}

impl SlotData {
    /// Slot `index` of the stored protected dataset `protected`, as a host holds it once it has
    /// the slot's blocks (here read from the client's store: the download over block exchange is
    /// tested elsewhere). The slot tree is built the node's way (`commitments::slot_tree`) and
    /// must be leaf `index` of the verification tree.
    async fn read(store: &Store, protected: &Cid, index: u32, verify_tree: VerifyTree) -> Self {
        let reader = store.reader(protected).await.expect("reader");
        let layout = reader
            .manifest()
            .protection
            .as_ref()
            .expect("protected")
            .layout;
        let range: Vec<u64> = layout.slot_range(index).expect("slot").collect();
        let blocks = reader
            .blocks(&range)
            .await
            .expect("slot blocks")
            .into_iter()
            .map(|(_, block)| block.to_vec())
            .collect();
        let tree = commitments::slot_tree(store, protected, index)
            .await
            .expect("slot tree");
        assert_eq!(
            verify_tree.leaves().get(index as usize),
            Some(&tree.root()),
            "slot {index}'s root is its leaf of the verification tree"
        );
        Self {
            index: u64::from(index),
            blocks,
            tree,
            verify_tree,
        }
    }
}

/// One host holding one slot of one request.
struct Host {
    chain: ChainClient,
    prover: Arc<Prover>,
    params: StorageParams,
    request_id: B256,
    slot: Arc<SlotData>,
}

/// `SolidityProof` (the verifier's calldata layout) as the marketplace binding's proof.
fn groth16(proof: &SolidityProof) -> Groth16Proof {
    let w = |x: &[u8; 32]| U256::from_be_bytes(*x);
    Groth16Proof {
        a: [w(&proof.a[0]), w(&proof.a[1])],
        b: [
            [w(&proof.b[0][0]), w(&proof.b[0][1])],
            [w(&proof.b[1][0]), w(&proof.b[1][1])],
        ],
        c: [w(&proof.c[0]), w(&proof.c[1])],
    }
}

/// Proves the slot for `entropy` (the chain's challenge) and checks the proof in Rust first, as
/// the node does before submitting.
fn prove_slot(
    prover: &Prover,
    params: &StorageParams,
    slot: &SlotData,
    entropy: U256,
) -> Groth16Proof {
    let entropy = fr_from_be_bytes(&entropy.to_be_bytes::<32>()).expect("entropy is in the field");
    let (statement, inputs) = cairn_prover::storage_inputs(
        params,
        entropy,
        &slot.verify_tree,
        slot.index,
        &slot.tree,
        slot.blocks.len() as u64,
        |i| Ok(slot.blocks[i as usize].clone()),
    )
    .expect("proof inputs");
    let proved = prover.prove(&inputs).expect("prove");
    assert!(
        prover
            .verify(&proved.proof, &statement.public_inputs())
            .expect("verify"),
        "the proof of slot {} verifies in Rust",
        slot.index
    );
    groth16(&SolidityProof::from_proof(&proved.proof))
}

impl Host {
    fn slot_id(&self) -> B256 {
        slot_id(self.request_id, self.slot.index)
    }

    /// A proof of the slot for `entropy`, on the blocking pool.
    async fn prove(&self, entropy: U256) -> Groth16Proof {
        let (prover, slot, params) = (self.prover.clone(), self.slot.clone(), self.params);
        tokio::task::spawn_blocking(move || prove_slot(&prover, &params, &slot, entropy))
            .await
            .expect("proving task")
    }

    /// Fills the slot with a proof for the current period's challenge (committing the period's
    /// randomness first if nobody has; trying again if the challenge changed meanwhile).
    async fn fill(&self) -> TxOutcome {
        let slot = self.slot_id();
        for _ in 0..5 {
            let entropy = self.chain.get_challenge(slot).await.expect("challenge");
            if entropy.is_zero() {
                // Unknown until a block after the commit.
                self.chain
                    .commit_randomness()
                    .await
                    .expect("commit randomness");
                continue;
            }
            let proof = self.prove(entropy).await;
            match self
                .chain
                .fill_slot(self.request_id, self.slot.index, &proof)
                .await
            {
                Ok(outcome) => return outcome,
                Err(err)
                    if matches!(
                        err.revert_name(),
                        Some("InvalidProof" | "ChallengeNotReady")
                    ) => {}
                Err(err) => panic!("fill slot {}: {err}", self.slot.index),
            }
        }
        panic!("slot {} not filled", self.slot.index);
    }

    /// If the current period requires a proof of the slot: proves the challenge and submits it.
    /// Returns whether it did.
    async fn prove_if_required(&self) -> bool {
        let slot = self.slot_id();
        if !self.chain.is_proof_required(slot).await.expect("required") {
            return false;
        }
        let entropy = self.chain.get_challenge(slot).await.expect("challenge");
        assert!(!entropy.is_zero(), "a required proof has a known challenge");
        let proof = self.prove(entropy).await;
        self.chain
            .submit_proof(slot, &proof)
            .await
            .unwrap_or_else(|e| panic!("submit the proof of slot {}: {e}", self.slot.index));
        true
    }

    /// Collects payment and collateral after the request ended (`freeSlot`).
    async fn collect(&self) -> Result<TxOutcome, cairn_chain::ChainError> {
        self.chain.free_slot(self.slot_id()).await
    }
}

// ------------------------------------------------------------------------------------------------
// The lifecycle
// ------------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn request_fill_prove_slash_free_finish_and_pay_with_real_proofs() {
    let started = Instant::now();
    let loading = tokio::task::spawn_blocking(load_prover);
    let rpc = RpcNode::start().await.expect("the RPC endpoint");
    assert_eq!(rpc.chain_id(), 31337);

    // The real contracts, the devnet parameters, tokens and gas money.
    let token = rpc
        .deploy(
            DEPLOYER,
            &CairnToken::BYTECODE,
            &CairnToken::constructorCall {
                name_: "Cairn Test Token".into(),
                symbol_: "CAIRN".into(),
                owner_: DEPLOYER,
            },
        )
        .expect("deploy the token")
        .value;
    let verifier = rpc
        .deploy(
            DEPLOYER,
            &StorageProofVerifier::BYTECODE,
            &StorageProofVerifier::constructorCall {},
        )
        .expect("deploy the Groth16 verifier")
        .value;
    let config = cairn_testkit::devnet_config();
    let marketplace = rpc
        .deploy(
            DEPLOYER,
            &Marketplace::BYTECODE,
            &Marketplace::constructorCall {
                token_: token,
                verifier_: verifier,
                config_: config.clone(),
            },
        )
        .expect("deploy the marketplace")
        .value;
    let client = address_of(CLIENT_KEY);
    let hosts: Vec<Address> = HOST_KEYS.iter().map(|k| address_of(*k)).collect();
    let validator = address_of(VALIDATOR_KEY);
    for who in std::iter::once(client).chain(hosts.iter().copied()) {
        rpc.send(
            DEPLOYER,
            token,
            &CairnToken::mintCall {
                to: who,
                amount: U256::from(MINTED),
            },
        )
        .expect("mint");
    }
    for who in [client, validator].into_iter().chain(hosts.iter().copied()) {
        rpc.set_balance(who, U256::from(ETHER));
    }

    // The nodes' chain clients.
    let client_chain = connect(&rpc, marketplace, CLIENT_KEY).await;
    let validator_chain = connect(&rpc, marketplace, VALIDATOR_KEY).await;
    let mut host_chains = Vec::new();
    for key in HOST_KEYS {
        host_chains.push(connect(&rpc, marketplace, key).await);
    }
    assert_eq!(client_chain.token(), token);
    assert_eq!(client_chain.verifier(), verifier);
    assert_eq!(*client_chain.market_config(), config);
    let (period, timeout) = (config.period, config.timeout);

    // Client: a store with the data, purchasing and its follower.
    let client_dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(StoreConfig {
        data_dir: client_dir.path().join("store"),
        quota_bytes: 1 << 30,
    })
    .await
    .expect("store");
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from(
        pseudo_random_bytes(DATA_LEN, 0x11fe),
    ))]);
    let (cid, _) = store
        .import(body, WriteMeta::default())
        .await
        .expect("upload");
    let (params, prover) = loading.await.expect("loading the prover");
    let prover = Arc::new(prover);
    let circuit = CommitmentParams {
        max_slot_depth: params.max_slot_depth,
        slots_depth: params.slots_depth,
    };
    let client_db = market_db::open(client_dir.path())
        .await
        .expect("market db");
    let purchasing = Purchasing::new(
        client_chain.clone(),
        store.clone(),
        client_db,
        PurchasingConfig {
            poll_interval: Duration::from_millis(100),
            ..PurchasingConfig::new(circuit)
        },
    );
    let follower = Role::spawn("purchasing follower", |stop| {
        let purchasing = purchasing.clone();
        async move {
            purchasing
                .run(async move {
                    let _ = stop.await;
                })
                .await
                .map_err(|e| e.to_string())
        }
    });

    // Validator: its own database, running in the background like in a node.
    let validator_dir = tempfile::tempdir().expect("tempdir");
    let validator_db = market_db::open(validator_dir.path())
        .await
        .expect("validator db");
    let validator_config = ValidatorConfig {
        interval: Some(Duration::from_millis(100)),
        ..ValidatorConfig::default()
    };
    let validator_role = Role::spawn("validator", |stop| {
        let validator = Validator::new(
            validator_chain.clone(),
            validator_db.clone(),
            validator_config.clone(),
        );
        async move {
            validator
                .run(async move {
                    let _ = stop.await;
                })
                .await
                .map_err(|e| e.to_string())
        }
    });
    // A second handle on the validator's database, to read what it recorded.
    let validator_view = Validator::new(
        validator_chain.clone(),
        validator_db.clone(),
        validator_config.clone(),
    );

    let client_before = client_chain.balance().await.expect("balance");
    let mut hosts_before = Vec::new();
    for host in &hosts {
        hosts_before.push(client_chain.token_balance(*host).await.expect("balance"));
    }
    assert_eq!(client_before, U256::from(MINTED));

    // ---- Request (period p0) -------------------------------------------------------------------
    let p0 = rpc.timestamp() / period + 1;
    advance_to_period(&rpc, p0, period);
    let purchase: Purchase = purchasing
        .request(
            &cid,
            PurchaseParams {
                duration: DURATION,
                price_per_byte_per_second: U256::from(PRICE_PER_BYTE_PER_SECOND),
                proof_probability: 1,
                collateral_per_byte: U256::from(COLLATERAL_PER_BYTE),
                slots: SLOTS,
                tolerance: TOLERANCE,
                expiry: EXPIRY,
            },
        )
        .await
        .expect("request storage");
    let request_id = purchase.id;
    let ask = purchase.request.ask.clone();
    assert_eq!(purchase.state, PurchaseState::Submitted);
    assert_eq!(ask.slotSize, 2 * BLOCK_SIZE as u64, "2 blocks per slot");
    let slot_size = U256::from(ask.slotSize);
    let rate = slot_size * U256::from(PRICE_PER_BYTE_PER_SECOND);
    let price = rate * U256::from(DURATION) * U256::from(SLOTS);
    let collateral = slot_size * U256::from(COLLATERAL_PER_BYTE);
    assert_eq!(purchase.price, price);
    assert_eq!(
        client_chain.balance().await.expect("balance"),
        client_before - price,
        "the client paid the price up front"
    );
    let slot_ids: Vec<B256> = (0..u64::from(SLOTS))
        .map(|i| slot_id(request_id, i))
        .collect();
    assert_conserved(&client_chain, request_id, &slot_ids, "requested").await;

    // ---- Hosts fill every slot with real proofs (period p0) ------------------------------------
    let commitments = commitments::dataset_commitments(&store, &purchase.protected_cid, circuit)
        .await
        .expect("commitments");
    assert_eq!(
        B256::from(commitments.verify_root_bytes()),
        purchase.request.content.verifyRoot,
        "the request's verification root is the dataset's"
    );
    let mut host_nodes = Vec::new();
    for (index, chain) in host_chains.iter().enumerate() {
        let verify_tree = commitments.verify_tree().expect("verification tree");
        let slot = SlotData::read(&store, &purchase.protected_cid, index as u32, verify_tree).await;
        host_nodes.push(Host {
            chain: chain.clone(),
            prover: prover.clone(),
            params,
            request_id,
            slot: Arc::new(slot),
        });
    }
    let fill_started = Instant::now();
    let fills = futures::future::join_all(host_nodes.iter().map(Host::fill)).await;
    eprintln!("3 slots filled in {:?}", fill_started.elapsed());
    assert!(fills.iter().all(|outcome| outcome.block_number > 0));
    assert_eq!(rpc.timestamp() / period, p0, "filled within the request's period");
    assert_eq!(
        client_chain
            .request_state(request_id)
            .await
            .expect("state"),
        RequestState::Started
    );
    let info = client_chain
        .get_request_info(request_id)
        .await
        .expect("request info");
    let ends_at = info.endsAt;
    let mut filled_at = Vec::new();
    for (index, slot) in slot_ids.iter().enumerate() {
        let record = client_chain.get_slot(*slot).await.expect("slot");
        assert_eq!(record.host, hosts[index]);
        assert_eq!(record.collateral, collateral);
        filled_at.push(record.filledAt);
    }
    for (index, host) in hosts.iter().enumerate() {
        assert_eq!(
            client_chain.token_balance(*host).await.expect("balance"),
            hosts_before[index] - collateral,
            "host {index} posted the collateral"
        );
    }
    wait_until("the follower to see the request start", async || {
        let p = purchasing
            .purchase(&request_id)
            .await
            .expect("purchase")
            .expect("exists");
        p.state == PurchaseState::Started && p.slots_filled == u64::from(SLOTS)
    })
    .await;
    assert_conserved(&client_chain, request_id, &slot_ids, "started").await;

    // ---- Periods of proofs; the lazy host stops; the validator slashes it out ------------------
    let slash = collateral * U256::from(config.slashPercentage) / U256::from(100);
    let reward = slash * U256::from(config.validatorRewardPercentage) / U256::from(100);
    let repair_reward = collateral * U256::from(config.repairRewardPercentage) / U256::from(100);
    let max_slashes = u64::from(config.maxNumberOfSlashes);
    // The last period that requires proofs ends by `endsAt`.
    let last_required = ends_at / period - 1;
    let first_missed = p0 + HONEST_PERIODS + 1;
    let freed_in = first_missed + max_slashes;
    assert!(
        freed_in <= last_required,
        "the lazy host is slashed out while the request runs"
    );
    assert!(timeout >= period, "a missed proof can be marked in the next period");
    let lazy_slot = slot_ids[LAZY];
    let mut proofs = 0;
    for p in p0 + 1..=last_required {
        advance_to_period(&rpc, p, period);
        let period_started = Instant::now();
        // The validator marks the lazy host's miss of the previous period.
        let missed = p.saturating_sub(first_missed).min(max_slashes);
        if p > first_missed && p <= freed_in {
            let what = format!("the validator to mark period {} of slot {LAZY}", p - 1);
            if missed < max_slashes {
                wait_until(&what, async || {
                    client_chain.missing_proofs(lazy_slot).await.expect("missing") == missed
                })
                .await;
                let record = client_chain.get_slot(lazy_slot).await.expect("slot");
                assert_eq!(record.host, hosts[LAZY], "still the host");
                assert_eq!(
                    record.collateral,
                    collateral - slash * U256::from(missed),
                    "slashed {slash} per missed proof"
                );
            } else {
                wait_until(&what, async || {
                    client_chain.slot_state(lazy_slot).await.expect("state") == SlotState::Repair
                })
                .await;
                let record = client_chain.get_slot(lazy_slot).await.expect("slot");
                assert_eq!(record.host, Address::ZERO, "the lazy host was removed");
                assert_eq!(record.collateral, U256::ZERO);
                assert_eq!(record.repairReward, repair_reward);
                assert_eq!(
                    client_chain
                        .request_state(request_id)
                        .await
                        .expect("state"),
                    RequestState::Started,
                    "one lost slot is within the tolerance"
                );
            }
            assert_eq!(
                client_chain.token_balance(validator).await.expect("balance"),
                reward * U256::from(missed),
                "the validator's reward: {reward} per mark"
            );
        }
        // The hosts prove (all at once, like separate nodes).
        let lazy_stopped = p >= first_missed;
        let proved = futures::future::join_all(host_nodes.iter().enumerate().map(
            |(index, host)| async move {
                if index == LAZY && lazy_stopped {
                    host.chain
                        .is_proof_required(host.slot_id())
                        .await
                        .expect("required")
                } else {
                    host.prove_if_required().await
                }
            },
        ))
        .await;
        for (index, required_or_proved) in proved.iter().enumerate() {
            if index == LAZY && p >= freed_in {
                assert!(!required_or_proved, "period {p}: the freed slot owes nothing");
            } else {
                assert!(
                    required_or_proved,
                    "period {p}: slot {index} must prove (proofProbability 1)"
                );
                if index != LAZY || !lazy_stopped {
                    proofs += 1;
                    assert!(
                        client_chain
                            .proof_received(slot_ids[index], p)
                            .await
                            .expect("received"),
                        "period {p}: slot {index}'s proof is on chain"
                    );
                }
            }
        }
        assert_conserved(&client_chain, request_id, &slot_ids, &format!("period {p}")).await;
        eprintln!(
            "period {} (p0 + {}): proofs {:?} in {:?}",
            p,
            p - p0,
            proved,
            period_started.elapsed()
        );
    }
    // Every period was checked: nothing more to mark.
    advance_to_period(&rpc, last_required + 1, period);
    wait_until("the validator to check the last period", async || {
        let slots = validator_view.followed_slots().await.expect("followed");
        slots.len() == SLOTS as usize - 1
            && slots
                .iter()
                .all(|s| s.checked_through.is_some_and(|c| c >= last_required))
    })
    .await;

    // ---- The end: finished, withdrawn, collected -----------------------------------------------
    let end = ends_at + timeout + 1;
    rpc.advance(end - rpc.timestamp());
    assert_eq!(
        client_chain
            .request_state(request_id)
            .await
            .expect("state"),
        RequestState::Finished
    );
    wait_until("the follower to finish and withdraw", async || {
        let p = purchasing
            .purchase(&request_id)
            .await
            .expect("purchase")
            .expect("exists");
        p.state == PurchaseState::Finished && p.withdrawn
    })
    .await;
    for (index, host) in host_nodes.iter().enumerate() {
        if index == LAZY {
            let err = host.collect().await.expect_err("a removed host has nothing to collect");
            assert_eq!(err.revert_name(), Some("NotAuthorized"), "{err}");
        } else {
            host.collect().await.expect("collect");
            assert_eq!(
                client_chain
                    .slot_state(slot_ids[index])
                    .await
                    .expect("state"),
                SlotState::Paid
            );
        }
    }
    follower.stop().await;
    validator_role.stop().await;

    // ---- Every balance against the contract's rules --------------------------------------------
    let pay = |index: usize| rate * U256::from(ends_at - filled_at[index]);
    let diligent: Vec<usize> = (0..SLOTS as usize).filter(|i| *i != LAZY).collect();
    let hosts_paid: U256 = diligent.iter().map(|i| pay(*i)).sum();
    let marks = U256::from(max_slashes);
    // D + slashes (less rewards) + forfeited collateral + the unclaimed repair reward - the pay of
    // the hosts that stayed = D + C - rewards - their pay.
    let client_payout = price + collateral - reward * marks - hosts_paid;
    let done = purchasing
        .purchase(&request_id)
        .await
        .expect("purchase")
        .expect("exists");
    assert_eq!(done.slots_freed, 1);
    assert_eq!(done.withdrawal, Some(client_payout));
    assert_eq!(
        client_chain.balance().await.expect("balance"),
        client_before - price + client_payout,
        "client: paid the price, got back what the hosts did not earn plus the lazy host's collateral"
    );
    for index in diligent.iter().copied() {
        assert_eq!(
            client_chain.token_balance(hosts[index]).await.expect("balance"),
            hosts_before[index] + pay(index),
            "host {index}: collateral back plus rate x (endsAt - filledAt)"
        );
    }
    assert_eq!(
        client_chain.token_balance(hosts[LAZY]).await.expect("balance"),
        hosts_before[LAZY] - collateral,
        "the lazy host lost its collateral and its pay"
    );
    assert_eq!(
        client_chain.token_balance(validator).await.expect("balance"),
        reward * marks,
        "validator: {reward} per missed proof"
    );
    assert_eq!(
        client_chain
            .token_balance(marketplace)
            .await
            .expect("balance"),
        U256::ZERO,
        "the marketplace owes nothing any more"
    );
    assert_conserved(&client_chain, request_id, &slot_ids, "the end").await;

    // ---- What the validator recorded, and the events -------------------------------------------
    let recorded = validator_view.marks().await.expect("marks");
    let expected_marks: Vec<(B256, u64)> = (first_missed..first_missed + max_slashes)
        .map(|p| (lazy_slot, p))
        .collect();
    assert_eq!(
        recorded
            .iter()
            .map(|m| (m.slot_id, m.period))
            .collect::<Vec<_>>(),
        expected_marks
    );
    for mark in &recorded {
        assert_eq!(mark.status, MarkStatus::Marked);
        assert_eq!(mark.reward, Some(reward));
    }
    let events: Vec<MarketEvent> = rpc
        .logs(&Filter::new().address(marketplace).from_block(0))
        .iter()
        .map(|log| MarketEvent::from_log(log).expect("a marketplace event"))
        .collect();
    let mut submitted = 0;
    let mut missed = Vec::new();
    let mut freed = Vec::new();
    let mut paid = Vec::new();
    let mut withdrawn = Vec::new();
    for event in &events {
        match &event.event {
            MarketplaceEvents::ProofSubmitted(_) => submitted += 1,
            MarketplaceEvents::ProofMissed(e) => {
                missed.push((e.slotId, e.period.to::<u64>(), e.validator, e.slashed, e.reward));
            }
            MarketplaceEvents::SlotFreed(e) => {
                freed.push((e.requestId, e.slotIndex, e.host, e.repairReward));
            }
            MarketplaceEvents::SlotPaid(e) => paid.push((e.slotId, e.host, e.amount)),
            MarketplaceEvents::FundsWithdrawn(e) => withdrawn.push((e.client, e.amount)),
            _ => {}
        }
    }
    assert_eq!(submitted, proofs, "every proof submitted is on chain");
    assert_eq!(
        missed,
        expected_marks
            .iter()
            .map(|(slot, p)| (*slot, *p, validator, slash, reward))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        freed,
        vec![(request_id, LAZY as u64, hosts[LAZY], repair_reward)]
    );
    assert_eq!(
        paid,
        diligent
            .iter()
            .map(|i| (slot_ids[*i], hosts[*i], collateral + pay(*i)))
            .collect::<Vec<_>>()
    );
    assert_eq!(withdrawn, vec![(client, client_payout)]);
    eprintln!(
        "lifecycle: {} blocks, {} proofs submitted, {:?}",
        rpc.block_number(),
        proofs,
        started.elapsed()
    );
}
