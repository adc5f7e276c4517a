//! Partial datasets (fetches in progress) through the public API, on a real SQLite database and
//! real files: out-of-order puts, flushes, restarts, finishing, abandoning, bad input, quota.

use std::path::Path;

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest, block_count, dataset_tree};
use cairn_store::{Store, StoreConfig, StoreError, WriteMeta};
use futures::{TryStreamExt, stream};

const MIB: u64 = 1 << 20;
const BLOCK: u64 = BLOCK_SIZE as u64;

fn data(len: usize, seed: u8) -> Vec<u8> {
    cairn_primitives::testing::pseudo_random_bytes(len, u64::from(seed))
}

async fn open(dir: &Path, quota: u64) -> Store {
    Store::open(StoreConfig {
        data_dir: dir.to_path_buf(),
        quota_bytes: quota,
    })
    .await
    .expect("open store")
}

/// What a downloader has once it fetched and verified a manifest: the manifest, and the blocks it
/// will fetch (zero-padded, in tree order).
struct Remote {
    cid: Cid,
    manifest: Manifest,
    blocks: Vec<Bytes>,
    bytes: Vec<u8>,
}

impl Remote {
    fn new(bytes: Vec<u8>, filename: &str) -> Self {
        let mut padded = bytes.clone();
        padded.resize(block_count(bytes.len() as u64) as usize * BLOCK_SIZE, 0);
        let blocks: Vec<Bytes> = padded
            .chunks(BLOCK_SIZE)
            .map(Bytes::copy_from_slice)
            .collect();
        let manifest = Manifest {
            tree_root: dataset_tree::root_of(&self_hashes(&blocks)).expect("root"),
            block_size: BLOCK_SIZE as u32,
            byte_len: bytes.len() as u64,
            block_count: blocks.len() as u64,
            filename: Some(filename.into()),
            mime_type: None,
            protection: None,
        };
        Self {
            cid: manifest.cid(),
            manifest,
            blocks,
            bytes,
        }
    }

    fn hashes(&self) -> Vec<BlockHash> {
        self_hashes(&self.blocks)
    }

    /// The blocks at `indexes`, ready for `put`.
    fn at(&self, indexes: &[u64]) -> (Vec<u64>, Vec<Bytes>) {
        (
            indexes.to_vec(),
            indexes
                .iter()
                .map(|&i| self.blocks[i as usize].clone())
                .collect(),
        )
    }
}

fn self_hashes(blocks: &[Bytes]) -> Vec<BlockHash> {
    blocks.iter().map(|b| BlockHash::of(b)).collect()
}

async fn put(partial: &mut cairn_store::PartialDataset, remote: &Remote, indexes: &[u64]) {
    let (indexes, blocks) = remote.at(indexes);
    partial.put(indexes, blocks).await.expect("put");
}

async fn read_all(store: &Store, cid: &Cid) -> Result<Vec<u8>, StoreError> {
    let reader = store.reader(cid).await?;
    let parts: Vec<Bytes> = reader.stream().try_collect().await?;
    Ok(parts.concat())
}

