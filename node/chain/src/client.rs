//! [`ChainClient`]: connection, typed Marketplace calls and views.

use std::{fmt, sync::Arc};

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    primitives::{Address, B256, U256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::{
        client::{ClientBuilder, RpcClient},
        types::{BlockNumberOrTag, TransactionRequest},
    },
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
    transports::ws::WsConnect,
};
use cairn_bindings::{
    cairn_token::CairnToken,
    marketplace::Marketplace,
    payment_channels::PaymentChannels,
    storage_proof_verifier::StorageProofVerifier::{self, VerifierInfo},
};
use tokio::sync::Mutex;
use tracing::info;

use crate::{
    ANVIL_CHAIN_ID, ChainConfig, ChainError, EventCursor, EventStream, Groth16Proof, MarketConfig,
    Request, RequestInfo, RequestState, SignerConfig, SlotInfo, SlotState, TxOutcome,
    events::{self, PollerConfig},
    retry::RetryPolicy,
    sender::{Sender, call_name, revert_or_rpc},
    types::{collateral_of, price_of, request_id},
};

/// A block's number and timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockRef {
    /// The block number.
    pub number: u64,
    /// Its timestamp (the contracts' `block.timestamp`).
    pub timestamp: u64,
}

/// The randomness of a period (`Marketplace.periodSeed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodSeed {
    /// The seed (zero while unknown).
    pub seed: B256,
    /// Whether its block is mined, so the seed is known.
    pub known: bool,
    /// Whether it was committed before the period began (only then can the period require
    /// proofs).
    pub binding: bool,
}

/// The node's connection to the chain: a signer, the Marketplace and its token. Cheap to clone
/// (shared state); safe to use from many tasks at once.
#[derive(Clone)]
pub struct ChainClient {
    inner: Arc<Inner>,
}

struct Inner {
    config: ChainConfig,
    provider: DynProvider,
    sender: Sender,
    retry: RetryPolicy,
    address: Address,
    chain_id: u64,
    token: Address,
    verifier: Address,
    market: MarketConfig,
    /// The PaymentChannels contract, when configured (checked on connect).
    channels: Option<Address>,
    /// The node's key, for what is signed off chain (vouchers).
    signer: PrivateKeySigner,
    /// Held from an `approve` until the call that spends the allowance is mined, so that two
    /// concurrent callers do not overwrite each other's allowance.
    approvals: Mutex<()>,
}

impl fmt::Debug for ChainClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChainClient")
            .field("rpc", &endpoint(&self.inner.config.rpc_url))
            .field("chain_id", &self.inner.chain_id)
            .field("address", &self.inner.address)
            .field("marketplace", &self.inner.config.marketplace)
            .field("token", &self.inner.token)
            .finish_non_exhaustive()
    }
}

/// The URL without credentials, path or query (for logs and errors).
fn endpoint(url: &url::Url) -> String {
    let host = url.host_str().unwrap_or("?");
    match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    }
}

/// `U256` to `u64`, for periods and timestamps.
fn to_u64(value: U256, what: &str) -> Result<u64, ChainError> {
    u64::try_from(value)
        .map_err(|_| ChainError::Decode(format!("{what} {value} does not fit in u64")))
}

