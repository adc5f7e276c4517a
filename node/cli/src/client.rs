//! Client commands: talk to a running node's REST API, with progress bars for transfers.

use std::path::Path;

use clap::Args;
use eyre::{WrapErr, bail};
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use reqwest::{Body, header};
use tokio::io::AsyncWriteExt;
use tokio_util::io::ReaderStream;

/// Where the node's API is.
#[derive(Debug, Args)]
pub(crate) struct ApiArgs {
    /// Base URL of the node's API.
    #[arg(
        long,
        env = "CAIRN_API",
        default_value = "http://127.0.0.1:8080/api/v1"
    )]
    api: String,
    /// The node's API token; without it, read from api.token in --data-dir (sent when found).
    #[arg(long, env = "CAIRN_API_TOKEN", hide_env_values = true)]
    api_token: Option<String>,
    /// The node's data directory, where its API token is.
    #[arg(long, env = "CAIRN_DATA_DIR", default_value = "./cairn-data")]
    data_dir: std::path::PathBuf,
}

impl ApiArgs {
    /// The token to send: given, or the node's token file in the data directory, if any.
    fn token(&self) -> eyre::Result<Option<String>> {
        if let Some(token) = &self.api_token {
            return Ok(Some(token.trim().to_owned()));
        }
        let path = self.data_dir.join("api.token");
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text.trim().to_owned())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err).wrap_err_with(|| format!("reading {}", path.display())),
        }
    }
}

/// One slot of a purchase (an element of `slotStates`) as `cairn storage purchases <id>` prints
/// it: `  slot 2  repair     repairing by 0xab..`.
fn slot_line(slot: &serde_json::Value) -> String {
    let state = slot["state"].as_str().unwrap_or("?");
    let reserved: Vec<&str> = slot["reservedBy"]
        .as_array()
        .map(|r| r.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    let who = match (slot["host"].as_str(), state) {
        (Some(host), _) => format!("host {host}"),
        (None, "repair") if !reserved.is_empty() => format!("repairing by {}", reserved.join(",")),
        (None, _) if !reserved.is_empty() => format!("reserved by {}", reserved.join(",")),
        (None, _) => String::new(),
    };
    format!("  slot {:<3} {state:<9}  {who}", slot["index"].to_string())
        .trim_end()
        .to_owned()
}

/// Block size the node stores data in (uploads occupy whole blocks).
const BLOCK_SIZE: u64 = 64 * 1024;

pub(crate) struct Client {
    http: reqwest::Client,
    base: String,
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    let style = ProgressStyle::with_template(
        "{msg} [{bar:40}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(what.to_owned());
    bar
}

/// Turns a non-success response into an error with the node's `{"error"}` message.
async fn check(response: reqwest::Response) -> eyre::Result<reqwest::Response> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let path = response.url().path().to_owned();
    let text = response.text().await.unwrap_or_default();
    if status == reqwest::StatusCode::NOT_FOUND && text.trim().is_empty() {
        // The node's own 404s carry {"error"}; an empty one means it has no such route.
        bail!(
            "the node answered {status}: it does not serve {path} (is it older than this cairn?)"
        );
    }
    let message = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_owned))
        .unwrap_or(text);
    bail!("the node answered {status}: {message}")
}