fn files_in(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

#[tokio::test]
async fn a_fetch_resumes_after_a_restart_and_finishes_into_the_dataset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let remote = Remote::new(data(10 * BLOCK_SIZE + 123, 1), "movie.bin");
    assert_eq!(remote.manifest.block_count, 11);
    {
        let store = open(dir.path(), 64 * MIB).await;
        let mut partial = store
            .partial(&remote.cid, &remote.manifest)
            .await
            .expect("partial");
        assert_eq!(partial.cid(), &remote.cid);
        assert_eq!(partial.manifest(), &remote.manifest);
        assert_eq!(partial.held(), 0);
        put(&mut partial, &remote, &[7, 2]).await;
        partial.flush().await.expect("flush");
        put(&mut partial, &remote, &[10, 0, 5]).await;
        assert_eq!(partial.unflushed_bytes(), 3 * BLOCK);
        partial.flush().await.expect("flush");
        assert_eq!(partial.unflushed_bytes(), 0);
        put(&mut partial, &remote, &[3]).await;
        partial.flush().await.expect("flush");
        assert_eq!(partial.held(), 6);
        assert!(partial.has(7) && !partial.has(1));
        assert_eq!(partial.missing(), vec![1, 4, 6, 8, 9]);
        // Not a stored dataset yet.
        assert!(!store.contains(&remote.cid).await.expect("contains"));
        assert!(store.list().await.expect("list").is_empty());
        let partials = store.partials().await.expect("partials");
        assert_eq!(partials, vec![(remote.cid, remote.manifest.clone(), 6)]);
        // Only one open handle per dataset.
        let err = store
            .partial(&remote.cid, &remote.manifest)
            .await
            .expect_err("already open");
        assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    }

    // Restart.
    let store = open(dir.path(), 64 * MIB).await;
    assert_eq!(store.space().used, 6 * BLOCK);
    assert_eq!(
        store.partials().await.expect("partials"),
        vec![(remote.cid, remote.manifest.clone(), 6)]
    );
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("resume");
    assert_eq!(partial.held(), 6);
    assert_eq!(partial.missing(), vec![1, 4, 6, 8, 9]);
    // Held indexes in a batch are ignored (even with other bytes), the rest is added.
    let (mut indexes, mut blocks) = remote.at(&[9, 8, 1, 6]);
    indexes.extend([0, 4, 4]);
    blocks.extend([
        Bytes::from(data(BLOCK_SIZE, 99)),
        remote.blocks[4].clone(),
        Bytes::from(data(BLOCK_SIZE, 98)),
    ]);
    partial.put(indexes, blocks).await.expect("put the rest");
    assert!(partial.missing().is_empty());
    assert_eq!(partial.held(), 11);
    let (cid, manifest) = partial.finish().await.expect("finish");

    assert_eq!(cid, remote.cid);
    assert_eq!(manifest, remote.manifest);
    assert_eq!(
        store.manifest(&cid).await.expect("manifest"),
        remote.manifest
    );
    assert_eq!(read_all(&store, &cid).await.expect("read"), remote.bytes);
    assert!(store.partials().await.expect("partials").is_empty());
    assert_eq!(
        store
            .dataset_by_root(&remote.manifest.tree_root)
            .await
            .expect("by root"),
        Some(cid)
    );
    assert_eq!(
        store.block_hashes(&cid).await.expect("hashes"),
        remote.hashes()
    );
    let info = store.list().await.expect("list");
    assert_eq!(info.len(), 1);
    assert_eq!(info[0].expires_at, None);
    let space = store.space();
    assert_eq!((space.used, space.reserved), (11 * BLOCK, 0));
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(files_in(&dir.path().join("packs")), 4);

    // Stored now: no new fetch of it.
    let err = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect_err("already stored");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert!(err.to_string().contains("already stored"), "{err}");
    assert!(store.partials().await.expect("partials").is_empty());

    // The finished dataset's blocks are counted like any other: deleting it frees everything.
    store.delete(&cid).await.expect("delete");
    assert_eq!(store.space().used, 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
    assert_eq!(
        store
            .dataset_by_root(&remote.manifest.tree_root)
            .await
            .expect("by root"),
        None
    );
    assert!(matches!(
        store.block_hashes(&cid).await,
        Err(StoreError::NotFound(_))
    ));
}

#[tokio::test]
async fn unflushed_blocks_are_lost_flushed_ones_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let remote = Remote::new(data(6 * BLOCK_SIZE, 2), "a.bin");
    let store = open(dir.path(), 64 * MIB).await;

    // Dropped: the unflushed blocks and their reservation go at once.
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[0, 1]).await;
    partial.flush().await.expect("flush");
    put(&mut partial, &remote, &[4, 5]).await;
    assert_eq!(files_in(&dir.path().join("tmp")), 1);
    assert_eq!(store.space().reserved, 2 * BLOCK);
    drop(partial);
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    let space = store.space();
    assert_eq!((space.used, space.reserved), (2 * BLOCK, 0));
    assert_eq!(
        store.partials().await.expect("partials"),
        vec![(remote.cid, remote.manifest.clone(), 2)]
    );

    // A crash (the handle never dropped): its temporary pack is left behind until the next open.
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    assert_eq!(partial.missing(), vec![2, 3, 4, 5]);
    put(&mut partial, &remote, &[3]).await;
    partial.flush().await.expect("flush");
    put(&mut partial, &remote, &[2, 4]).await;
    std::mem::forget(partial);
    drop(store);
    assert_eq!(files_in(&dir.path().join("tmp")), 1);

    let store = open(dir.path(), 64 * MIB).await;
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(files_in(&dir.path().join("packs")), 2);
    let space = store.space();
    assert_eq!((space.used, space.reserved), (3 * BLOCK, 0));
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("resume");
    assert_eq!(partial.held(), 3);
    assert_eq!(partial.missing(), vec![2, 4, 5]);
    // A downloader drives the handle from its own task.
    let blocks = remote.at(&[5, 4, 2]);
    let (cid, _) = tokio::spawn(async move {
        partial.put(blocks.0, blocks.1).await?;
        partial.flush().await?;
        partial.finish().await
    })
    .await
    .expect("task")
    .expect("finish");
    assert_eq!(read_all(&store, &cid).await.expect("read"), remote.bytes);
}