impl ChainClient {
    /// Connects: loads the signer, opens the provider (HTTP or WebSocket by the URL's scheme),
    /// checks the chain id (a [`SignerConfig::DevKey`] is refused unless it is
    /// [`ANVIL_CHAIN_ID`]) and that the marketplace exists, and reads the token, the verifier and
    /// the marketplace's parameters.
    pub async fn connect(config: ChainConfig) -> Result<Self, ChainError> {
        config.validate()?;
        let url = endpoint(&config.rpc_url);
        let signer = load_signer(&config.signer).await?;
        let address = signer.address();
        let wallet = EthereumWallet::from(signer.clone());
        let retry = RetryPolicy::from_config(&config);

        let client: RpcClient = if config.is_ws() {
            // Reconnect for as long as the client lives (alloy gives up after 10 tries by default,
            // which would leave a long-running node with a dead provider).
            let connect = WsConnect::new(config.rpc_url.as_str())
                .with_max_retries(u32::MAX)
                .with_retry_interval(config.initial_backoff);
            match tokio::time::timeout(config.rpc_timeout, ClientBuilder::default().ws(connect))
                .await
            {
                Ok(Ok(client)) => client,
                Ok(Err(e)) => {
                    return Err(ChainError::Connect {
                        url,
                        reason: e.to_string(),
                    });
                }
                Err(_) => {
                    return Err(ChainError::Connect {
                        url,
                        reason: format!("no WebSocket connection within {:?}", config.rpc_timeout),
                    });
                }
            }
        } else {
            ClientBuilder::default().http(config.rpc_url.clone())
        };
        // The wallet filler signs anything sent through the provider; the client's own sends fill
        // every field first (see `sender`) and sign with the same wallet.
        let provider = ProviderBuilder::new()
            .disable_recommended_fillers()
            .wallet(wallet.clone())
            .connect_client(client)
            .erased();

        let chain_id = retry
            .run("eth_chainId", || provider.get_chain_id().into_future())
            .await
            .map_err(|e| ChainError::Connect {
                url: url.clone(),
                reason: e.to_string(),
            })?;
        if matches!(config.signer, SignerConfig::DevKey(_)) && chain_id != ANVIL_CHAIN_ID {
            return Err(ChainError::DevKeyRefused { chain_id });
        }
        let code = retry
            .run("eth_getCode", || {
                provider.get_code_at(config.marketplace).into_future()
            })
            .await?;
        if code.is_empty() {
            return Err(ChainError::NoMarketplace(config.marketplace));
        }

        let marketplace = config.marketplace;
        let token = call_contract(
            &provider,
            &retry,
            address,
            marketplace,
            &Marketplace::tokenCall {},
        )
        .await?;
        let verifier = call_contract(
            &provider,
            &retry,
            address,
            marketplace,
            &Marketplace::verifierCall {},
        )
        .await?;
        let market = call_contract(
            &provider,
            &retry,
            address,
            marketplace,
            &Marketplace::configCall {},
        )
        .await?;
        if let Some(channels) = config.payment_channels {
            let code = retry
                .run("eth_getCode", || {
                    provider.get_code_at(channels).into_future()
                })
                .await?;
            if code.is_empty() {
                return Err(ChainError::InvalidArgument(format!(
                    "no PaymentChannels contract at {channels}"
                )));
            }
            let channels_token = call_contract(
                &provider,
                &retry,
                address,
                channels,
                &PaymentChannels::tokenCall {},
            )
            .await?;
            if channels_token != token {
                return Err(ChainError::InvalidArgument(format!(
                    "the PaymentChannels contract {channels} pays in {channels_token}, the marketplace in {token}"
                )));
            }
        }
        let sender = Sender::new(provider.clone(), wallet, address, chain_id, &config);
        let client = Self {
            inner: Arc::new(Inner {
                provider,
                sender,
                retry,
                address,
                chain_id,
                token,
                verifier,
                market,
                channels: config.payment_channels,
                signer,
                approvals: Mutex::new(()),
                config,
            }),
        };
        info!(
            rpc = %url,
            chain_id,
            %address,
            %marketplace,
            %token,
            period = client.inner.market.period,
            "connected to the chain"
        );
        Ok(client)
    }

    // ------------------------------------------------------------------------------------------
    // What the client is connected to
    // ------------------------------------------------------------------------------------------

    /// The signer's address (the node's account).
    pub fn address(&self) -> Address {
        self.inner.address
    }

    /// The chain's id.
    pub fn chain_id(&self) -> u64 {
        self.inner.chain_id
    }

    /// The Marketplace contract.
    pub fn marketplace(&self) -> Address {
        self.inner.config.marketplace
    }

    /// The payment and collateral token (`Marketplace.token()`).
    pub fn token(&self) -> Address {
        self.inner.token
    }

    /// The storage-proof verifier (`Marketplace.verifier()`).
    pub fn verifier(&self) -> Address {
        self.inner.verifier
    }

    /// The marketplace's deployment parameters (`Marketplace.config()`, read on connect).
    pub fn market_config(&self) -> &MarketConfig {
        &self.inner.market
    }

    /// The PaymentChannels contract, when configured.
    pub(crate) fn channels_address(&self) -> Option<Address> {
        self.inner.channels
    }

    /// The node's key.
    pub(crate) fn signer(&self) -> &PrivateKeySigner {
        &self.inner.signer
    }

