//! Real nodes on the in-process chain, shared by the node lifecycle and repair tests: each
//! `cairn_node::Node` on a tokio runtime and thread of its own (so that killing one drops every
//! task it had), driven through its REST API; the chain's clock moved by the test.

use std::{
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, B256, address},
    signers::local::PrivateKeySigner,
};
use cairn_chain::{ChainClient, ChainConfig, SignerConfig, Url};
use cairn_node::{
    Node, NodeConfig, RoleSettings, market::sales::SalesConfig, market::validator::ValidatorConfig,
};
use cairn_tests::RpcNode;
use serde_json::Value;

/// Deploys and mints through the test handle (unsigned): it needs no key.
pub(crate) const DEPLOYER: Address = address!("0x00000000000000000000000000000000000000a1");
/// Ether (wei) given to every signing account for gas.
pub(crate) const ETHER: u128 = 100 * 10u128.pow(18);
/// How long a test waits for a node to act (download, prove, mark, collect).
pub(crate) const WAIT: Duration = Duration::from_secs(240);

pub(crate) fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub(crate) fn address_of(key: B256) -> Address {
    PrivateKeySigner::from_bytes(&key)
        .expect("a valid key")
        .address()
}

/// A chain client configuration for `key` on the endpoint, with short intervals for a test.
pub(crate) fn chain_config(rpc: &RpcNode, marketplace: Address, key: B256) -> ChainConfig {
    let url = Url::parse(&rpc.url()).expect("url");
    let mut config = ChainConfig::new(url, marketplace, SignerConfig::DevKey(key));
    config.poll_interval = Duration::from_millis(50);
    config.rpc_timeout = Duration::from_secs(10);
    config.initial_backoff = Duration::from_millis(50);
    config.max_backoff = Duration::from_millis(500);
    config.receipt_timeout = Duration::from_secs(30);
    config
}

pub(crate) async fn connect(rpc: &RpcNode, marketplace: Address, key: B256) -> ChainClient {
    ChainClient::connect(chain_config(rpc, marketplace, key))
        .await
        .expect("connect to the endpoint")
}

/// Moves the chain's clock to one second into `period` (never backwards) and mines a block.
pub(crate) fn advance_to_period(rpc: &RpcNode, period: u64, period_len: u64) {
    let target = period * period_len + 1;
    let now = rpc.timestamp();
    assert!(
        target > now,
        "period {period} has begun already (now {now})"
    );
    rpc.advance(target - now);
}

/// With `CAIRN_TEST_LOG=<file>`, the nodes' logs (debug for cairn, thread names = node names)
/// go to that file; once per process.
pub(crate) fn init_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Some(path) = std::env::var_os("CAIRN_TEST_LOG") else {
            return;
        };
        let Ok(file) = std::fs::File::create(path) else {
            return;
        };
        let _ = tracing_subscriber::fmt()
            .with_env_filter("info,cairn_node=debug,cairn_p2p=info")
            .with_thread_names(true)
            .with_ansi(false)
            .with_writer(std::sync::Mutex::new(file))
            .try_init();
    });
}

