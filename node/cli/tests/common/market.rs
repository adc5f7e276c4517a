//! `cairn node` processes on a marketplace (anvil devnet): start, kill and restart them, talk to
//! their REST API; shared by the end-to-end tests.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use cairn_testkit::{DEV_KEYS, Devnet};

use super::{CAIRN, read_api_url};

pub(crate) fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The test circuit set compiled with its dev keys made (hosts load them from the cache): its
/// directory, for `--circuit-dir`.
pub(crate) fn test_circuit_dir() -> String {
    let set = cairn_prover::CircuitSet::compiled(&project_root(), "test").expect("test set");
    let circuit = set.load().expect("circuit");
    set.dev_keys(&circuit, cairn_prover::DEV_SEED)
        .expect("dev keys");
    set.dir.display().to_string()
}

/// A directory for the nodes' data and logs, removed when the guard drops unless
/// `CAIRN_TEST_KEEP` is set (then kept, and its path printed).
pub(crate) fn nodes_root() -> (PathBuf, Option<tempfile::TempDir>) {
    let root = tempfile::tempdir().expect("tempdir");
    let path = root.path().to_path_buf();
    if std::env::var_os("CAIRN_TEST_KEEP").is_some() {
        eprintln!("nodes' data and logs kept in {}", root.keep().display());
        (path, None)
    } else {
        (path, Some(root))
    }
}

/// A `cairn node` process; killed on drop.
pub(crate) struct NodeProcess {
    pub(crate) child: Child,
    pub(crate) api: String,
    pub(crate) name: &'static str,
    pub(crate) args: Vec<String>,
    pub(crate) dir: PathBuf,
}

impl Drop for NodeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn spawn(name: &'static str, dir: &Path, args: &[String]) -> (Child, String) {
    // Appended to, so a restarted node's log follows the killed one's.
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(format!("{name}.log")))
        .expect("log file");
    let mut child = Command::new(CAIRN)
        .arg("node")
        .args(args)
        .env("CAIRN_LOG", "info,cairn_node=debug,cairn_chain=debug")
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("start cairn node");
    let api = read_api_url(&mut child);
    (child, api)
}

impl NodeProcess {
    pub(crate) fn start(name: &'static str, root: &Path, args: Vec<String>) -> Self {
        let dir = root.join(name);
        std::fs::create_dir_all(&dir).expect("node dir");
        let mut all = vec![
            "--data-dir".to_owned(),
            dir.join("data").display().to_string(),
            "--api-port".to_owned(),
            "0".to_owned(),
            "--quota".to_owned(),
            "1GiB".to_owned(),
            "--listen".to_owned(),
            "/ip4/127.0.0.1/tcp/0".to_owned(),
        ];
        all.extend(args);
        let (child, api) = spawn(name, &dir, &all);
        Self {
            child,
            api,
            name,
            args: all,
            dir,
        }
    }

    /// Kills the process (SIGKILL) and starts it again on the same data directory.
    pub(crate) fn kill_and_restart(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let (child, api) = spawn(self.name, &self.dir, &self.args);
        self.child = child;
        self.api = api;
    }

    pub(crate) fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join(format!("{}.log", self.name))).unwrap_or_default()
    }
}

pub(crate) fn http() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(600))
        .build()
        .expect("client")
}

pub(crate) fn get_json(node: &NodeProcess, path: &str) -> serde_json::Value {
    let response = http()
        .get(format!("{}{path}", node.api))
        .send()
        .expect("request");
    let status = response.status();
    let body = response.text().unwrap_or_default();
    assert!(status.is_success(), "{} {path}: {status} {body}", node.name);
    serde_json::from_str(&body).expect("json")
}

pub(crate) fn post_json(
    node: &NodeProcess,
    path: &str,
    body: &serde_json::Value,
) -> serde_json::Value {
    let response = http()
        .post(format!("{}{path}", node.api))
        .json(body)
        .send()
        .expect("request");
    let status = response.status();
    let text = response.text().unwrap_or_default();
    assert!(status.is_success(), "{} {path}: {status} {text}", node.name);
    serde_json::from_str(&text).expect("json")
}

pub(crate) fn bootstrap_address(node: &NodeProcess) -> String {
    // The swarm reports its listen addresses (each with /p2p/<peer id>) shortly after the API.
    wait_for("a listen address", Duration::from_secs(20), || {
        get_json(node, "/node/info")["addrs"]
            .as_array()
            .and_then(|a| {
                a.iter()
                    .filter_map(|a| a.as_str())
                    .find(|a| a.contains("/tcp/"))
            })
            .map(str::to_owned)
    })
}

pub(crate) fn market_args(devnet: &Devnet, key: usize) -> Vec<String> {
    vec![
        "--eth-rpc".to_owned(),
        devnet.anvil.http_url().to_string(),
        "--marketplace".to_owned(),
        devnet.marketplace.to_string(),
        "--eth-key".to_owned(),
        DEV_KEYS[key].to_string(),
    ]
}

/// Polls `check` every 500 ms until it returns `Some`, failing after `timeout` with `what`.
pub(crate) fn wait_for<T>(
    what: &str,
    timeout: Duration,
    mut check: impl FnMut() -> Option<T>,
) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(500));
    }
}
