//! An in-process Ethereum JSON-RPC endpoint over revm: what the node's chain client
//! (`cairn-chain`, alloy over HTTP) talks to in lifecycle tests, without anvil.
//!
//! [`RpcNode::start`] binds an HTTP server on `127.0.0.1:0` (axum) in front of a single-node chain
//! held in memory (revm over a `CacheDB`). It behaves like anvil with automine, on a clock that
//! only the test moves:
//!
//! - Every accepted transaction (`eth_sendRawTransaction`: a signed legacy, EIP-2930 or EIP-1559
//!   envelope; the sender is recovered from the signature) is executed and committed in a block of
//!   its own, right away. A transaction that reverts is mined too, with status 0, like on a real
//!   chain; one the EVM rejects (nonce, funds, fees, gas) is refused with a JSON-RPC error whose
//!   message uses geth's words ("nonce too low", "insufficient funds", ...).
//! - Time stands still: a transaction's block has its parent's timestamp (plus
//!   [`RpcConfig::block_time`], 0 by default). [`RpcNode::advance`] moves the clock and mines an
//!   empty block, so a test decides exactly when periods and deadlines pass.
//! - Blocks have real headers (the hash is the header's hash, distinct per block) and `BLOCKHASH`
//!   returns the same hashes for the last 256 blocks; `PREVRANDAO` is derived from the parent's
//!   hash. Base fee: [`RpcConfig::base_fee`] on every block (transactions pay real EIP-1559
//!   fees; accounts need ether: [`RpcNode::set_balance`]).
//! - `eth_call` runs on the state and header of the requested block (the latest by default; the
//!   last [`RpcConfig::history`] blocks are kept; `pending`: the next block), with gas price 0.
//!   `eth_estimateGas`, like anvil's, runs on the next block by default (the latest state with the
//!   number and timestamp of the block the transaction will be mined in, so that code depending
//!   on `block.number` costs the same in the estimate and on chain), and searches the lowest gas
//!   limit with which the transaction succeeds. A revert is the JSON-RPC error geth gives: code 3,
//!   message "execution reverted", `data` = the revert bytes, so clients decode custom errors by
//!   name.
//!
//! Methods: `web3_clientVersion`, `net_version`, `net_listening`, `eth_chainId`, `eth_syncing`,
//! `eth_accounts`, `eth_blockNumber`, `eth_gasPrice`, `eth_maxPriorityFeePerGas`,
//! `eth_feeHistory`, `eth_getBlockByNumber`, `eth_getBlockByHash`, `eth_getBalance`,
//! `eth_getTransactionCount`, `eth_getCode`, `eth_getStorageAt`, `eth_call`, `eth_estimateGas`,
//! `eth_sendRawTransaction`, `eth_getTransactionByHash`, `eth_getTransactionReceipt`,
//! `eth_getLogs` (address and topic filters, block ranges or a block hash); single requests and
//! batches. Anything else is "method not found" (-32601).
//!
//! The test's own handle: [`RpcNode::deploy`], [`RpcNode::send`] and [`RpcNode::call`] with typed
//! bindings (transactions from any address, unsigned, mined like the others with base fee 0 and no
//! fee: the deployer needs no key and no ether), [`RpcNode::advance`], [`RpcNode::set_balance`],
//! [`RpcNode::logs`].

use std::{
    collections::{HashMap, VecDeque},
    convert::Infallible,
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard, PoisonError},
};

use alloy::{
    consensus::{
        Eip658Value, Header, Receipt, ReceiptEnvelope, ReceiptWithBloom, Transaction as _,
        TxEnvelope, transaction::Recovered, transaction::SignerRecoverable,
    },
    eips::{BlockId, BlockNumberOrTag, Decodable2718, Typed2718},
    primitives::{Address, B256, Bloom, Bytes, Log, TxKind, U64, U256, keccak256, logs_bloom},
    rpc::types::{
        Block, BlockTransactions, FeeHistory, Filter, FilterBlockOption, Header as RpcHeader,
        Log as RpcLog, Transaction as RpcTransaction, TransactionReceipt, TransactionRequest,
    },
};
use alloy_sol_types::{SolCall, SolConstructor};
use axum::{Json, Router, extract::State, routing::post};
use revm::{
    Context, ExecuteCommitEvm, ExecuteEvm, MainBuilder, MainContext,
    context::{
        BlockEnv, TxEnv,
        result::{EVMError, ExecutionResult, InvalidTransaction, Output},
    },
    database::{CacheDB, EmptyDB},
    database_interface::DatabaseRef,
    state::AccountInfo,
};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tokio::{net::TcpListener, task::JoinHandle};

use crate::{Executed, TestChainError};

/// The EIP-7825 per-transaction gas cap (2^24): the most any call or estimate may use.
const TX_GAS_CAP: u64 = 1 << 24;
/// What `eth_maxPriorityFeePerGas` suggests (wei).
const SUGGESTED_PRIORITY_FEE: u128 = 1_000_000;
/// Who receives the priority fees.
const COINBASE: Address = Address::new([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xc0, 0x1b,
]);

