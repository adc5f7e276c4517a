//! `/data`: upload, list, download, manifest, delete, protect.

use std::sync::Arc;

use axum::{
    Json,
    body::{Body, Bytes},
    extract::{Path, Query, State, rejection::QueryRejection},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use cairn_primitives::{BLOCK_SIZE, Cid, Manifest, block_count};
use cairn_store::WriteMeta;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiError, ErrorBody};
use crate::NodeState;

/// A stored dataset.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DatasetEntry {
    /// Manifest CID.
    cid: String,
    /// The manifest.
    #[schema(value_type = Object)]
    manifest: Manifest,
    /// Unix seconds.
    created_at: i64,
    /// Unix seconds, if the dataset expires.
    expires_at: Option<i64>,
}

/// Every stored dataset.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DatasetList {
    content: Vec<DatasetEntry>,
}

/// A manifest with its CID.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ManifestResponse {
    pub(crate) cid: String,
    #[schema(value_type = Object)]
    pub(crate) manifest: Manifest,
}

/// Query of `POST /data`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct UploadQuery {
    /// Keep the dataset this many seconds, then delete it; absent = keep until deleted.
    #[param(minimum = 0, maximum = 9_223_372_036_854_775_807_i64)]
    expires_in: Option<u64>,
}

/// Erasure-coding parameters.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProtectRequest {
    /// Data slots: any K rebuild the dataset (>= 1).
    k: u32,
    /// Parity slots: up to M may be lost (>= 1, K + M <= 256).
    m: u32,
}

pub(crate) fn parse_cid(text: &str) -> Result<Cid, ApiError> {
    text.parse()
        .map_err(|e| ApiError::BadRequest(format!("invalid CID {text:?}: {e}")))
}

/// `filename` from a Content-Disposition header (`attachment; filename="x"` or `filename=x`).
fn filename_of(value: &str) -> Option<String> {
    value.split(';').map(str::trim).find_map(|part| {
        let name = part.strip_prefix("filename=")?;
        let name = name
            .strip_prefix('"')
            .and_then(|n| n.strip_suffix('"'))
            .unwrap_or(name);
        Some(name.replace("\\\"", "\"").replace("\\\\", "\\"))
    })
}

fn upload_meta(headers: &HeaderMap) -> Result<WriteMeta, ApiError> {
    let text = |name: header::HeaderName| -> Result<Option<String>, ApiError> {
        headers
            .get(&name)
            .map(|v| {
                v.to_str()
                    .map(str::to_owned)
                    .map_err(|_| ApiError::BadRequest(format!("{name} is not text")))
            })
            .transpose()
    };
    let mime_type = text(header::CONTENT_TYPE)?;
    let filename = text(header::CONTENT_DISPOSITION)?
        .as_deref()
        .and_then(filename_of);
    // Check the labels before reading the body, so a bad one stores nothing.
    let probe = Manifest {
        tree_root: Default::default(),
        block_size: BLOCK_SIZE as u32,
        byte_len: 0,
        block_count: 1,
        filename: filename.clone(),
        mime_type: mime_type.clone(),
        protection: None,
    };
    probe
        .validate()
        .map_err(|e| ApiError::BadRequest(e.to_string()))?;
    Ok(WriteMeta {
        filename,
        mime_type,
        expires_at: None,
    })
}

/// Upload a dataset: the request body is the raw bytes (streamed to disk). Optional
/// `Content-Type` and `Content-Disposition: attachment; filename="..."` are kept in the manifest.
#[utoipa::path(
    post, path = "/data",
    params(UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "The manifest CID", body = String, content_type = "text/plain"),
        (status = 400, description = "Bad query or headers, or an empty body", body = ErrorBody),
        (status = 413, description = "Larger than the free quota", body = ErrorBody),
    )
)]
pub(crate) async fn upload(
    State(state): State<Arc<NodeState>>,
    query: Result<Query<UploadQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, String), ApiError> {
    use futures::StreamExt;
    let Query(query) = query.map_err(|e| ApiError::BadRequest(format!("invalid query: {e}")))?;
    let mut meta = upload_meta(&headers)?;
    if let Some(seconds) = query.expires_in {
        let seconds = i64::try_from(seconds)
            .map_err(|_| ApiError::BadRequest("expiresIn is too large".into()))?;
        meta.expires_at = Some(crate::clock::unix_now().saturating_add(seconds));
    }
    let mut body = body.into_data_stream();
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        && let Err(err) = state
            .store
            .check_space(block_count(len) * BLOCK_SIZE as u64)
    {
        drain(&mut body).await;
        return Err(err.into());
    }
    // An empty body stores nothing: refused (as is a body that ends before its first byte).
    let first = loop {
        match body.next().await {
            Some(Ok(chunk)) if chunk.is_empty() => continue,
            Some(Ok(chunk)) => break chunk,
            Some(Err(err)) => {
                return Err(ApiError::BadRequest(format!("reading the upload: {err}")));
            }
            None => return Err(ApiError::BadRequest("the upload is empty".into())),
        }
    };
    let mut body = futures::stream::once(std::future::ready(Ok(first))).chain(body);
    let (cid, manifest) = match state.store.import(&mut body, meta).await {
        Ok(stored) => stored,
        Err(err) => {
            drain(&mut body).await;
            return Err(err.into());
        }
    };
    tracing::info!(%cid, bytes = manifest.byte_len, "dataset stored");
    state.announce(&cid);
    Ok((StatusCode::CREATED, cid.to_string()))
}

/// Most bytes of a rejected upload read (and dropped) before answering.
const DRAIN_LIMIT: u64 = 64 << 20;

