//! Making a storage request: checks, protection, commitments, the `Request`, and sending it.

use cairn_chain::{
    Ask, B256, Bytes, ChainError, Content, MarketplaceError, Request, RequestState, price_of,
    request_id,
};
use cairn_primitives::{BLOCK_SIZE, Cid};
use tracing::{info, warn};

use super::{Purchase, PurchaseError, PurchaseParams, PurchaseState, Purchasing, dataset, db};
use crate::dataset::commitments::{self, CommitmentsError};

/// Whether a failed `request_storage` certainly created no request: the chain refused it (a
/// revert, in the pre-flight estimate or mined) or the client refused the arguments.
fn is_refusal(err: &ChainError) -> bool {
    matches!(
        err,
        ChainError::Reverted { .. } | ChainError::InvalidArgument(_)
    )
}

impl Purchasing {
    /// Buys storage for the stored dataset `cid` (see the [module docs](super)): returns the
    /// purchase, `submitted` (or further along), once the request is on chain.
    ///
    /// Bad parameters, an unknown dataset, a dataset the circuit cannot prove with these
    /// parameters or an insufficient balance are errors before anything is written or sent. When
    /// the chain refuses the request nothing is kept; when the outcome of the transaction is
    /// unknown ([`PurchaseError::Unconfirmed`]) the purchase stays `submitting` and
    /// [`Purchasing::run`] settles it.
    pub async fn request(
        &self,
        cid: &Cid,
        params: PurchaseParams,
    ) -> Result<Purchase, PurchaseError> {
        let purchase = self.build(cid, params).await?;
        let _held = self
            .hold(purchase.id)
            .ok_or(PurchaseError::Busy(purchase.id))?;
        db::insert(&self.inner.db, &purchase).await?;
        self.send(&purchase, true).await
    }

    /// Does everything [`Purchasing::request`] does up to persisting the purchase as
    /// `submitting`, but sends nothing: [`Purchasing::submit`] or the follower sends it (e.g. to
    /// answer an API call before the transaction is mined).
    pub async fn prepare(
        &self,
        cid: &Cid,
        params: PurchaseParams,
    ) -> Result<Purchase, PurchaseError> {
        let purchase = self.build(cid, params).await?;
        db::insert(&self.inner.db, &purchase).await?;
        Ok(purchase)
    }

    /// Sends a `submitting` purchase's request, unless it is already on chain (then it is only
    /// marked `submitted`); a purchase in any other state is returned as it is. A request the
    /// chain refuses makes the purchase `errored`.
    pub async fn submit(&self, id: &B256) -> Result<Purchase, PurchaseError> {
        let _held = self.hold(*id).ok_or(PurchaseError::Busy(*id))?;
        let purchase = db::load(&self.inner.db, id)
            .await?
            .ok_or(PurchaseError::NotFound(*id))?;
        if purchase.state != PurchaseState::Submitting {
            return Ok(purchase);
        }
        if self.inner.chain.request_state(*id).await? != RequestState::None {
            info!(%id, "storage request found on chain");
            db::mark_submitted(&self.inner.db, id, None).await?;
            return self.after_submitted(id).await;
        }
        info!(%id, "sending the storage request (again)");
        self.send(&purchase, false).await
    }

