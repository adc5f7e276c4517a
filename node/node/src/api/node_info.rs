//! `/space` and `/debug/info`.

use std::sync::Arc;

use axum::{Json, extract::State};
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiError;
use crate::NodeState;

/// Storage quota and usage, in bytes.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SpaceResponse {
    quota: u64,
    used: u64,
    reserved: u64,
    free: u64,
}

/// What the node is and holds.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DebugInfo {
    version: String,
    data_dir: String,
    datasets: usize,
    protected_datasets: usize,
    space: SpaceResponse,
    /// With a marketplace connection: each market role's health (running, failing since when
    /// and why, dead, stopped).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    roles: Option<std::collections::BTreeMap<String, crate::market::role::RoleHealth>>,
}

fn space_of(state: &NodeState) -> SpaceResponse {
    let s = state.store.space();
    SpaceResponse {
        quota: s.quota,
        used: s.used,
        reserved: s.reserved,
        free: s.free,
    }
}

/// Quota, used and free bytes.
#[utoipa::path(get, path = "/space", responses((status = 200, body = SpaceResponse)))]
pub(crate) async fn space(State(state): State<Arc<NodeState>>) -> Json<SpaceResponse> {
    Json(space_of(&state))
}

/// Version, data directory and counts.
#[utoipa::path(get, path = "/debug/info", responses((status = 200, body = DebugInfo), (status = 500, body = super::ErrorBody)))]
pub(crate) async fn debug_info(
    State(state): State<Arc<NodeState>>,
) -> Result<Json<DebugInfo>, ApiError> {
    let list = state.store.list().await?;
    Ok(Json(DebugInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.store.data_dir().display().to_string(),
        datasets: list.len(),
        protected_datasets: list
            .iter()
            .filter(|d| d.manifest.protection.is_some())
            .count(),
        space: space_of(&state),
        roles: state.market.as_ref().map(|m| m.board.snapshot()),
    }))
}
