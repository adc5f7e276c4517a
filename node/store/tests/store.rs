//! Block store behaviour through its public API, on a real SQLite database and real files.

use std::path::Path;

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, BlockHash, DatasetTree, block_count};

fn data(len: usize, seed: u8) -> Vec<u8> {
    cairn_primitives::testing::pseudo_random_bytes(len, u64::from(seed))
}
use cairn_store::{Store, StoreConfig, StoreError, WriteMeta};
use futures::{TryStreamExt, stream};

const MIB: u64 = 1 << 20;

async fn open(dir: &Path, quota: u64) -> Store {
    Store::open(StoreConfig {
        data_dir: dir.to_path_buf(),
        quota_bytes: quota,
    })
    .await
    .expect("open store")
}

/// The bytes as a stream of uneven chunks, as an HTTP body would arrive.
fn chunks(bytes: &[u8]) -> impl futures::Stream<Item = Result<Bytes, std::io::Error>> + use<> {
    let parts: Vec<Result<Bytes, std::io::Error>> = bytes
        .chunks(10_007)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    stream::iter(parts)
}

async fn read_all(store: &Store, cid: &cairn_primitives::Cid) -> Result<Vec<u8>, StoreError> {
    let reader = store.reader(cid).await?;
    let parts: Vec<Bytes> = reader.stream().try_collect().await?;
    Ok(parts.concat())
}

fn files_in(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

#[tokio::test]
async fn import_and_read_back_any_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    for len in [
        0,
        1,
        BLOCK_SIZE - 1,
        BLOCK_SIZE,
        BLOCK_SIZE + 1,
        3 * BLOCK_SIZE + 12_345,
        70 * BLOCK_SIZE,
    ] {
        let bytes = data(len, 1);
        let meta = WriteMeta {
            filename: Some("f.bin".into()),
            mime_type: Some("application/x-test".into()),
            expires_at: None,
        };
        let (cid, manifest) = store.import(chunks(&bytes), meta).await.expect("import");
        assert_eq!(manifest.byte_len, len as u64);
        assert_eq!(manifest.block_count, block_count(len as u64));
        assert_eq!(manifest.filename.as_deref(), Some("f.bin"));
        assert_eq!(store.manifest(&cid).await.expect("manifest"), manifest);
        assert_eq!(
            read_all(&store, &cid).await.expect("read"),
            bytes,
            "{len} bytes"
        );

        // The tree root is the dataset tree over the zero-padded blocks.
        let mut padded = bytes.clone();
        padded.resize(block_count(len as u64) as usize * BLOCK_SIZE, 0);
        let hashes: Vec<BlockHash> = padded.chunks(BLOCK_SIZE).map(BlockHash::of).collect();
        assert_eq!(
            manifest.tree_root,
            DatasetTree::build(&hashes).expect("tree").root()
        );
        let reader = store.reader(&cid).await.expect("reader");
        let (hash, block) = reader
            .block(hashes.len() as u64 - 1)
            .await
            .expect("last block");
        assert_eq!(hash, *hashes.last().expect("hash"));
        assert_eq!(block.len(), BLOCK_SIZE);
    }
    assert_eq!(store.list().await.expect("list").len(), 7);
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
}

#[tokio::test]
async fn shared_blocks_are_counted_and_freed_with_the_last_dataset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let a = data(8 * BLOCK_SIZE, 7);
    let mut b = a[..6 * BLOCK_SIZE].to_vec();
    b.extend_from_slice(&data(2 * BLOCK_SIZE, 9));

    let (cid_a, _) = store
        .import(chunks(&a), WriteMeta::default())
        .await
        .expect("a");
    let used_a = store.space().used;
    assert_eq!(used_a, 8 * BLOCK_SIZE as u64);
    // Same bytes again: same CID, nothing new on disk.
    let (again, _) = store
        .import(chunks(&a), WriteMeta::default())
        .await
        .expect("a again");
    assert_eq!(again, cid_a);
    assert_eq!(store.space().used, used_a);
    // B shares 6 blocks with A: only 2 new blocks are written.
    let (cid_b, _) = store
        .import(chunks(&b), WriteMeta::default())
        .await
        .expect("b");
    assert_eq!(store.space().used, used_a + 2 * BLOCK_SIZE as u64);

    store.delete(&cid_a).await.expect("delete a");
    assert_eq!(read_all(&store, &cid_b).await.expect("b still readable"), b);
    assert!(matches!(
        store.manifest(&cid_a).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.delete(&cid_a).await,
        Err(StoreError::NotFound(_))
    ));
    // A's pack still holds B's six shared blocks, so it stays.
    assert_eq!(files_in(&dir.path().join("packs")), 2);

    store.delete(&cid_b).await.expect("delete b");
    assert_eq!(store.space().used, 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
    assert!(store.list().await.expect("list").is_empty());
}

