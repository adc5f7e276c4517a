//! Sending transactions: one nonce sequence per client, gas estimation with a margin, retried
//! broadcasts and receipt waiting.
//!
//! Every transaction the [`ChainClient`](crate::ChainClient) sends goes through these steps:
//!
//! 1. `eth_estimateGas` as a pre-flight: a call that would revert fails here with the decoded
//!    [`Revert`], before a nonce is used. The limit is the estimate plus
//!    [`ChainConfig::gas_margin_percent`](crate::ChainConfig::gas_margin_percent).
//! 2. EIP-1559 fees from the node's fee history.
//! 3. Under the nonce lock: take the next nonce (the cached one, or the account's pending nonce
//!    after a start or an error), sign, and broadcast. Transient RPC errors re-broadcast the
//!    *same* signed bytes, so a retry after a lost answer cannot send twice ("already known" counts
//!    as sent). "nonce too low" / "replacement underpriced" mean the nonce is used (by an earlier
//!    transaction whose answer was lost, or another process with the same key): if it was not ours,
//!    the pending nonce is read again and the transaction re-signed. The lock is held only until
//!    the node accepted the transaction, so concurrent callers queue for nonces, not for receipts.
//!    Fees are capped at [`ChainConfig::max_fee_per_gas`](crate::ChainConfig::max_fee_per_gas).
//! 4. Poll for the receipt until it has [`ChainConfig::confirmations`](crate::ChainConfig) blocks
//!    on top, at most [`ChainConfig::receipt_timeout`](crate::ChainConfig). A transaction still
//!    without a receipt after [`ChainConfig::replace_after`](crate::ChainConfig::replace_after) is
//!    replaced: the same nonce, both fees raised by
//!    [`ChainConfig::fee_bump_percent`](crate::ChainConfig::fee_bump_percent) within the cap (the
//!    receipt of any of the versions counts). Every 3 s the wait also looks for a nonce gap left by
//!    a reorg that dropped an earlier transaction (`gap`): then it ends with
//!    [`ChainError::NonceGap`] and the next send takes the free nonce. A transaction the node
//!    forgot (a reorg dropped its block) ends the wait with [`ChainError::Dropped`], so the call
//!    is estimated and sent again at once. A failed receipt is
//!    replayed as a call (on its block, then on the parent) to recover the revert reason.

use std::time::Duration;

use alloy::{
    eips::{BlockId, eip2718::Encodable2718},
    network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder},
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::SolCall,
    transports::TransportError,
};
use tokio::{sync::Mutex, time::Instant};
use tracing::{debug, info, warn};

use crate::{
    ChainConfig, ChainError, Revert,
    retry::{RetryPolicy, error_message, is_transient},
};

/// How often a transaction waiting for its receipt checks that no earlier nonce of the account
/// went missing (see [`ChainError::NonceGap`]).
const GAP_CHECK_EVERY: Duration = Duration::from_secs(3);

/// Nonces whose latest transaction hash is remembered for the gap check.
const RECENT_NONCES: usize = 256;

/// Re-reads of the pending nonce before a send gives up.
const NONCE_ATTEMPTS: u32 = 5;

/// A mined, successful transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxOutcome {
    /// The transaction's hash.
    pub tx_hash: B256,
    /// The nonce it used.
    pub nonce: u64,
    /// The block it was mined in.
    pub block_number: u64,
    /// That block's hash.
    pub block_hash: Option<B256>,
    /// Gas it used.
    pub gas_used: u64,
}

/// The function name of a call type: `requestStorage((...))` -> `requestStorage`.
pub(crate) fn call_name<C: SolCall>() -> &'static str {
    C::SIGNATURE.split('(').next().unwrap_or(C::SIGNATURE)
}

/// Turns an RPC error of a call or estimate into a [`ChainError::Reverted`] when it carries revert
/// data (or says "revert"), otherwise into [`ChainError::Rpc`].
pub(crate) fn revert_or_rpc(
    call: &'static str,
    method: &'static str,
    err: ChainError,
) -> ChainError {
    match err {
        ChainError::Rpc { source, .. } => match reverted(&source) {
            Some(revert) => ChainError::Reverted {
                call,
                revert: Box::new(revert),
                tx_hash: None,
            },
            None => ChainError::Rpc { method, source },
        },
        other => other,
    }
}