/// How the chain behind an [`RpcNode`] is set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcConfig {
    /// The chain id (31337 by default: anvil's, the only one on which cairn accepts dev keys).
    pub chain_id: u64,
    /// The genesis block's timestamp.
    pub genesis_timestamp: u64,
    /// The base fee of every block (wei per gas).
    pub base_fee: u64,
    /// Every block's gas limit (at least the per-transaction cap of 2^24).
    pub block_gas_limit: u64,
    /// Seconds a transaction's block adds to its parent's timestamp (0: only
    /// [`RpcNode::advance`] moves the clock).
    pub block_time: u64,
    /// Past states kept for calls at an older block.
    pub history: usize,
}

impl Default for RpcConfig {
    fn default() -> Self {
        Self {
            chain_id: 31337,
            genesis_timestamp: 1_700_000_000,
            base_fee: 1_000_000_000,
            block_gas_limit: 30_000_000,
            block_time: 0,
            history: 64,
        }
    }
}

/// A running in-process JSON-RPC endpoint (see the [module docs](self)). The server stops when
/// this handle is dropped.
pub struct RpcNode {
    addr: SocketAddr,
    chain: Arc<Mutex<Chain>>,
    server: JoinHandle<()>,
}

impl std::fmt::Debug for RpcNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let chain = self.lock();
        f.debug_struct("RpcNode")
            .field("addr", &self.addr)
            .field("chain_id", &chain.config.chain_id)
            .field("block", &chain.head().header.number)
            .field("timestamp", &chain.head().header.timestamp)
            .finish()
    }
}

impl Drop for RpcNode {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl RpcNode {
    /// Starts an endpoint with the [default](RpcConfig::default) chain (id 31337). Call it within
    /// a Tokio runtime.
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with(RpcConfig::default()).await
    }

    /// Starts an endpoint with `config`.
    pub async fn start_with(config: RpcConfig) -> std::io::Result<Self> {
        let chain = Arc::new(Mutex::new(Chain::new(config)));
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let app = Router::new()
            .route("/", post(handle))
            .with_state(chain.clone());
        let server = tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, app).await {
                eprintln!("cairn-tests RPC endpoint {addr} stopped: {err}");
            }
        });
        Ok(Self {
            addr,
            chain,
            server,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Chain> {
        self.chain.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The endpoint's URL (`http://127.0.0.1:<port>`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The chain id.
    pub fn chain_id(&self) -> u64 {
        self.lock().config.chain_id
    }

    /// The latest block's number.
    pub fn block_number(&self) -> u64 {
        self.lock().head().header.number
    }

    /// The latest block's timestamp: the contracts' clock.
    pub fn timestamp(&self) -> u64 {
        self.lock().head().header.timestamp
    }

    /// Moves the clock `seconds` ahead and mines an empty block with the new time; returns its
    /// number.
    pub fn advance(&self, seconds: u64) -> u64 {
        let mut chain = self.lock();
        let timestamp = chain.head().header.timestamp + seconds;
        chain.mine_empty(timestamp)
    }

    /// Mines an empty block at the current time; returns its number.
    pub fn mine(&self) -> u64 {
        self.advance(0)
    }

    /// Sets the ether balance of `account` (wei).
    pub fn set_balance(&self, account: Address, wei: U256) {
        let mut chain = self.lock();
        let mut info = chain.account(account);
        info.balance = wei;
        chain.db.insert_account_info(account, info);
    }

    /// The ether balance of `account` (wei).
    pub fn balance(&self, account: Address) -> U256 {
        self.lock().account(account).balance
    }

    /// The next nonce of `account`.
    pub fn nonce(&self, account: Address) -> u64 {
        self.lock().account(account).nonce
    }

    /// Deploys `bytecode` with ABI-encoded constructor arguments from `from` (unsigned, no fee),
    /// mined in a block of its own.
    pub fn deploy<C: SolConstructor>(
        &self,
        from: Address,
        bytecode: &[u8],
        constructor: &C,
    ) -> Result<Executed<Address>, TestChainError> {
        let mut init_code = bytecode.to_vec();
        init_code.extend_from_slice(&constructor.abi_encode());
        let (output, gas_used, logs) =
            self.lock()
                .impersonated(from, TxKind::Create, init_code.into())?;
        match output {
            Output::Create(_, Some(address)) => Ok(Executed {
                value: address,
                gas_used,
                logs,
            }),
            _ => Err(TestChainError::NoContractAddress),
        }
    }

    /// Sends `call` to `to` from `from` (unsigned, no fee), mined in a block of its own. A revert
    /// is an error (and, as on any chain, a mined block with a failed receipt).
    pub fn send<C: SolCall>(
        &self,
        from: Address,
        to: Address,
        call: &C,
    ) -> Result<Executed<C::Return>, TestChainError> {
        let (output, gas_used, logs) =
            self.lock()
                .impersonated(from, TxKind::Call(to), call.abi_encode().into())?;
        let value = C::abi_decode_returns(output.data())?;
        Ok(Executed {
            value,
            gas_used,
            logs,
        })
    }

    /// Runs `call` on `to` as `from` on the latest block without committing (an `eth_call`).
    pub fn call<C: SolCall>(
        &self,
        from: Address,
        to: Address,
        call: &C,
    ) -> Result<C::Return, TestChainError> {
        let mut chain = self.lock();
        let head = chain.head().header.number;
        let tx = chain.call_tx(from, TxKind::Call(to), call.abi_encode().into(), None, head)?;
        let result = chain
            .simulate(At::Block(head), tx)
            .map_err(TestChainError::Rejected)?;
        let (output, _, _) = unpack(result)?;
        Ok(C::abi_decode_returns(output.data())?)
    }

    /// The logs `filter` selects (what `eth_getLogs` answers).
    pub fn logs(&self, filter: &Filter) -> Vec<RpcLog> {
        let chain = self.lock();
        chain.logs(filter).unwrap_or_default()
    }
}

/// A transaction's outcome as `TestChain` reports it: output, gas used, logs, or the failure.
fn unpack(result: ExecutionResult) -> Result<(Output, u64, Vec<Log>), TestChainError> {
    let gas_used = result.tx_gas_used();
    match result {
        ExecutionResult::Success { output, logs, .. } => Ok((output, gas_used, logs)),
        ExecutionResult::Revert { output, .. } => Err(TestChainError::Reverted {
            data: output,
            gas_used,
        }),
        ExecutionResult::Halt { reason, .. } => Err(TestChainError::Halted(format!("{reason:?}"))),
    }
}

// ------------------------------------------------------------------------------------------------
// The chain
// ------------------------------------------------------------------------------------------------

type Db = CacheDB<EmptyDB>;

/// Where a call runs: on a mined block (its state and header), or on the next block, the one a
/// transaction sent now is mined in (the latest state, the next number and timestamp).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Block(u64),
    Pending,
}

/// A mined block.
struct MinedBlock {
    header: Header,
    hash: B256,
    /// Its transaction, if any (one per block).
    tx: Option<B256>,
}

/// A mined transaction and its receipt.
struct MinedTx {
    /// The signed transaction (`None` for the test handle's unsigned ones).
    signed: Option<Recovered<TxEnvelope>>,
    ty: u8,
    block_number: u64,
    block_hash: B256,
    timestamp: u64,
    from: Address,
    to: Option<Address>,
    contract_address: Option<Address>,
    success: bool,
    gas_used: u64,
    effective_gas_price: u128,
    logs: Vec<Log>,
}

struct Chain {
    config: RpcConfig,
    /// The state after the latest block.
    db: Db,
    /// Every block; index = number.
    blocks: Vec<MinedBlock>,
    block_numbers: HashMap<B256, u64>,
    txs: HashMap<B256, MinedTx>,
    /// States after recent blocks (the latest one included), oldest first.
    history: VecDeque<(u64, Db)>,
}

/// A JSON-RPC error answer.
#[derive(Debug)]
struct RpcError {
    code: i64,
    message: String,
    data: Option<Value>,
}

impl RpcError {
    fn new(code: i64, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            data: None,
        }
    }

    fn invalid_params(message: impl std::fmt::Display) -> Self {
        Self::new(-32602, format!("invalid params: {message}"))
    }

    /// A server-side failure (geth's -32000).
    fn server(message: impl Into<String>) -> Self {
        Self::new(-32000, message)
    }

    /// geth's answer to a reverted call: code 3 with the revert data.
    fn reverted(data: &Bytes) -> Self {
        Self {
            code: 3,
            message: "execution reverted".to_string(),
            data: Some(json!(data)),
        }
    }

    fn to_json(&self) -> Value {
        let mut error = json!({ "code": self.code, "message": self.message });
        if let Some(data) = &self.data {
            error["data"] = data.clone();
        }
        error
    }
}

