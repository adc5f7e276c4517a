//! The REST API over real HTTP: a node on 127.0.0.1 port 0, a reqwest client, every endpoint and
//! every bad-input case; bad input must leave the store unchanged.

use std::net::SocketAddr;

use cairn_node::{Node, NodeConfig};
use reqwest::{Client, StatusCode, header};
use serde_json::Value;

struct TestNode {
    base: String,
    http: Client,
    _dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestNode {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

async fn start(quota: u64) -> TestNode {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = NodeConfig {
        data_dir: dir.path().to_path_buf(),
        api_bind: [127, 0, 0, 1].into(),
        api_port: 0,
        quota_bytes: quota,
        ..NodeConfig::default()
    };
    let node = Node::start(config).await.expect("node starts");
    let addr: SocketAddr = node.api_addr().expect("addr");
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(node.run(async move {
        let _ = rx.await;
    }));
    TestNode {
        base: format!("http://{addr}/api/v1"),
        http: Client::new(),
        _dir: dir,
        shutdown: Some(tx),
    }
}

impl TestNode {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn upload(&self, bytes: Vec<u8>) -> String {
        let response = self
            .http
            .post(self.url("/data"))
            .body(bytes)
            .send()
            .await
            .expect("upload");
        assert_eq!(response.status(), StatusCode::CREATED);
        response.text().await.expect("cid")
    }

    async fn count(&self) -> usize {
        let list: Value = self
            .http
            .get(self.url("/data"))
            .send()
            .await
            .expect("list")
            .json()
            .await
            .expect("json");
        list["content"].as_array().expect("content").len()
    }

    async fn expect_error(&self, response: reqwest::Response, status: StatusCode) -> String {
        assert_eq!(response.status(), status);
        let body: Value = response.json().await.expect("JSON error body");
        body["error"].as_str().expect("error message").to_owned()
    }
}

fn data(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i % 251) as u8 ^ (i / 65536) as u8)
        .collect()
}

