//! Network download throughput on loopback, and peak memory.
//!
//! 1. Baseline: a raw libp2p stream (TCP, Noise, Yamux: the transport cairn nodes use) carrying
//!    the same number of bytes between two swarms, timed in this run.
//! 2. Two release `cairn node` processes: the dataset is uploaded to A, then B fetches it
//!    (`POST /data/{cid}/network`: find providers, fetch the manifest, fetch and verify every
//!    block, store it).
//! 3. Three providers (A, B and C hold the dataset), D fetches it from all three at once.
//! 4. Under attack: E fetches from A while two hostile in-process peers work on A, one keeping
//!    [`STALLED_STREAMS`] streams that each want 4,096 blocks and never read (renewed as A cuts
//!    them off), the other holding 1,000 streams open. Timed next to the clean A -> B.
//!
//! Peak RSS (VmHWM) of each node process is read from /proc.
//!
//! `cargo build --release -p cairn-cli && target/release/network-bench [MiB, default 1024] [work dir]`

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use bytes::Bytes;
use cairn_node::{Multiaddr, multiaddr::Protocol};
use cairn_p2p::{
    Network, NetworkConfig, NetworkEvent, NetworkHandle, PeerId,
    blockexc::{BLOCKEXC_PROTOCOL, MAX_WANT_BLOCKS, Message, Want, message::write_message},
};
use cairn_primitives::Manifest;
use futures::{AsyncReadExt, AsyncWriteExt, StreamExt};

type BenchResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The baseline's protocol: bytes, nothing else.
const RAW_PROTOCOL: cairn_p2p::StreamProtocol =
    cairn_p2p::StreamProtocol::new("/cairn/bench/raw/1");

/// Streams the stalling attacker keeps open (the provider's per-peer limit).
const STALLED_STREAMS: usize = 8;
/// Streams the flooding attacker opens.
const FLOOD_STREAMS: usize = 1_000;

/// Peak resident set (VmHWM) of a live process, in MiB.
fn peak_rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

struct NodeProcess {
    child: Child,
    api: String,
    address: String,
}

impl Drop for NodeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl NodeProcess {
    fn peak_rss(&self) -> f64 {
        peak_rss_mib(self.child.id()).unwrap_or(f64::NAN)
    }
}

