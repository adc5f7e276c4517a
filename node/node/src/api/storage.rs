//! `/storage`: buy storage for a stored dataset and follow the purchases (client side of the
//! marketplace). Needs a node started with a marketplace connection.

use std::{sync::Arc, time::Duration};

use axum::{
    Json,
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
};
use cairn_chain::{B256, U256};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiError, ErrorBody, data::parse_cid};
use crate::{
    Market, NodeState,
    market::purchasing::{Purchase, PurchaseError, PurchaseParams, PurchaseSlot},
};

/// How long `GET /storage/purchases/{id}` waits for the slots from the chain before it answers
/// without them.
const SLOT_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The terms of a storage request. Token amounts are decimal strings (or JSON integers).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct StorageRequestBody {
    /// Seconds the data is kept from the request on.
    duration: u64,
    /// Token units per byte per second.
    #[schema(value_type = String)]
    price_per_byte_per_second: serde_json::Value,
    /// A filled slot proves once every this many periods on average.
    proof_probability: u64,
    /// Token units of collateral per byte a host stores.
    #[schema(value_type = String)]
    collateral_per_byte: serde_json::Value,
    /// N: slots (hosts).
    slots: u32,
    /// M: slots that may be lost; K = N - M rebuild the data.
    tolerance: u32,
    /// Seconds from now by which every slot must be filled, else the request is cancelled.
    expiry: u64,
}

/// A token amount from a decimal string or a JSON integer.
pub(crate) fn amount(value: &serde_json::Value, name: &str) -> Result<U256, ApiError> {
    let text = match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) if n.is_u64() => n.to_string(),
        _ => {
            return Err(ApiError::BadRequest(format!(
                "{name} must be a decimal string or a non-negative integer"
            )));
        }
    };
    U256::from_str_radix(text.trim(), 10)
        .map_err(|e| ApiError::BadRequest(format!("{name} {text:?} is not a decimal amount: {e}")))
}

/// A purchase as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PurchaseView {
    /// Request id (0x...).
    request_id: String,
    /// submitting, submitted, started, finished, failed, cancelled or errored.
    state: String,
    /// The dataset bought for.
    cid: String,
    /// Its erasure-coded form (hosts each store one slot of it).
    protected_cid: String,
    /// The storage manifest (the request's content.cid): retrieve the data from the hosts with
    /// `POST /storage/retrieve/{contentCid}`.
    content_cid: String,
    /// Total price in token units.
    price: String,
    /// Slots (N), tolerance (M), slot size in bytes, duration, expiry (unix seconds on chain).
    slots: u64,
    tolerance: u64,
    slot_size: u64,
    duration: u64,
    expiry: u64,
    /// Slots filled and freed so far.
    slots_filled: u64,
    slots_freed: u64,
    /// Chain times (unix seconds), when known.
    requested_at: Option<u64>,
    expires_at: Option<u64>,
    ends_at: Option<u64>,
    started_at: Option<u64>,
    /// The requestStorage transaction.
    tx_hash: Option<String>,
    /// Funds returned to the client (token units), once withdrawn.
    withdrawal: Option<String>,
    withdrawn: bool,
    /// What went wrong, for an errored purchase.
    error: Option<String>,
    /// Only in `GET /storage/purchases/{id}`: each slot of the request (the first 256), read
    /// from the chain at the time of the call. Absent when the chain could not be read (then
    /// `slotStatesError` says why; the rest of the purchase is shown all the same).
    #[serde(skip_serializing_if = "Option::is_none")]
    slot_states: Option<Vec<PurchaseSlotView>>,
    /// Only in `GET /storage/purchases/{id}`, when reading the slots from the chain failed or
    /// timed out: why.
    #[serde(skip_serializing_if = "Option::is_none")]
    slot_states_error: Option<String>,
}

/// One slot of a purchase's request, as the chain has it.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PurchaseSlotView {
    /// The slot's index in the request.
    index: u64,
    /// On chain: free, filled, repair, finished, failed, paid, cancelled (none: the request is
    /// not on chain).
    state: String,
    /// The slot's host (0x...); null while free or in repair.
    host: Option<String>,
    /// Hosts that reserved the slot (0x...), for a free slot or one in repair (a slot in repair
    /// with reservations is being repaired by them); empty otherwise.
    reserved_by: Vec<String>,
}

impl From<&PurchaseSlot> for PurchaseSlotView {
    fn from(slot: &PurchaseSlot) -> Self {
        Self {
            index: slot.index,
            state: slot.state.as_str().to_owned(),
            host: slot.host.map(|h| h.to_string()),
            reserved_by: slot.reserved_by.iter().map(ToString::to_string).collect(),
        }
    }
}

impl From<&Purchase> for PurchaseView {
    fn from(p: &Purchase) -> Self {
        let ask = &p.request.ask;
        Self {
            request_id: p.id.to_string(),
            state: p.state.as_str().to_owned(),
            cid: p.cid.to_string(),
            protected_cid: p.protected_cid.to_string(),
            content_cid: p.content_cid.to_string(),
            price: p.price.to_string(),
            slots: ask.slots,
            tolerance: ask.maxSlotLoss,
            slot_size: ask.slotSize,
            duration: ask.duration,
            expiry: p.request.expiry,
            slots_filled: p.slots_filled,
            slots_freed: p.slots_freed,
            requested_at: p.requested_at,
            expires_at: p.expires_at,
            ends_at: p.ends_at,
            started_at: p.started_at,
            tx_hash: p.tx_hash.map(|h| h.to_string()),
            withdrawal: p.withdrawal.map(|w| w.to_string()),
            withdrawn: p.withdrawn,
            error: p.error.clone(),
            slot_states: None,
            slot_states_error: None,
        }
    }
}