/// Reads and drops what is left of a rejected upload's body, up to [`DRAIN_LIMIT`], so that a
/// client still sending sees the error response instead of a broken connection. Larger bodies get
/// the response and a closed connection.
async fn drain<S, E>(body: &mut S)
where
    S: futures::Stream<Item = Result<bytes::Bytes, E>> + Unpin,
{
    use futures::StreamExt;
    let mut drained = 0u64;
    while drained < DRAIN_LIMIT {
        match body.next().await {
            Some(Ok(chunk)) => drained += chunk.len() as u64,
            _ => break,
        }
    }
}

/// List the datasets stored on this node.
#[utoipa::path(get, path = "/data", responses((status = 200, body = DatasetList), (status = 500, body = ErrorBody)))]
pub(crate) async fn list(
    State(state): State<Arc<NodeState>>,
) -> Result<Json<DatasetList>, ApiError> {
    let content = state
        .store
        .list()
        .await?
        .into_iter()
        .map(|d| DatasetEntry {
            cid: d.cid.to_string(),
            manifest: d.manifest,
            created_at: d.created_at,
            expires_at: d.expires_at,
        })
        .collect();
    Ok(Json(DatasetList { content }))
}

/// Download a dataset's bytes (streamed; every block is verified against its hash on the way out).
#[utoipa::path(
    get, path = "/data/{cid}",
    params(("cid" = String, Path, description = "Manifest CID", pattern = r"^b[a-z2-7]{8,}$")),
    responses(
        (status = 200, description = "The bytes, as an attachment, with the media type given at upload (application/octet-stream when none was)", body = Vec<u8>, content_type = "*/*"),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub(crate) async fn download(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
) -> Result<Response, ApiError> {
    let cid = parse_cid(&cid)?;
    let reader = state.store.reader(&cid).await?;
    let manifest = reader.manifest().clone();
    Ok(dataset_response(
        Body::from_stream(reader.stream()),
        &manifest,
    ))
}

/// A response carrying a dataset's bytes, with length, type and file name from its manifest.
pub(crate) fn dataset_response(body: Body, manifest: &Manifest) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(manifest.byte_len));
    let mime = manifest
        .mime_type
        .as_deref()
        .unwrap_or("application/octet-stream");
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(mime).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    // Stored bytes are someone's upload: never rendered or run with the API's origin.
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox"),
    );
    let disposition = manifest
        .filename
        .as_ref()
        .and_then(|name| {
            let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
            HeaderValue::from_str(&format!("attachment; filename=\"{escaped}\"")).ok()
        })
        .unwrap_or(HeaderValue::from_static("attachment"));
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    response
}

/// A dataset's manifest.
#[utoipa::path(
    get, path = "/data/{cid}/manifest",
    params(("cid" = String, Path, description = "Manifest CID", pattern = r"^b[a-z2-7]{8,}$")),
    responses((status = 200, body = ManifestResponse), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub(crate) async fn manifest(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
) -> Result<Json<ManifestResponse>, ApiError> {
    let cid = parse_cid(&cid)?;
    let manifest = state.store.manifest(&cid).await?;
    Ok(Json(ManifestResponse {
        cid: cid.to_string(),
        manifest,
    }))
}

/// Delete a dataset from this node (blocks other datasets share are kept). A dataset a sale or a
/// not yet started purchase still uses is refused (409, naming them).
#[utoipa::path(
    delete, path = "/data/{cid}",
    params(("cid" = String, Path, description = "Manifest CID", pattern = r"^b[a-z2-7]{8,}$")),
    responses(
        (status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "A sale or a purchase still uses it", body = ErrorBody),
    )
)]
pub(crate) async fn delete(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
) -> Result<StatusCode, ApiError> {
    let cid = parse_cid(&cid)?;
    if let Some(market) = &state.market {
        let holders = crate::market::holders::holders(&market.db, &state.store, &cid, None)
            .await
            .map_err(|e| ApiError::Internal(format!("market.sqlite: {e}")))?;
        if !holders.is_empty() {
            return Err(ApiError::Conflict(format!(
                "dataset {cid} is in use by {}: it can be deleted once they end",
                crate::market::holders::describe(&holders)
            )));
        }
    }
    state.store.delete(&cid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Erasure-code a stored dataset into K + M slots; returns the protected manifest's CID.
#[utoipa::path(
    post, path = "/data/{cid}/protect",
    params(("cid" = String, Path, description = "Manifest CID of a stored, unprotected dataset", pattern = r"^b[a-z2-7]{8,}$")),
    request_body = ProtectRequest,
    responses(
        (status = 201, description = "The protected manifest CID", body = String, content_type = "text/plain"),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, description = "Larger than the free quota, or a body over 64 KiB", body = ErrorBody),
        (status = 415, description = "The body is not application/json", body = ErrorBody),
    )
)]
pub(crate) async fn protect(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, String), ApiError> {
    let cid = parse_cid(&cid)?;
    let request: ProtectRequest = super::guard::json_body(&headers, &body)?;
    let (protected, manifest) = crate::protect(&state.store, &cid, request.k, request.m).await?;
    tracing::info!(%cid, %protected, blocks = manifest.block_count, "dataset protected");
    state.announce(&protected);
    Ok((StatusCode::CREATED, protected.to_string()))
}

#[cfg(test)]
mod tests {
    use super::filename_of;

    #[test]
    fn content_disposition_filenames() {
        assert_eq!(
            filename_of("attachment; filename=\"a b.txt\"").as_deref(),
            Some("a b.txt")
        );
        assert_eq!(
            filename_of("attachment; filename=x.bin").as_deref(),
            Some("x.bin")
        );
        assert_eq!(
            filename_of("filename=\"q\\\"uote\"").as_deref(),
            Some("q\"uote")
        );
        assert_eq!(filename_of("inline").as_deref(), None);
    }
}
