//! Three and four real `cairn node` processes on 127.0.0.1, joined through a bootstrap node: a
//! 100 MiB file uploaded to A is downloaded at C through the network (`cairn download --network`),
//! byte-identical; with a file on A and B, killing A during C's fetch still completes it from B.

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use sha2::{Digest, Sha256};

const CAIRN: &str = env!("CARGO_BIN_EXE_cairn");
const MIB: usize = 1 << 20;

struct RunningNode {
    child: Child,
    api: String,
    _dir: tempfile::TempDir,
}

impl Drop for RunningNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_node(bootstrap: Option<&str>) -> RunningNode {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut command = Command::new(CAIRN);
    command
        .args([
            "node",
            "--api-port",
            "0",
            "--quota",
            "1GiB",
            "--log",
            "warn",
        ])
        .args(["--listen", "/ip4/127.0.0.1/tcp/0", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped());
    if let Some(address) = bootstrap {
        command.args(["--bootstrap", address]);
    }
    let mut child = command.spawn().expect("start cairn node");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read the listening line");
    let api = line.trim().rsplit(' ').next().expect("url").to_owned();
    assert!(api.starts_with("http://127.0.0.1:"), "unexpected {line:?}");
    RunningNode {
        child,
        api,
        _dir: dir,
    }
}

fn http() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(300))
        .build()
        .expect("client")
}

impl RunningNode {
    fn post_json(&self, path: &str) -> serde_json::Value {
        let response = http()
            .post(format!("{}{path}", self.api))
            .send()
            .expect("request");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.json().expect("json")
    }

    fn get_json(&self, path: &str) -> serde_json::Value {
        let response = http()
            .get(format!("{}{path}", self.api))
            .send()
            .expect("request");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.json().expect("json")
    }

    /// The node's first listen address, with its peer id.
    fn address(&self) -> String {
        // The swarm reports its listen addresses shortly after the API is up.
        for _ in 0..200 {
            let info = self.get_json("/node/info");
            assert!(
                !info["spr"].as_str().unwrap_or("").is_empty(),
                "signed record"
            );
            if let Some(address) = info["addrs"][0].as_str() {
                return address.to_owned();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{} never reported a listen address", self.api);
    }

    fn upload(&self, bytes: Vec<u8>) -> String {
        let response = http()
            .post(format!("{}/data", self.api))
            .body(bytes)
            .send()
            .expect("upload");
        assert!(
            response.status().is_success(),
            "upload: {}",
            response.status()
        );
        response.text().expect("cid").trim().to_owned()
    }

    fn local_bytes(&self, cid: &str) -> Vec<u8> {
        let response = http()
            .get(format!("{}/data/{cid}", self.api))
            .send()
            .expect("download");
        assert!(response.status().is_success(), "{}", response.status());
        response.bytes().expect("body").to_vec()
    }

    fn bytes_held(&self) -> u64 {
        let space = self.get_json("/space");
        space["used"].as_u64().unwrap_or(0) + space["reserved"].as_u64().unwrap_or(0)
    }

    fn wait_for_peers(&self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.get_json("/node/peers")["peers"]
                .as_array()
                .is_some_and(|p| p.len() >= n)
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("{} never saw {n} peers", self.api);
    }
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

#[test]
fn a_file_uploaded_to_a_is_downloaded_at_c_through_the_network() {
    let a = start_node(None);
    let a_address = a.address();
    let b = start_node(Some(&a_address));
    let c = start_node(Some(&a_address));
    a.wait_for_peers(2);

    let data = cairn_primitives::testing::pseudo_random_bytes(100 * MIB, 11);
    let cid = a.upload(data.clone());

    // `cairn peers` shows who C is connected to.
    let peers = Command::new(CAIRN)
        .args(["peers", "--api", &c.api])
        .output()
        .expect("cairn peers");
    assert!(peers.status.success());
    assert!(String::from_utf8_lossy(&peers.stdout).contains("connected peer"));

    // C streams it from the network to a file (and keeps a verified copy).
    let out = tempfile::tempdir().expect("tempdir");
    let file = out.path().join("fetched.bin");
    let started = Instant::now();
    let download = Command::new(CAIRN)
        .args(["download", "--network", &cid, "--api", &c.api, "-o"])
        .arg(&file)
        .output()
        .expect("cairn download --network");
    assert!(
        download.status.success(),
        "{}",
        String::from_utf8_lossy(&download.stderr)
    );
    eprintln!("100 MiB fetched A -> C in {:?}", started.elapsed());
    assert_eq!(sha256(&std::fs::read(&file).expect("read")), sha256(&data));
    // C stored it: its local copy is identical and B can now fetch from C as well as A.
    wait_until_stored(&c, &cid);
    assert_eq!(sha256(&c.local_bytes(&cid)), sha256(&data));
    let manifest = b.post_json(&format!("/data/{cid}/network"));
    assert_eq!(manifest["cid"], cid.as_str());
    assert_eq!(sha256(&b.local_bytes(&cid)), sha256(&data));

    // Bad input is refused with clear errors.
    let bad = http()
        .post(format!("{}/data/not-a-cid/network", c.api))
        .send()
        .expect("request");
    assert_eq!(bad.status().as_u16(), 400);
    let bad = http()
        .post(format!("{}/connect/nonsense", c.api))
        .send()
        .expect("request");
    assert_eq!(bad.status().as_u16(), 400);
}

/// The streaming fetch stores the dataset when the stream has been read; wait for the commit.
fn wait_until_stored(node: &RunningNode, cid: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let list = node.get_json("/data");
        if list["content"]
            .as_array()
            .is_some_and(|l| l.iter().any(|d| d["cid"] == cid))
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{cid} was never stored at {}", node.api);
}

#[test]
fn killing_a_provider_during_a_fetch_completes_it_from_the_other() {
    let a = start_node(None);
    let a_address = a.address();
    let b = start_node(Some(&a_address));
    let c = start_node(Some(&a_address));
    a.wait_for_peers(2);
    c.wait_for_peers(1);

    let data = cairn_primitives::testing::pseudo_random_bytes(100 * MIB, 12);
    let cid = a.upload(data.clone());
    assert_eq!(b.upload(data.clone()), cid, "same bytes, same CID");
    // C knows both providers.
    let b_address = b.address();
    let b_peer = b_address.rsplit('/').next().expect("peer id").to_owned();
    let connect = http()
        .post(format!("{}/connect/{b_peer}", c.api))
        .query(&[("addrs", b_address.as_str())])
        .send()
        .expect("connect");
    assert_eq!(connect.status().as_u16(), 204);

    let api = c.api.clone();
    let fetch_cid = cid.clone();
    let fetch = std::thread::spawn(move || {
        http()
            .post(format!("{api}/data/{fetch_cid}/network"))
            .send()
            .map(|r| (r.status().as_u16(), r.text().unwrap_or_default()))
    });
    // Kill A once C holds some but not all of the data.
    let before = c.bytes_held();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let held = c.bytes_held() - before;
        if held > 2 * MIB as u64 {
            assert!(
                !fetch.is_finished(),
                "the fetch finished before A could be killed"
            );
            break;
        }
        assert!(Instant::now() < deadline, "the fetch never started");
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut a = a;
    a.child.kill().expect("kill A");
    let _ = a.child.wait();
    eprintln!("A killed with {} bytes at C", c.bytes_held() - before);

    let (status, body) = fetch.join().expect("thread").expect("fetch");
    assert_eq!(status, 200, "{body}");
    assert_eq!(sha256(&c.local_bytes(&cid)), sha256(&data));
}