/// geth's words for a transaction the EVM refuses (clients match on them).
fn rejection(err: &EVMError<Infallible>) -> String {
    match err {
        EVMError::Transaction(InvalidTransaction::NonceTooLow { tx, state }) => {
            format!("nonce too low: next nonce {state}, tx nonce {tx}")
        }
        EVMError::Transaction(InvalidTransaction::NonceTooHigh { tx, state }) => {
            format!("nonce too high: next nonce {state}, tx nonce {tx}")
        }
        EVMError::Transaction(InvalidTransaction::LackOfFundForMaxFee { fee, balance }) => {
            format!("insufficient funds for gas * price + value: balance {balance}, cost {fee}")
        }
        EVMError::Transaction(other) => format!("invalid transaction: {other}"),
        other => other.to_string(),
    }
}

impl Chain {
    fn new(config: RpcConfig) -> Self {
        let mut chain = Self {
            db: Db::default(),
            blocks: Vec::new(),
            block_numbers: HashMap::new(),
            txs: HashMap::new(),
            history: VecDeque::new(),
            config,
        };
        let genesis = Header {
            number: 0,
            timestamp: chain.config.genesis_timestamp,
            gas_limit: chain.config.block_gas_limit,
            base_fee_per_gas: Some(chain.config.base_fee),
            beneficiary: COINBASE,
            ..Header::default()
        };
        chain.seal(genesis, None);
        chain
    }

    fn head(&self) -> &MinedBlock {
        // There is always a genesis block.
        &self.blocks[self.blocks.len() - 1]
    }

    fn account(&self, address: Address) -> AccountInfo {
        match self.db.basic_ref(address) {
            Ok(Some(info)) => info,
            _ => AccountInfo::default(),
        }
    }

