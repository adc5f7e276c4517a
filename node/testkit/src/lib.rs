//! Test support only: the anvil devnet harness shared by the tests of cairn-chain and cairn-node.
//! Not part of any shipped binary; a dev-dependency only.
//!
//! anvil as a child process (killed on drop), the contracts deployed on it, funded accounts, dev
//! keys, a client configuration for tests, time travel and the test verifier's mock proofs.
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

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256, Bytes, U256, b256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::json_rpc::RpcSend,
    signers::local::PrivateKeySigner,
};
use cairn_bindings::{
    cairn_token::CairnToken,
    marketplace::{IMarketplace, Marketplace},
    payment_channels::PaymentChannels,
    storage_proof_verifier::StorageProofVerifier,
    test_storage_proof_verifier::TestStorageProofVerifier,
};
use cairn_chain::{
    Ask, ChainClient, ChainConfig, Content, EventStream, MarketEvent, Request, SignerConfig, Url,
};

/// anvil's well-known dev keys (accounts 0..8 of its default mnemonic): public, devnet only.
pub const DEV_KEYS: [B256; 9] = [
    b256!("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
    b256!("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
    b256!("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"),
    b256!("7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"),
    b256!("47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"),
    b256!("8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"),
    b256!("92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e"),
    b256!("4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356"),
    b256!("dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97"),
];

/// The dev accounts [`Devnet::start`] funds with 10^24 token units (account 0 owns the token,
/// account 4 holds none).
pub const FUNDED: std::ops::RangeInclusive<usize> = 1..=3;

/// Seconds after a payment channel's expiry reserved for the host's last redeem, on the devnet.
pub const CHANNEL_CHALLENGE_WINDOW: u64 = 60;

/// The address of dev key `i`.
pub fn dev_address(i: usize) -> Address {
    PrivateKeySigner::from_bytes(&DEV_KEYS[i])
        .expect("dev key")
        .address()
}

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
#[derive(Debug)]
pub struct Anvil {
    child: Child,
    port: u16,
}

impl Anvil {
    /// Starts anvil with `chain_id` on a free port. `None` (with a notice) when anvil is not
    /// installed and `CI` is unset; panics when it is missing under CI.
    pub fn start(chain_id: u64) -> Option<Self> {
        Self::start_with(chain_id, None)
    }

    /// Like [`Anvil::start`], mining a block every `block_time` seconds when given (besides one
    /// per transaction), so the chain's clock moves on by itself.
    pub fn start_with(chain_id: u64, block_time: Option<u64>) -> Option<Self> {
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
            .args(["--port", "0", "--host", "127.0.0.1", "--chain-id"])
            .arg(chain_id.to_string())
            .args(
                block_time
                    .map(|t| vec!["--block-time".to_owned(), t.to_string()])
                    .unwrap_or_default(),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn anvil");
        let stdout = child.stdout.take().expect("anvil stdout");
        let (tx, rx) = mpsc::channel();
        // Reads the port from "Listening on 127.0.0.1:<port>", then keeps draining stdout (anvil
        // logs every request there and would block on a full pipe).
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
        Some(Self { child, port })
    }

    pub fn http_url(&self) -> Url {
        Url::parse(&format!("http://127.0.0.1:{}", self.port)).expect("url")
    }

    pub fn ws_url(&self) -> Url {
        Url::parse(&format!("ws://127.0.0.1:{}", self.port)).expect("url")
    }

    /// A provider that signs with dev key `i` (the tests' own transactions, not the client's).
    pub fn provider(&self, i: usize) -> DynProvider {
        let signer = PrivateKeySigner::from_bytes(&DEV_KEYS[i]).expect("dev key");
        ProviderBuilder::new()
            .wallet(signer)
            .connect_http(self.http_url())
            .erased()
    }
}

impl Drop for Anvil {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The devnet parameters of script/Deploy.s.sol, but reservations of 30 s (300 there) so that tests
/// of lapsing reservations stay short.
pub fn devnet_config() -> IMarketplace::Config {
    IMarketplace::Config {
        period: 10,
        timeout: 20,
        minProofProbability: 1,
        maxProofProbability: 100,
        slashPercentage: 20,
        maxNumberOfSlashes: 2,
        validatorRewardPercentage: 20,
        repairRewardPercentage: 10,
        maxReservations: 3,
        reservationTimeout: 30,
        maxRequestDuration: 30 * 24 * 3600,
    }
}

/// anvil with the contracts: the token (owned by account 0), the test verifier (a hash of the
/// public inputs as "proof") and the marketplace; accounts 1..3 hold 10^24 token units, account 4
/// none.
#[derive(Debug)]
pub struct Devnet {
    pub anvil: Anvil,
    pub token: Address,
    pub verifier: Address,
    pub marketplace: Address,
    /// The PaymentChannels contract (same token; a challenge window of
    /// [`CHANNEL_CHALLENGE_WINDOW`] seconds).
    pub channels: Address,
    /// The block after the deployment.
    pub start_block: u64,
}

impl Devnet {
    /// Starts anvil with `chain_id` and deploys; `None` when anvil is missing (see [`Anvil`]).
    pub async fn start(chain_id: u64) -> Option<Self> {
        Self::start_with(chain_id, None, false).await
    }

    /// Like [`Devnet::start`], with a block every `block_time` seconds and, with `real_verifier`,
    /// the generated Groth16 verifier (`StorageProofVerifier`: the `test` circuit set's dev keys)
    /// instead of the test verifier: then only real storage proofs fill slots.
    pub async fn start_with(
        chain_id: u64,
        block_time: Option<u64>,
        real_verifier: bool,
    ) -> Option<Self> {
        let anvil = Anvil::start_with(chain_id, block_time)?;
        let deployer = anvil.provider(0);
        let owner = dev_address(0);
        let token = CairnToken::deploy(
            deployer.clone(),
            "Cairn Test Token".into(),
            "CAIRN".into(),
            owner,
        )
        .await
        .expect("deploy the token");
        let verifier = if real_verifier {
            *StorageProofVerifier::deploy(deployer.clone())
                .await
                .expect("deploy the verifier")
                .address()
        } else {
            let verifier = TestStorageProofVerifier::deploy(deployer.clone())
                .await
                .expect("deploy the verifier");
            if chain_id != cairn_chain::ANVIL_CHAIN_ID {
                // The marketplace refuses dev-key verifiers off the devnet: tests of other chain
                // ids have the stand-in say it has none.
                verifier
                    .setReportsDevKeys(false)
                    .send()
                    .await
                    .expect("setReportsDevKeys")
                    .get_receipt()
                    .await
                    .expect("setReportsDevKeys receipt");
            }
            *verifier.address()
        };
        let marketplace = Marketplace::deploy(
            deployer.clone(),
            *token.address(),
            verifier,
            devnet_config(),
        )
        .await
        .expect("deploy the marketplace");
        let channels =
            PaymentChannels::deploy(deployer.clone(), *token.address(), CHANNEL_CHALLENGE_WINDOW)
                .await
                .expect("deploy the payment channels");
        for i in FUNDED {
            token
                .mint(dev_address(i), U256::from(10u64).pow(U256::from(24u64)))
                .send()
                .await
                .expect("mint")
                .get_receipt()
                .await
                .expect("mint receipt");
        }
        let start_block = deployer.get_block_number().await.expect("block number") + 1;
        Some(Self {
            token: *token.address(),
            verifier,
            marketplace: *marketplace.address(),
            channels: *channels.address(),
            start_block,
            anvil,
        })
    }

    /// Mints `amount` test tokens to dev account `i` (the token's owner, account 0, sends it).
    pub async fn mint(&self, i: usize, amount: U256) {
        let token = CairnToken::new(self.token, self.anvil.provider(0));
        token
            .mint(dev_address(i), amount)
            .send()
            .await
            .expect("mint")
            .get_receipt()
            .await
            .expect("mint receipt");
    }

    /// A client configuration for dev key `i` over `url`, with short intervals for tests.
    pub fn config(&self, url: Url, i: usize) -> ChainConfig {
        let mut config = ChainConfig::new(url, self.marketplace, SignerConfig::DevKey(DEV_KEYS[i]));
        config.payment_channels = Some(self.channels);
        config.poll_interval = Duration::from_millis(100);
        config.rpc_timeout = Duration::from_secs(10);
        config.initial_backoff = Duration::from_millis(50);
        config.max_backoff = Duration::from_millis(500);
        config.receipt_timeout = Duration::from_secs(30);
        config
    }

    /// Connects dev key `i` over HTTP.
    pub async fn client(&self, i: usize) -> ChainClient {
        ChainClient::connect(self.config(self.anvil.http_url(), i))
            .await
            .expect("connect")
    }

    /// An anvil RPC call (`evm_*`) from account 0's provider; panics on an error answer.
    async fn anvil_call<P: RpcSend>(&self, method: &'static str, params: P) {
        let _: serde_json::Value = self
            .anvil
            .provider(0)
            .raw_request(method.into(), params)
            .await
            .unwrap_or_else(|e| panic!("{method}: {e}"));
    }

    /// Mines one block.
    pub async fn mine(&self) {
        self.anvil_call("evm_mine", ()).await;
    }

    /// Reorganises the chain: the last `depth` blocks are replaced by as many empty ones (their
    /// transactions are dropped, not put back in the pool).
    pub async fn reorg(&self, depth: u64) {
        self.anvil_call("anvil_reorg", (depth, Vec::<serde_json::Value>::new()))
            .await;
    }

    /// Turns anvil's automine on or off.
    pub async fn set_automine(&self, on: bool) {
        self.anvil_call("evm_setAutomine", (on,)).await;
    }

    /// Moves the chain's clock `seconds` ahead and mines a block with the new time.
    pub async fn advance(&self, seconds: u64) {
        self.anvil_call("evm_increaseTime", (seconds,)).await;
        self.mine().await;
    }

    /// Mines a block with timestamp `ts`; later blocks follow the wall clock from there.
    pub async fn mine_at(&self, ts: u64) {
        self.anvil_call("evm_setNextBlockTimestamp", (ts,)).await;
        self.mine().await;
    }

    /// The latest block's timestamp.
    pub async fn latest_timestamp(&self) -> u64 {
        self.anvil
            .provider(0)
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await
            .expect("latest block")
            .expect("a latest block")
            .header
            .timestamp
    }

    /// The transaction count (next nonce) of `account`.
    pub async fn nonce(&self, account: Address) -> u64 {
        self.anvil
            .provider(0)
            .get_transaction_count(account)
            .await
            .expect("nonce")
    }

    /// The account's nonce counting its transactions in anvil's pool.
    pub async fn pending_nonce(&self, account: Address) -> u64 {
        self.anvil
            .provider(0)
            .get_transaction_count(account)
            .pending()
            .await
            .expect("pending nonce")
    }

    /// The proof the test verifier accepts for the slot's current challenge.
    pub async fn proof_for(
        &self,
        entropy: U256,
        verify_root: B256,
        slot_index: u64,
    ) -> cairn_chain::Groth16Proof {
        let verifier = TestStorageProofVerifier::new(self.verifier, self.anvil.provider(0));
        let proof = verifier
            .proofFor([entropy, verify_root.into(), U256::from(slot_index)])
            .call()
            .await
            .expect("proofFor");
        cairn_chain::Groth16Proof {
            a: proof.a,
            b: proof.b,
            c: proof.c,
        }
    }
}

/// A small valid request by `client`, made distinct by `nonce`.
pub fn request(client: Address, nonce: u8) -> Request {
    Request {
        client,
        ask: Ask {
            slots: 4,
            slotSize: 1 << 20,
            duration: 3600,
            proofProbability: 10,
            pricePerBytePerSecond: U256::from(1000),
            collateralPerByte: U256::from(1_000_000),
            maxSlotLoss: 1,
        },
        content: Content {
            cid: Bytes::from_static(&[0x01, 0x55, 0x12, 0x20, 0xaa]),
            verifyRoot: B256::with_last_byte(1),
        },
        expiry: 600,
        nonce: B256::with_last_byte(nonce),
    }
}

/// The next event named `name` (skipping others), within 20 s.
pub async fn next_named(events: &mut EventStream, name: &str) -> MarketEvent {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let item = tokio::time::timeout_at(deadline, events.recv())
            .await
            .unwrap_or_else(|_| panic!("no {name} event within 20 s"))
            .expect("the stream is open")
            .expect("an event");
        if item.name() == name {
            return item;
        }
    }
}