#[tokio::test]
async fn finish_fails_on_a_missing_or_wrong_block_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let remote = Remote::new(data(5 * BLOCK_SIZE + 9, 3), "b.bin");
    let store = open(dir.path(), 64 * MIB).await;

    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[0, 1, 2, 4, 5]).await;
    let err = partial.finish().await.expect_err("block 3 missing");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert!(err.to_string().contains("index 3"), "{err}");
    assert!(!store.contains(&remote.cid).await.expect("contains"));
    assert!(store.list().await.expect("list").is_empty());
    // What was put is durable (finish flushed), and the fetch can go on.
    assert_eq!(
        store.partials().await.expect("partials"),
        vec![(remote.cid, remote.manifest.clone(), 5)]
    );

    // Wrong bytes at index 3: every position is held but the tree does not match the manifest.
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("resume");
    assert_eq!(partial.missing(), vec![3]);
    partial
        .put(vec![3], vec![Bytes::from(data(BLOCK_SIZE, 77))])
        .await
        .expect("put");
    let err = partial.finish().await.expect_err("wrong block");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert!(err.to_string().contains("tree root"), "{err}");
    assert!(!store.contains(&remote.cid).await.expect("contains"));
    assert_eq!(
        store
            .dataset_by_root(&remote.manifest.tree_root)
            .await
            .expect("by root"),
        None
    );
    assert_eq!(
        store.partials().await.expect("partials"),
        vec![(remote.cid, remote.manifest.clone(), 6)]
    );
    assert_eq!(store.space().used, 6 * BLOCK);

    store.abandon_partial(&remote.cid).await.expect("abandon");
    assert!(store.partials().await.expect("partials").is_empty());
    let space = store.space();
    assert_eq!((space.used, space.reserved), (0, 0));
    assert_eq!(files_in(&dir.path().join("packs")), 0);
    assert!(matches!(
        store.abandon_partial(&remote.cid).await,
        Err(StoreError::NotFound(_))
    ));

    // Started again from scratch, it finishes.
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("again");
    assert_eq!(partial.held(), 0);
    put(&mut partial, &remote, &[5, 4, 3, 2, 1, 0]).await;
    let (cid, _) = partial.finish().await.expect("finish");
    assert_eq!(read_all(&store, &cid).await.expect("read"), remote.bytes);
}

#[tokio::test]
async fn abandoning_frees_the_space_but_keeps_blocks_shared_with_a_dataset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let a = data(4 * BLOCK_SIZE, 4);
    let (cid_a, _) = store
        .import(
            stream::iter([Ok::<_, std::io::Error>(Bytes::from(a.clone()))]),
            WriteMeta::default(),
        )
        .await
        .expect("import a");
    let used_a = store.space().used;
    assert_eq!(used_a, 4 * BLOCK);
    assert_eq!(files_in(&dir.path().join("packs")), 1);

    // B shares A's blocks 1 and 2 (at its positions 0 and 3) and has three blocks of its own.
    let mut b = a[BLOCK_SIZE..2 * BLOCK_SIZE].to_vec();
    b.extend(data(2 * BLOCK_SIZE, 5));
    b.extend(&a[2 * BLOCK_SIZE..3 * BLOCK_SIZE]);
    b.extend(data(BLOCK_SIZE, 6));
    let remote = Remote::new(b, "b.bin");
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[0, 1]).await;
    partial.flush().await.expect("flush");
    put(&mut partial, &remote, &[3, 4, 2]).await;
    partial.flush().await.expect("flush");
    drop(partial);
    assert_eq!(store.space().used, used_a + 3 * BLOCK);
    assert_eq!(files_in(&dir.path().join("packs")), 3);

    store.abandon_partial(&remote.cid).await.expect("abandon");
    let space = store.space();
    assert_eq!((space.used, space.reserved), (used_a, 0));
    assert_eq!(files_in(&dir.path().join("packs")), 1);
    assert!(store.partials().await.expect("partials").is_empty());
    assert_eq!(read_all(&store, &cid_a).await.expect("a intact"), a);
    // Nothing is left over to collect at the next open either.
    drop(store);
    let store = open(dir.path(), 64 * MIB).await;
    assert_eq!(store.space().used, used_a);
    assert_eq!(read_all(&store, &cid_a).await.expect("a intact"), a);
}