impl Client {
    pub(crate) fn new(args: &ApiArgs) -> eyre::Result<Self> {
        let base = args.api.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            bail!("--api must be an http(s) URL, got {base:?}");
        }
        let mut headers = header::HeaderMap::new();
        if let Some(token) = args.token()? {
            let value = header::HeaderValue::from_str(&format!("Bearer {token}"))
                .map_err(|_| eyre::eyre!("the API token is not a valid header value"))?;
            headers.insert(header::AUTHORIZATION, value);
        }
        Ok(Self {
            http: reqwest::Client::builder()
                .default_headers(headers)
                .build()
                .wrap_err("HTTP client")?,
            base,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> eyre::Result<reqwest::Response> {
        let response = request
            .send()
            .await
            .wrap_err_with(|| format!("cannot reach the node at {}", self.base))?;
        check(response).await
    }

    /// `GET path`, answered with JSON.
    pub(crate) async fn get_json(&self, path: &str) -> eyre::Result<serde_json::Value> {
        self.send(self.http.get(self.url(path)))
            .await?
            .json()
            .await
            .wrap_err_with(|| format!("the node's answer to GET {path} is not JSON"))
    }

    /// `POST path` with a JSON body, answered with JSON.
    pub(crate) async fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> eyre::Result<serde_json::Value> {
        self.send(self.http.post(self.url(path)).json(body))
            .await?
            .json()
            .await
            .wrap_err_with(|| format!("the node's answer to POST {path} is not JSON"))
    }

    pub(crate) async fn upload(
        &self,
        path: &Path,
        expires_in: Option<u64>,
    ) -> eyre::Result<String> {
        let file = tokio::fs::File::open(path)
            .await
            .wrap_err_with(|| format!("cannot open {}", path.display()))?;
        let len = file.metadata().await?.len();
        // Ask first: a node refusing a large body mid-stream can only close the connection.
        let space: serde_json::Value = self
            .send(self.http.get(self.url("/space")))
            .await?
            .json()
            .await?;
        let needed = len.div_ceil(BLOCK_SIZE).max(1) * BLOCK_SIZE;
        if let Some(free) = space["free"].as_u64().filter(|free| needed > *free) {
            bail!(
                "{} needs {needed} bytes of storage but the node's quota has {free} free (quota {})",
                path.display(),
                space["quota"]
            );
        }
        let progress = bar(len, "upload");
        let tracker = progress.clone();
        let stream = ReaderStream::with_capacity(file, 1 << 20).inspect(move |chunk| {
            if let Ok(bytes) = chunk {
                tracker.inc(bytes.len() as u64);
            }
        });
        let mut request = self
            .http
            .post(match expires_in {
                Some(seconds) => self.url(&format!("/data?expiresIn={seconds}")),
                None => self.url("/data"),
            })
            .header(header::CONTENT_LENGTH, len)
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .body(Body::wrap_stream(stream));
        if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
            request = request.header(
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{escaped}\""),
            );
        }
        let response = self.send(request).await;
        progress.finish_and_clear();
        Ok(response?.text().await?.trim().to_owned())
    }

    pub(crate) async fn download(
        &self,
        cid: &str,
        output: &Path,
        network: bool,
    ) -> eyre::Result<()> {
        let path = if network {
            format!("/data/{cid}/network/stream")
        } else {
            format!("/data/{cid}")
        };
        // Fetching from the network stores the dataset: a POST (nothing changes state on a GET).
        let request = if network {
            self.http.post(self.url(&path))
        } else {
            self.http.get(self.url(&path))
        };
        let response = self.send(request).await?;
        let len = response.content_length().unwrap_or(0);
        // Write next to the target and rename at the end: a failed download leaves no partial file.
        let partial = output.with_extension("cairn-partial");
        let mut file = tokio::fs::File::create(&partial)
            .await
            .wrap_err_with(|| format!("cannot create {}", partial.display()))?;
        let progress = bar(len, "download");
        let mut received = 0u64;
        let mut body = response.bytes_stream();
        let result: eyre::Result<()> = async {
            while let Some(chunk) = body.next().await {
                let chunk = chunk.wrap_err("the download was interrupted")?;
                file.write_all(&chunk).await?;
                received += chunk.len() as u64;
                progress.set_position(received);
            }
            if received != len {
                bail!("the node sent {received} of {len} bytes (a block failed verification or the connection broke)");
            }
            file.sync_all().await?;
            Ok(())
        }
        .await;
        progress.finish_and_clear();
        if let Err(err) = result {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(err);
        }
        tokio::fs::rename(&partial, output)
            .await
            .wrap_err_with(|| format!("cannot write {}", output.display()))?;
        eprintln!("downloaded {received} bytes to {}", output.display());
        Ok(())
    }

