//! What every API request passes before a handler sees it, against web pages the operator opens
//! (they can reach 127.0.0.1, and a rebinding DNS name can point at it):
//!
//! - **Host.** The `Host` must be a loopback name (`localhost`, `*.localhost`), an IP literal (a
//!   page's origin is then that IP: no rebinding) or a configured allowed host (`*` allows any);
//!   otherwise 403. A rebinding page's requests carry its own name.
//! - **Origin.** A request carrying an `Origin` (browsers add it to cross-site and to every
//!   non-GET request) is refused (403) unless that origin is configured; the CLI and scripts send
//!   none. This covers the "simple" requests a page may send without a CORS preflight.
//! - **Token.** When required ([`super::token`]), `Authorization: Bearer <token>` (401 without).
//! - **Responses** carry `X-Content-Type-Options: nosniff`.
//!
//! JSON bodies need `Content-Type: application/json` (415) and are bounded ([`JSON_BODY_LIMIT`],
//! 413): [`json_body`].

use std::{net::IpAddr, sync::Arc};

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::de::DeserializeOwned;

use super::ApiError;

/// Most bytes of a JSON request body.
pub const JSON_BODY_LIMIT: usize = 64 * 1024;

/// Which hosts and origins the API accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApiGuard {
    allowed_hosts: Vec<String>,
    allowed_origins: Vec<String>,
    token: Option<String>,
}

impl ApiGuard {
    /// Accepts loopback names and IP literals, plus `hosts` (names, `*` for any), and browser
    /// requests from `origins` only (`scheme://host[:port]`, `*` for any).
    pub fn new(hosts: &[String], origins: &[String]) -> Self {
        let clean = |list: &[String]| {
            list.iter()
                .map(|s| s.trim().trim_end_matches('/').to_ascii_lowercase())
                .filter(|s| !s.is_empty())
                .collect()
        };
        Self {
            allowed_hosts: clean(hosts),
            allowed_origins: clean(origins),
            token: None,
        }
    }

    /// Also requires `token` (when given) as `Authorization: Bearer <token>`.
    pub fn with_token(mut self, token: Option<String>) -> Self {
        self.token = token;
        self
    }

    /// Whether the request carries the token, when one is required.
    fn authorized(&self, headers: &HeaderMap) -> bool {
        let Some(token) = &self.token else {
            return true;
        };
        headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| super::token::matches(token, given.trim()))
    }

    /// Why a request with these headers is refused, if it is.
    pub fn refusal(&self, headers: &HeaderMap) -> Option<String> {
        let host = match headers.get(header::HOST).map(HeaderValue::to_str) {
            Some(Ok(host)) => host,
            Some(Err(_)) => return Some("the Host header is not text".into()),
            None => return Some("a Host header is required".into()),
        };
        if !self.host_allowed(host) {
            return Some(format!(
                "host {host:?} is not allowed: use 127.0.0.1 or localhost, or allow it with \
                 --api-allowed-host"
            ));
        }
        if let Some(origin) = headers.get(header::ORIGIN) {
            let origin = origin.to_str().unwrap_or("?").to_ascii_lowercase();
            let allowed = self
                .allowed_origins
                .iter()
                .any(|o| o == "*" || *o == origin);
            if !allowed {
                return Some(format!(
                    "requests from web origin {origin:?} are not allowed (allow it with \
                     --api-allowed-origin)"
                ));
            }
        }
        None
    }

    fn host_allowed(&self, host: &str) -> bool {
        let name = host_name(host).to_ascii_lowercase();
        if name.is_empty() {
            return false;
        }
        if name == "localhost" || name.ends_with(".localhost") || name.parse::<IpAddr>().is_ok() {
            return true;
        }
        self.allowed_hosts.iter().any(|h| h == "*" || *h == name)
    }
}

/// The name in a `Host` value, without the port (`[::1]:8080` gives `::1`).
fn host_name(host: &str) -> &str {
    let host = host.trim();
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("");
    }
    match host.rsplit_once(':') {
        // One colon: name:port. More: a bare IPv6 literal.
        Some((name, port)) if !name.contains(':') && port.chars().all(|c| c.is_ascii_digit()) => {
            name
        }
        _ => host,
    }
}