#[tokio::test]
async fn upload_download_manifest_list_delete() {
    let node = start(1 << 30).await;
    let bytes = data(200_000);
    let response = node
        .http
        .post(node.url("/data"))
        .header(header::CONTENT_TYPE, "text/plain")
        .header(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"notes.txt\"",
        )
        .body(bytes.clone())
        .send()
        .await
        .expect("upload");
    assert_eq!(response.status(), StatusCode::CREATED);
    let cid = response.text().await.expect("cid");
    assert!(cid.starts_with("bafyrei"), "{cid}");

    let response = node
        .http
        .get(node.url(&format!("/data/{cid}")))
        .send()
        .await
        .expect("download");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_LENGTH], "200000");
    assert_eq!(response.headers()[header::CONTENT_TYPE], "text/plain");
    assert_eq!(
        response.headers()[header::CONTENT_DISPOSITION],
        "attachment; filename=\"notes.txt\""
    );
    assert_eq!(response.bytes().await.expect("body").to_vec(), bytes);

    let manifest: Value = node
        .http
        .get(node.url(&format!("/data/{cid}/manifest")))
        .send()
        .await
        .expect("manifest")
        .json()
        .await
        .expect("json");
    assert_eq!(manifest["cid"], cid.as_str());
    assert_eq!(manifest["manifest"]["byteLen"], 200_000);
    assert_eq!(manifest["manifest"]["blockCount"], 4);
    assert_eq!(manifest["manifest"]["filename"], "notes.txt");

    let list: Value = node
        .http
        .get(node.url("/data"))
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("json");
    assert_eq!(list["content"][0]["cid"], cid.as_str());

    let space: Value = node
        .http
        .get(node.url("/space"))
        .send()
        .await
        .expect("space")
        .json()
        .await
        .expect("json");
    assert_eq!(space["used"], 4 * 65536);
    assert_eq!(space["quota"], 1u64 << 30);
    let info: Value = node
        .http
        .get(node.url("/debug/info"))
        .send()
        .await
        .expect("info")
        .json()
        .await
        .expect("json");
    assert_eq!(info["datasets"], 1);
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));

    let response = node
        .http
        .delete(node.url(&format!("/data/{cid}")))
        .send()
        .await
        .expect("delete");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(node.count().await, 0);
    let response = node
        .http
        .get(node.url(&format!("/data/{cid}")))
        .send()
        .await
        .expect("gone");
    node.expect_error(response, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn protect_endpoint() {
    let node = start(1 << 30).await;
    let bytes = data(5 * 65536 + 7);
    let cid = node.upload(bytes.clone()).await;
    let response = node
        .http
        .post(node.url(&format!("/data/{cid}/protect")))
        .json(&serde_json::json!({"k": 2, "m": 1}))
        .send()
        .await
        .expect("protect");
    assert_eq!(response.status(), StatusCode::CREATED);
    let protected = response.text().await.expect("cid");
    let manifest: Value = node
        .http
        .get(node.url(&format!("/data/{protected}/manifest")))
        .send()
        .await
        .expect("manifest")
        .json()
        .await
        .expect("json");
    assert_eq!(manifest["manifest"]["protection"]["layout"]["k"], 2);
    assert_eq!(manifest["manifest"]["blockCount"], 9);
    let body = node
        .http
        .get(node.url(&format!("/data/{protected}")))
        .send()
        .await
        .expect("get")
        .bytes()
        .await
        .expect("body");
    assert_eq!(body.to_vec(), bytes);

    // Bad parameters and bodies: 400 (or 409 for protecting twice), nothing stored.
    for (body, status) in [
        (r#"{"k": 0, "m": 1}"#, StatusCode::BAD_REQUEST),
        (r#"{"k": 2, "m": 0}"#, StatusCode::BAD_REQUEST),
        (r#"{"k": 200, "m": 100}"#, StatusCode::BAD_REQUEST),
        (r#"{"k": 2}"#, StatusCode::BAD_REQUEST),
        (r#"{"k": 2, "m": 1, "x": 3}"#, StatusCode::BAD_REQUEST),
        (r#"{"k": -1, "m": 1}"#, StatusCode::BAD_REQUEST),
        ("not json", StatusCode::BAD_REQUEST),
    ] {
        let response = node
            .http
            .post(node.url(&format!("/data/{cid}/protect")))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("protect");
        node.expect_error(response, status).await;
    }
    let response = node
        .http
        .post(node.url(&format!("/data/{protected}/protect")))
        .header("content-type", "application/json")
        .body(r#"{"k": 2, "m": 1}"#)
        .send()
        .await
        .expect("protect twice");
    node.expect_error(response, StatusCode::CONFLICT).await;
    assert_eq!(node.count().await, 2);
}

#[tokio::test]
async fn bad_input_gets_a_json_error_and_changes_nothing() {
    let node = start(10 * 65536).await;
    let kept = node.upload(data(1000)).await;
    let unknown =
        "bafyreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku".replace("bafkrei", "bafyrei");

    // Malformed CIDs.
    for path in [
        "/data/nope",
        "/data/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG",
        "/data/nope/manifest",
    ] {
        let response = node.http.get(node.url(path)).send().await.expect("get");
        let message = node.expect_error(response, StatusCode::BAD_REQUEST).await;
        assert!(message.contains("invalid CID"), "{message}");
    }
    let response = node
        .http
        .delete(node.url("/data/zzz"))
        .send()
        .await
        .expect("delete");
    node.expect_error(response, StatusCode::BAD_REQUEST).await;
    // Unknown CIDs.
    let raw_block = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
    for cid in [unknown.as_str(), raw_block] {
        let response = node
            .http
            .get(node.url(&format!("/data/{cid}")))
            .send()
            .await
            .expect("get");
        node.expect_error(response, StatusCode::NOT_FOUND).await;
        let response = node
            .http
            .delete(node.url(&format!("/data/{cid}")))
            .send()
            .await
            .expect("delete");
        node.expect_error(response, StatusCode::NOT_FOUND).await;
        let response = node
            .http
            .post(node.url(&format!("/data/{cid}/protect")))
            .header("content-type", "application/json")
            .body(r#"{"k":1,"m":1}"#)
            .send()
            .await
            .expect("protect");
        node.expect_error(response, StatusCode::NOT_FOUND).await;
    }
    // Too large for the quota, announced by Content-Length: refused before reading.
    let response = node
        .http
        .post(node.url("/data"))
        .body(data(20 * 65536))
        .send()
        .await
        .expect("upload");
    let message = node
        .expect_error(response, StatusCode::PAYLOAD_TOO_LARGE)
        .await;
    assert!(message.contains("quota"), "{message}");
    // Too large, streamed without a length: refused when the quota runs out.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = data(20 * 65536)
        .chunks(65536)
        .map(|c| Ok(c.to_vec()))
        .collect();
    let response = node
        .http
        .post(node.url("/data"))
        .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .send()
        .await
        .expect("upload");
    node.expect_error(response, StatusCode::PAYLOAD_TOO_LARGE)
        .await;
    // Bad file names.
    for disposition in [
        "attachment; filename=\"../etc/passwd\"",
        "attachment; filename=\"\"",
    ] {
        let response = node
            .http
            .post(node.url("/data"))
            .header(header::CONTENT_DISPOSITION, disposition)
            .body(data(10))
            .send()
            .await
            .expect("upload");
        node.expect_error(response, StatusCode::BAD_REQUEST).await;
    }
    // Bad query.
    let response = node
        .http
        .post(node.url("/data?expiresIn=soon"))
        .body(data(10))
        .send()
        .await
        .expect("upload");
    node.expect_error(response, StatusCode::BAD_REQUEST).await;
    // Unknown endpoint.
    let response = node
        .http
        .get(node.url("/nothing"))
        .send()
        .await
        .expect("get");
    node.expect_error(response, StatusCode::NOT_FOUND).await;

    assert_eq!(node.count().await, 1);
    let space: Value = node
        .http
        .get(node.url("/space"))
        .send()
        .await
        .expect("space")
        .json()
        .await
        .expect("json");
    assert_eq!(
        (space["used"].as_u64(), space["reserved"].as_u64()),
        (Some(65536), Some(0))
    );
    let body = node
        .http
        .get(node.url(&format!("/data/{kept}")))
        .send()
        .await
        .expect("get")
        .bytes()
        .await
        .expect("body");
    assert_eq!(body.to_vec(), data(1000));
}

#[tokio::test]
async fn openapi_document_lists_every_endpoint() {
    let node = start(1 << 20).await;
    let doc: Value = node
        .http
        .get(node.url("/openapi.json"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert!(doc["openapi"].as_str().expect("version").starts_with("3."));
    let paths = doc["paths"].as_object().expect("paths");
    for path in [
        "/data",
        "/data/{cid}",
        "/data/{cid}/manifest",
        "/data/{cid}/protect",
        "/space",
        "/debug/info",
    ] {
        assert!(paths.contains_key(path), "missing {path}");
    }
    assert!(paths["/data"].get("post").is_some() && paths["/data/{cid}"].get("delete").is_some());
}

#[tokio::test]
async fn storage_endpoints_need_a_marketplace_connection() {
    let node = start(1 << 20).await;
    for (method, path) in [
        (reqwest::Method::GET, "/storage/purchases"),
        (
            reqwest::Method::POST,
            "/storage/request/bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
        ),
    ] {
        let response = node
            .http
            .request(method, node.url(path))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let text = response.text().await.expect("body");
        assert!(text.contains("--eth-rpc"), "{text}");
    }
}

/// Attacks a web page the operator opens could make (cross-site requests, DNS rebinding), and
/// bodies of the wrong type or size: all refused, nothing changed.
#[tokio::test]
async fn web_pages_rebinding_hosts_wrong_types_and_oversized_bodies_are_refused() {
    let node = start(10 * 65536).await;
    let kept = node.upload(data(1000)).await;

    // A cross-site upload (a text/plain POST needs no preflight): 403, nothing stored.
    let response = node
        .http
        .post(node.url("/data"))
        .header(header::ORIGIN, "http://evil.example")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(data(500))
        .send()
        .await
        .expect("cross-site upload");
    let why = node.expect_error(response, StatusCode::FORBIDDEN).await;
    assert!(why.contains("evil.example"), "{why}");
    // Even a GET carrying a foreign Origin.
    let response = node
        .http
        .get(node.url("/data"))
        .header(header::ORIGIN, "http://evil.example")
        .send()
        .await
        .expect("cross-site list");
    node.expect_error(response, StatusCode::FORBIDDEN).await;
    // A rebinding DNS name reaching 127.0.0.1: its requests carry that name as Host.
    let response = node
        .http
        .delete(node.url(&format!("/data/{kept}")))
        .header(header::HOST, "evil.example:8081")
        .send()
        .await
        .expect("rebinding delete");
    let why = node.expect_error(response, StatusCode::FORBIDDEN).await;
    assert!(why.contains("evil.example"), "{why}");
    assert_eq!(node.count().await, 1, "nothing stored or deleted");

    // JSON bodies need their content type, and are bounded.
    let response = node
        .http
        .post(node.url(&format!("/data/{kept}/protect")))
        .header(header::CONTENT_TYPE, "text/plain")
        .body(r#"{"k": 1, "m": 1}"#)
        .send()
        .await
        .expect("text/plain JSON");
    node.expect_error(response, StatusCode::UNSUPPORTED_MEDIA_TYPE)
        .await;
    let huge = format!(r#"{{"k": 1, "m": 1, "pad": "{}"}}"#, "x".repeat(100_000));
    let response = node
        .http
        .post(node.url(&format!("/data/{kept}/protect")))
        .header(header::CONTENT_TYPE, "application/json")
        .body(huge)
        .send()
        .await
        .expect("oversized JSON");
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(node.count().await, 1, "nothing protected");

    // Fetching from the network changes state: not on a GET.
    let response = node
        .http
        .get(node.url(&format!("/data/{kept}/network")))
        .send()
        .await
        .expect("GET network");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);

    // An empty upload stores nothing.
    let response = node
        .http
        .post(node.url("/data"))
        .body(Vec::<u8>::new())
        .send()
        .await
        .expect("empty upload");
    let why = node.expect_error(response, StatusCode::BAD_REQUEST).await;
    assert!(why.contains("empty"), "{why}");
    assert_eq!(node.count().await, 1);
}

/// An uploaded page is served as an attachment that cannot run as the API's origin.
#[tokio::test]
async fn stored_pages_are_served_inert() {
    let node = start(10 * 65536).await;
    let response = node
        .http
        .post(node.url("/data"))
        .header(header::CONTENT_TYPE, "text/html")
        .body("<script>fetch('/api/v1/data', {method: 'POST'})</script>")
        .send()
        .await
        .expect("upload");
    assert_eq!(response.status(), StatusCode::CREATED);
    let cid = response.text().await.expect("cid");
    let response = node
        .http
        .get(node.url(&format!("/data/{cid}")))
        .send()
        .await
        .expect("download");
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers();
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::CONTENT_SECURITY_POLICY], "sandbox");
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .expect("text")
            .starts_with("attachment"),
        "{headers:?}"
    );
    // Every answer says nosniff, errors too.
    let response = node
        .http
        .get(node.url("/data/not-a-cid"))
        .send()
        .await
        .expect("bad cid");
    assert_eq!(
        response.headers()[header::X_CONTENT_TYPE_OPTIONS],
        "nosniff"
    );
}