    /// The header of the next block at `timestamp` (gas used, bloom and roots filled by `seal`).
    fn next_header(&self, timestamp: u64, base_fee: u64) -> Header {
        let parent = self.head();
        Header {
            parent_hash: parent.hash,
            number: parent.header.number + 1,
            timestamp,
            gas_limit: self.config.block_gas_limit,
            base_fee_per_gas: Some(base_fee),
            beneficiary: COINBASE,
            mix_hash: keccak256(parent.hash),
            ..Header::default()
        }
    }

    /// The EVM's view of block `header`: what `BLOCKHASH`, `TIMESTAMP`, ... see.
    fn block_env(header: &Header, base_fee: u64) -> BlockEnv {
        BlockEnv {
            number: U256::from(header.number),
            beneficiary: header.beneficiary,
            timestamp: U256::from(header.timestamp),
            gas_limit: header.gas_limit,
            basefee: base_fee,
            prevrandao: Some(header.mix_hash),
            ..BlockEnv::default()
        }
    }

    /// Records a block: its hash (also for `BLOCKHASH`), and a snapshot of the state after it.
    fn seal(&mut self, header: Header, tx: Option<B256>) -> B256 {
        let hash = header.hash_slow();
        let number = header.number;
        self.db.cache.block_hashes.insert(U256::from(number), hash);
        self.block_numbers.insert(hash, number);
        self.blocks.push(MinedBlock { header, hash, tx });
        self.history.push_back((number, self.db.clone()));
        while self.history.len() > self.config.history.max(1) {
            self.history.pop_front();
        }
        hash
    }

    fn mine_empty(&mut self, timestamp: u64) -> u64 {
        let header = self.next_header(timestamp, self.config.base_fee);
        let number = header.number;
        self.seal(header, None);
        number
    }

    /// Executes `tx` in a new block and commits it; returns the transaction's hash and its
    /// result. A transaction the EVM refuses leaves no trace.
    fn mine_tx(
        &mut self,
        tx: TxEnv,
        hash: B256,
        signed: Option<Recovered<TxEnvelope>>,
        base_fee: u64,
    ) -> Result<ExecutionResult, String> {
        let timestamp = self.head().header.timestamp + self.config.block_time;
        let mut header = self.next_header(timestamp, base_fee);
        let block = Self::block_env(&header, base_fee);
        let (from, kind, ty) = (tx.caller, tx.kind, tx.tx_type);
        let effective_gas_price = match tx.gas_priority_fee {
            Some(priority) => tx.gas_price.min(u128::from(base_fee) + priority),
            None => tx.gas_price,
        };
        let chain_id = self.config.chain_id;
        let result = {
            let mut evm = Context::mainnet()
                .with_db(&mut self.db)
                .with_block(block)
                .modify_cfg_chained(|cfg| cfg.chain_id = chain_id)
                .build_mainnet();
            evm.transact_commit(tx).map_err(|e| rejection(&e))?
        };
        let logs = result.logs().to_vec();
        header.gas_used = result.tx_gas_used();
        header.logs_bloom = logs_bloom(logs.iter());
        header.transactions_root = keccak256(hash);
        let contract_address = match &result {
            ExecutionResult::Success {
                output: Output::Create(_, address),
                ..
            } => *address,
            _ => None,
        };
        let mined = MinedTx {
            signed,
            ty,
            block_number: header.number,
            block_hash: B256::ZERO,
            timestamp,
            from,
            to: kind.to().copied(),
            contract_address,
            success: result.is_success(),
            gas_used: result.tx_gas_used(),
            effective_gas_price,
            logs,
        };
        let block_hash = self.seal(header, Some(hash));
        self.txs.insert(
            hash,
            MinedTx {
                block_hash,
                ..mined
            },
        );
        Ok(result)
    }

    /// A transaction of the test handle: from anyone, unsigned, gas price 0 in a block with base
    /// fee 0.
    fn impersonated(
        &mut self,
        from: Address,
        kind: TxKind,
        data: Bytes,
    ) -> Result<(Output, u64, Vec<Log>), TestChainError> {
        let nonce = self.account(from).nonce;
        let tx = TxEnv::builder()
            .caller(from)
            .kind(kind)
            .data(data)
            .nonce(nonce)
            .gas_limit(TX_GAS_CAP)
            .gas_price(0)
            .chain_id(Some(self.config.chain_id))
            .build()
            .map_err(|e| TestChainError::Rejected(format!("{e:?}")))?;
        let mut seed = b"impersonated".to_vec();
        seed.extend_from_slice(from.as_slice());
        seed.extend_from_slice(&nonce.to_be_bytes());
        let hash = keccak256(&seed);
        let result = self
            .mine_tx(tx, hash, None, 0)
            .map_err(TestChainError::Rejected)?;
        unpack(result)
    }

    /// The block a request names (`None`: the latest).
    fn resolve(&self, block: Option<BlockId>) -> Result<u64, RpcError> {
        let head = self.head().header.number;
        let number = match block {
            None => head,
            Some(BlockId::Hash(hash)) => *self
                .block_numbers
                .get(&hash.block_hash)
                .ok_or_else(|| RpcError::server(format!("block {} not found", hash.block_hash)))?,
            Some(BlockId::Number(tag)) => self.resolve_tag(tag),
        };
        if number > head {
            return Err(RpcError::server(format!(
                "block {number} not found (latest is {head})"
            )));
        }
        Ok(number)
    }