/// The revert in an error answer, if it is one.
fn reverted(err: &TransportError) -> Option<Revert> {
    let payload = err.as_error_resp()?;
    if let Some(data) = payload.as_revert_data() {
        return Some(Revert::decode(data));
    }
    payload
        .message
        .to_lowercase()
        .contains("revert")
        .then(Revert::unknown)
}

/// How the node answered a broadcast.
enum Broadcast {
    /// Accepted (or it had the transaction already).
    Accepted,
    /// The nonce is used already.
    NonceUsed(String),
    /// Any other failure.
    Failed(ChainError),
}

/// Signs and sends the client's transactions (see the module docs).
pub(crate) struct Sender {
    provider: DynProvider,
    wallet: EthereumWallet,
    from: Address,
    chain_id: u64,
    /// The next nonce to use; `None` means "ask the node for the pending nonce".
    nonce: Mutex<Option<u64>>,
    /// The last [`RECENT_NONCES`] nonces this sender used, each with the hash of its latest
    /// version: how a nonce gap is told from transactions merely pending (see `gap`).
    recent: std::sync::Mutex<std::collections::BTreeMap<u64, B256>>,
    retry: RetryPolicy,
    gas_margin_percent: u64,
    max_fee_per_gas: Option<u128>,
    replace_after: Duration,
    fee_bump_percent: u64,
    confirmations: u64,
    poll_interval: Duration,
    receipt_timeout: Duration,
}

impl std::fmt::Debug for Sender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sender")
            .field("from", &self.from)
            .field("chain_id", &self.chain_id)
            .finish_non_exhaustive()
    }
}

impl Sender {
    pub(crate) fn new(
        provider: DynProvider,
        wallet: EthereumWallet,
        from: Address,
        chain_id: u64,
        config: &ChainConfig,
    ) -> Self {
        Self {
            provider,
            wallet,
            from,
            chain_id,
            nonce: Mutex::new(None),
            recent: std::sync::Mutex::default(),
            retry: RetryPolicy::from_config(config),
            gas_margin_percent: config.gas_margin_percent,
            max_fee_per_gas: config.max_fee_per_gas,
            replace_after: config.replace_after,
            fee_bump_percent: config.fee_bump_percent,
            confirmations: config.confirmations,
            poll_interval: config.poll_interval,
            receipt_timeout: config.receipt_timeout,
        }
    }

    /// Sends `call` to `to` and waits for its successful receipt.
    pub(crate) async fn send<C: SolCall>(
        &self,
        to: Address,
        call: &C,
    ) -> Result<TxOutcome, ChainError> {
        let name = call_name::<C>();
        let request = TransactionRequest::default()
            .with_from(self.from)
            .with_to(to)
            .with_input(call.abi_encode())
            .with_chain_id(self.chain_id);

        let estimate = self
            .retry
            .run("eth_estimateGas", || {
                self.provider.estimate_gas(request.clone()).into_future()
            })
            .await
            .map_err(|e| revert_or_rpc(name, "eth_estimateGas", e))?;
        let gas = estimate.saturating_mul(100 + self.gas_margin_percent) / 100;
        let fees = self
            .retry
            .run("eth_feeHistory", || self.provider.estimate_eip1559_fees())
            .await?;
        let (max_fee, priority) = self.capped(fees.max_fee_per_gas, fees.max_priority_fee_per_gas);
        let request = request
            .with_gas_limit(gas)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority);