/// Waits (up to [`WAIT`]) until `done` holds.
pub(crate) async fn wait_until(what: &str, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !done().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The marketplace holds exactly what it owes: the client's payout plus every slot's payout
/// (docs/MARKETPLACE.md, "Conservation").
pub(crate) async fn assert_conserved(
    chain: &ChainClient,
    request_id: B256,
    slots: &[B256],
    when: &str,
) {
    let held = chain
        .token_balance(chain.marketplace())
        .await
        .expect("balance");
    let mut owed = chain
        .client_payout(request_id)
        .await
        .expect("client payout");
    for slot in slots {
        owed += chain.slot_payout(*slot).await.expect("slot payout");
    }
    assert_eq!(held, owed, "the marketplace holds what it owes ({when})");
}

// ------------------------------------------------------------------------------------------------
// Nodes: each on a runtime and thread of its own, so that killing one drops every task it had
// ------------------------------------------------------------------------------------------------

/// A `cairn_node::Node` running on its own tokio runtime (two workers) in its own thread.
pub(crate) struct TestNode {
    pub(crate) name: String,
    pub(crate) config: NodeConfig,
    pub(crate) api: String,
    kill: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestNode {
    /// Starts the node and waits until its API answers.
    pub(crate) async fn start(name: &str, config: NodeConfig) -> Self {
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let (kill_tx, kill_rx) = tokio::sync::oneshot::channel::<()>();
        let node_config = config.clone();
        let thread_name = name.to_owned();
        let thread = std::thread::Builder::new()
            .name(format!("node-{name}"))
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .thread_name(format!("node-{thread_name}"))
                    .enable_all()
                    .build()
                    .expect("a runtime");
                runtime.block_on(async move {
                    let node = match Node::start(node_config).await {
                        Ok(node) => node,
                        Err(err) => {
                            let _ = ready_tx.send(Err(format!("{thread_name}: {err}")));
                            return;
                        }
                    };
                    let addr = node.api_addr().expect("api address");
                    let _ = ready_tx.send(Ok(format!("http://{addr}/api/v1")));
                    tokio::select! {
                        result = node.run(std::future::pending()) => {
                            result.unwrap_or_else(|e| panic!("{thread_name} stopped: {e}"));
                        }
                        _ = kill_rx => {}
                    }
                });
                // Like SIGKILL: every task of the node is dropped wherever it is.
                runtime.shutdown_background();
            })
            .expect("a node thread");
        let api = ready_rx
            .await
            .expect("the node thread reports")
            .unwrap_or_else(|e| panic!("starting node {e}"));
        Self {
            name: name.to_owned(),
            config,
            api,
            kill: Some(kill_tx),
            thread: Some(thread),
        }
    }

    /// Kills the node: its runtime is dropped with every task at whatever step it was.
    pub(crate) async fn kill(&mut self) {
        if let Some(kill) = self.kill.take() {
            let _ = kill.send(());
        }
        if let Some(thread) = self.thread.take() {
            tokio::task::spawn_blocking(move || thread.join())
                .await
                .expect("join")
                .unwrap_or_else(|_| panic!("node {} panicked", self.name));
        }
    }

    /// Kills the node and starts it again on the same data directory.
    pub(crate) async fn restart(&mut self) {
        self.kill().await;
        let name = self.name.clone();
        *self = Self::start(&name, self.config.clone()).await;
    }

    pub(crate) async fn get(&self, path: &str) -> Value {
        let response = reqwest::get(format!("{}{path}", self.api))
            .await
            .unwrap_or_else(|e| panic!("{} GET {path}: {e}", self.name));
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        assert!(
            status.is_success(),
            "{} GET {path}: {status} {body}",
            self.name
        );
        serde_json::from_str(&body).expect("json")
    }

    pub(crate) async fn post(&self, path: &str, body: &Value) -> Value {
        let response = reqwest::Client::new()
            .post(format!("{}{path}", self.api))
            .json(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{} POST {path}: {e}", self.name));
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        assert!(
            status.is_success(),
            "{} POST {path}: {status} {text}",
            self.name
        );
        serde_json::from_str(&text).expect("json")
    }

    /// This node's TCP listen address with `/p2p/<peer id>` (to bootstrap others through it).
    pub(crate) async fn p2p_address(&self) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let info = self.get("/node/info").await;
            let found = info["addrs"].as_array().and_then(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .find(|a| a.contains("/tcp/"))
                    .map(str::to_owned)
            });
            if let Some(address) = found {
                return address;
            }
            assert!(
                Instant::now() < deadline,
                "{} has no listen address",
                self.name
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The host's records of slots of `request_id` (`GET /sales/slots`), newest first.
    pub(crate) async fn sales(&self, request_id: B256) -> Vec<Value> {
        let id = request_id.to_string();
        self.get("/sales/slots").await["slots"]
            .as_array()
            .map(|slots| {
                slots
                    .iter()
                    .filter(|s| s["requestId"].as_str() == Some(id.as_str()))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The host's record of the slot of `request_id` it took on and did not give up (a slot it
    /// yielded to another host, or lost the race for, ends `ignored`).
    pub(crate) async fn sale(&self, request_id: B256) -> Option<Value> {
        self.sales(request_id)
            .await
            .into_iter()
            .find(|s| s["state"] != "ignored")
    }
}

impl Drop for TestNode {
    fn drop(&mut self) {
        if let Some(kill) = self.kill.take() {
            let _ = kill.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The roles' intervals for a chain whose clock only the test moves.
pub(crate) fn quick_roles() -> RoleSettings {
    RoleSettings {
        sales: SalesConfig {
            interval: Some(Duration::from_millis(100)),
            download_timeout: Duration::from_secs(30),
            ..SalesConfig::default()
        },
        validator: ValidatorConfig {
            interval: Some(Duration::from_millis(100)),
            ..ValidatorConfig::default()
        },
        purchasing_poll: Duration::from_millis(100),
    }
}

/// The real contracts on the in-process chain: the token, the Groth16 verifier of the `test`
/// circuit set's dev keys, and the marketplace with the devnet parameters.
pub(crate) struct Stack {
    pub(crate) token: Address,
    pub(crate) verifier: Address,
    pub(crate) marketplace: Address,
    pub(crate) config: cairn_bindings::marketplace::IMarketplace::Config,
}

/// Deploys [`Stack`] through the test handle.
pub(crate) fn deploy_stack(rpc: &RpcNode) -> Stack {
    use cairn_bindings::{
        cairn_token::CairnToken, marketplace::Marketplace,
        storage_proof_verifier::StorageProofVerifier,
    };
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
    Stack {
        token,
        verifier,
        marketplace,
        config,
    }
}

/// Mints `tokens` to each of `minted` and gives every account of `minted` and `gas_only` ether.
pub(crate) fn fund(
    rpc: &RpcNode,
    token: Address,
    minted: &[Address],
    gas_only: &[Address],
    tokens: u64,
) {
    use alloy::primitives::U256;
    use cairn_bindings::cairn_token::CairnToken;
    for who in minted {
        rpc.send(
            DEPLOYER,
            token,
            &CairnToken::mintCall {
                to: *who,
                amount: U256::from(tokens),
            },
        )
        .expect("mint");
    }
    for who in minted.iter().chain(gas_only) {
        rpc.set_balance(*who, U256::from(ETHER));
    }
}

/// The `test` circuit set, compiled, with its dev keys made and cached on disk for the hosts:
/// its folder and the commitment parameters (blocking: run it on the blocking pool).
pub(crate) fn test_circuit() -> (PathBuf, cairn_node::dataset::commitments::CommitmentParams) {
    use cairn_prover::{CircuitSet, DEV_SEED};
    let set = CircuitSet::compiled(&project_root(), "test").expect("the test circuit set");
    let circuit = set.load().expect("load the circuit");
    set.dev_keys(&circuit, DEV_SEED).expect("dev keys");
    (
        set.dir.clone(),
        cairn_node::dataset::commitments::CommitmentParams {
            max_slot_depth: set.params.max_slot_depth,
            slots_depth: set.params.slots_depth,
        },
    )
}
