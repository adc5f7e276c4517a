//! The `cairn` binary end to end: a real `cairn node` process on 127.0.0.1, and the client
//! commands against it.

use std::{
    path::Path,
    process::{Command, Output, Stdio},
};

mod common;
use common::{CAIRN, RunningNode, read_api_url, start_node};

fn cairn(node: &RunningNode, args: &[&str]) -> Output {
    Command::new(CAIRN)
        .args(args)
        .args(["--api", &node.api])
        .output()
        .expect("run cairn")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "cairn failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn random_file(path: &Path, len: usize) -> Vec<u8> {
    let bytes = cairn_primitives::testing::pseudo_random_bytes(len, 7);
    std::fs::write(path, &bytes).expect("write input");
    bytes
}

#[test]
fn upload_download_protect_list_space_through_a_real_node() {
    let dir = tempfile::tempdir().expect("tempdir");
    let node = start_node(&dir.path().join("node"), "1GiB");
    let input = dir.path().join("input.bin");
    let bytes = random_file(&input, 24 * 1024 * 1024 + 12_345);

    let cid = stdout(&cairn(&node, &["upload", input.to_str().expect("path")]));
    assert!(cid.starts_with("bafyrei"), "{cid}");
    let output = dir.path().join("output.bin");
    stdout(&cairn(
        &node,
        &["download", &cid, "-o", output.to_str().expect("path")],
    ));
    assert!(
        std::fs::read(&output).expect("output") == bytes,
        "downloaded bytes differ"
    );

    let protected = stdout(&cairn(&node, &["protect", &cid, "--k", "4", "--m", "2"]));
    assert!(protected.starts_with("bafyrei") && protected != cid);
    let again = dir.path().join("again.bin");
    stdout(&cairn(
        &node,
        &["download", &protected, "-o", again.to_str().expect("path")],
    ));
    assert!(
        std::fs::read(&again).expect("again") == bytes,
        "protected download differs"
    );

    let listing = stdout(&cairn(&node, &["ls"]));
    assert!(
        listing.contains(&cid) && listing.contains(&protected) && listing.contains("input.bin"),
        "{listing}"
    );
    assert!(listing.contains("protected k=4 m=2"), "{listing}");
    let space = stdout(&cairn(&node, &["space"]));
    assert!(space.contains("quota: 1073741824 bytes"), "{space}");
}

#[test]
fn errors_are_clear_and_leave_no_partial_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let node = start_node(&dir.path().join("node"), "1MiB");

    let unknown = "bafyreictbtemidhzzft7zv5gqtilnitct7kkmlxcwxscccq3lfutomh5va";
    let target = dir.path().join("never.bin");
    let output = cairn(
        &node,
        &["download", unknown, "-o", target.to_str().expect("path")],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("404") && stderr.contains("not found"),
        "{stderr}"
    );
    assert!(!target.exists() && !target.with_extension("cairn-partial").exists());

    let output = cairn(
        &node,
        &[
            "download",
            "not-a-cid",
            "-o",
            target.to_str().expect("path"),
        ],
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid CID"));

    let output = cairn(&node, &["upload", "/no/such/file"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot open /no/such/file"));

    let big = dir.path().join("big.bin");
    random_file(&big, 3 * 1024 * 1024);
    let output = cairn(&node, &["upload", big.to_str().expect("path")]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("quota"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let output = cairn(&node, &["protect", unknown, "--k", "0", "--m", "1"]);
    assert!(!output.status.success());

    let unreachable = Command::new(CAIRN)
        .args(["ls", "--api", "http://127.0.0.1:9/api/v1"])
        .output()
        .expect("run cairn");
    assert!(String::from_utf8_lossy(&unreachable.stderr).contains("cannot reach the node"));
    assert_eq!(stdout(&cairn(&node, &["ls"])), "no datasets");
}

#[test]
fn config_file_environment_and_flags() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("cairn.toml");
    std::fs::write(
        &config,
        format!(
            "data-dir = {:?}\nquota = \"2MiB\"\napi-port = 0\nbandwidth-price = 7\n",
            dir.path().join("from-file")
        ),
    )
    .expect("config");
    let mut child = Command::new(CAIRN)
        .args(["node", "--config"])
        .arg(&config)
        .env("CAIRN_QUOTA", "3MiB")
        .env("CAIRN_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start");
    let api = read_api_url(&mut child);
    let node = RunningNode { child, api };
    // The environment beats the file; the file's data dir is used.
    assert!(stdout(&cairn(&node, &["space"])).contains("quota: 3145728 bytes"));
    assert!(dir.path().join("from-file/meta.sqlite").exists());
    // The bandwidth price from the file, shown by `cairn peers` (from GET /node/info).
    assert!(stdout(&cairn(&node, &["peers"])).contains("bandwidth price: 7 token units per byte"));
    drop(node);
    let mut child = Command::new(CAIRN)
        .args(["node", "--bandwidth-price", "11", "--config"])
        .arg(&config)
        .env("CAIRN_BANDWIDTH_PRICE", "9")
        .env("CAIRN_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start");
    let api = read_api_url(&mut child);
    let node = RunningNode { child, api };
    // The flag beats the environment.
    assert!(stdout(&cairn(&node, &["peers"])).contains("bandwidth price: 11 token units"));
    drop(node);

    std::fs::write(&config, "quota = \"lots\"\n").expect("config");
    let bad = Command::new(CAIRN)
        .args(["node", "--config"])
        .arg(&config)
        .output()
        .expect("run");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("invalid size"));
    std::fs::write(&config, "unknown-key = 1\n").expect("config");
    let bad = Command::new(CAIRN)
        .args(["node", "--config"])
        .arg(&config)
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown field"));
}

/// With `--api-require-token`, requests need the token the node made in its data directory; the
/// CLI reads it from `--data-dir` (or takes `--api-token`).
#[test]
fn the_api_token_is_required_when_asked_and_the_cli_finds_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("node");
    let mut child = Command::new(CAIRN)
        .args([
            "node",
            "--api-port",
            "0",
            "--quota",
            "1GiB",
            "--log",
            "warn",
        ])
        .arg("--data-dir")
        .arg(&data)
        .arg("--api-require-token")
        .env_remove("CAIRN_ETH_RPC")
        .env_remove("CAIRN_MARKETPLACE")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start cairn node");
    let api = read_api_url(&mut child);
    let node = RunningNode { child, api };
    let token = std::fs::read_to_string(data.join("api.token")).expect("token made");
    assert_eq!(token.trim().len(), 64, "{token}");

    let refused = cairn(
        &node,
        &["ls", "--data-dir", dir.path().to_str().expect("path")],
    );
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains("401") && message.contains("api.token"),
        "{message}"
    );

    let listing = stdout(&cairn(
        &node,
        &["ls", "--data-dir", data.to_str().expect("path")],
    ));
    assert!(!listing.contains("error"), "{listing}");
    stdout(&cairn(&node, &["space", "--api-token", token.trim()]));
}
