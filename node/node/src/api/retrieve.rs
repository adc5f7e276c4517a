//! `/storage/retrieve`: get a dataset back from the hosts of its storage request (by the storage
//! manifest CID, the request's `content.cid`), rebuilt into this node's store.

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, State},
};

use super::{
    ApiError, ErrorBody,
    data::{ManifestResponse, parse_cid},
};
use crate::{NodeState, dataset::StorageManifestError, fetch::FetchError};

impl From<StorageManifestError> for ApiError {
    fn from(err: StorageManifestError) -> Self {
        match err {
            StorageManifestError::ManifestUnavailable {
                source: FetchError::NoProvider(_),
                ..
            } => Self::NotFound(err.to_string()),
            StorageManifestError::ManifestUnavailable {
                source: FetchError::Store(store),
                ..
            } => store.into(),
            StorageManifestError::ManifestUnavailable { .. }
            | StorageManifestError::NotEnoughSlots { .. }
            | StorageManifestError::Mismatch { .. } => Self::BadGateway(err.to_string()),
            StorageManifestError::NotAStorageManifest { .. }
            | StorageManifestError::Format(_)
            | StorageManifestError::SlotRootCount { .. } => Self::BadRequest(err.to_string()),
            StorageManifestError::NotProtected(_) => Self::Conflict(err.to_string()),
            StorageManifestError::Store(store) => store.into(),
            other @ (StorageManifestError::Erasure(_) | StorageManifestError::Task(_)) => {
                tracing::error!(error = %other, "retrieve failed");
                Self::Internal(other.to_string())
            }
        }
    }
}

/// Get a dataset back from the hosts of its storage request: fetches the storage manifest, then
/// any K of the N slot datasets from the hosts, rebuilds the original dataset into this node's
/// store and answers with its CID and manifest (at once if it is already stored). Download it
/// with `GET /data/{cid}`. Needs no marketplace connection.
#[utoipa::path(
    post, path = "/storage/retrieve/{cid}",
    params(("cid" = String, Path, description = "Storage manifest CID (the request's content CID)", pattern = r"^b[a-z2-7]{8,}$")),
    responses(
        (status = 200, description = "The original dataset's CID and manifest", body = ManifestResponse),
        (status = 400, description = "Invalid CID, or not a storage manifest", body = ErrorBody),
        (status = 404, description = "No provider has the storage manifest", body = ErrorBody),
        (status = 413, description = "It does not fit in the quota", body = ErrorBody),
        (status = 502, description = "Fewer than K slots could be fetched, or they do not rebuild the dataset", body = ErrorBody),
        (status = 500, body = ErrorBody),
    )
)]
pub(crate) async fn retrieve(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
) -> Result<Json<ManifestResponse>, ApiError> {
    let cid = parse_cid(&cid)?;
    let (original, manifest) = crate::dataset::retrieve(&state.fetcher, &state.store, &cid).await?;
    state.announce(&original);
    Ok(Json(ManifestResponse {
        cid: original.to_string(),
        manifest,
    }))
}