    /// Where a call or estimate for `block` runs. `pending` (and, for an estimate, no block or
    /// `latest`, as anvil does it) is the next block.
    fn at(&self, block: Option<BlockId>, estimate: bool) -> Result<At, RpcError> {
        match block {
            Some(BlockId::Number(BlockNumberOrTag::Pending)) => Ok(At::Pending),
            None | Some(BlockId::Number(BlockNumberOrTag::Latest)) if estimate => Ok(At::Pending),
            other => self.resolve(other).map(At::Block),
        }
    }

    fn resolve_tag(&self, tag: BlockNumberOrTag) -> u64 {
        match tag {
            BlockNumberOrTag::Number(n) => n,
            BlockNumberOrTag::Earliest => 0,
            // Automine: nothing is pending, everything is final.
            _ => self.head().header.number,
        }
    }

    /// The state after block `number`, mutable (reads fill `CacheDB`'s cache; nothing is
    /// committed through it except by `mine_tx`).
    fn state_at(&mut self, number: u64) -> Result<&mut Db, String> {
        if number == self.head().header.number {
            return Ok(&mut self.db);
        }
        self.history
            .iter_mut()
            .find(|(n, _)| *n == number)
            .map(|(_, db)| db)
            .ok_or_else(|| {
                format!(
                    "missing trie node: the state of block {number} is not kept (only the last \
                     {} blocks)",
                    self.config.history
                )
            })
    }

    fn account_at(&mut self, address: Address, number: u64) -> Result<AccountInfo, RpcError> {
        let db = self.state_at(number).map_err(RpcError::server)?;
        Ok(match db.basic_ref(address) {
            Ok(Some(info)) => info,
            _ => AccountInfo::default(),
        })
    }

    /// The transaction of a call or estimate: gas price 0, the caller's current nonce.
    fn call_tx(
        &mut self,
        from: Address,
        kind: TxKind,
        data: Bytes,
        gas: Option<u64>,
        block: u64,
    ) -> Result<TxEnv, TestChainError> {
        let nonce = self
            .account_at(from, block)
            .map_err(|e| TestChainError::Rejected(e.message))?
            .nonce;
        TxEnv::builder()
            .caller(from)
            .kind(kind)
            .data(data)
            .nonce(nonce)
            .gas_limit(gas.unwrap_or(TX_GAS_CAP).min(TX_GAS_CAP))
            .gas_price(0)
            .chain_id(Some(self.config.chain_id))
            .build()
            .map_err(|e| TestChainError::Rejected(format!("{e:?}")))
    }

    /// Runs `tx` at `at` (base fee 0) without committing.
    fn simulate(&mut self, at: At, tx: TxEnv) -> Result<ExecutionResult, String> {
        let (header, number) = match at {
            At::Block(number) => {
                let header = self
                    .blocks
                    .get(number as usize)
                    .map(|b| b.header.clone())
                    .ok_or_else(|| format!("block {number} not found"))?;
                (header, number)
            }
            At::Pending => {
                let head = self.head().header.clone();
                let timestamp = head.timestamp + self.config.block_time;
                (self.next_header(timestamp, 0), head.number)
            }
        };
        let block = Self::block_env(&header, 0);
        let chain_id = self.config.chain_id;
        let db = self.state_at(number)?;
        let mut evm = Context::mainnet()
            .with_db(db)
            .with_block(block)
            .modify_cfg_chained(|cfg| cfg.chain_id = chain_id)
            .build_mainnet();
        evm.transact(tx)
            .map(|outcome| outcome.result)
            .map_err(|e| rejection(&e))
    }

    // --------------------------------------------------------------------------------------------
    // JSON-RPC methods
    // --------------------------------------------------------------------------------------------

