//! API errors: every failure becomes a status code and `{"error": "..."}`.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use cairn_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

use crate::ProtectError;

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: String,
}

/// An error with its HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: malformed input.
    #[error("{0}")]
    BadRequest(String),
    /// 401: the API token is required and missing or wrong.
    #[error("{0}")]
    Unauthorized(String),
    /// 403: refused before any handler (a Host or Origin that is not allowed).
    #[error("{0}")]
    Forbidden(String),
    /// 404: unknown resource.
    #[error("{0}")]
    NotFound(String),
    /// 409: the request conflicts with the resource's state.
    #[error("{0}")]
    Conflict(String),
    /// 413: the upload does not fit in the quota.
    #[error("{0}")]
    TooLarge(String),
    /// 415: a body of another type than the route takes.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 502: the data could not be got from other nodes (too few reachable, or wrong data).
    #[error("{0}")]
    BadGateway(String),
    /// 503: the node is not set up for this (e.g. no marketplace connection).
    #[error("{0}")]
    Unavailable(String),
    /// 500: the node failed.
    #[error("{0}")]
    Internal(String),
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound(_) | StoreError::BlockNotFound(_) => {
                Self::NotFound(err.to_string())
            }
            StoreError::QuotaExceeded { .. } => Self::TooLarge(err.to_string()),
            StoreError::InvalidWrite(_) | StoreError::IndexOutOfRange { .. } => {
                Self::BadRequest(err.to_string())
            }
            other => {
                tracing::error!(error = %other, "store failure");
                Self::Internal(other.to_string())
            }
        }
    }
}

impl From<ProtectError> for ApiError {
    fn from(err: ProtectError) -> Self {
        match err {
            ProtectError::Layout(_) => Self::BadRequest(err.to_string()),
            ProtectError::AlreadyProtected(_) => Self::Conflict(err.to_string()),
            ProtectError::Store(store) => store.into(),
            other => Self::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BadGateway(_) => StatusCode::BAD_GATEWAY,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (
            status,
            Json(ErrorBody {
                error: self.to_string(),
            }),
        )
            .into_response()
    }
}