    /// The lock held from an `approve` until the call that spends it is mined.
    pub(crate) fn approvals(&self) -> &Mutex<()> {
        &self.inner.approvals
    }

    /// The configuration this client was connected with.
    pub fn config(&self) -> &ChainConfig {
        &self.inner.config
    }

    /// The underlying provider, for anything this client does not wrap.
    pub fn provider(&self) -> &DynProvider {
        &self.inner.provider
    }

    // ------------------------------------------------------------------------------------------
    // Client transactions
    // ------------------------------------------------------------------------------------------

    /// Approves exactly the request's price to the marketplace, then calls `requestStorage`.
    /// `request.client` must be this client's address. Returns the request id.
    pub async fn request_storage(
        &self,
        request: &Request,
    ) -> Result<(B256, TxOutcome), ChainError> {
        if request.client != self.address() {
            return Err(ChainError::InvalidArgument(format!(
                "request.client {} is not this client's address {}",
                request.client,
                self.address()
            )));
        }
        let price = price_of(&request.ask);
        let _approval = self.inner.approvals.lock().await;
        self.approve(price).await?;
        let outcome = self
            .send(
                self.marketplace(),
                &Marketplace::requestStorageCall {
                    request: request.clone(),
                },
            )
            .await?;
        Ok((request_id(request), outcome))
    }

    /// `withdrawFunds`: the client collects what is left of a cancelled, failed or finished
    /// request.
    pub async fn withdraw_funds(&self, request_id: B256) -> Result<TxOutcome, ChainError> {
        self.send(
            self.marketplace(),
            &Marketplace::withdrawFundsCall {
                requestId: request_id,
            },
        )
        .await
    }

    // ------------------------------------------------------------------------------------------
    // Host transactions
    // ------------------------------------------------------------------------------------------

    /// Approves the reservation deposit (`reservationDeposit`, one slash of the slot's
    /// collateral: part of the collateral if this host fills, refunded if another host fills first,
    /// the client's if the reservation lapses), then calls `reserveSlot`.
    pub async fn reserve_slot(
        &self,
        request_id: B256,
        slot_index: u64,
    ) -> Result<TxOutcome, ChainError> {
        let deposit = self.reservation_deposit(request_id).await?;
        let _approval = self.inner.approvals.lock().await;
        self.ensure_allowance_locked(deposit).await?;
        self.send(
            self.marketplace(),
            &Marketplace::reserveSlotCall {
                requestId: request_id,
                slotIndex: slot_index,
            },
        )
        .await
    }

    /// Approves exactly the slot's collateral (`slotSize × collateralPerByte`, from the request
    /// on chain), then calls `fillSlot` with `proof` for the current period's challenge.
    pub async fn fill_slot(
        &self,
        request_id: B256,
        slot_index: u64,
        proof: &Groth16Proof,
    ) -> Result<TxOutcome, ChainError> {
        let request = self.get_request(request_id).await?;
        let collateral = collateral_of(&request.ask);
        let _approval = self.inner.approvals.lock().await;
        self.ensure_allowance_locked(collateral).await?;
        self.send(
            self.marketplace(),
            &Marketplace::fillSlotCall {
                requestId: request_id,
                slotIndex: slot_index,
                proof: proof.clone(),
            },
        )
        .await
    }

    /// `submitProof` for the current period.
    pub async fn submit_proof(
        &self,
        slot_id: B256,
        proof: &Groth16Proof,
    ) -> Result<TxOutcome, ChainError> {
        self.send(
            self.marketplace(),
            &Marketplace::submitProofCall {
                id: slot_id,
                proof: proof.clone(),
            },
        )
        .await
    }

    /// `freeSlot`: leave a slot, or collect after the request ended.
    pub async fn free_slot(&self, slot_id: B256) -> Result<TxOutcome, ChainError> {
        self.send(
            self.marketplace(),
            &Marketplace::freeSlotCall { id: slot_id },
        )
        .await
    }

    // ------------------------------------------------------------------------------------------
    // Validator transactions
    // ------------------------------------------------------------------------------------------

    /// `markProofAsMissing(slotId, period)`.
    pub async fn mark_proof_as_missing(
        &self,
        slot_id: B256,
        period: u64,
    ) -> Result<TxOutcome, ChainError> {
        self.send(
            self.marketplace(),
            &Marketplace::markProofAsMissingCall {
                id: slot_id,
                period: U256::from(period),
            },
        )
        .await
    }