#[tokio::test]
async fn quota_is_enforced_and_a_rejected_upload_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 4 * BLOCK_SIZE as u64).await;
    let small = data(2 * BLOCK_SIZE, 3);
    let (kept, _) = store
        .import(chunks(&small), WriteMeta::default())
        .await
        .expect("fits");

    let big = data(300 * BLOCK_SIZE, 4);
    let err = store
        .import(chunks(&big), WriteMeta::default())
        .await
        .expect_err("over quota");
    assert!(matches!(err, StoreError::QuotaExceeded { .. }), "{err}");
    assert!(err.is_client_error());
    let space = store.space();
    assert_eq!(
        (space.used, space.reserved, space.free),
        (2 * BLOCK_SIZE as u64, 0, 2 * BLOCK_SIZE as u64)
    );
    assert_eq!(store.list().await.expect("list").len(), 1);
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(read_all(&store, &kept).await.expect("kept"), small);
    assert!(store.check_space(3 * BLOCK_SIZE as u64).is_err());
    assert!(store.check_space(2 * BLOCK_SIZE as u64).is_ok());
}

#[tokio::test]
async fn an_interrupted_upload_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let parts: Vec<Result<Bytes, std::io::Error>> = vec![
        Ok(Bytes::from(data(5 * BLOCK_SIZE, 1))),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "client went away",
        )),
    ];
    let err = store
        .import(stream::iter(parts), WriteMeta::default())
        .await
        .expect_err("interrupted");
    assert!(err.to_string().contains("client went away"), "{err}");
    assert!(store.list().await.expect("list").is_empty());
    assert_eq!(store.space().used + store.space().reserved, 0);
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(files_in(&dir.path().join("packs")), 0);
}

#[tokio::test]
async fn corrupt_blocks_on_disk_are_reported_not_served() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let bytes = data(3 * BLOCK_SIZE, 5);
    let (cid, _) = store
        .import(chunks(&bytes), WriteMeta::default())
        .await
        .expect("import");
    let pack = std::fs::read_dir(dir.path().join("packs"))
        .expect("packs")
        .next()
        .expect("a pack")
        .expect("entry")
        .path();
    let mut raw = std::fs::read(&pack).expect("read pack");
    raw[BLOCK_SIZE + 17] ^= 0x40;
    std::fs::write(&pack, raw).expect("corrupt pack");

    let err = read_all(&store, &cid)
        .await
        .expect_err("corruption detected");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    let reader = store.reader(&cid).await.expect("reader");
    assert!(reader.block(0).await.is_ok());
    assert!(matches!(
        reader.block(1).await,
        Err(StoreError::Corrupt { .. })
    ));
    assert!(matches!(
        reader.block(3).await,
        Err(StoreError::IndexOutOfRange { .. })
    ));
}

#[tokio::test]
async fn expired_datasets_are_collected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let (old, _) = store
        .import(
            chunks(&data(BLOCK_SIZE, 1)),
            WriteMeta {
                expires_at: Some(1_000),
                ..Default::default()
            },
        )
        .await
        .expect("old");
    let (kept, _) = store
        .import(chunks(&data(BLOCK_SIZE, 2)), WriteMeta::default())
        .await
        .expect("kept");
    let (later, _) = store
        .import(chunks(&data(BLOCK_SIZE, 3)), WriteMeta::default())
        .await
        .expect("later");
    store
        .set_expiry(&later, Some(5_000))
        .await
        .expect("set expiry");
    assert_eq!(store.collect_expired(2_000).await.expect("gc"), vec![old]);
    assert_eq!(store.collect_expired(6_000).await.expect("gc"), vec![later]);
    let left: Vec<_> = store
        .list()
        .await
        .expect("list")
        .into_iter()
        .map(|d| d.cid)
        .collect();
    assert_eq!(left, vec![kept]);
    assert!(matches!(
        store.set_expiry(&old, None).await,
        Err(StoreError::NotFound(_))
    ));
}