/// The middleware: refuses what [`ApiGuard::refusal`] refuses, adds `nosniff` to every answer.
pub async fn guard(State(guard): State<Arc<ApiGuard>>, request: Request, next: Next) -> Response {
    if let Some(why) = guard.refusal(request.headers()) {
        tracing::warn!(%why, method = %request.method(), path = %request.uri().path(), "API request refused");
        return ApiError::Forbidden(why).into_response();
    }
    if !guard.authorized(request.headers()) {
        let mut response = ApiError::Unauthorized(format!(
            "this node's API needs its token: send Authorization: Bearer <the contents of \
             {} in the node's data directory> (the CLI reads it from --data-dir)",
            super::token::TOKEN_FILE
        ))
        .into_response();
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return response;
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// A JSON request body: `Content-Type: application/json` required (415 otherwise), at most
/// [`JSON_BODY_LIMIT`] bytes (the router's limit answers 413 before this), decoded as `T` (400).
pub fn json_body<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence != "application/json" {
        return Err(ApiError::UnsupportedMediaType(format!(
            "the body must be JSON sent with Content-Type: application/json (got {content_type:?})"
        )));
    }
    serde_json::from_slice(body)
        .map_err(|e| ApiError::BadRequest(format!("invalid JSON body: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).expect("value"));
        }
        map
    }

    #[test]
    fn hosts_are_loopback_names_ip_literals_or_allowed() {
        let guard = ApiGuard::new(&["node.example".into()], &[]);
        for host in [
            "127.0.0.1:8080",
            "localhost",
            "LOCALHOST:1",
            "app.localhost:80",
            "[::1]:8080",
            "::1",
            "192.168.1.7:8080",
            "node.example:8080",
        ] {
            assert!(guard.host_allowed(host), "{host}");
        }
        for host in [
            "evil.example:8081",
            "127.0.0.1.evil.example",
            "localhost.evil.example",
            "",
            "[]",
        ] {
            assert!(!guard.host_allowed(host), "{host}");
        }
        assert!(ApiGuard::new(&["*".into()], &[]).host_allowed("anything.example"));
    }

    #[test]
    fn origins_must_be_configured() {
        let host = (header::HOST, "127.0.0.1:8080");
        let none = ApiGuard::default();
        assert_eq!(
            none.refusal(&headers(std::slice::from_ref(&host))),
            None,
            "no Origin: CLI"
        );
        let evil = headers(&[host.clone(), (header::ORIGIN, "http://evil.example")]);
        assert!(none.refusal(&evil).is_some());
        let same = headers(&[host.clone(), (header::ORIGIN, "http://127.0.0.1:8080")]);
        assert!(none.refusal(&same).is_some(), "only configured origins");
        let allowed = ApiGuard::new(&[], &["http://127.0.0.1:8080/".into()]);
        assert_eq!(allowed.refusal(&same), None);
        assert!(allowed.refusal(&evil).is_some());
        assert!(none.refusal(&HeaderMap::new()).is_some(), "Host required");
    }

    #[test]
    fn json_bodies_need_their_content_type() {
        let json = headers(&[(header::CONTENT_TYPE, "application/json; charset=utf-8")]);
        let value: serde_json::Value = json_body(&json, b"{\"a\":1}").expect("json");
        assert_eq!(value["a"], 1);
        let text = headers(&[(header::CONTENT_TYPE, "text/plain")]);
        assert!(matches!(
            json_body::<serde_json::Value>(&text, b"{}"),
            Err(ApiError::UnsupportedMediaType(_))
        ));
        assert!(matches!(
            json_body::<serde_json::Value>(&HeaderMap::new(), b"{}"),
            Err(ApiError::UnsupportedMediaType(_))
        ));
        assert!(matches!(
            json_body::<serde_json::Value>(&json, b"{"),
            Err(ApiError::BadRequest(_))
        ));
    }
}
