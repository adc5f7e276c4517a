//! Helpers shared by the `cairn` binary's tests: starting `cairn node` processes and reading the
//! API address they print.

#![allow(dead_code)] // each test binary uses its own part

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
};

pub(crate) mod market;

/// The binary under test.
pub(crate) const CAIRN: &str = env!("CARGO_BIN_EXE_cairn");

/// A `cairn node` process; killed on drop.
pub(crate) struct RunningNode {
    pub(crate) child: Child,
    /// `http://127.0.0.1:<port>/api/v1`.
    pub(crate) api: String,
}

impl Drop for RunningNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads the API address from the first line the node prints on standard output (it must have
/// been spawned with a piped stdout).
pub(crate) fn read_api_url(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("a piped stdout"))
        .read_line(&mut line)
        .expect("read the listening line");
    let api = line.trim().rsplit(' ').next().expect("url").to_owned();
    assert!(
        api.starts_with("http://127.0.0.1:"),
        "unexpected line {line:?}"
    );
    api
}

/// Starts `cairn node` on a free port with `data_dir` and `quota`, without a marketplace (whatever
/// the environment says).
pub(crate) fn start_node(data_dir: &Path, quota: &str) -> RunningNode {
    let mut child = Command::new(CAIRN)
        .args(["node", "--api-port", "0", "--quota", quota, "--log", "warn"])
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("CAIRN_ETH_RPC")
        .env_remove("CAIRN_MARKETPLACE")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start cairn node");
    let api = read_api_url(&mut child);
    RunningNode { child, api }
}
