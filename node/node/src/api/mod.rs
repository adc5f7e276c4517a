//! The REST API under `/api/v1` (axum), JSON in camelCase, errors as `{"error": "..."}`, and the
//! OpenAPI document generated from the handlers (utoipa) at `/api/v1/openapi.json`. Every request
//! passes [`guard`] first (Host and Origin rules against web pages); nothing changes state on a
//! GET; JSON bodies need their content type and are bounded.

mod data;
mod error;
pub mod guard;
mod network;
mod node_info;
mod retrieve;
mod sales;
mod storage;
pub mod token;

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::DefaultBodyLimit,
    middleware,
    routing::{get, post},
};
pub use error::{ApiError, ErrorBody};
use utoipa::OpenApi;

use crate::NodeState;

/// The OpenAPI description of the API.
#[derive(Debug, OpenApi)]
#[openapi(
    info(title = "cairn node API", description = "Store, protect and retrieve datasets on a cairn node."),
    servers((url = "/api/v1")),
    paths(
        data::upload, data::list, data::download, data::manifest, data::delete, data::protect,
        node_info::space, node_info::debug_info,
        network::fetch, network::fetch_stream, network::info, network::peers, network::connect,
        storage::request, storage::purchases, storage::purchase, retrieve::retrieve, sales::add, sales::list, sales::slots,
    ),
    components(schemas(
        data::DatasetEntry, data::DatasetList, data::ManifestResponse, data::ProtectRequest,
        node_info::SpaceResponse, node_info::DebugInfo, network::NodeInfo, network::PeerList,
        storage::StorageRequestBody, storage::PurchaseView, storage::PurchaseSlotView, storage::PurchaseList,
        sales::AvailabilityBody, sales::AvailabilityView, sales::AvailabilityList, sales::SlotList,
        crate::market::sales::Sale, crate::market::sales::SaleState, ErrorBody,
    ))
)]
pub struct ApiDoc;

/// All routes, mounted under `/api/v1`.
pub fn router(state: Arc<NodeState>) -> Router {
    let token = state.api_token_required().then(|| state.api_token.clone());
    let guard = Arc::new(
        guard::ApiGuard::new(
            &state.config.api_allowed_hosts,
            &state.config.api_allowed_origins,
        )
        .with_token(token),
    );
    let api = Router::new()
        .route("/data", post(data::upload).get(data::list))
        .route("/data/{cid}", get(data::download).delete(data::delete))
        .route("/data/{cid}/manifest", get(data::manifest))
        .route("/data/{cid}/protect", post(data::protect))
        .route("/data/{cid}/network", post(network::fetch))
        .route("/data/{cid}/network/stream", post(network::fetch_stream))
        .route("/node/info", get(network::info))
        .route("/node/peers", get(network::peers))
        .route("/connect/{peer_id}", post(network::connect))
        .route("/storage/request/{cid}", post(storage::request))
        .route("/storage/retrieve/{cid}", post(retrieve::retrieve))
        .route("/storage/purchases", get(storage::purchases))
        .route("/storage/purchases/{id}", get(storage::purchase))
        .route("/sales/availability", post(sales::add).get(sales::list))
        .route("/sales/slots", get(sales::slots))
        .route("/space", get(node_info::space))
        .route("/debug/info", get(node_info::debug_info))
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        // Bodies read whole (JSON) are bounded; uploads stream to disk, bounded by the quota.
        .layer(DefaultBodyLimit::max(guard::JSON_BODY_LIMIT))
        .with_state(state);
    Router::new()
        .nest("/api/v1", api)
        .fallback(|| async { ApiError::NotFound("no such endpoint".into()) })
        .layer(middleware::from_fn_with_state(guard, guard::guard))
}
