//! The network resources: fetch a dataset from other nodes (into the store, or streamed while
//! fetching), this node's identity and addresses, its peers, and connecting to a peer.

use std::{sync::Arc, time::Duration};

use axum::{
    Json,
    body::Body,
    extract::{Path, Query, State, rejection::QueryRejection},
    http::StatusCode,
    response::Response,
};
use cairn_p2p::{Multiaddr, PeerId, multiaddr::Protocol};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    ApiError, ErrorBody,
    data::{ManifestResponse, dataset_response, parse_cid},
};
use crate::{
    NodeState,
    fetch::{FetchError, FetchedStream},
};

/// How long `POST /connect` waits for the connection.
const CONNECT_WAIT: Duration = Duration::from_secs(10);

impl From<FetchError> for ApiError {
    fn from(err: FetchError) -> Self {
        match err {
            FetchError::NoProvider(_) => Self::NotFound(err.to_string()),
            FetchError::TooLarge(_) => Self::TooLarge(err.to_string()),
            FetchError::Refused(_) => Self::BadGateway(err.to_string()),
            FetchError::Store(store) => store.into(),
            other => Self::Internal(other.to_string()),
        }
    }
}

/// Fetch a dataset from the network into this node's store (or find it there); answers with its
/// manifest once every block is stored and verified.
#[utoipa::path(
    post, path = "/data/{cid}/network",
    params(("cid" = String, Path, description = "Manifest CID", pattern = r"^b[a-z2-7]{8,}$")),
    responses(
        (status = 200, body = ManifestResponse), (status = 400, body = ErrorBody),
        (status = 404, description = "No provider has it", body = ErrorBody),
        (status = 413, description = "It does not fit in the quota", body = ErrorBody),
        (status = 500, body = ErrorBody),
    )
)]
pub(crate) async fn fetch(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
) -> Result<Json<ManifestResponse>, ApiError> {
    let cid = parse_cid(&cid)?;
    let manifest = state.fetcher.fetch(&cid).await?;
    Ok(Json(ManifestResponse {
        cid: cid.to_string(),
        manifest,
    }))
}

/// Stream a dataset's bytes while fetching it from the network into the store (from the store if
/// it is already there). Every block is verified before it is sent.
#[utoipa::path(
    post, path = "/data/{cid}/network/stream",
    params(("cid" = String, Path, description = "Manifest CID", pattern = r"^b[a-z2-7]{8,}$")),
    responses(
        (status = 200, description = "The bytes, as an attachment, with the media type given at upload (application/octet-stream when none was)", body = Vec<u8>, content_type = "*/*"),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 500, body = ErrorBody),
    )
)]
pub(crate) async fn fetch_stream(
    State(state): State<Arc<NodeState>>,
    Path(cid): Path<String>,
) -> Result<Response, ApiError> {
    let cid = parse_cid(&cid)?;
    match state.fetcher.fetch_stream(&cid).await? {
        FetchedStream::Stored(manifest) => {
            let reader = state.store.reader(&cid).await?;
            Ok(dataset_response(
                Body::from_stream(reader.stream()),
                &manifest,
            ))
        }
        FetchedStream::Streaming(manifest, bytes) => {
            let stream = futures::stream::unfold(bytes, |mut rx| async move {
                rx.recv().await.map(|item| (item, rx))
            });
            Ok(dataset_response(Body::from_stream(stream), &manifest))
        }
    }
}

/// Who this node is on the network.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NodeInfo {
    /// libp2p peer id.
    peer_id: String,
    /// Addresses the node listens on, each with `/p2p/<peer id>`.
    addrs: Vec<String>,
    /// Signed peer record (libp2p signed envelope, protobuf), base64: peer id and addresses signed
    /// with the node key.
    spr: String,
    /// The node's version.
    version: String,
    /// What the node charges per byte it serves, in token base units (0: free), as a decimal
    /// string.
    bandwidth_price: String,
}

