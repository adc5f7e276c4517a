//! `/sales`: what this node offers as a host (availabilities) and the slots it holds. Needs a
//! marketplace connection.

use std::sync::Arc;

use axum::{Json, body::Bytes, extract::State, http::StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiError, ErrorBody, storage::amount};
use crate::{
    NodeState,
    market::sales::{Availability, AvailabilityError, AvailabilityParams, Sale, SalesError},
};

/// An offer of space to the marketplace. Token amounts are decimal strings (or JSON integers).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct AvailabilityBody {
    /// Bytes of slots to hold.
    total_size: u64,
    /// Longest request accepted, seconds.
    max_duration: u64,
    /// Lowest price accepted, token units per byte per second.
    #[schema(value_type = String)]
    min_price_per_byte_per_second: serde_json::Value,
    /// Most collateral locked at once, token units.
    #[schema(value_type = String)]
    max_collateral: serde_json::Value,
}

/// A stored offer.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AvailabilityView {
    id: i64,
    total_size: u64,
    max_duration: u64,
    min_price_per_byte_per_second: String,
    max_collateral: String,
    created_at: i64,
}

impl From<&Availability> for AvailabilityView {
    fn from(a: &Availability) -> Self {
        Self {
            id: a.id,
            total_size: a.params.total_size,
            max_duration: a.params.max_duration,
            min_price_per_byte_per_second: a.params.min_price_per_byte_per_second.to_string(),
            max_collateral: a.params.max_collateral.to_string(),
            created_at: a.created_at,
        }
    }
}

/// Every offer.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AvailabilityList {
    availabilities: Vec<AvailabilityView>,
}

impl From<AvailabilityError> for ApiError {
    fn from(err: AvailabilityError) -> Self {
        match err {
            AvailabilityError::Invalid(_) => Self::BadRequest(err.to_string()),
            AvailabilityError::NoSpace { .. } => Self::TooLarge(err.to_string()),
            other => Self::Internal(other.to_string()),
        }
    }
}

/// Offer space as a host: slots up to `totalSize` bytes in all, requests up to `maxDuration`,
/// paying at least `minPricePerBytePerSecond`, with at most `maxCollateral` locked.
#[utoipa::path(
    post, path = "/sales/availability",
    request_body = AvailabilityBody,
    responses(
        (status = 201, body = AvailabilityView), (status = 400, body = ErrorBody),
        (status = 413, description = "More than the store has free, or a body over 64 KiB", body = ErrorBody),
        (status = 415, description = "The body is not application/json", body = ErrorBody),
        (status = 503, description = "No marketplace connection", body = ErrorBody),
    )
)]
pub(crate) async fn add(
    State(state): State<Arc<NodeState>>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<AvailabilityView>), ApiError> {
    let market = super::storage::market(&state)?;
    let body: AvailabilityBody = super::guard::json_body(&headers, &body)?;
    let params = AvailabilityParams {
        total_size: body.total_size,
        max_duration: body.max_duration,
        min_price_per_byte_per_second: amount(
            &body.min_price_per_byte_per_second,
            "minPricePerBytePerSecond",
        )?,
        max_collateral: amount(&body.max_collateral, "maxCollateral")?,
    };
    let added = market
        .availabilities
        .add(params, state.store.space().free)
        .await?;
    Ok((StatusCode::CREATED, Json(AvailabilityView::from(&added))))
}

/// This node's offers.
#[utoipa::path(get, path = "/sales/availability", responses((status = 200, body = AvailabilityList), (status = 503, body = ErrorBody)))]
pub(crate) async fn list(
    State(state): State<Arc<NodeState>>,
) -> Result<Json<AvailabilityList>, ApiError> {
    let market = super::storage::market(&state)?;
    let list = market.availabilities.list().await?;
    Ok(Json(AvailabilityList {
        availabilities: list.iter().map(AvailabilityView::from).collect(),
    }))
}

/// The slots this host took on.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SlotList {
    /// Open slots waiting in the queue.
    queued: usize,
    /// Slots taken, newest first.
    slots: Vec<Sale>,
}

impl From<SalesError> for ApiError {
    fn from(err: SalesError) -> Self {
        Self::Internal(err.to_string())
    }
}

/// The slots this host took on (any state), and how many open slots wait in its queue.
#[utoipa::path(get, path = "/sales/slots", responses((status = 200, body = SlotList), (status = 503, body = ErrorBody)))]
pub(crate) async fn slots(State(state): State<Arc<NodeState>>) -> Result<Json<SlotList>, ApiError> {
    let market = super::storage::market(&state)?;
    let sales = market.sales.as_ref().ok_or_else(|| {
        ApiError::Unavailable(
            "this node does not host storage: start it with --circuit-dir (and --zkey off devnets)"
                .into(),
        )
    })?;
    Ok(Json(SlotList {
        queued: sales.queued(),
        slots: sales.slots().await?,
    }))
}