    /// `commitRandomness`: fixes the current and next period's seeds.
    pub async fn commit_randomness(&self) -> Result<TxOutcome, ChainError> {
        self.send(self.marketplace(), &Marketplace::commitRandomnessCall {})
            .await
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// `getRequest`: the request's terms (reverts `UnknownRequest` if there is none).
    pub async fn get_request(&self, request_id: B256) -> Result<Request, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::getRequestCall {
                requestId: request_id,
            },
        )
        .await
    }

    /// `getRequestInfo`: state and bookkeeping.
    pub async fn get_request_info(&self, request_id: B256) -> Result<RequestInfo, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::getRequestInfoCall {
                requestId: request_id,
            },
        )
        .await
    }

    /// `requestState` (time-derived states included).
    pub async fn request_state(&self, request_id: B256) -> Result<RequestState, ChainError> {
        let state = self
            .call(
                self.marketplace(),
                &Marketplace::requestStateCall {
                    requestId: request_id,
                },
            )
            .await?;
        RequestState::try_from(state)
    }

    /// The state of slot `slot_index` of `request_id`, also before anyone reserved or filled it
    /// (`Free`, or the request's end state); `None` when the request or the slot does not exist.
    /// [`ChainClient::slot_state`] knows a slot only once a host touched it.
    pub async fn slot_state_at(
        &self,
        request_id: B256,
        slot_index: u64,
    ) -> Result<SlotState, ChainError> {
        let state = self
            .call(
                self.marketplace(),
                &Marketplace::slotStateAtCall {
                    requestId: request_id,
                    slotIndex: slot_index,
                },
            )
            .await?;
        SlotState::try_from(state)
    }

    /// `slotState` (time-derived states included).
    pub async fn slot_state(&self, slot_id: B256) -> Result<SlotState, ChainError> {
        let state = self
            .call(
                self.marketplace(),
                &Marketplace::slotStateCall { id: slot_id },
            )
            .await?;
        SlotState::try_from(state)
    }

    /// `getSlot`: the slot's record.
    pub async fn get_slot(&self, slot_id: B256) -> Result<SlotInfo, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::getSlotCall { id: slot_id },
        )
        .await
    }

    /// `getActiveSlot`: the request and slot index of a slot that has (or had) a host.
    pub async fn get_active_slot(&self, slot_id: B256) -> Result<(Request, u64), ChainError> {
        let active = self
            .call(
                self.marketplace(),
                &Marketplace::getActiveSlotCall { id: slot_id },
            )
            .await?;
        Ok((active.request, active.slotIndex))
    }

    /// The slot's host as of block `block` (a confirmed read: see [`Self::head`]).
    pub async fn get_host_at(
        &self,
        slot_id: B256,
        block: u64,
    ) -> Result<Option<Address>, ChainError> {
        let host = self
            .call_at(
                self.marketplace(),
                &Marketplace::getHostCall { id: slot_id },
                block,
            )
            .await?;
        Ok((host != Address::ZERO).then_some(host))
    }

    /// `getHost`: the slot's current host, `None` if it has none.
    pub async fn get_host(&self, slot_id: B256) -> Result<Option<Address>, ChainError> {
        let host = self
            .call(
                self.marketplace(),
                &Marketplace::getHostCall { id: slot_id },
            )
            .await?;
        Ok((host != Address::ZERO).then_some(host))
    }

    /// `getReservations`: the hosts that reserved the slot.
    pub async fn get_reservations(&self, slot_id: B256) -> Result<Vec<Address>, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::getReservationsCall { id: slot_id },
        )
        .await
    }

    /// The marketplace's storage-proof verifier (`verifier()`) and what it reports it verifies
    /// (`verifierInfo()`: the verifying key's hash, circuit set, samples, depths, dev keys).
    pub async fn verifier_info(&self) -> Result<(Address, VerifierInfo), ChainError> {
        let verifier: Address = self
            .call(self.marketplace(), &Marketplace::verifierCall {})
            .await?;
        let info = self
            .call(verifier, &StorageProofVerifier::verifierInfoCall {})
            .await?;
        Ok((verifier, info))
    }

    /// `missingProofs`: missing proofs marked against the slot's current host.
    pub async fn missing_proofs(&self, slot_id: B256) -> Result<u64, ChainError> {
        let n = self
            .call(
                self.marketplace(),
                &Marketplace::missingProofsCall { id: slot_id },
            )
            .await?;
        to_u64(n, "missingProofs")
    }

    /// `proofReceived`: whether a proof for `period` was accepted.
    pub async fn proof_received(&self, slot_id: B256, period: u64) -> Result<bool, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::proofReceivedCall {
                id: slot_id,
                period: U256::from(period),
            },
        )
        .await
    }

    /// `currentPeriod`: `block.timestamp / period` of the latest block.
    pub async fn current_period(&self) -> Result<u64, ChainError> {
        let p = self
            .call(self.marketplace(), &Marketplace::currentPeriodCall {})
            .await?;
        to_u64(p, "currentPeriod")
    }

    /// `periodStart`: the first second of `period`.
    pub async fn period_start(&self, period: u64) -> Result<u64, ChainError> {
        let t = self
            .call(
                self.marketplace(),
                &Marketplace::periodStartCall {
                    period: U256::from(period),
                },
            )
            .await?;
        to_u64(t, "periodStart")
    }

    /// `periodEnd`: the first second after `period`.
    pub async fn period_end(&self, period: u64) -> Result<u64, ChainError> {
        let t = self
            .call(
                self.marketplace(),
                &Marketplace::periodEndCall {
                    period: U256::from(period),
                },
            )
            .await?;
        to_u64(t, "periodEnd")
    }

    /// `periodSeed`: the period's randomness and whether it is known and binding.
    pub async fn period_seed(&self, period: u64) -> Result<PeriodSeed, ChainError> {
        let s = self
            .call(
                self.marketplace(),
                &Marketplace::periodSeedCall {
                    period: U256::from(period),
                },
            )
            .await?;
        Ok(PeriodSeed {
            seed: s.seed,
            known: s.known,
            binding: s.binding,
        })
    }

    /// `isProofRequired`: whether the slot must prove in the current period.
    pub async fn is_proof_required(&self, slot_id: B256) -> Result<bool, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::isProofRequiredCall { id: slot_id },
        )
        .await
    }

    /// `willProofBeRequired`: whether the slot will have to prove in the next period.
    pub async fn will_proof_be_required(&self, slot_id: B256) -> Result<bool, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::willProofBeRequiredCall { id: slot_id },
        )
        .await
    }

    /// `isProofRequiredIn`: whether the slot had to prove in `period`.
    pub async fn is_proof_required_in(
        &self,
        slot_id: B256,
        period: u64,
    ) -> Result<bool, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::isProofRequiredInCall {
                id: slot_id,
                period: U256::from(period),
            },
        )
        .await
    }

    /// `getChallenge` for this node's address: the `entropy` public input of a proof this node
    /// makes for the slot in the current period (zero while unknown). Challenges are bound to the
    /// host: a proof made for another address does not verify.
    pub async fn get_challenge(&self, slot_id: B256) -> Result<U256, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::getChallengeCall {
                id: slot_id,
                host: self.address(),
            },
        )
        .await
    }

    /// `getChallengeIn`: the `entropy` public input for `host` proving the slot in `period`.
    pub async fn get_challenge_in(
        &self,
        slot_id: B256,
        period: u64,
        host: Address,
    ) -> Result<U256, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::getChallengeInCall {
                id: slot_id,
                period: U256::from(period),
                host,
            },
        )
        .await
    }

    /// `reservationDeposit`: what a reservation of one of the request's slots takes.
    pub async fn reservation_deposit(&self, request_id: B256) -> Result<U256, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::reservationDepositCall {
                requestId: request_id,
            },
        )
        .await
    }

    /// `getReservationExpiry`: when `host`'s live reservation of the slot lapses (None if it has
    /// none).
    pub async fn reservation_expiry(
        &self,
        slot_id: B256,
        host: Address,
    ) -> Result<Option<u64>, ChainError> {
        let expiry: u64 = self
            .call(
                self.marketplace(),
                &Marketplace::getReservationExpiryCall { id: slot_id, host },
            )
            .await?;
        Ok((expiry != 0).then_some(expiry))
    }

    /// `clientPayout`: what `withdrawFunds` would pay the client now.
    pub async fn client_payout(&self, request_id: B256) -> Result<U256, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::clientPayoutCall {
                requestId: request_id,
            },
        )
        .await
    }

    /// `slotPayout`: what the slot's host would collect now.
    pub async fn slot_payout(&self, slot_id: B256) -> Result<U256, ChainError> {
        self.call(
            self.marketplace(),
            &Marketplace::slotPayoutCall { id: slot_id },
        )
        .await
    }

    /// The token balance of `account`.
    pub async fn token_balance(&self, account: Address) -> Result<U256, ChainError> {
        self.call(self.token(), &CairnToken::balanceOfCall { account })
            .await
    }

    /// This client's token balance.
    pub async fn balance(&self) -> Result<U256, ChainError> {
        self.token_balance(self.address()).await
    }

    /// What the marketplace may still take from this client's tokens.
    pub async fn allowance(&self) -> Result<U256, ChainError> {
        self.call(
            self.token(),
            &CairnToken::allowanceCall {
                owner: self.address(),
                spender: self.marketplace(),
            },
        )
        .await
    }

    /// The latest block's number.
    pub async fn block_number(&self) -> Result<u64, ChainError> {
        self.inner
            .retry
            .run("eth_blockNumber", || {
                self.inner.provider.get_block_number().into_future()
            })
            .await
    }

    /// The latest block: its number and timestamp, in one read.
    pub async fn head(&self) -> Result<BlockRef, ChainError> {
        self.block_ref(BlockNumberOrTag::Latest).await
    }

    /// Block `number`: its number and timestamp.
    pub async fn block_at(&self, number: u64) -> Result<BlockRef, ChainError> {
        self.block_ref(BlockNumberOrTag::Number(number)).await
    }

    async fn block_ref(&self, tag: BlockNumberOrTag) -> Result<BlockRef, ChainError> {
        let block = self
            .inner
            .retry
            .run("eth_getBlockByNumber", || {
                self.inner.provider.get_block_by_number(tag).into_future()
            })
            .await?;
        block
            .map(|b| BlockRef {
                number: b.header.number,
                timestamp: b.header.timestamp,
            })
            .ok_or_else(|| ChainError::Decode(format!("the node has no block {tag}")))
    }

    /// The latest block's timestamp: the contracts' clock (`block.timestamp`).
    pub async fn latest_block_timestamp(&self) -> Result<u64, ChainError> {
        // eth_getBlockByNumber without transactions (eth_getHeaderByNumber is not standard).
        let block = self
            .inner
            .retry
            .run("eth_getBlockByNumber", || {
                self.inner
                    .provider
                    .get_block_by_number(BlockNumberOrTag::Latest)
                    .into_future()
            })
            .await?;
        block
            .map(|b| b.header.timestamp)
            .ok_or_else(|| ChainError::Decode("the node has no latest block".to_string()))
    }

    // ------------------------------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------------------------------

    /// Marketplace events from `from_block` on, in chain order, then live (see [`crate::events`]).
    /// Spawns the polling task: call it within a Tokio runtime.
    pub fn events(&self, from_block: u64) -> EventStream {
        events::spawn(
            self.inner.provider.clone(),
            self.poller_config(),
            from_block,
            None,
        )
    }

    /// Marketplace events strictly after `cursor` (the last event the caller handled), then live.
    /// Spawns the polling task: call it within a Tokio runtime.
    pub fn events_after(&self, cursor: EventCursor) -> EventStream {
        events::spawn(
            self.inner.provider.clone(),
            self.poller_config(),
            cursor.block_number,
            Some(cursor),
        )
    }

    fn poller_config(&self) -> PollerConfig {
        let config = &self.inner.config;
        PollerConfig {
            marketplace: config.marketplace,
            confirmations: config.confirmations,
            poll_interval: config.poll_interval,
            max_log_range: config.max_log_range,
            buffer: config.event_buffer,
            retry: self.inner.retry,
        }
    }

    // ------------------------------------------------------------------------------------------
    // Plumbing
    // ------------------------------------------------------------------------------------------

    /// Makes sure the marketplace may take `amount` of this account's tokens: an `approve` only
    /// when the allowance is short. A host calls it before proving, so that `fillSlot` (which
    /// checks again) needs one transaction after the proof instead of two.
    pub async fn ensure_allowance(&self, amount: U256) -> Result<(), ChainError> {
        let _approval = self.inner.approvals.lock().await;
        self.ensure_allowance_locked(amount).await
    }

    /// [`ChainClient::ensure_allowance`] for a caller that holds `approvals`.
    async fn ensure_allowance_locked(&self, amount: U256) -> Result<(), ChainError> {
        let allowance = self
            .call(
                self.token(),
                &CairnToken::allowanceCall {
                    owner: self.address(),
                    spender: self.marketplace(),
                },
            )
            .await?;
        if allowance < amount {
            self.approve(amount).await?;
        }
        Ok(())
    }

    /// `approve(marketplace, amount)` on the token. Callers hold `approvals`.
    async fn approve(&self, amount: U256) -> Result<TxOutcome, ChainError> {
        self.approve_for(self.marketplace(), amount).await
    }

    /// `approve(spender, amount)` on the token. Callers hold `approvals`.
    pub(crate) async fn approve_for(
        &self,
        spender: Address,
        amount: U256,
    ) -> Result<TxOutcome, ChainError> {
        self.send(
            self.token(),
            &CairnToken::approveCall {
                spender,
                value: amount,
            },
        )
        .await
    }

    /// Sends a transaction (see [`crate::sender`]).
    pub(crate) async fn send<C: SolCall>(
        &self,
        to: Address,
        call: &C,
    ) -> Result<TxOutcome, ChainError> {
        self.inner.sender.send(to, call).await
    }

    /// An `eth_call` on the latest block, decoded; a revert becomes [`ChainError::Reverted`].
    pub(crate) async fn call<C: SolCall>(
        &self,
        to: Address,
        call: &C,
    ) -> Result<C::Return, ChainError> {
        call_contract(
            &self.inner.provider,
            &self.inner.retry,
            self.address(),
            to,
            call,
        )
        .await
    }

    /// [`Self::call`] on the state after block `block`.
    async fn call_at<C: SolCall>(
        &self,
        to: Address,
        call: &C,
        block: u64,
    ) -> Result<C::Return, ChainError> {
        call_contract_at(
            &self.inner.provider,
            &self.inner.retry,
            self.address(),
            to,
            call,
            BlockNumberOrTag::Number(block),
        )
        .await
    }
}