/// Peer id, listen addresses, a signed peer record and the bandwidth price.
#[utoipa::path(get, path = "/node/info", responses((status = 200, body = NodeInfo), (status = 500, body = ErrorBody)))]
pub(crate) async fn info(State(state): State<Arc<NodeState>>) -> Result<Json<NodeInfo>, ApiError> {
    let network = &state.network;
    let listen = network
        .listen_addrs()
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let record = network
        .signed_peer_record(listen.clone())
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let me = network.peer_id();
    Ok(Json(NodeInfo {
        peer_id: me.to_string(),
        addrs: listen
            .into_iter()
            .map(|a| a.with(Protocol::P2p(me)).to_string())
            .collect(),
        spr: data_encoding::BASE64.encode(&record),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        bandwidth_price: state.config.bandwidth_price.to_string(),
    }))
}

/// Connected peers.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PeerList {
    /// Peer ids.
    peers: Vec<String>,
}

/// The peers this node is connected to.
#[utoipa::path(get, path = "/node/peers", responses((status = 200, body = PeerList), (status = 500, body = ErrorBody)))]
pub(crate) async fn peers(State(state): State<Arc<NodeState>>) -> Result<Json<PeerList>, ApiError> {
    let peers = state
        .network
        .connected_peers()
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(Json(PeerList {
        peers: peers.iter().map(PeerId::to_string).collect(),
    }))
}

/// Query of `POST /connect/{peerId}`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct ConnectQuery {
    /// Comma-separated multiaddrs of the peer (without `/p2p/`); absent = addresses the node
    /// already knows (DHT, identify).
    addrs: Option<String>,
}

/// Connect to a peer; answers once the connection is up (or fails after 10 s).
#[utoipa::path(
    post, path = "/connect/{peerId}",
    params(("peerId" = String, Path, description = "libp2p peer id (base58)", pattern = r"^[1-9A-HJ-NP-Za-km-z]{32,}$"), ConnectQuery),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, description = "Not reachable", body = ErrorBody))
)]
pub(crate) async fn connect(
    State(state): State<Arc<NodeState>>,
    Path(peer): Path<String>,
    query: Result<Query<ConnectQuery>, QueryRejection>,
) -> Result<StatusCode, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::BadRequest(format!("invalid query: {e}")))?;
    let peer: PeerId = peer
        .parse()
        .map_err(|e| ApiError::BadRequest(format!("invalid peer id {peer:?}: {e}")))?;
    if peer == state.network.peer_id() {
        return Err(ApiError::BadRequest(
            "that is this node's own peer id".into(),
        ));
    }
    let addrs: Vec<Multiaddr> = query
        .addrs
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            let addr: Multiaddr = a
                .parse()
                .map_err(|e| ApiError::BadRequest(format!("invalid multiaddr {a:?}: {e}")))?;
            match addr.iter().last() {
                Some(Protocol::P2p(other)) if other != peer => Err(ApiError::BadRequest(format!(
                    "{a} names another peer ({other})"
                ))),
                Some(Protocol::P2p(_)) => Ok(addr),
                _ => Ok(addr.with(Protocol::P2p(peer))),
            }
        })
        .collect::<Result<_, _>>()?;
    let network = &state.network;
    let mut errors = Vec::new();
    if addrs.is_empty()
        && let Err(e) = network.dial_peer(peer).await
    {
        errors.push(e.to_string());
    }
    for addr in addrs {
        if let Err(e) = network.dial(addr).await {
            errors.push(e.to_string());
        }
    }
    let deadline = tokio::time::Instant::now() + CONNECT_WAIT;
    loop {
        let connected = network
            .connected_peers()
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        if connected.contains(&peer) {
            return Ok(StatusCode::NO_CONTENT);
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(ApiError::NotFound(format!(
                "could not connect to {peer} within {} s{}",
                CONNECT_WAIT.as_secs(),
                if errors.is_empty() {
                    String::new()
                } else {
                    format!(": {}", errors.join("; "))
                }
            )));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