/// Every purchase of this node.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PurchaseList {
    purchases: Vec<PurchaseView>,
}

impl From<PurchaseError> for ApiError {
    fn from(err: PurchaseError) -> Self {
        match err {
            PurchaseError::Invalid(_)
            | PurchaseError::ProtectedDifferently { .. }
            | PurchaseError::InsufficientFunds { .. }
            | PurchaseError::Refused(_) => Self::BadRequest(err.to_string()),
            PurchaseError::DatasetNotFound(_) | PurchaseError::NotFound(_) => {
                Self::NotFound(err.to_string())
            }
            PurchaseError::Busy(_) => Self::Conflict(err.to_string()),
            PurchaseError::Store(store) => store.into(),
            other => Self::Internal(other.to_string()),
        }
    }
}

pub(crate) fn market(state: &NodeState) -> Result<&Market, ApiError> {
    state.market.as_ref().ok_or_else(|| {
        ApiError::Unavailable(
            "this node has no marketplace connection (start it with --eth-rpc and --marketplace)"
                .into(),
        )
    })
}

/// Buy storage for a stored dataset: the node erasure-codes it (K = slots - tolerance), computes
/// the slot roots and verification root, approves the price and submits the request. Answers
/// once the request is on chain.
#[utoipa::path(
    post, path = "/storage/request/{cid}",
    params(("cid" = String, Path, description = "Manifest CID of a dataset stored on this node", pattern = r"^b[a-z2-7]{8,}$")),
    request_body = StorageRequestBody,
    responses(
        (status = 201, body = PurchaseView), (status = 400, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 413, description = "A body over 64 KiB", body = ErrorBody),
        (status = 415, description = "The body is not application/json", body = ErrorBody),
        (status = 503, description = "No marketplace connection", body = ErrorBody),
    )
)]
pub(crate) async fn request(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<PurchaseView>), ApiError> {
    let market = market(&state)?;
    let cid = parse_cid(&cid)?;
    let body: StorageRequestBody = super::guard::json_body(&headers, &body)?;
    let params = PurchaseParams {
        duration: body.duration,
        price_per_byte_per_second: amount(
            &body.price_per_byte_per_second,
            "pricePerBytePerSecond",
        )?,
        proof_probability: body.proof_probability,
        collateral_per_byte: amount(&body.collateral_per_byte, "collateralPerByte")?,
        slots: body.slots,
        tolerance: body.tolerance,
        expiry: body.expiry,
    };
    let purchase = market.purchasing.request(&cid, params).await?;
    // Hosts fetch the storage manifest and their slot's dataset from this node.
    state.announce(&purchase.protected_cid);
    state.announce(&purchase.content_cid);
    match crate::dataset::load(&state.store, &purchase.content_cid).await {
        Ok(manifest) => {
            for slot in &manifest.slots {
                state.announce(&slot.dataset);
            }
        }
        Err(err) => {
            tracing::warn!(%err, "reading the storage manifest to announce its slots failed")
        }
    }
    tracing::info!(request = %purchase.id, %cid, "storage requested");
    Ok((StatusCode::CREATED, Json(PurchaseView::from(&purchase))))
}

/// The purchases of this node, newest first.
#[utoipa::path(get, path = "/storage/purchases", responses((status = 200, body = PurchaseList), (status = 503, body = ErrorBody)))]
pub(crate) async fn purchases(
    State(state): State<Arc<NodeState>>,
) -> Result<Json<PurchaseList>, ApiError> {
    let market = market(&state)?;
    let purchases = market.purchasing.purchases().await?;
    Ok(Json(PurchaseList {
        purchases: purchases.iter().map(PurchaseView::from).collect(),
    }))
}

/// One purchase, with each slot of its request as the chain has it now (`slotStates`: state,
/// host, reservations). When the chain cannot be read (within 10 s) the purchase is still
/// answered, with `slotStatesError` instead of `slotStates`.
#[utoipa::path(
    get, path = "/storage/purchases/{id}",
    params(("id" = String, Path, description = "Request id, 0x + 64 hex digits", pattern = r"^0x[0-9a-fA-F]{64}$")),
    responses(
        (status = 200, body = PurchaseView), (status = 400, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 503, description = "No marketplace connection", body = ErrorBody),
    )
)]
pub(crate) async fn purchase(
    State(state): State<Arc<NodeState>>,
    Path(id): Path<String>,
) -> Result<Json<PurchaseView>, ApiError> {
    let market = market(&state)?;
    let id: B256 = id
        .parse()
        .map_err(|e| ApiError::BadRequest(format!("invalid request id {id:?}: {e}")))?;
    let purchase = market
        .purchasing
        .purchase(&id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no purchase {id}")))?;
    let mut view = PurchaseView::from(&purchase);
    match tokio::time::timeout(SLOT_READ_TIMEOUT, market.purchasing.slots(&purchase)).await {
        Ok(Ok(slots)) => {
            view.slot_states = Some(slots.iter().map(PurchaseSlotView::from).collect());
        }
        Ok(Err(err)) => {
            tracing::warn!(request = %id, %err, "reading the purchase's slots from the chain failed");
            view.slot_states_error =
                Some(format!("reading the slots from the chain failed: {err}"));
        }
        Err(_) => {
            view.slot_states_error = Some(format!(
                "reading the slots from the chain took more than {} s",
                SLOT_READ_TIMEOUT.as_secs()
            ));
        }
    }
    Ok(Json(view))
}