/// An `eth_call` of `call` on `to` from `from` on the latest block, decoded; a revert becomes
/// [`ChainError::Reverted`].
async fn call_contract<C: SolCall>(
    provider: &DynProvider,
    retry: &RetryPolicy,
    from: Address,
    to: Address,
    call: &C,
) -> Result<C::Return, ChainError> {
    call_contract_at(provider, retry, from, to, call, BlockNumberOrTag::Latest).await
}

/// [`call_contract`] on the state after `block`.
async fn call_contract_at<C: SolCall>(
    provider: &DynProvider,
    retry: &RetryPolicy,
    from: Address,
    to: Address,
    call: &C,
    block: BlockNumberOrTag,
) -> Result<C::Return, ChainError> {
    let name = call_name::<C>();
    let request = TransactionRequest::default()
        .with_from(from)
        .with_to(to)
        .with_input(call.abi_encode());
    let output = retry
        .run("eth_call", || {
            provider
                .call(request.clone())
                .block(block.into())
                .into_future()
        })
        .await
        .map_err(|e| revert_or_rpc(name, "eth_call", e))?;
    C::abi_decode_returns(&output).map_err(|e| {
        ChainError::Decode(if output.is_empty() {
            format!("{name} at {block} returned no data (is {to} the right contract?)")
        } else {
            format!("{name} at {block} returned undecodable data: {e}")
        })
    })
}

/// Loads the signer: decrypts a keystore (scrypt: off the async threads) or takes a dev key.
async fn load_signer(signer: &SignerConfig) -> Result<PrivateKeySigner, ChainError> {
    match signer {
        SignerConfig::DevKey(key) => {
            PrivateKeySigner::from_bytes(key).map_err(|e| ChainError::InvalidKey(e.to_string()))
        }
        SignerConfig::Keystore { path, password } => {
            let (path, password) = (path.clone(), password.clone());
            let shown = path.display().to_string();
            tokio::task::spawn_blocking(move || PrivateKeySigner::decrypt_keystore(&path, password))
                .await
                .map_err(|e| ChainError::Keystore {
                    path: shown.clone(),
                    reason: e.to_string(),
                })?
                .map_err(|e| ChainError::Keystore {
                    path: shown,
                    reason: e.to_string(),
                })
        }
    }
}