    fn dispatch(&mut self, method: &str, params: &[Value]) -> Result<Value, RpcError> {
        let head = self.head().header.number;
        match method {
            "web3_clientVersion" => Ok(json!("cairn-tests/revm")),
            "net_version" => Ok(json!(self.config.chain_id.to_string())),
            "net_listening" => Ok(json!(true)),
            "eth_chainId" => Ok(quantity(self.config.chain_id)),
            "eth_syncing" => Ok(json!(false)),
            "eth_accounts" => Ok(json!([])),
            "eth_blockNumber" => Ok(quantity(head)),
            "eth_gasPrice" => Ok(json!(U256::from(
                u128::from(self.config.base_fee) + SUGGESTED_PRIORITY_FEE
            ))),
            "eth_maxPriorityFeePerGas" => Ok(json!(U256::from(SUGGESTED_PRIORITY_FEE))),
            "eth_feeHistory" => self.fee_history(params),
            "eth_getBlockByNumber" => {
                let tag: BlockNumberOrTag = param(params, 0)?;
                let full = opt_param::<bool>(params, 1)?.unwrap_or(false);
                let number = self.resolve_tag(tag);
                Ok(self.block_json(number, full))
            }
            "eth_getBlockByHash" => {
                let hash: B256 = param(params, 0)?;
                let full = opt_param::<bool>(params, 1)?.unwrap_or(false);
                Ok(match self.block_numbers.get(&hash) {
                    Some(&number) => self.block_json(number, full),
                    None => Value::Null,
                })
            }
            "eth_getBalance" | "eth_getTransactionCount" | "eth_getCode" => {
                let address: Address = param(params, 0)?;
                let number = self.resolve(opt_param(params, 1)?)?;
                let info = self.account_at(address, number)?;
                Ok(match method {
                    "eth_getBalance" => json!(info.balance),
                    "eth_getTransactionCount" => quantity(info.nonce),
                    _ => {
                        let code = match info.code {
                            Some(code) => code.original_bytes(),
                            None => self
                                .state_at(number)
                                .map_err(RpcError::server)?
                                .code_by_hash_ref(info.code_hash)
                                .map(|code| code.original_bytes())
                                .unwrap_or_default(),
                        };
                        json!(code)
                    }
                })
            }
            "eth_getStorageAt" => {
                let address: Address = param(params, 0)?;
                let slot: U256 = param(params, 1)?;
                let number = self.resolve(opt_param(params, 2)?)?;
                let db = self.state_at(number).map_err(RpcError::server)?;
                let value = db.storage_ref(address, slot).unwrap_or_default();
                Ok(json!(B256::from(value)))
            }
            "eth_call" => {
                let request: TransactionRequest = param(params, 0)?;
                if params.len() > 2 {
                    return Err(RpcError::invalid_params(
                        "state overrides are not supported",
                    ));
                }
                let at = self.at(opt_param(params, 1)?, false)?;
                let tx = self.request_tx(&request, at)?;
                match self.simulate(at, tx).map_err(RpcError::server)? {
                    ExecutionResult::Success { output, .. } => Ok(json!(output.data())),
                    ExecutionResult::Revert { output, .. } => Err(RpcError::reverted(&output)),
                    ExecutionResult::Halt { reason, .. } => {
                        Err(RpcError::server(format!("execution halted: {reason:?}")))
                    }
                }
            }
            "eth_estimateGas" => {
                let request: TransactionRequest = param(params, 0)?;
                let at = self.at(opt_param(params, 1)?, true)?;
                self.estimate_gas(&request, at).map(quantity)
            }
            "eth_sendRawTransaction" => {
                let raw: Bytes = param(params, 0)?;
                self.send_raw(&raw).map(|hash| json!(hash))
            }
            "eth_getTransactionByHash" => {
                let hash: B256 = param(params, 0)?;
                Ok(self
                    .txs
                    .get(&hash)
                    .and_then(rpc_transaction)
                    .map_or(Value::Null, |tx| json!(tx)))
            }
            "eth_getTransactionReceipt" => {
                let hash: B256 = param(params, 0)?;
                Ok(self
                    .txs
                    .get(&hash)
                    .map_or(Value::Null, |tx| json!(receipt(hash, tx))))
            }
            "eth_getLogs" => {
                let filter: Filter = param(params, 0)?;
                self.logs(&filter).map(|logs| json!(logs))
            }
            other => Err(RpcError::new(
                -32601,
                format!("the method {other} does not exist/is not available"),
            )),
        }
    }

    /// The transaction a call or estimate request describes (value, access list and fees are
    /// ignored: calls run with gas price 0).
    fn request_tx(&mut self, request: &TransactionRequest, at: At) -> Result<TxEnv, RpcError> {
        let block = match at {
            At::Block(number) => number,
            At::Pending => self.head().header.number,
        };
        let from = request.from.unwrap_or_default();
        let kind = request.to.unwrap_or(TxKind::Create);
        let data = request.input.input().cloned().unwrap_or_default();
        let mut tx = self
            .call_tx(from, kind, data, request.gas, block)
            .map_err(|e| RpcError::server(e.to_string()))?;
        tx.value = request.value.unwrap_or_default();
        Ok(tx)
    }

    /// The lowest gas limit with which the request succeeds (binary search from the gas it spent
    /// up to the cap: refunds and the 63/64 rule can make the spent gas too little).
    fn estimate_gas(&mut self, request: &TransactionRequest, at: At) -> Result<u64, RpcError> {
        let mut tx = self.request_tx(request, at)?;
        let cap = tx.gas_limit;
        let first = self.simulate(at, tx.clone()).map_err(RpcError::server)?;
        let spent = match first {
            ExecutionResult::Success { gas, .. } => gas.total_gas_spent(),
            ExecutionResult::Revert { output, .. } => return Err(RpcError::reverted(&output)),
            ExecutionResult::Halt { reason, .. } => {
                return Err(RpcError::server(format!(
                    "gas required exceeds allowance ({cap}): {reason:?}"
                )));
            }
        };
        let mut succeeds = |chain: &mut Self, limit: u64| -> bool {
            tx.gas_limit = limit;
            matches!(chain.simulate(at, tx.clone()), Ok(r) if r.is_success())
        };
        if succeeds(self, spent) {
            return Ok(spent);
        }
        let (mut low, mut high) = (spent, cap);
        while high - low > 1 {
            let mid = low + (high - low) / 2;
            if succeeds(self, mid) {
                high = mid;
            } else {
                low = mid;
            }
        }
        Ok(high)
    }