#[tokio::test]
async fn deleting_a_dataset_keeps_the_blocks_a_fetch_holds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let a = data(3 * BLOCK_SIZE, 7);
    let (cid_a, _) = store
        .import(
            stream::iter([Ok::<_, std::io::Error>(Bytes::from(a.clone()))]),
            WriteMeta::default(),
        )
        .await
        .expect("import a");
    // B is A under another name: same blocks, same tree root, another CID.
    let remote = Remote::new(a.clone(), "copy.bin");
    assert_ne!(remote.cid, cid_a);
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[0, 1, 2]).await;
    partial.flush().await.expect("flush");
    assert_eq!(store.space().used, 3 * BLOCK, "all deduplicated against A");

    store.delete(&cid_a).await.expect("delete a");
    assert_eq!(
        store.space().used,
        3 * BLOCK,
        "the fetch still holds the blocks"
    );
    assert_eq!(
        store
            .dataset_by_root(&remote.manifest.tree_root)
            .await
            .expect("by root"),
        None
    );
    let (cid_b, _) = partial.finish().await.expect("finish");
    assert_eq!(read_all(&store, &cid_b).await.expect("read b"), a);
    assert_eq!(
        store
            .dataset_by_root(&remote.manifest.tree_root)
            .await
            .expect("by root"),
        Some(cid_b)
    );
    store.delete(&cid_b).await.expect("delete b");
    assert_eq!(store.space().used, 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
}

#[tokio::test]
async fn bad_input_is_rejected_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let remote = Remote::new(data(3 * BLOCK_SIZE, 8), "c.bin");
    let other = Remote::new(data(BLOCK_SIZE, 9), "d.bin");

    // A manifest that is not the CID's.
    let err = store
        .partial(&other.cid, &remote.manifest)
        .await
        .expect_err("cid mismatch");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert!(err.to_string().contains("not its manifest"), "{err}");
    assert!(store.partials().await.expect("partials").is_empty());

    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    let err = partial
        .put(vec![0], vec![Bytes::from(data(BLOCK_SIZE - 1, 1))])
        .await
        .expect_err("short block");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    let err = partial
        .put(vec![3], vec![remote.blocks[0].clone()])
        .await
        .expect_err("index out of range");
    assert!(
        matches!(err, StoreError::IndexOutOfRange { index: 3, count: 3 }),
        "{err}"
    );
    // One bad block rejects the whole batch.
    let (mut indexes, blocks) = remote.at(&[0, 1]);
    indexes[1] = u64::MAX;
    assert!(partial.put(indexes, blocks).await.is_err());
    let err = partial
        .put(vec![0, 1], vec![remote.blocks[0].clone()])
        .await
        .expect_err("lengths differ");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert!(err.is_client_error());

    assert_eq!(partial.held(), 0);
    assert_eq!(partial.unflushed_bytes(), 0);
    partial.flush().await.expect("flush nothing");
    let space = store.space();
    assert_eq!((space.used, space.reserved), (0, 0));
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
    assert_eq!(
        store.partials().await.expect("partials"),
        vec![(remote.cid, remote.manifest.clone(), 0)]
    );
    // The handle is still usable after rejected input.
    put(&mut partial, &remote, &[0, 1, 2]).await;
    partial.finish().await.expect("finish");
}

#[tokio::test]
async fn puts_beyond_the_quota_fail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 4 * BLOCK).await;
    let remote = Remote::new(data(8 * BLOCK_SIZE, 10), "big.bin");
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[0, 1, 2]).await;
    let (indexes, blocks) = remote.at(&[3, 4]);
    let err = partial.put(indexes, blocks).await.expect_err("over quota");
    assert!(matches!(err, StoreError::QuotaExceeded { .. }), "{err}");
    assert_eq!(partial.held(), 3);
    assert!(!partial.has(3));
    partial.flush().await.expect("flush what fits");
    let space = store.space();
    assert_eq!(
        (space.used, space.reserved, space.free),
        (3 * BLOCK, 0, BLOCK)
    );
    put(&mut partial, &remote, &[7]).await;
    let (indexes, blocks) = remote.at(&[6]);
    let err = partial.put(indexes, blocks).await.expect_err("full");
    assert!(matches!(err, StoreError::QuotaExceeded { .. }), "{err}");
    drop(partial);
    assert_eq!(store.space().used, 3 * BLOCK);
    store.abandon_partial(&remote.cid).await.expect("abandon");
    assert_eq!(store.space().used, 0);
}