async fn start_node(
    cairn: &Path,
    dir: &Path,
    quota_mib: u64,
    bootstrap: Option<&str>,
) -> BenchResult<NodeProcess> {
    let mut command = Command::new(cairn);
    command
        .args(["node", "--api-port", "0", "--log", "warn"])
        .args(["--quota", &format!("{quota_mib}MiB")])
        .args(["--listen", "/ip4/127.0.0.1/tcp/0", "--data-dir"])
        .arg(dir)
        .stdout(Stdio::piped());
    if let Some(address) = bootstrap {
        command.args(["--bootstrap", address]);
    }
    let mut child = command.spawn()?;
    let stdout = child.stdout.take().ok_or("node stdout")?;
    // Owned from here on: an error below still stops the process.
    let mut node = NodeProcess {
        child,
        api: String::new(),
        address: String::new(),
    };
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    node.api = line
        .trim()
        .rsplit(' ')
        .next()
        .ok_or("no API address")?
        .to_owned();
    // The swarm reports its listen addresses shortly after the API is up.
    for _ in 0..100 {
        let info: serde_json::Value = reqwest::get(format!("{}/node/info", node.api))
            .await?
            .error_for_status()?
            .json()
            .await?;
        if let Some(address) = info["addrs"][0].as_str() {
            node.address = address.to_owned();
            return Ok(node);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err("the node never reported a listen address".into())
}

/// Uploads `bytes` of deterministic pseudo-random data; returns the CID.
async fn upload(node: &NodeProcess, bytes: u64) -> BenchResult<String> {
    let chunks = futures::stream::iter((0..bytes.div_ceil(1 << 20)).map(move |i| {
        let offset = i << 20;
        let len = (bytes - offset).min(1 << 20) as usize;
        let mut chunk = vec![0u8; len];
        cairn_primitives::testing::fill_pseudo_random(&mut chunk, offset);
        Ok::<_, std::io::Error>(Bytes::from(chunk))
    }));
    let cid = reqwest::Client::new()
        .post(format!("{}/data", node.api))
        .header(reqwest::header::CONTENT_LENGTH, bytes)
        .body(reqwest::Body::wrap_stream(chunks))
        .send()
        .await?
        .error_for_status()?
        .text()
        .await?;
    Ok(cid.trim().to_owned())
}

/// `POST /data/{cid}/network` on `node`; returns seconds.
async fn fetch(node: &NodeProcess, cid: &str) -> BenchResult<f64> {
    let start = Instant::now();
    let manifest: serde_json::Value = reqwest::Client::builder()
        .timeout(Duration::from_secs(3600))
        .build()?
        .post(format!("{}/data/{cid}/network", node.api))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let seconds = start.elapsed().as_secs_f64();
    if manifest["cid"] != cid {
        return Err(format!("fetched {manifest} instead of {cid}").into());
    }
    Ok(seconds)
}

async fn wait_for_peers(node: &NodeProcess, n: usize) -> BenchResult<()> {
    for _ in 0..300 {
        let peers: serde_json::Value = reqwest::get(format!("{}/node/peers", node.api))
            .await?
            .json()
            .await?;
        if peers["peers"].as_array().is_some_and(|p| p.len() >= n) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("{} never saw {n} peers", node.api).into())
}

async fn swarm() -> BenchResult<(NetworkHandle, Multiaddr)> {
    let key = cairn_p2p::Keypair::generate_ed25519();
    let (handle, mut events) = Network::spawn(
        key,
        NetworkConfig {
            listen: vec!["/ip4/127.0.0.1/tcp/0".parse()?],
            ..NetworkConfig::default()
        },
    )?;
    let address = loop {
        match events.recv().await {
            Some(NetworkEvent::Listening(address)) => break address,
            Some(_) => continue,
            None => return Err("network stopped".into()),
        }
    };
    tokio::spawn(async move { while events.recv().await.is_some() {} });
    let address = address.with(Protocol::P2p(handle.peer_id()));
    Ok((handle, address))
}

/// The dataset's manifest as `node` serves it.
async fn manifest_of(node: &NodeProcess, cid: &str) -> BenchResult<Manifest> {
    let answer: serde_json::Value = reqwest::get(format!("{}/data/{cid}/manifest", node.api))
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(serde_json::from_value(answer["manifest"].clone())?)
}

/// The peer id at the end of a `/p2p/...` address.
fn peer_of(address: &Multiaddr) -> BenchResult<PeerId> {
    match address.iter().last() {
        Some(Protocol::P2p(peer)) => Ok(peer),
        _ => Err(format!("{address} names no peer").into()),
    }
}

/// Two hostile peers against `provider` until the returned task is aborted: one keeps
/// [`STALLED_STREAMS`] streams that each queue 16 wants of 256 blocks and never read (a new one
/// every half second, the oldest dropped), the other opens [`FLOOD_STREAMS`] streams and holds
/// them. Returns the task and the number of flood streams the provider let open.
async fn attack(
    provider: &Multiaddr,
    manifest: &Manifest,
) -> BenchResult<(tokio::task::JoinHandle<()>, usize)> {
    let peer = peer_of(provider)?;
    let (flooder, _) = swarm().await?;
    flooder.dial(provider.clone()).await?;
    let mut control = flooder.stream_control();
    let mut flood = Vec::with_capacity(FLOOD_STREAMS);
    for _ in 0..FLOOD_STREAMS {
        match control.open_stream(peer, BLOCKEXC_PROTOCOL).await {
            Ok(stream) => flood.push(stream),
            Err(_) => break,
        }
    }
    let opened = flood.len();
    let (staller, _) = swarm().await?;
    staller.dial(provider.clone()).await?;
    let (root, leaf_count) = (manifest.tree_root, manifest.block_count);
    let task = tokio::spawn(async move {
        let _flood = (flooder, flood);
        let mut control = staller.stream_control();
        let mut stalled = std::collections::VecDeque::new();
        let mut next = 0u64;
        loop {
            if let Ok(mut stream) = control.open_stream(peer, BLOCKEXC_PROTOCOL).await {
                for id in 0..16 {
                    let start = next % leaf_count;
                    let end = (start + MAX_WANT_BLOCKS).min(leaf_count);
                    next = end;
                    let want = Message::Want(Want {
                        id,
                        root,
                        leaf_count,
                        ranges: std::iter::once(start..end).collect(),
                    });
                    if write_message(&mut stream, &want).await.is_err() {
                        break;
                    }
                }
                let _ = stream.flush().await;
                stalled.push_back(stream);
                if stalled.len() > STALLED_STREAMS {
                    stalled.pop_front();
                }
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
    Ok((task, opened))
}

/// Sends `bytes` over one raw stream between two in-process swarms; returns seconds.
async fn raw_stream(bytes: u64) -> BenchResult<f64> {
    let (receiver, receiver_address) = swarm().await?;
    let (sender, _) = swarm().await?;
    let mut incoming = receiver
        .stream_control()
        .accept(RAW_PROTOCOL)
        .map_err(|e| format!("accept: {e}"))?;
    let reader = tokio::spawn(async move {
        let (_, mut stream) = incoming.next().await.ok_or("no stream")?;
        let mut buffer = vec![0u8; 1 << 20];
        let mut total = 0u64;
        loop {
            let n = stream.read(&mut buffer).await?;
            if n == 0 {
                break;
            }
            total += n as u64;
        }
        Ok::<u64, Box<dyn std::error::Error + Send + Sync>>(total)
    });
    sender.dial(receiver_address.clone()).await?;
    let peer = receiver.peer_id();
    let mut stream = sender
        .stream_control()
        .open_stream(peer, RAW_PROTOCOL)
        .await
        .map_err(|e| format!("open stream: {e}"))?;
    let mut chunk = vec![0u8; 64 << 10];
    cairn_primitives::testing::fill_pseudo_random(&mut chunk, 0);
    let start = Instant::now();
    let mut sent = 0u64;
    while sent < bytes {
        stream.write_all(&chunk).await?;
        sent += chunk.len() as u64;
    }
    stream.close().await?;
    let received = reader.await??;
    let seconds = start.elapsed().as_secs_f64();
    if received != sent {
        return Err(format!("raw stream delivered {received} of {sent} bytes").into());
    }
    Ok(seconds)
}

#[tokio::main]
async fn main() -> BenchResult<()> {
    let mut args = std::env::args().skip(1);
    let mib: u64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1024);
    let work = PathBuf::from(args.next().unwrap_or_else(|| "target/network-bench".into()));
    let cairn = std::env::current_exe()?.with_file_name("cairn");
    if !cairn.exists() {
        return Err(format!(
            "{} not found: cargo build --release -p cairn-cli",
            cairn.display()
        )
        .into());
    }
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let bytes = mib << 20;
    let mb = bytes as f64 / 1e6;
    let quota = mib * 2 + 64;
    println!(
        "network-bench: {mib} MiB over loopback, cairn at {}",
        cairn.display()
    );

    let raw_secs = raw_stream(bytes).await?;
    println!("raw libp2p stream: {:.0} MB/s", mb / raw_secs);

    let a = start_node(&cairn, &work.join("a"), quota, None).await?;
    let b = start_node(&cairn, &work.join("b"), quota, Some(&a.address)).await?;
    wait_for_peers(&a, 1).await?;
    let cid = upload(&a, bytes).await?;
    let two_secs = fetch(&b, &cid).await?;
    println!("A -> B: {:.0} MB/s", mb / two_secs);
    let (a_rss, b_rss) = (a.peak_rss(), b.peak_rss());

    let c = start_node(&cairn, &work.join("c"), quota, Some(&a.address)).await?;
    let d = start_node(&cairn, &work.join("d"), quota, Some(&a.address)).await?;
    wait_for_peers(&d, 1).await?;
    if upload(&c, bytes).await? != cid {
        return Err("the same bytes gave another CID".into());
    }
    // Let D see every provider (the DHT lookup also finds them; connecting makes it certain).
    for provider in [&b, &c] {
        let peer = provider.address.rsplit('/').next().unwrap_or_default();
        reqwest::Client::new()
            .post(format!("{}/connect/{peer}", d.api))
            .query(&[("addrs", provider.address.as_str())])
            .send()
            .await?
            .error_for_status()?;
    }
    let three_secs = fetch(&d, &cid).await?;
    println!("A + B + C -> D: {:.0} MB/s", mb / three_secs);
    let d_rss = d.peak_rss();
    let provider_rss = [a.peak_rss(), b.peak_rss(), c.peak_rss()];

    let e = start_node(&cairn, &work.join("e"), quota, Some(&a.address)).await?;
    wait_for_peers(&e, 1).await?;
    let manifest = manifest_of(&a, &cid).await?;
    let a_address: Multiaddr = a.address.parse()?;
    let (attacker, flooded) = attack(&a_address, &manifest).await?;
    let attacked_secs = fetch(&e, &cid).await;
    attacker.abort();
    let attacked_secs = attacked_secs?;
    println!(
        "A -> E, {STALLED_STREAMS} stalled readers and a flood of {FLOOD_STREAMS} streams ({flooded} opened) on A: {:.0} MB/s",
        mb / attacked_secs
    );

    println!();
    println!("| transfer of {mib} MiB on loopback | seconds | MB/s | vs raw | peak RSS |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    println!(
        "| raw libp2p stream (TCP + Noise + Yamux), in process | {raw_secs:.2} | {:.0} | 1.00 | |",
        mb / raw_secs
    );
    println!(
        "| cairn fetch, 1 provider (A -> B) | {two_secs:.2} | {:.0} | {:.2} | A {a_rss:.0} MiB, B {b_rss:.0} MiB |",
        mb / two_secs,
        raw_secs / two_secs
    );
    println!(
        "| cairn fetch, 3 providers (A + B + C -> D) | {three_secs:.2} | {:.0} | {:.2} | providers {:.0} / {:.0} / {:.0} MiB, D {d_rss:.0} MiB |",
        mb / three_secs,
        raw_secs / three_secs,
        provider_rss[0],
        provider_rss[1],
        provider_rss[2]
    );
    println!(
        "| cairn fetch, 1 provider under attack (A -> E; {STALLED_STREAMS} stalled readers, {FLOOD_STREAMS} streams) | {attacked_secs:.2} | {:.0} | {:.2} | A {:.0} MiB, E {:.0} MiB |",
        mb / attacked_secs,
        raw_secs / attacked_secs,
        a.peak_rss(),
        e.peak_rss()
    );
    println!(
        "Under attack / clean (A -> E over A -> B): {:.2}",
        two_secs / attacked_secs
    );
    println!(
        "\nPeak RSS is each process's high-water mark since it started (A and C include their upload)."
    );
    drop((a, b, c, d, e));
    let _ = std::fs::remove_dir_all(&work);
    Ok(())
}