    /// `eth_sendRawTransaction`: decode, recover, check, execute and mine.
    fn send_raw(&mut self, raw: &[u8]) -> Result<B256, RpcError> {
        let envelope = TxEnvelope::decode_2718(&mut &raw[..])
            .map_err(|e| RpcError::invalid_params(format!("undecodable transaction: {e}")))?;
        let hash = *envelope.tx_hash();
        if self.txs.contains_key(&hash) {
            return Err(RpcError::server("already known"));
        }
        let ty = envelope.ty();
        if ty > 2 {
            return Err(RpcError::server(format!(
                "transaction type {ty} not supported"
            )));
        }
        if let Some(chain_id) = envelope.chain_id()
            && chain_id != self.config.chain_id
        {
            return Err(RpcError::server(format!(
                "invalid chain id {chain_id} (this chain is {})",
                self.config.chain_id
            )));
        }
        let from = envelope
            .recover_signer()
            .map_err(|e| RpcError::invalid_params(format!("invalid signature: {e}")))?;
        let tx = TxEnv::builder()
            .tx_type(Some(ty))
            .caller(from)
            .gas_limit(envelope.gas_limit())
            .gas_price(envelope.max_fee_per_gas())
            .gas_priority_fee(envelope.max_priority_fee_per_gas())
            .kind(envelope.kind())
            .value(envelope.value())
            .data(envelope.input().clone())
            .nonce(envelope.nonce())
            .chain_id(envelope.chain_id())
            .access_list(envelope.access_list().cloned().unwrap_or_default())
            .build()
            .map_err(|e| RpcError::server(format!("invalid transaction: {e:?}")))?;
        let signed = Recovered::new_unchecked(envelope, from);
        self.mine_tx(tx, hash, Some(signed), self.config.base_fee)
            .map_err(RpcError::server)?;
        Ok(hash)
    }

    fn block_json(&self, number: u64, full: bool) -> Value {
        let Some(block) = self.blocks.get(number as usize) else {
            return Value::Null;
        };
        let transactions = if full {
            BlockTransactions::Full(
                block
                    .tx
                    .and_then(|hash| self.txs.get(&hash))
                    .and_then(rpc_transaction)
                    .into_iter()
                    .collect(),
            )
        } else {
            BlockTransactions::Hashes(block.tx.into_iter().collect())
        };
        let rpc_block: Block<RpcTransaction> = Block {
            header: RpcHeader {
                hash: block.hash,
                inner: block.header.clone(),
                total_difficulty: Some(U256::ZERO),
                size: None,
            },
            uncles: Vec::new(),
            transactions,
            withdrawals: None,
        };
        json!(rpc_block)
    }

    fn fee_history(&self, params: &[Value]) -> Result<Value, RpcError> {
        let count = match params.first() {
            Some(Value::Number(n)) => n.as_u64(),
            Some(Value::String(s)) => s.parse::<U64>().ok().map(|n| n.to::<u64>()),
            _ => None,
        }
        .ok_or_else(|| RpcError::invalid_params("blockCount"))?;
        let newest = self.resolve_tag(param(params, 1)?);
        let newest = newest.min(self.head().header.number);
        let percentiles: Vec<f64> = opt_param(params, 2)?.unwrap_or_default();
        let count = count.clamp(1, 1024).min(newest + 1);
        let oldest = newest + 1 - count;
        let mut history = FeeHistory {
            oldest_block: oldest,
            reward: (!percentiles.is_empty()).then(Vec::new),
            ..FeeHistory::default()
        };
        for number in oldest..=newest {
            let block = &self.blocks[number as usize];
            let base_fee = u128::from(block.header.base_fee_per_gas.unwrap_or_default());
            history.base_fee_per_gas.push(base_fee);
            history
                .gas_used_ratio
                .push(block.header.gas_used as f64 / block.header.gas_limit as f64);
            if let Some(rewards) = &mut history.reward {
                let tip = block
                    .tx
                    .and_then(|hash| self.txs.get(&hash))
                    .map_or(0, |tx| tx.effective_gas_price.saturating_sub(base_fee));
                rewards.push(vec![tip; percentiles.len()]);
            }
        }
        // The next block's base fee.
        history
            .base_fee_per_gas
            .push(u128::from(self.config.base_fee));
        Ok(json!(history))
    }

    fn logs(&self, filter: &Filter) -> Result<Vec<RpcLog>, RpcError> {
        let head = self.head().header.number;
        let (from, to) = match &filter.block_option {
            FilterBlockOption::AtBlockHash(hash) => {
                let number = *self
                    .block_numbers
                    .get(hash)
                    .ok_or_else(|| RpcError::server(format!("unknown block {hash}")))?;
                (number, number)
            }
            FilterBlockOption::Range {
                from_block,
                to_block,
            } => {
                let from = from_block.map_or(head, |tag| self.resolve_tag(tag));
                let to = to_block.map_or(head, |tag| self.resolve_tag(tag)).min(head);
                if from > to && from <= head {
                    return Err(RpcError::invalid_params(format!(
                        "invalid block range {from}..{to}"
                    )));
                }
                (from, to)
            }
        };
        let mut logs = Vec::new();
        for number in from..=to {
            let Some(block) = self.blocks.get(number as usize) else {
                break;
            };
            let Some((hash, tx)) = block
                .tx
                .and_then(|hash| self.txs.get(&hash).map(|tx| (hash, tx)))
            else {
                continue;
            };
            logs.extend(
                rpc_logs(hash, tx)
                    .into_iter()
                    .filter(|log| filter.matches(&log.inner)),
            );
        }
        Ok(logs)
    }
}

