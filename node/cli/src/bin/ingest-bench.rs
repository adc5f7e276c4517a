//! Ingest and retrieval throughput end to end, and peak memory.
//!
//! Starts a release `cairn node`, uploads a random file with `cairn upload` and downloads it with
//! `cairn download`, checks the copy is byte-identical, and prints MB/s next to `sha256sum` of the
//! same file timed in the same run (the reference: the node hashes every block on the way in and
//! out). Peak RSS (VmHWM) of the node and of each client process is sampled from /proc.
//!
//! `cargo build --release -p cairn-cli && target/release/ingest-bench [GiB, default 1] [work dir]`

use std::{
    fs::File,
    io::{BufRead, BufReader, Read, Write},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use sha2::{Digest, Sha256};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

fn write_random_file(path: &Path, bytes: u64) -> BenchResult<()> {
    let mut file = std::io::BufWriter::with_capacity(8 << 20, File::create(path)?);
    let mut buffer = vec![0u8; 1 << 20];
    let mut written = 0u64;
    while written < bytes {
        cairn_primitives::testing::fill_pseudo_random(&mut buffer, written);
        let take = (bytes - written).min(buffer.len() as u64) as usize;
        file.write_all(&buffer[..take])?;
        written += take as u64;
    }
    file.flush()?;
    Ok(())
}

fn sha256_file(path: &Path) -> BenchResult<String> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 4 << 20];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

/// Peak resident set (VmHWM) of a live process, in MiB.
fn peak_rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Runs a client command to completion, sampling its peak RSS; returns (seconds, peak MiB, stdout).
fn run_client(mut command: Command) -> BenchResult<(f64, f64, String)> {
    let start = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    let pid = child.id();
    let mut peak: f64 = 0.0;
    loop {
        if let Some(status) = child.try_wait()? {
            let seconds = start.elapsed().as_secs_f64();
            let mut out = String::new();
            if let Some(mut stdout) = child.stdout.take() {
                stdout.read_to_string(&mut out)?;
            }
            if !status.success() {
                return Err(format!("client failed: {status}").into());
            }
            return Ok((seconds, peak, out.trim().to_owned()));
        }
        if let Some(rss) = peak_rss_mib(pid) {
            peak = peak.max(rss);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Streams a GET response into nothing; returns (seconds, bytes).
fn http_get_drain(url: &str) -> BenchResult<(f64, u64)> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let start = Instant::now();
        let mut response = reqwest::get(url).await?.error_for_status()?;
        let mut total = 0u64;
        while let Some(chunk) = response.chunk().await? {
            total += chunk.len() as u64;
        }
        Ok((start.elapsed().as_secs_f64(), total))
    })
}

struct NodeProcess(Child);

impl Drop for NodeProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() -> BenchResult<()> {
    let mut args = std::env::args().skip(1);
    let gib: u64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1);
    let work = PathBuf::from(args.next().unwrap_or_else(|| "target/ingest-bench".into()));
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
    let input = work.join("input.bin");
    let output = work.join("output.bin");
    let bytes = gib << 30;
    let mb = bytes as f64 / 1e6;

    println!(
        "ingest-bench: {gib} GiB random file, cairn at {}",
        cairn.display()
    );
    write_random_file(&input, bytes)?;
    // Flush the input to disk first, so its writeback does not compete with the node's writes.
    Command::new("sync").status()?;

    // Reference: sha256sum of the same file (warm page cache), timed in this run.
    let start = Instant::now();
    let status = Command::new("sha256sum")
        .arg(&input)
        .stdout(Stdio::null())
        .status()?;
    let sha256sum_secs = start.elapsed().as_secs_f64();
    if !status.success() {
        return Err("sha256sum failed".into());
    }

    let mut node = Command::new(&cairn)
        .args([
            "node",
            "--api-port",
            "0",
            "--log",
            "warn",
            "--quota",
            &format!("{}GiB", 2 * gib + 1),
            "--data-dir",
        ])
        .arg(work.join("node"))
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(node.stdout.take().ok_or("node stdout")?).read_line(&mut line)?;
    let node = NodeProcess(node);
    let api = line
        .trim()
        .rsplit(' ')
        .next()
        .ok_or("no API address")?
        .to_owned();

    let mut upload = Command::new(&cairn);
    upload.arg("upload").arg(&input).args(["--api", &api]);
    let (upload_secs, upload_rss, cid) = run_client(upload)?;

    let mut download = Command::new(&cairn);
    download
        .args(["download", &cid, "-o"])
        .arg(&output)
        .args(["--api", &api]);
    let (download_secs, download_rss, _) = run_client(download)?;
    // GET /data/{cid} drained in this process: the REST endpoint without the client's disk writes.
    let (get_secs, got) = http_get_drain(&format!("{api}/data/{cid}"))?;
    if got != bytes {
        return Err(format!("GET returned {got} of {bytes} bytes").into());
    }
    let node_rss = peak_rss_mib(node.0.id()).unwrap_or(f64::NAN);

    let identical = sha256_file(&input)? == sha256_file(&output)?;
    println!();
    println!("| what | seconds | MB/s | peak RSS |");
    println!("| --- | ---: | ---: | ---: |");
    println!(
        "| sha256sum (reference) | {sha256sum_secs:.2} | {:.0} | |",
        mb / sha256sum_secs
    );
    println!(
        "| cairn upload (POST /data) | {upload_secs:.2} | {:.0} | client {upload_rss:.0} MiB |",
        mb / upload_secs
    );
    println!(
        "| cairn download (GET /data/{{cid}}) | {download_secs:.2} | {:.0} | client {download_rss:.0} MiB |",
        mb / download_secs
    );
    println!(
        "| GET /data/{{cid}} drained (no client disk) | {get_secs:.2} | {:.0} | |",
        mb / get_secs
    );
    println!("| node (whole run) | | | {node_rss:.0} MiB |");
    println!();
    println!("byte-identical: {identical}");
    drop(node);
    std::fs::remove_dir_all(&work)?;
    if identical {
        Ok(())
    } else {
        Err("the downloaded file differs".into())
    }
}
