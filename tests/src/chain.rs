//! An in-memory EVM that behaves like a single-node chain: transactions commit, calls do not.

use alloy_primitives::{Address, Bytes, Log, U256};
use alloy_sol_types::{SolCall, SolConstructor};
use revm::{
    Context, ExecuteCommitEvm, ExecuteEvm, MainBuilder, MainContext, MainnetEvm,
    context::{
        TxEnv,
        result::{ExecutionResult, Output},
    },
    database::{CacheDB, EmptyDB},
    database_interface::DatabaseRef,
    handler::MainnetContext,
    primitives::TxKind,
};

/// Gas limit of every transaction: the EIP-7825 per-transaction cap (2^24), far above any cairn call.
const TX_GAS_LIMIT: u64 = 1 << 24;

/// Why a transaction or call did not produce the expected result.
#[derive(Debug, thiserror::Error)]
pub enum TestChainError {
    /// The EVM rejected the transaction before running it (bad nonce, gas, ...).
    #[error("transaction rejected by the EVM: {0}")]
    Rejected(String),
    /// The contract reverted; `data` is the revert data (a custom error or `Error(string)`).
    #[error(
        "execution reverted with data 0x{}",
        alloy_primitives::hex::encode(data)
    )]
    Reverted {
        /// The revert data.
        data: Bytes,
        /// Gas used up to the revert.
        gas_used: u64,
    },
    /// Execution halted (out of gas, invalid opcode, ...).
    #[error("execution halted: {0}")]
    Halted(String),
    /// A deployment returned no address.
    #[error("deployment produced no contract address")]
    NoContractAddress,
    /// The return data did not decode as the call's declared return type.
    #[error("could not decode return data: {0}")]
    Decode(#[from] alloy_sol_types::Error),
}

impl TestChainError {
    /// The revert data, if the failure was a revert.
    pub fn revert_data(&self) -> Option<&Bytes> {
        match self {
            Self::Reverted { data, .. } => Some(data),
            _ => None,
        }
    }
}

/// Returns the error of a transaction that was expected to fail; panics (naming `what`) if it
/// succeeded. Works for calls whose return type has no `Debug` (functions without outputs).
pub fn expect_failure<T>(result: Result<T, TestChainError>, what: &str) -> TestChainError {
    match result {
        Ok(_) => panic!("expected failure but it succeeded: {what}"),
        Err(err) => err,
    }
}

/// The outcome of a committed transaction.
#[derive(Debug, Clone)]
pub struct Executed<T> {
    /// The decoded return value.
    pub value: T,
    /// Gas used by the whole transaction (intrinsic cost included).
    pub gas_used: u64,
    /// Logs emitted, in order.
    pub logs: Vec<Log>,
}

type Db = CacheDB<EmptyDB>;

/// A single-node chain in memory.
pub struct TestChain {
    evm: MainnetEvm<MainnetContext<Db>>,
}

impl std::fmt::Debug for TestChain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestChain")
            .field("block", &self.block_number())
            .field("timestamp", &self.timestamp())
            .finish()
    }
}

impl Default for TestChain {
    fn default() -> Self {
        Self::new()
    }
}

impl TestChain {
    /// A fresh chain at block 1, timestamp 1_700_000_000, with no accounts, under the devnet's
    /// chain id (31337: the only one on which the marketplace accepts the dev-key verifier).
    pub fn new() -> Self {
        let evm = Context::mainnet()
            .with_db(Db::default())
            .modify_cfg_chained(|cfg| cfg.chain_id = 31337)
            .modify_block_chained(|block| {
                block.number = U256::from(1);
                block.timestamp = U256::from(1_700_000_000u64);
                block.gas_limit = TX_GAS_LIMIT * 10;
            })
            .build_mainnet();
        Self { evm }
    }

    /// Current block number.
    pub fn block_number(&self) -> u64 {
        self.evm.ctx.block.number.saturating_to()
    }

