//! Crash safety: a child process that uploads and deletes datasets is killed with SIGKILL at
//! arbitrary moments; after each kill the store reopens consistent: every listed dataset reads
//! back byte for byte, nothing half-written is listed, and no upload leftovers remain.

use std::{path::Path, process::Command, time::Duration};

use bytes::Bytes;
use cairn_primitives::testing::pseudo_random_bytes as data;
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

/// The child: uploads datasets named after their content forever, deleting every third one.
async fn child(dir: &Path) {
    let store = open(dir).await;
    for i in 0u64.. {
        let seed = u64::from(std::process::id()) * 1_000_000 + i;
        let len = 1 + (seed as usize * 7919) % (3 << 20);
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
                let (seed, len) = name.split_once('-').expect("seed-len");
                let expected = data(len.parse().expect("len"), seed.parse().expect("seed"));
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
            // Space accounting matches the pack files on disk.
            let on_disk: u64 = std::fs::read_dir(dir.path().join("packs"))
                .expect("packs")
                .map(|e| e.expect("entry").metadata().expect("metadata").len())
                .sum();
            assert_eq!(store.space().used, on_disk);
        });
    }
    assert!(verified > 0, "the child never committed a dataset");
}
