//! Repair on loopback: a slot of `SLOT_MIB` (default 256) MiB of a K = 3, M = 2 request rebuilt
//! from the surviving slots' hosts (real stores in a work folder, real libp2p
//! swarms on 127.0.0.1, every block verified).
//!
//! 1. r = 1: slot 1's host is gone; a repairer fetches K survivors and rebuilds it.
//! 2. r = 2 (lazy): slots 0 and 1 are gone; one repairer rebuilds both in one pass, a second
//!    repairer fetches its slot from the first. Bytes fetched per byte repaired, for both.
//! 3. Rebuild speed: the same two slots rebuilt again by the first repairer from the survivors it
//!    stores (store reads, decode, verified store writes, commit), next to raw reed-solomon-simd
//!    (one decoder looping over the same rows in memory, as its own benchmarks do) in this run.
//!
//! Each repairer runs as a process of its own (this binary with `--repairer`), so its peak RSS
//! (VmHWM over the process's whole life) is the repairer's alone; the hosts serving the
//! survivors run in the parent.
//!
//! `cargo build --release -p cairn-cli --bin repair-bench && target/release/repair-bench [SLOT_MIB] [work dir]`

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use bytes::Bytes;
use cairn_node::{
    StoreSource,
    dataset::{self, RepairProgress},
    fetch::{FetchConfig, Fetcher},
    protect,
};
use cairn_p2p::{
    Multiaddr, Network, NetworkConfig, NetworkEvent, NetworkHandle, blockexc::ServeLimits,
    multiaddr::Protocol,
};
use cairn_primitives::{BLOCK_SIZE, StorageManifest, testing::pseudo_random_bytes};
use cairn_store::{Store, StoreConfig, WriteMeta};
use reed_solomon_simd::ReedSolomonDecoder;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

type BenchResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

const K: u32 = 3;
const M: u32 = 2;

/// A store served over its own swarm.
struct Peer {
    store: Store,
    net: NetworkHandle,
    address: Multiaddr,
    fetcher: Fetcher,
}

impl Peer {
    async fn start(dir: &Path) -> BenchResult<Self> {
        let store = Store::open(StoreConfig {
            data_dir: dir.to_path_buf(),
            quota_bytes: 64 << 30,
        })
        .await?;
        let key = cairn_p2p::identity::load_or_create(&dir.join("node.key"))?;
        let (net, mut events) = Network::spawn(
            key,
            NetworkConfig {
                listen: vec!["/ip4/127.0.0.1/tcp/0".parse()?],
                ..NetworkConfig::default()
            },
        )?;
        let address = loop {
            match events.recv().await {
                Some(NetworkEvent::Listening(a)) => break a,
                Some(_) => {}
                None => return Err("the network stopped".into()),
            }
        };
        tokio::spawn(async move { while events.recv().await.is_some() {} });
        let address = address.with(Protocol::P2p(net.peer_id()));
        net.serve_blocks(
            Arc::new(StoreSource::new(store.clone())),
            ServeLimits::default(),
        )?;
        let fetcher = Fetcher::new(net.clone(), store.clone(), FetchConfig::default());
        Ok(Self {
            store,
            net,
            address,
            fetcher,
        })
    }

    async fn connect(&self, others: &[&Peer]) -> BenchResult<()> {
        for other in others {
            self.net.dial(other.address.clone()).await?;
        }
        self.wait_connected(others.len()).await
    }