    /// Current block timestamp (seconds).
    pub fn timestamp(&self) -> u64 {
        self.evm.ctx.block.timestamp.saturating_to()
    }

    /// Moves time forward by `seconds` and mines one block.
    pub fn advance_time(&mut self, seconds: u64) {
        self.evm.ctx.modify_block(|block| {
            block.timestamp += U256::from(seconds);
            block.number += U256::from(1);
        });
    }

    /// The next nonce of `account`.
    pub fn nonce(&self, account: Address) -> u64 {
        match self.evm.ctx.journaled_state.database.basic_ref(account) {
            Ok(Some(info)) => info.nonce,
            _ => 0,
        }
    }

    /// Deploys `bytecode` with ABI-encoded constructor arguments from `from`.
    pub fn deploy<C: SolConstructor>(
        &mut self,
        from: Address,
        bytecode: &[u8],
        constructor: &C,
    ) -> Result<Executed<Address>, TestChainError> {
        let mut init_code = bytecode.to_vec();
        init_code.extend_from_slice(&constructor.abi_encode());
        let (output, gas_used, logs) = self.commit(from, TxKind::Create, init_code.into())?;
        match output {
            Output::Create(_, Some(address)) => Ok(Executed {
                value: address,
                gas_used,
                logs,
            }),
            _ => Err(TestChainError::NoContractAddress),
        }
    }

    /// Sends a transaction calling `call` on `to` from `from`, and commits it.
    pub fn send<C: SolCall>(
        &mut self,
        from: Address,
        to: Address,
        call: &C,
    ) -> Result<Executed<C::Return>, TestChainError> {
        let (output, gas_used, logs) =
            self.commit(from, TxKind::Call(to), call.abi_encode().into())?;
        let value = C::abi_decode_returns(output.data())?;
        Ok(Executed {
            value,
            gas_used,
            logs,
        })
    }

    /// Runs `call` on `to` as `from` without committing anything (an `eth_call`).
    pub fn call<C: SolCall>(
        &mut self,
        from: Address,
        to: Address,
        call: &C,
    ) -> Result<C::Return, TestChainError> {
        let tx = self.tx(from, TxKind::Call(to), call.abi_encode().into())?;
        let outcome = self
            .evm
            .transact(tx)
            .map_err(|e| TestChainError::Rejected(e.to_string()))?;
        let (output, _, _) = Self::unpack(outcome.result)?;
        Ok(C::abi_decode_returns(output.data())?)
    }

    fn commit(
        &mut self,
        from: Address,
        kind: TxKind,
        data: Bytes,
    ) -> Result<(Output, u64, Vec<Log>), TestChainError> {
        let tx = self.tx(from, kind, data)?;
        let result = self
            .evm
            .transact_commit(tx)
            .map_err(|e| TestChainError::Rejected(e.to_string()))?;
        Self::unpack(result)
    }

    fn tx(&self, from: Address, kind: TxKind, data: Bytes) -> Result<TxEnv, TestChainError> {
        TxEnv::builder()
            .caller(from)
            .kind(kind)
            .data(data)
            .nonce(self.nonce(from))
            .gas_limit(TX_GAS_LIMIT)
            .gas_price(0)
            .chain_id(Some(self.evm.ctx.cfg.chain_id))
            .build()
            .map_err(|e| TestChainError::Rejected(format!("{e:?}")))
    }

    fn unpack(result: ExecutionResult) -> Result<(Output, u64, Vec<Log>), TestChainError> {
        let gas_used = result.tx_gas_used();
        match result {
            ExecutionResult::Success { output, logs, .. } => Ok((output, gas_used, logs)),
            ExecutionResult::Revert { output, .. } => Err(TestChainError::Reverted {
                data: output,
                gas_used,
            }),
            ExecutionResult::Halt { reason, .. } => {
                Err(TestChainError::Halted(format!("{reason:?}")))
            }
        }
    }
}