    pub(crate) async fn protect(&self, cid: &str, k: u32, m: u32) -> eyre::Result<String> {
        let request = self
            .http
            .post(self.url(&format!("/data/{cid}/protect")))
            .json(&serde_json::json!({"k": k, "m": m}));
        Ok(self.send(request).await?.text().await?.trim().to_owned())
    }

    pub(crate) async fn list(&self) -> eyre::Result<()> {
        let list: serde_json::Value = self
            .send(self.http.get(self.url("/data")))
            .await?
            .json()
            .await?;
        let entries = list
            .get("content")
            .and_then(|c| c.as_array())
            .cloned()
            .unwrap_or_default();
        if entries.is_empty() {
            println!("no datasets");
        }
        for entry in entries {
            let manifest = &entry["manifest"];
            let protection = match manifest.get("protection") {
                Some(p) => format!("  protected k={} m={}", p["layout"]["k"], p["layout"]["m"]),
                None => String::new(),
            };
            println!(
                "{}  {:>14} bytes  {}{protection}",
                entry["cid"].as_str().unwrap_or("?"),
                manifest["byteLen"],
                manifest
                    .get("filename")
                    .and_then(|f| f.as_str())
                    .unwrap_or("-"),
            );
        }
        Ok(())
    }

    pub(crate) async fn peers(&self) -> eyre::Result<()> {
        let info: serde_json::Value = self
            .send(self.http.get(self.url("/node/info")))
            .await?
            .json()
            .await?;
        println!("peer id: {}", info["peerId"].as_str().unwrap_or("?"));
        for addr in info["addrs"].as_array().into_iter().flatten() {
            println!("  listening on {}", addr.as_str().unwrap_or("?"));
        }
        match info["bandwidthPrice"].as_str() {
            Some("0") | None => println!("serves blocks for free"),
            Some(price) => println!("bandwidth price: {price} token units per byte"),
        }
        let peers: serde_json::Value = self
            .send(self.http.get(self.url("/node/peers")))
            .await?
            .json()
            .await?;
        let peers = peers["peers"].as_array().cloned().unwrap_or_default();
        println!("{} connected peer(s)", peers.len());
        for peer in peers {
            println!("  {}", peer.as_str().unwrap_or("?"));
        }
        Ok(())
    }

    pub(crate) async fn connect(&self, peer_id: &str, addrs: &[String]) -> eyre::Result<()> {
        let mut request = self.http.post(self.url(&format!("/connect/{peer_id}")));
        if !addrs.is_empty() {
            request = request.query(&[("addrs", addrs.join(","))]);
        }
        self.send(request).await?;
        println!("connected to {peer_id}");
        Ok(())
    }

    pub(crate) async fn storage_request(
        &self,
        cid: &str,
        body: &serde_json::Value,
    ) -> eyre::Result<()> {
        eprintln!("erasure-coding, computing slot roots and submitting the request...");
        let purchase: serde_json::Value = self
            .send(
                self.http
                    .post(self.url(&format!("/storage/request/{cid}")))
                    .json(body),
            )
            .await?
            .json()
            .await?;
        println!("{}", purchase["requestId"].as_str().unwrap_or("?"));
        eprintln!(
            "request {} is {}: {} slots of {} bytes, price {} (protected dataset {})",
            purchase["requestId"].as_str().unwrap_or("?"),
            purchase["state"].as_str().unwrap_or("?"),
            purchase["slots"],
            purchase["slotSize"],
            purchase["price"].as_str().unwrap_or("?"),
            purchase["protectedCid"].as_str().unwrap_or("?"),
        );
        Ok(())
    }