    async fn wait_connected(&self, count: usize) -> BenchResult<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.net.connected_peers().await?.len() < count {
            if Instant::now() > deadline {
                return Err("peers did not connect".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }
}

/// Peak resident set (VmHWM) of this process, in MiB.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

/// Raw reed-solomon-simd: restores data shards 0 and 1 of every row from data shard 2 and the two
/// recovery shards, one decoder looping over the rows in memory; MB/s of restored bytes.
fn raw_rebuild(rows: usize) -> BenchResult<f64> {
    let mut encoder =
        reed_solomon_simd::ReedSolomonEncoder::new(K as usize, M as usize, BLOCK_SIZE)?;
    let mut decoder = ReedSolomonDecoder::new(K as usize, M as usize, BLOCK_SIZE)?;
    // A few distinct rows, reused (the decode does not depend on the values).
    let distinct = 64.min(rows);
    let mut inputs = Vec::with_capacity(distinct);
    for row in 0..distinct {
        let data: Vec<Vec<u8>> = (0..K as usize)
            .map(|i| pseudo_random_bytes(BLOCK_SIZE, (row * 8 + i) as u64))
            .collect();
        for shard in &data {
            encoder.add_original_shard(shard)?;
        }
        let parity: Vec<Vec<u8>> = encoder
            .encode()?
            .recovery_iter()
            .map(<[u8]>::to_vec)
            .collect();
        inputs.push((data, parity));
    }
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let started = Instant::now();
        for row in 0..rows {
            let (data, parity) = &inputs[row % distinct];
            decoder.add_original_shard(2, &data[2])?;
            decoder.add_recovery_shard(0, &parity[0])?;
            decoder.add_recovery_shard(1, &parity[1])?;
            let result = decoder.decode()?;
            std::hint::black_box(result.restored_original_iter().count());
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    Ok((rows * 2 * BLOCK_SIZE) as f64 / 1e6 / best)
}

/// What a repairer process reports: blocks it downloaded, how long the rebuild took, its own
/// peak RSS (the whole life of the process), the address it serves on.
#[derive(serde::Serialize, serde::Deserialize)]
struct RepairReport {
    blocks_fetched: u64,
    seconds: f64,
    peak_rss_mib: f64,
    address: String,
}

/// Repairer mode (`repair-bench --repairer DIR MANIFEST LOST [ADDR...]`): a process of its own
/// with its store in DIR deletes the LOST slots (comma-separated) if it holds them, rebuilds them
/// from the peers at ADDR (or from the survivors it stores), prints a [`RepairReport`] line and
/// serves its store until its stdin closes.
async fn repairer(mut args: impl Iterator<Item = String>) -> BenchResult<()> {
    let dir = PathBuf::from(args.next().ok_or("repairer: no dir")?);
    let manifest = std::fs::read(args.next().ok_or("repairer: no manifest")?)?;
    let storage = StorageManifest::decode(&manifest)?;
    let lost: Vec<u32> = args
        .next()
        .ok_or("repairer: no lost slots")?
        .split(',')
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let peer = Peer::start(&dir).await?;
    for slot in &lost {
        let dataset = &storage.slots[*slot as usize].dataset;
        if peer.store.contains(dataset).await? {
            peer.store.delete(dataset).await?;
        }
    }
    let mut peers = 0;
    for address in args {
        peer.net.dial(address.parse()?).await?;
        peers += 1;
    }
    peer.wait_connected(peers).await?;
    let started = Instant::now();
    let repaired = dataset::rebuild_slots(
        &peer.fetcher,
        &peer.store,
        &storage,
        &lost,
        &RepairProgress::default(),
    )
    .await?;
    let seconds = started.elapsed().as_secs_f64();
    for (_, cid) in &repaired.rebuilt {
        peer.net.start_providing(cid.to_bytes()).await?;
    }
    let report = RepairReport {
        blocks_fetched: repaired.blocks_fetched,
        seconds,
        peak_rss_mib: peak_rss_mib(),
        address: peer.address.to_string(),
    };
    println!("{}", serde_json::to_string(&report)?);
    // Serve until the parent closes stdin.
    let _ = tokio::task::spawn_blocking(|| {
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new())
    })
    .await;
    Ok(())
}

/// A running repairer process.
struct Repairer {
    child: tokio::process::Child,
    report: RepairReport,
}

impl Repairer {
    /// Starts a repairer process and waits for its report.
    async fn run(dir: &Path, manifest: &Path, lost: &[u32], peers: &[&Peer]) -> BenchResult<Self> {
        use tokio::io::AsyncBufReadExt;
        let lost: Vec<String> = lost.iter().map(u32::to_string).collect();
        let mut child = tokio::process::Command::new(std::env::current_exe()?)
            .arg("--repairer")
            .arg(dir)
            .arg(manifest)
            .arg(lost.join(","))
            .args(peers.iter().map(|p| p.address.to_string()))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let Some(line) = lines.next_line().await? else {
            let status = child.wait().await?;
            return Err(format!("the repairer process ended ({status}) without a report").into());
        };
        Ok(Self {
            child,
            report: serde_json::from_str(&line)?,
        })
    }

    /// Closes its stdin and waits for it to end.
    async fn stop(mut self) -> BenchResult<()> {
        drop(self.child.stdin.take());
        self.child.wait().await?;
        Ok(())
    }
}

#[tokio::main]
async fn main() -> BenchResult<()> {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("--repairer") {
        args.next();
        return repairer(args).await;
    }
    let slot_mib: u64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(256);
    let work: PathBuf = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("cairn-repair-bench"));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let slot_bytes = slot_mib << 20;
    let rows = slot_bytes / BLOCK_SIZE as u64;
    println!(
        "repair-bench: slots of {slot_mib} MiB ({rows} blocks), K = {K}, M = {M}, work dir {}",
        work.display()
    );

    // The client's dataset: K slots of data, protected and published.
    let client = Peer::start(&work.join("client")).await?;
    let data_bytes = slot_bytes * u64::from(K);
    let chunks = (0..data_bytes / (1 << 20))
        .map(|i| Ok::<_, std::io::Error>(Bytes::from(pseudo_random_bytes(1 << 20, i))));
    let (original, _) = client
        .store
        .import(futures::stream::iter(chunks), WriteMeta::default())
        .await?;
    let (protected, _) = protect(&client.store, &original, K, M).await?;
    // The bench measures the rebuild; slot roots (Poseidon) are not needed for it.
    let roots = vec![[0u8; 32]; (K + M) as usize];
    let (_, storage) = dataset::publish(&client.store, &protected, &roots).await?;
    let mut hosts = Vec::new();
    for (slot, entry) in storage.slots.iter().enumerate() {
        let host = Peer::start(&work.join(format!("host{slot}"))).await?;
        host.connect(&[&client]).await?;
        host.fetcher.fetch(&entry.dataset).await?;
        hosts.push(host);
    }
    drop(client);
    let _ = std::fs::remove_dir_all(work.join("client"));
    println!("setup: {} slot datasets on five hosts", storage.slots.len());
    let raw = raw_rebuild(rows as usize)?;

    let manifest = work.join("storage-manifest");
    std::fs::write(&manifest, storage.encode())?;

    // r = 1: slot 1 lost; the repairer is a process of its own (its peak RSS is its own).
    let survivors: Vec<&Peer> = [0, 2, 3, 4].iter().map(|i| &hosts[*i]).collect();
    let one = Repairer::run(&work.join("repair-r1"), &manifest, &[1], &survivors).await?;
    let r1 = (
        (one.report.blocks_fetched * BLOCK_SIZE as u64) as f64 / slot_bytes as f64,
        one.report.seconds,
        one.report.peak_rss_mib,
    );
    one.stop().await?;
    println!(
        "r = 1: {:.2} bytes fetched per byte repaired, {:.1} s, {:.0} MB/s repaired, repairer peak RSS {:.0} MiB",
        r1.0,
        r1.1,
        slot_bytes as f64 / 1e6 / r1.1,
        r1.2
    );

    // r = 2: slots 0 and 1 lost; one pass rebuilds both; the second repairer fetches its slot
    // from the first.
    let survivors: Vec<&Peer> = [2, 3, 4].iter().map(|i| &hosts[*i]).collect();
    let first = Repairer::run(&work.join("repair-r2a"), &manifest, &[0, 1], &survivors).await?;
    let second = Peer::start(&work.join("repair-r2b")).await?;
    second.net.dial(first.report.address.parse()?).await?;
    second.wait_connected(1).await?;
    let started = Instant::now();
    let (_, blocks) = second
        .fetcher
        .fetch_counted(&storage.slots[1].dataset)
        .await?;
    let second_took = started.elapsed();
    let total = (first.report.blocks_fetched + blocks) * BLOCK_SIZE as u64;
    let r2 = (
        total as f64 / (2 * slot_bytes) as f64,
        first.report.seconds,
        first.report.peak_rss_mib,
    );
    first.stop().await?;
    println!(
        "r = 2: {:.2} bytes fetched per byte repaired ({:.2} slots moved for 2; naive {}), one pass {:.1} s, the second repairer's fetch {:.1} s, first repairer peak RSS {:.0} MiB",
        r2.0,
        total as f64 / slot_bytes as f64,
        2 * K,
        r2.1,
        second_took.as_secs_f64(),
        r2.2
    );

    // Rebuild speed from stored survivors, next to raw reed-solomon-simd.
    let mut best = f64::INFINITY;
    let mut rss_local = 0f64;
    for _ in 0..3 {
        let local = Repairer::run(&work.join("repair-r2a"), &manifest, &[0, 1], &[]).await?;
        if local.report.blocks_fetched != 0 {
            return Err("the local rebuild downloaded blocks".into());
        }
        best = best.min(local.report.seconds);
        rss_local = rss_local.max(local.report.peak_rss_mib);
        local.stop().await?;
    }
    let ours = (2 * slot_bytes) as f64 / 1e6 / best;
    println!(
        "rebuild of 2 slots from stored survivors: {ours:.0} MB/s restored, raw reed-solomon-simd {raw:.0} MB/s ({:.2} of raw), repairer peak RSS {rss_local:.0} MiB",
        ours / raw
    );
    println!();
    println!("| figure ({slot_mib} MiB slots, K = 3, M = 2) | value |");
    println!("| --- | --- |");
    println!("| r = 1: bytes fetched per byte repaired | {:.2} |", r1.0);
    println!(
        "| r = 1: repair time (fetch K + decode + commit) | {:.1} s |",
        r1.1
    );
    println!(
        "| r = 1: repairer peak RSS (its own process) | {:.0} MiB |",
        r1.2
    );
    println!(
        "| r = 2: bytes fetched per byte repaired (lazy: one pass + one slot) | {:.2} |",
        r2.0
    );
    println!("| r = 2: one pass for both slots | {:.1} s |", r2.1);
    println!(
        "| r = 2: first repairer peak RSS (its own process) | {:.0} MiB |",
        r2.2
    );
    println!("| rebuild from stored survivors, MB/s restored | {ours:.0} |");
    println!("| raw reed-solomon-simd rebuild, same shape, MB/s restored | {raw:.0} |");
    println!("| ratio | {:.2} |", ours / raw);
    println!("| local rebuild: repairer peak RSS | {rss_local:.0} MiB |");
    let _ = std::fs::remove_dir_all(&work);
    Ok(())
}