    /// Checks, protects, computes the commitments and builds the purchase (not persisted).
    async fn build(&self, cid: &Cid, params: PurchaseParams) -> Result<Purchase, PurchaseError> {
        let chain = &self.inner.chain;
        let circuit = self.inner.config.circuit;
        params.validate(chain.market_config(), circuit)?;
        let manifest = dataset::manifest(&self.inner.store, cid).await?;
        let data_blocks = manifest
            .protection
            .as_ref()
            .map_or(manifest.block_count, |p| p.layout.data_blocks);
        params.validate_for_dataset(data_blocks, circuit)?;
        let (k, m) = (params.data_slots(), params.tolerance);

        let slot_blocks = data_blocks.div_ceil(u64::from(k));
        let mut ask = Ask {
            slots: u64::from(params.slots),
            slotSize: slot_blocks * BLOCK_SIZE as u64,
            duration: params.duration,
            proofProbability: params.proof_probability,
            pricePerBytePerSecond: params.price_per_byte_per_second,
            collateralPerByte: params.collateral_per_byte,
            maxSlotLoss: u64::from(m),
        };
        let price = price_of(&ask);
        let balance = chain.balance().await?;
        if balance < price {
            return Err(PurchaseError::InsufficientFunds { price, balance });
        }

        let (protected_cid, protected) = {
            let _one_at_a_time = self.inner.protecting.lock().await;
            dataset::protected(&self.inner.store, cid, &manifest, k, m).await?
        };
        let layout = protected
            .protection
            .as_ref()
            .map(|p| p.layout)
            .ok_or(CommitmentsError::NotProtected(protected_cid))?;
        let commitments =
            commitments::dataset_commitments(&self.inner.store, &protected_cid, circuit).await?;
        let (content_cid, _) = crate::dataset::publish(
            &self.inner.store,
            &protected_cid,
            &commitments.slot_root_bytes(),
        )
        .await?;
        // Always equal (same K and data); the slot tree is what fixes the slot's size.
        ask.slotSize = commitments::slot_size(&layout);
        debug_assert_eq!(ask.slotSize, commitments.slot_size());

        let request = Request {
            client: chain.address(),
            ask,
            content: Content {
                cid: Bytes::from(content_cid.to_bytes()),
                verifyRoot: B256::from(commitments.verify_root_bytes()),
            },
            expiry: params.expiry,
            nonce: B256::from(rand::random::<[u8; 32]>()),
        };
        let now = crate::clock::unix_now();
        Ok(Purchase {
            id: request_id(&request),
            state: PurchaseState::Submitting,
            cid: *cid,
            protected_cid,
            content_cid,
            price: price_of(&request.ask),
            slot_roots: commitments.slot_root_bytes(),
            request,
            created_at: now,
            updated_at: now,
            tx_hash: None,
            tx_block: None,
            requested_at: None,
            expires_at: None,
            ends_at: None,
            started_at: None,
            failed_at: None,
            slots_filled: 0,
            slots_freed: 0,
            withdrawal: None,
            withdrawn: false,
            withdraw_tx: None,
            error: None,
        })
    }

    /// Approves the price and calls `requestStorage` for a persisted `submitting` purchase (the
    /// caller holds it in flight). A refusal removes a `fresh` purchase and makes a resumed one
    /// `errored`.
    async fn send(&self, purchase: &Purchase, fresh: bool) -> Result<Purchase, PurchaseError> {
        let id = purchase.id;
        let pool = &self.inner.db;
        match self.inner.chain.request_storage(&purchase.request).await {
            Ok((_, outcome)) => {
                info!(
                    %id,
                    tx = %outcome.tx_hash,
                    block = outcome.block_number,
                    price = %purchase.price,
                    "storage requested"
                );
                db::mark_submitted(pool, &id, Some((outcome.tx_hash, outcome.block_number)))
                    .await?;
            }
            Err(err)
                if matches!(
                    err.marketplace_error(),
                    Some(MarketplaceError::RequestExists(_))
                ) =>
            {
                info!(%id, "storage request already on chain");
                db::mark_submitted(pool, &id, None).await?;
            }
            Err(err) if is_refusal(&err) => {
                warn!(%id, %err, "the chain refused the storage request");
                if fresh {
                    db::delete(pool, &id).await?;
                } else {
                    db::mark_errored(pool, &id, &err.to_string()).await?;
                }
                return Err(PurchaseError::Refused(err));
            }
            Err(err) => {
                warn!(%id, %err, "storage request sent, outcome unknown");
                return Err(PurchaseError::Unconfirmed { id, source: err });
            }
        }
        self.after_submitted(&id).await
    }

    /// Reads the chain's view of a request just found on chain (best effort: the follower reads
    /// it again later) and returns the purchase.
    async fn after_submitted(&self, id: &B256) -> Result<Purchase, PurchaseError> {
        if let Err(err) = self.refresh(id).await {
            warn!(%id, %err, "reading the new request's state failed (the follower retries)");
        }
        db::load(&self.inner.db, id)
            .await?
            .ok_or(PurchaseError::NotFound(*id))
    }
}