    pub(crate) async fn purchases(&self, id: Option<&str>) -> eyre::Result<()> {
        let path = match id {
            Some(id) => format!("/storage/purchases/{id}"),
            None => "/storage/purchases".to_owned(),
        };
        let value: serde_json::Value = self
            .send(self.http.get(self.url(&path)))
            .await?
            .json()
            .await?;
        let list = match id {
            Some(_) => vec![value],
            None => value["purchases"].as_array().cloned().unwrap_or_default(),
        };
        if list.is_empty() {
            println!("no purchases");
        }
        for p in list {
            println!(
                "{}  {:<10}  slots {}/{} filled  ends {}  {}",
                p["requestId"].as_str().unwrap_or("?"),
                p["state"].as_str().unwrap_or("?"),
                p["slotsFilled"],
                p["slots"],
                p["endsAt"],
                p["cid"].as_str().unwrap_or("?"),
            );
            // Only the single-purchase form has the slots (read from the chain by the node).
            if let Some(slots) = p["slotStates"].as_array() {
                for slot in slots {
                    println!("{}", slot_line(slot));
                }
            }
            if let Some(error) = p["slotStatesError"].as_str() {
                println!("  slots: {error}");
            }
        }
        Ok(())
    }

    /// Asks the node to get storage manifest `cid`'s dataset back from its hosts, then downloads
    /// it to `output` (standard output if `None`).
    pub(crate) async fn retrieve(&self, cid: &str, output: Option<&Path>) -> eyre::Result<()> {
        eprintln!("fetching the slots from the hosts and rebuilding the dataset...");
        let retrieved: serde_json::Value = self
            .send(
                self.http
                    .post(self.url(&format!("/storage/retrieve/{cid}"))),
            )
            .await?
            .json()
            .await
            .wrap_err("the node's answer is not JSON")?;
        let Some(original) = retrieved["cid"].as_str() else {
            bail!("the node's answer has no CID: {retrieved}");
        };
        eprintln!(
            "retrieved {original} ({} bytes)",
            retrieved["manifest"]["byteLen"]
        );
        if let Some(output) = output {
            return self.download(original, output, false).await;
        }
        let response = self
            .send(self.http.get(self.url(&format!("/data/{original}"))))
            .await?;
        let len = response.content_length().unwrap_or(0);
        let mut received = 0u64;
        let mut body = response.bytes_stream();
        while let Some(chunk) = body.next().await {
            let chunk = chunk.wrap_err("the download was interrupted")?;
            // Standard output is a blocking handle: write it off the async worker.
            tokio::task::block_in_place(|| {
                use std::io::Write;
                std::io::stdout().lock().write_all(&chunk)
            })
            .wrap_err("cannot write to standard output")?;
            received += chunk.len() as u64;
        }
        tokio::task::block_in_place(|| {
            use std::io::Write;
            std::io::stdout().lock().flush()
        })
        .wrap_err("cannot write to standard output")?;
        if received != len {
            bail!(
                "the node sent {received} of {len} bytes (a block failed verification or the connection broke)"
            );
        }
        Ok(())
    }

    pub(crate) async fn space(&self) -> eyre::Result<()> {
        let space: serde_json::Value = self
            .send(self.http.get(self.url("/space")))
            .await?
            .json()
            .await?;
        for key in ["quota", "used", "reserved", "free"] {
            println!("{key:>9}: {} bytes", space[key]);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::slot_line;

    #[test]
    fn slot_lines() {
        let line = |v: serde_json::Value| slot_line(&v);
        assert_eq!(
            line(
                serde_json::json!({"index": 0, "state": "filled", "host": "0xaa", "reservedBy": []})
            ),
            "  slot 0   filled     host 0xaa"
        );
        assert_eq!(
            line(
                serde_json::json!({"index": 2, "state": "repair", "host": null, "reservedBy": ["0xbb", "0xcc"]})
            ),
            "  slot 2   repair     repairing by 0xbb,0xcc"
        );
        assert_eq!(
            line(
                serde_json::json!({"index": 1, "state": "free", "host": null, "reservedBy": ["0xdd"]})
            ),
            "  slot 1   free       reserved by 0xdd"
        );
        assert_eq!(
            line(
                serde_json::json!({"index": 3, "state": "repair", "host": null, "reservedBy": []})
            ),
            "  slot 3   repair"
        );
    }
}