#[tokio::test]
async fn datasets_stored_before_the_tree_root_column_are_found_by_root() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = data(2 * BLOCK_SIZE + 5, 11);
    let (cid, manifest) = {
        let store = open(dir.path(), 64 * MIB).await;
        store
            .import(
                stream::iter([Ok::<_, std::io::Error>(Bytes::from(bytes))]),
                WriteMeta::default(),
            )
            .await
            .expect("import")
    };
    // As a database from before migration 0002 would have it.
    {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(dir.path().join("meta.sqlite"))
            .connect()
            .await
            .expect("connect");
        sqlx::query("UPDATE datasets SET tree_root = NULL")
            .execute(&mut conn)
            .await
            .expect("clear tree roots");
    }
    let store = open(dir.path(), 64 * MIB).await;
    assert_eq!(
        store
            .dataset_by_root(&manifest.tree_root)
            .await
            .expect("by root"),
        Some(cid)
    );
}

#[tokio::test]
async fn repeated_blocks_are_counted_per_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let zeros = Remote::new(vec![0; 4 * BLOCK_SIZE], "zeros.bin");
    let mut partial = store
        .partial(&zeros.cid, &zeros.manifest)
        .await
        .expect("partial");
    put(&mut partial, &zeros, &[0, 1]).await;
    partial.flush().await.expect("flush");
    assert_eq!(store.space().used, BLOCK, "one block on disk");
    // A stored dataset made of the same block.
    let (small, _) = store
        .import(
            stream::iter([Ok::<_, std::io::Error>(Bytes::from(vec![
                0;
                2 * BLOCK_SIZE
            ]))]),
            WriteMeta::default(),
        )
        .await
        .expect("import");
    put(&mut partial, &zeros, &[3]).await;
    partial.flush().await.expect("flush");
    drop(partial);
    store.abandon_partial(&zeros.cid).await.expect("abandon");
    assert_eq!(
        store.space().used,
        BLOCK,
        "still used by the stored dataset"
    );
    assert_eq!(
        read_all(&store, &small).await.expect("read"),
        vec![0; 2 * BLOCK_SIZE]
    );
    store.delete(&small).await.expect("delete");
    assert_eq!(store.space().used, 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
}

#[tokio::test]
async fn a_dataset_stored_by_other_means_ends_its_fetch() {
    let dir = tempfile::tempdir().expect("tempdir");
    let remote = Remote::new(data(4 * BLOCK_SIZE + 1, 12), "same.bin");
    let meta = || WriteMeta {
        filename: Some("same.bin".into()),
        ..Default::default()
    };
    let upload = || stream::iter([Ok::<_, std::io::Error>(Bytes::from(remote.bytes.clone()))]);

    // While the fetch is open: finishing it returns the stored dataset and ends the fetch.
    let store = open(dir.path(), 64 * MIB).await;
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[0, 4]).await;
    partial.flush().await.expect("flush");
    let (cid, _) = store.import(upload(), meta()).await.expect("upload");
    assert_eq!(cid, remote.cid);
    put(&mut partial, &remote, &[1, 2, 3]).await;
    assert_eq!(partial.finish().await.expect("finish").0, cid);
    assert!(store.partials().await.expect("partials").is_empty());
    assert_eq!(store.space().used, 5 * BLOCK);
    assert_eq!(read_all(&store, &cid).await.expect("read"), remote.bytes);
    store.delete(&cid).await.expect("delete");
    assert_eq!(store.space().used, 0);

    // While the fetch is interrupted: it is dropped at the next open.
    let mut partial = store
        .partial(&remote.cid, &remote.manifest)
        .await
        .expect("partial");
    put(&mut partial, &remote, &[1, 2]).await;
    partial.flush().await.expect("flush");
    drop(partial);
    store.import(upload(), meta()).await.expect("upload");
    assert_eq!(store.partials().await.expect("partials").len(), 1);
    drop(store);
    let store = open(dir.path(), 64 * MIB).await;
    assert!(store.partials().await.expect("partials").is_empty());
    assert_eq!(store.space().used, 5 * BLOCK);
    assert_eq!(
        read_all(&store, &remote.cid).await.expect("read"),
        remote.bytes
    );
    store.delete(&remote.cid).await.expect("delete");
    assert_eq!(store.space().used, 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
}

/// A downloader runs these from spawned tasks and HTTP handlers: every future must be `Send`.
#[allow(dead_code)]
fn futures_are_send(store: &Store, remote: &Remote, mut partial: cairn_store::PartialDataset) {
    fn send<T: Send>(_: T) {}
    fn shared<T: Send + Sync>() {}
    shared::<cairn_store::PartialDataset>();
    send(store.partial(&remote.cid, &remote.manifest));
    send(store.partials());
    send(store.abandon_partial(&remote.cid));
    send(store.dataset_by_root(&remote.manifest.tree_root));
    send(store.block_hashes(&remote.cid));
    send(partial.put(Vec::new(), Vec::new()));
    send(partial.flush());
    send(partial.finish());
}