/// A `u64` as a JSON-RPC quantity (`"0x…"`).
fn quantity(value: u64) -> Value {
    json!(U64::from(value))
}

/// Positional parameter `i`.
fn param<T: DeserializeOwned>(params: &[Value], i: usize) -> Result<T, RpcError> {
    let value = params
        .get(i)
        .ok_or_else(|| RpcError::invalid_params(format!("missing parameter {i}")))?;
    serde_json::from_value(value.clone())
        .map_err(|e| RpcError::invalid_params(format!("parameter {i}: {e}")))
}

/// Optional positional parameter `i` (absent or null: `None`).
fn opt_param<T: DeserializeOwned>(params: &[Value], i: usize) -> Result<Option<T>, RpcError> {
    match params.get(i) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => param(params, i).map(Some),
    }
}

/// The transaction's logs as `eth_getLogs` and receipts give them (one transaction per block, so
/// log indexes count from 0 in each block).
fn rpc_logs(hash: B256, tx: &MinedTx) -> Vec<RpcLog> {
    tx.logs
        .iter()
        .enumerate()
        .map(|(i, log)| RpcLog {
            inner: log.clone(),
            block_hash: Some(tx.block_hash),
            block_number: Some(tx.block_number),
            block_timestamp: Some(tx.timestamp),
            transaction_hash: Some(hash),
            transaction_index: Some(0),
            log_index: Some(i as u64),
            removed: false,
        })
        .collect()
}

fn rpc_transaction(tx: &MinedTx) -> Option<RpcTransaction> {
    Some(RpcTransaction {
        inner: tx.signed.clone()?,
        block_hash: Some(tx.block_hash),
        block_number: Some(tx.block_number),
        transaction_index: Some(0),
        effective_gas_price: Some(tx.effective_gas_price),
        block_timestamp: Some(tx.timestamp),
    })
}

fn receipt(hash: B256, tx: &MinedTx) -> TransactionReceipt {
    let logs = rpc_logs(hash, tx);
    let bloom: Bloom = logs_bloom(tx.logs.iter());
    let inner = ReceiptWithBloom {
        receipt: Receipt {
            status: Eip658Value::Eip658(tx.success),
            cumulative_gas_used: tx.gas_used,
            logs,
        },
        logs_bloom: bloom,
    };
    TransactionReceipt {
        inner: match tx.ty {
            1 => ReceiptEnvelope::Eip2930(inner),
            2 => ReceiptEnvelope::Eip1559(inner),
            _ => ReceiptEnvelope::Legacy(inner),
        },
        transaction_hash: hash,
        transaction_index: Some(0),
        block_hash: Some(tx.block_hash),
        block_number: Some(tx.block_number),
        gas_used: tx.gas_used,
        effective_gas_price: tx.effective_gas_price,
        blob_gas_used: None,
        blob_gas_price: None,
        from: tx.from,
        to: tx.to,
        contract_address: tx.contract_address,
    }
}

// ------------------------------------------------------------------------------------------------
// HTTP
// ------------------------------------------------------------------------------------------------

/// One JSON-RPC request object → its response (`None` for a notification).
fn answer(chain: &Mutex<Chain>, request: Value) -> Option<Value> {
    let id = request.get("id").cloned();
    let result = match (
        request.get("method").and_then(Value::as_str),
        request.get("params"),
    ) {
        (None, _) => Err(RpcError::new(-32600, "invalid request: no method")),
        (Some(method), None | Some(Value::Null)) => {
            let mut chain = chain.lock().unwrap_or_else(PoisonError::into_inner);
            chain.dispatch(method, &[])
        }
        (Some(method), Some(Value::Array(params))) => {
            let mut chain = chain.lock().unwrap_or_else(PoisonError::into_inner);
            chain.dispatch(method, params)
        }
        (Some(_), Some(_)) => Err(RpcError::invalid_params("params must be an array")),
    };
    let id = id?;
    Some(match result {
        Ok(value) => json!({ "jsonrpc": "2.0", "id": id, "result": value }),
        Err(err) => json!({ "jsonrpc": "2.0", "id": id, "error": err.to_json() }),
    })
}

async fn handle(State(chain): State<Arc<Mutex<Chain>>>, body: axum::body::Bytes) -> Json<Value> {
    let request: Value = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(err) => {
            let error = RpcError::new(-32700, format!("parse error: {err}"));
            return Json(json!({ "jsonrpc": "2.0", "id": null, "error": error.to_json() }));
        }
    };
    Json(match request {
        Value::Array(batch) if batch.is_empty() => {
            let error = RpcError::new(-32600, "invalid request: empty batch");
            json!({ "jsonrpc": "2.0", "id": null, "error": error.to_json() })
        }
        Value::Array(batch) => Value::Array(
            batch
                .into_iter()
                .filter_map(|request| answer(&chain, request))
                .collect(),
        ),
        request => answer(&chain, request).unwrap_or(Value::Null),
    })
}