#[tokio::test]
async fn writer_places_blocks_in_any_order_and_rejects_holes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open(dir.path(), 64 * MIB).await;
    let blocks: Vec<Bytes> = (0..4).map(|i| Bytes::from(data(BLOCK_SIZE, i))).collect();

    let mut writer = store.writer().await.expect("writer");
    writer
        .put_blocks(2, blocks[2..].to_vec())
        .await
        .expect("tail first");
    writer
        .put_blocks(0, blocks[..1].to_vec())
        .await
        .expect("head");
    let err = writer
        .commit(4 * BLOCK_SIZE as u64, None, WriteMeta::default())
        .await
        .expect_err("hole");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(store.space().reserved, 0);

    let mut writer = store.writer().await.expect("writer");
    writer.put_blocks(0, blocks.clone()).await.expect("all");
    let (cid, _) = writer
        .commit(4 * BLOCK_SIZE as u64, None, WriteMeta::default())
        .await
        .expect("commit");
    // A second dataset made only of links to stored blocks, in another order.
    let mut writer = store.writer().await.expect("writer");
    for (i, block) in blocks.iter().rev().enumerate() {
        writer
            .link_block(i as u64, BlockHash::of(block))
            .expect("link");
    }
    let (reversed, _) = writer
        .commit(4 * BLOCK_SIZE as u64, None, WriteMeta::default())
        .await
        .expect("commit links");
    let expected: Vec<u8> = blocks.iter().rev().flat_map(|b| b.to_vec()).collect();
    assert_eq!(read_all(&store, &reversed).await.expect("read"), expected);
    assert_eq!(store.space().used, 4 * BLOCK_SIZE as u64);

    // Linking a block the store does not have fails and changes nothing.
    let mut writer = store.writer().await.expect("writer");
    writer
        .link_block(0, BlockHash::of(b"never stored"))
        .expect("link");
    let err = writer
        .commit(1, None, WriteMeta::default())
        .await
        .expect_err("missing block");
    assert!(matches!(err, StoreError::InvalidWrite(_)), "{err}");
    assert_eq!(store.list().await.expect("list").len(), 2);
    // Wrong block size.
    let mut writer = store.writer().await.expect("writer");
    assert!(
        writer
            .put_blocks(0, vec![Bytes::from_static(b"short")])
            .await
            .is_err()
    );
    drop(writer);
    assert!(read_all(&store, &cid).await.is_ok());
}

#[tokio::test]
async fn reopening_removes_leftovers_and_keeps_datasets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = data(5 * BLOCK_SIZE + 3, 8);
    let cid = {
        let store = open(dir.path(), 64 * MIB).await;
        store
            .import(chunks(&bytes), WriteMeta::default())
            .await
            .expect("import")
            .0
    };
    // What a crash could leave: a half-written upload and a pack renamed but never recorded.
    std::fs::write(
        dir.path().join("tmp/0123456789abcdef0123456789abcdef.pack"),
        b"partial",
    )
    .expect("tmp");
    std::fs::write(
        dir.path()
            .join("packs/fedcba9876543210fedcba9876543210.pack"),
        b"orphan",
    )
    .expect("orphan");
    let store = open(dir.path(), 64 * MIB).await;
    assert_eq!(files_in(&dir.path().join("tmp")), 0);
    assert_eq!(files_in(&dir.path().join("packs")), 1);
    assert_eq!(read_all(&store, &cid).await.expect("read"), bytes);
    assert_eq!(store.space().used, 6 * BLOCK_SIZE as u64);
}
