//! Crash safety: a child process that uploads, fetches (as partial datasets, flushed as it goes)
//! and deletes datasets is killed with SIGKILL at arbitrary moments; after each kill the store
//! reopens consistent: every listed dataset reads back byte for byte, nothing half-written is
//! listed, no upload leftovers remain, and every interrupted fetch resumes and finishes.

use std::{path::Path, process::Command, time::Duration};

use bytes::Bytes;
use cairn_primitives::{
    BLOCK_SIZE, BlockHash, Manifest, block_count, dataset_tree,
    testing::pseudo_random_bytes as data,
};
use cairn_store::{Store, StoreConfig, WriteMeta};
use futures::{TryStreamExt, stream};

const CHILD_ENV: &str = "CAIRN_STORE_CRASH_CHILD_DIR";
const TEST_NAME: &str = "killed_at_any_moment_the_store_stays_consistent";

async fn open(dir: &Path) -> Store {
    Store::open(StoreConfig {
        data_dir: dir.to_path_buf(),
        quota_bytes: 1 << 34,
    })
    .await
    .expect("open store")
}

/// The bytes of a dataset named `<seed>-<len>`.
fn content(name: &str) -> Vec<u8> {
    let (seed, len) = name.split_once('-').expect("seed-len");
    data(len.parse().expect("len"), seed.parse().expect("seed"))
}

/// The zero-padded blocks of `bytes`.
fn blocks_of(bytes: &[u8]) -> Vec<Bytes> {
    let mut padded = bytes.to_vec();
    padded.resize(block_count(bytes.len() as u64) as usize * BLOCK_SIZE, 0);
    padded
        .chunks(BLOCK_SIZE)
        .map(Bytes::copy_from_slice)
        .collect()
}

/// The manifest an upload of dataset `name` gets, as a downloader would receive it.
fn manifest_of(name: &str) -> Manifest {
    let bytes = content(name);
    let hashes: Vec<BlockHash> = blocks_of(&bytes).iter().map(|b| BlockHash::of(b)).collect();
    Manifest {
        tree_root: dataset_tree::root_of(&hashes).expect("root"),
        block_size: BLOCK_SIZE as u32,
        byte_len: bytes.len() as u64,
        block_count: hashes.len() as u64,
        filename: Some(name.to_owned()),
        mime_type: None,
        protection: None,
    }
}

/// Fetches (or resumes fetching) a dataset as a downloader does: missing blocks from the end
/// backwards, flushing every 16 blocks.
async fn fetch(store: &Store, manifest: &Manifest) -> cairn_primitives::Cid {
    let name = manifest.filename.as_deref().expect("name");
    let blocks = blocks_of(&content(name));
    let mut partial = store
        .partial(&manifest.cid(), manifest)
        .await
        .expect("partial");
    let missing = partial.missing();
    for batch in missing.rchunks(5) {
        let batch_blocks = batch.iter().map(|&i| blocks[i as usize].clone()).collect();
        partial
            .put(batch.to_vec(), batch_blocks)
            .await
            .expect("put");
        if partial.unflushed_bytes() >= 16 * BLOCK_SIZE as u64 {
            partial.flush().await.expect("flush");
        }
    }
    partial.finish().await.expect("finish").0
}

/// The child: resumes the fetches a kill interrupted, then uploads or fetches datasets named
/// after their content forever, deleting every third one.
async fn child(dir: &Path) {
    let store = open(dir).await;
    for (_, manifest, _) in store.partials().await.expect("child partials") {
        fetch(&store, &manifest).await;
    }
    for i in 0u64.. {
        let seed = u64::from(std::process::id()) * 1_000_000 + i;
        let len = 1 + (seed as usize * 7919) % (3 << 20);
        if i % 3 == 1 {
            let cid = fetch(&store, &manifest_of(&format!("{seed}-{len}"))).await;
            if i % 9 == 7 {
                store.delete(&cid).await.expect("child delete");
            }
            continue;
        }
        let bytes = data(len, seed);
        let parts: Vec<Result<Bytes, std::io::Error>> = bytes
            .chunks(64 * 1024 + 7)
            .map(|c| Ok(Bytes::copy_from_slice(c)))
            .collect();
        let meta = WriteMeta {
            filename: Some(format!("{seed}-{len}")),
            ..Default::default()
        };
        let (cid, _) = store
            .import(stream::iter(parts), meta)
            .await
            .expect("child import");
        if i % 3 == 2 {
            store.delete(&cid).await.expect("child delete");
        }
    }
}

#[test]
fn killed_at_any_moment_the_store_stays_consistent() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    if let Ok(dir) = std::env::var(CHILD_ENV) {
        runtime.block_on(child(Path::new(&dir)));
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("test binary");
    let mut verified = 0;
    let mut interrupted = 0;
    for round in 0..6u64 {
        let mut process = Command::new(&exe)
            .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("spawn child");
        std::thread::sleep(Duration::from_millis(400 + round * 173));
        process.kill().expect("SIGKILL the child");
        process.wait().expect("reap the child");

        runtime.block_on(async {
            let store = open(dir.path()).await;
            assert_eq!(
                std::fs::read_dir(dir.path().join("tmp"))
                    .expect("tmp")
                    .count(),
                0,
                "leftover uploads"
            );
            for info in store.list().await.expect("list") {
                let name = info.manifest.filename.clone().expect("name");
                let expected = content(&name);
                let reader = store.reader(&info.cid).await.expect("reader");
                let parts: Vec<Bytes> = reader
                    .stream()
                    .try_collect()
                    .await
                    .expect("complete and uncorrupted");
                assert_eq!(
                    parts.concat(),
                    expected,
                    "dataset {name} differs after a crash"
                );
                verified += 1;
            }
            // An interrupted fetch resumes with what its last flush recorded.
            for (cid, manifest, held) in store.partials().await.expect("partials") {
                assert_eq!(
                    manifest,
                    manifest_of(manifest.filename.as_deref().expect("name"))
                );
                let partial = store.partial(&cid, &manifest).await.expect("resume");
                assert_eq!(partial.held(), held);
                assert_eq!(partial.missing().len() as u64 + held, manifest.block_count);
                interrupted += 1;
            }
            // Space accounting matches the pack files on disk.
            let on_disk: u64 = std::fs::read_dir(dir.path().join("packs"))
                .expect("packs")
                .map(|e| e.expect("entry").metadata().expect("metadata").len())
                .sum();
            assert_eq!(store.space().used, on_disk);
        });
    }
    // The fetches the last kill interrupted finish here.
    runtime.block_on(async {
        let store = open(dir.path()).await;
        for (_, manifest, _) in store.partials().await.expect("partials") {
            let cid = fetch(&store, &manifest).await;
            let reader = store.reader(&cid).await.expect("reader");
            let parts: Vec<Bytes> = reader.stream().try_collect().await.expect("read");
            let name = manifest.filename.as_deref().expect("name");
            assert_eq!(parts.concat(), content(name), "fetched dataset {name}");
        }
        assert!(store.partials().await.expect("partials").is_empty());
    });
    assert!(verified > 0, "the child never committed a dataset");
    eprintln!("verified {verified} datasets, resumed {interrupted} interrupted fetches");
}