        let (tx_hash, nonce) = self.broadcast(name, request.clone()).await?;
        debug!(call = name, %tx_hash, nonce, gas, max_fee, priority, "transaction sent");
        let receipt = match self
            .wait_replacing(name, request.clone(), tx_hash, nonce)
            .await
        {
            Ok(receipt) => receipt,
            Err(err) => {
                if matches!(err, ChainError::ReceiptTimeout { .. }) {
                    // The transaction may have been dropped: let the next send ask the node.
                    // (A nonce gap set the free nonce already.)
                    *self.nonce.lock().await = None;
                }
                return Err(err);
            }
        };
        let tx_hash = receipt.transaction_hash;
        let block_number = receipt.block_number.unwrap_or_default();
        if !receipt.status() {
            let revert = self.replay_revert(request, block_number).await;
            warn!(call = name, %tx_hash, %revert, "transaction reverted");
            return Err(ChainError::Reverted {
                call: name,
                revert: Box::new(revert),
                tx_hash: Some(tx_hash),
            });
        }
        info!(call = name, %tx_hash, block_number, gas_used = receipt.gas_used, "transaction mined");
        Ok(TxOutcome {
            tx_hash,
            nonce,
            block_number,
            block_hash: receipt.block_hash,
            gas_used: receipt.gas_used,
        })
    }

    /// Assigns a nonce, signs and broadcasts; returns the hash and nonce once the node accepted.
    async fn broadcast(
        &self,
        name: &'static str,
        request: TransactionRequest,
    ) -> Result<(B256, u64), ChainError> {
        let mut next = self.nonce.lock().await;
        let mut attempts = 0;
        loop {
            let nonce = match *next {
                Some(nonce) => nonce,
                None => self.pending_nonce().await?,
            };
            let (tx_hash, raw) = self.sign(name, &request, nonce).await?;
            match self.send_raw(&raw).await {
                Broadcast::Accepted => {
                    *next = Some(nonce + 1);
                    self.remember(nonce, tx_hash);
                    return Ok((tx_hash, nonce));
                }
                Broadcast::NonceUsed(reason) => {
                    // Ours after all (an earlier attempt whose answer was lost)?
                    if self.known(tx_hash).await {
                        *next = Some(nonce + 1);
                        self.remember(nonce, tx_hash);
                        return Ok((tx_hash, nonce));
                    }
                    attempts += 1;
                    *next = None;
                    if attempts >= NONCE_ATTEMPTS {
                        return Err(ChainError::Nonce {
                            call: name,
                            attempts,
                            reason,
                        });
                    }
                    warn!(call = name, nonce, %reason, "nonce already used, re-reading the pending nonce");
                }
                Broadcast::Failed(err) => {
                    // Unknown whether the node kept it: ask for the pending nonce next time.
                    *next = None;
                    return Err(err);
                }
            }
        }
    }

    /// Signs `request` with `nonce`: the transaction's hash and its encoded bytes.
    async fn sign(
        &self,
        name: &'static str,
        request: &TransactionRequest,
        nonce: u64,
    ) -> Result<(B256, Vec<u8>), ChainError> {
        let envelope = request
            .clone()
            .with_nonce(nonce)
            .build(&self.wallet)
            .await
            .map_err(|e| ChainError::Signing {
                call: name,
                reason: e.to_string(),
            })?;
        Ok((*envelope.tx_hash(), envelope.encoded_2718()))
    }

    /// `eth_sendRawTransaction`, retried with the same bytes on transient errors.
    async fn send_raw(&self, raw: &[u8]) -> Broadcast {
        let mut pause = self.retry.initial;
        let mut attempt = 1;
        loop {
            let last = attempt >= self.retry.attempts;
            let outcome =
                tokio::time::timeout(self.retry.timeout, self.provider.send_raw_transaction(raw))
                    .await;
            match outcome {
                Ok(Ok(_)) => return Broadcast::Accepted,
                Ok(Err(err)) => {
                    let message = error_message(&err).unwrap_or_default();
                    if message.contains("already known")
                        || message.contains("known transaction")
                        || message.contains("already imported")
                    {
                        return Broadcast::Accepted;
                    }
                    if message.contains("nonce too low")
                        || message.contains("nonce is too low")
                        || message.contains("replacement transaction underpriced")
                        || message.contains("already used")
                    {
                        return Broadcast::NonceUsed(message);
                    }
                    if last || !is_transient(&err) {
                        return Broadcast::Failed(ChainError::Rpc {
                            method: "eth_sendRawTransaction",
                            source: err,
                        });
                    }
                    warn!(attempt, error = %err, "broadcast failed, sending the same transaction again");
                }
                Err(_) if last => {
                    return Broadcast::Failed(ChainError::Timeout {
                        method: "eth_sendRawTransaction",
                        timeout: self.retry.timeout,
                    });
                }
                Err(_) => warn!(
                    attempt,
                    "broadcast timed out, sending the same transaction again"
                ),
            }
            tokio::time::sleep(pause).await;
            pause = self.retry.next_pause(pause);
            attempt += 1;
        }
    }

    /// The account's nonce counting its transactions in the node's pool.
    async fn pending_nonce(&self) -> Result<u64, ChainError> {
        self.retry
            .run("eth_getTransactionCount", || {
                self.provider
                    .get_transaction_count(self.from)
                    .pending()
                    .into_future()
            })
            .await
    }

    /// Records `tx_hash` as the latest version sent with `nonce`.
    fn remember(&self, nonce: u64, tx_hash: B256) {
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        recent.insert(nonce, tx_hash);
        while recent.len() > RECENT_NONCES {
            recent.pop_first();
        }
    }

    /// The free nonce a transaction with `nonce` waits behind, if it does: the account's pending
    /// nonce is below `nonce` (nothing in the node's pool fills the gap), or its mined nonce is and
    /// the transaction this sender sent with that nonce is unknown to the node (a reorg dropped
    /// it while later ones sat in the pool, which some nodes still count as pending). A gap the
    /// node fills again by itself (geth puts reorganised transactions back in its pool) is none.
    async fn gap(&self, nonce: u64) -> Result<Option<u64>, ChainError> {
        let pending = self.pending_nonce().await?;
        if pending < nonce {
            return Ok(Some(pending));
        }
        let mined = self
            .retry
            .run("eth_getTransactionCount", || {
                self.provider
                    .get_transaction_count(self.from)
                    .latest()
                    .into_future()
            })
            .await?;
        if mined >= nonce {
            return Ok(None);
        }
        let ours = self
            .recent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&mined)
            .copied();
        match ours {
            Some(tx_hash) if !self.known(tx_hash).await => Ok(Some(mined)),
            _ => Ok(None),
        }
    }

    /// Whether the node knows none of `sent` (the versions of one nonce): after a reorg dropped
    /// the block holding it, anvil forgets a transaction for good.
    /// An RPC error proves nothing: then it is not forgotten.
    async fn forgotten(&self, sent: &[B256]) -> bool {
        for &tx_hash in sent {
            let found = self
                .retry
                .run("eth_getTransactionByHash", || {
                    self.provider.get_transaction_by_hash(tx_hash).into_future()
                })
                .await;
            if !matches!(found, Ok(None)) {
                return false;
            }
        }
        true
    }

    /// Whether the node knows the transaction (pending or mined).
    async fn known(&self, tx_hash: B256) -> bool {
        matches!(
            self.retry
                .run("eth_getTransactionByHash", || self
                    .provider
                    .get_transaction_by_hash(tx_hash)
                    .into_future())
                .await,
            Ok(Some(_))
        )
    }

    /// Fees within the cap: `maxFeePerGas` at most the cap, the priority fee at most that.
    fn capped(&self, max_fee: u128, priority: u128) -> (u128, u128) {
        let max_fee = self.max_fee_per_gas.map_or(max_fee, |cap| max_fee.min(cap));
        (max_fee, priority.min(max_fee))
    }

    /// Waits for the receipt of the transaction sent as `tx_hash` with `nonce`, replacing it with
    /// higher fees every `replace_after` while the cap allows (see the module docs).
    async fn wait_replacing(
        &self,
        name: &'static str,
        mut request: TransactionRequest,
        tx_hash: B256,
        nonce: u64,
    ) -> Result<TransactionReceipt, ChainError> {
        let deadline = Instant::now() + self.receipt_timeout;
        let mut sent = vec![tx_hash];
        let mut replace_at = Instant::now() + self.replace_after;
        let mut forgotten = 0;
        loop {
            let until = deadline
                .min(replace_at)
                .min(Instant::now() + GAP_CHECK_EVERY);
            if let Some(receipt) = self.receipt_of_any(&sent, until).await? {
                return Ok(receipt);
            }
            if Instant::now() >= deadline {
                return Err(ChainError::ReceiptTimeout {
                    call: name,
                    tx_hash: sent[0],
                    timeout: self.receipt_timeout,
                });
            }
            // A reorg that dropped an earlier transaction of ours leaves this one queued behind a
            // free nonce for good: no fee helps, the call has to be sent again.
            if let Some(free) = self.gap(nonce).await? {
                warn!(
                    call = name,
                    nonce, free, "an earlier transaction was dropped (a reorg?): sending again"
                );
                // The next send fills the free nonce, so the ones queued behind it go through.
                *self.nonce.lock().await = Some(free);
                return Err(ChainError::NonceGap {
                    call: name,
                    tx_hash: sent[sent.len() - 1],
                    nonce,
                    pending: free,
                });
            }
            // The node forgot it (a reorg dropped the block it was in): the call is sent again,
            // estimated afresh, instead of waiting for a replacement. Twice in a row, so that a
            // load-balanced RPC whose other backend has not seen it yet is not taken for that.
            if self.forgotten(&sent).await {
                forgotten += 1;
                if forgotten >= 2 {
                    warn!(
                        call = name,
                        nonce, "the node forgot the transaction (a reorg?): sending again"
                    );
                    let mut next = self.nonce.lock().await;
                    *next = Some(next.map_or(nonce, |n| n.min(nonce)));
                    return Err(ChainError::Dropped {
                        call: name,
                        tx_hash: sent[sent.len() - 1],
                        nonce,
                    });
                }
            } else {
                forgotten = 0;
            }
            if Instant::now() < replace_at {
                continue;
            }
            replace_at = Instant::now() + self.replace_after;
            // +1: a fee of a few wei rounds to itself otherwise.
            let bump = |fee: u128| {
                (fee.saturating_mul(100 + u128::from(self.fee_bump_percent)) / 100)
                    .saturating_add(1)
            };
            let old = (
                request.max_fee_per_gas.unwrap_or_default(),
                request.max_priority_fee_per_gas.unwrap_or_default(),
            );
            let (max_fee, priority) = self.capped(bump(old.0), bump(old.1));
            // A replacement must raise both fees by at least 10 %: at the cap it cannot.
            if max_fee.saturating_mul(10) < old.0.saturating_mul(11)
                || priority.saturating_mul(10) < old.1.saturating_mul(11)
            {
                debug!(
                    call = name,
                    nonce, max_fee, "stuck transaction at the fee cap: waiting"
                );
                // A node that forgot it (a reorg, a restart) gets it again as it was.
                let last = sent[sent.len() - 1];
                if !self.known(last).await {
                    let (_, raw) = self.sign(name, &request, nonce).await?;
                    let _ = self.send_raw(&raw).await;
                }
                continue;
            }
            request = request
                .with_max_fee_per_gas(max_fee)
                .with_max_priority_fee_per_gas(priority);
            let (replacement, raw) = self.sign(name, &request, nonce).await?;
            match self.send_raw(&raw).await {
                Broadcast::Accepted => {
                    self.remember(nonce, replacement);
                    warn!(call = name, nonce, stuck = %sent[sent.len() - 1], %replacement, max_fee, priority,
                        "transaction without a receipt replaced with higher fees");
                    sent.push(replacement);
                }
                // The nonce was used meanwhile: one of the sent versions was mined.
                Broadcast::NonceUsed(_) => {}
                Broadcast::Failed(err) => {
                    warn!(call = name, nonce, %err, "replacing a stuck transaction failed; waiting on");
                }
            }
        }
    }

    /// Polls for the receipt (with its confirmations) of any of `hashes` until `until`.
    async fn receipt_of_any(
        &self,
        hashes: &[B256],
        until: Instant,
    ) -> Result<Option<TransactionReceipt>, ChainError> {
        loop {
            for &tx_hash in hashes {
                let receipt = self
                    .retry
                    .run("eth_getTransactionReceipt", || {
                        self.provider.get_transaction_receipt(tx_hash).into_future()
                    })
                    .await?;
                let Some(receipt) = receipt else {
                    continue;
                };
                if self.confirmations == 0 {
                    return Ok(Some(receipt));
                }
                let head = self
                    .retry
                    .run("eth_blockNumber", || {
                        self.provider.get_block_number().into_future()
                    })
                    .await?;
                let mined = receipt.block_number.unwrap_or(u64::MAX);
                if head >= mined.saturating_add(self.confirmations) {
                    return Ok(Some(receipt));
                }
            }
            let now = Instant::now();
            if now >= until {
                return Ok(None);
            }
            tokio::time::sleep(self.poll_interval.min(until - now)).await;
        }
    }

    /// Re-runs a transaction that failed on chain as a call, for its revert reason: on the state
    /// after its block (which includes whatever made it fail earlier in the block), then on the
    /// parent block's state.
    async fn replay_revert(&self, request: TransactionRequest, block_number: u64) -> Revert {
        for block in [block_number, block_number.saturating_sub(1)] {
            let result = self
                .retry
                .run("eth_call", || {
                    self.provider
                        .call(request.clone())
                        .block(BlockId::number(block))
                        .into_future()
                })
                .await;
            if let Err(ChainError::Rpc { source, .. }) = result
                && let Some(revert) = reverted(&source)
            {
                return revert;
            }
        }
        Revert::unknown()
    }
}
