//! Protecting a stored dataset and rebuilding it after losing slots.

use bytes::Bytes;
use cairn_erasure::RowCodec;
use cairn_primitives::{
    BLOCK_SIZE, DatasetTree, Position, block_count, testing::pseudo_random_bytes as data,
};
use cairn_store::{Store, StoreConfig, WriteMeta};
use futures::stream;

#[tokio::test]
async fn k4_m2_survives_losing_any_two_slots() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(StoreConfig {
        data_dir: dir.path().to_path_buf(),
        quota_bytes: 1 << 30,
    })
    .await
    .expect("store");
    // 13 blocks and a bit: 4 rows, the last one padded.
    let original = data(13 * BLOCK_SIZE + 1000, 42);
    let body = stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from(original.clone()))]);
    let meta = WriteMeta {
        filename: Some("x.bin".into()),
        ..Default::default()
    };
    let (cid, manifest) = store.import(body, meta).await.expect("import");

    let (protected_cid, protected) = cairn_node::protect(&store, &cid, 4, 2)
        .await
        .expect("protect");
    let p = protected.protection.expect("protection");
    let layout = p.layout;
    assert_eq!(p.original_root, manifest.tree_root);
    assert_eq!(
        (layout.k, layout.m, layout.rows()),
        (4, 2, block_count(original.len() as u64).div_ceil(4))
    );
    assert_eq!(protected.block_count, 6 * layout.rows());
    assert_eq!(protected.byte_len, original.len() as u64);
    assert_eq!(protected.filename.as_deref(), Some("x.bin"));
    // Protecting twice is refused.
    assert!(
        cairn_node::protect(&store, &protected_cid, 2, 1)
            .await
            .is_err()
    );

    // The protected dataset streams the original bytes back.
    let reader = store.reader(&protected_cid).await.expect("reader");
    let streamed: Vec<Bytes> = futures::TryStreamExt::try_collect(reader.stream())
        .await
        .expect("stream");
    assert_eq!(streamed.concat(), original);

    // Every block of the protected tree, slot-major; the root matches the manifest.
    let all: Vec<u64> = (0..protected.block_count).collect();
    let blocks = reader.blocks(&all).await.expect("blocks");
    let hashes: Vec<_> = blocks.iter().map(|(h, _)| *h).collect();
    assert_eq!(
        DatasetTree::build(&hashes).expect("tree").root(),
        protected.tree_root
    );

    let mut codec = RowCodec::new(4, 2, BLOCK_SIZE).expect("codec");
    for lost_a in 0..6u32 {
        for lost_b in lost_a + 1..6 {
            let mut rebuilt = Vec::new();
            for row in 0..layout.rows() {
                let mut shards: Vec<Option<Vec<u8>>> = (0..6u32)
                    .map(|slot| {
                        if slot == lost_a || slot == lost_b {
                            return None;
                        }
                        let index = layout.tree_index(Position { row, slot }).expect("in range");
                        Some(blocks[index as usize].1.to_vec())
                    })
                    .collect();
                codec.rebuild_in_place(&mut shards).expect("rebuild");
                for shard in shards.into_iter().take(4) {
                    rebuilt.extend_from_slice(&shard.expect("restored"));
                }
            }
            rebuilt.truncate(original.len());
            assert!(
                rebuilt == original,
                "slots {lost_a} and {lost_b} lost: rebuilt bytes differ"
            );
        }
    }

    // Bad parameters are rejected and store nothing.
    let before = store.list().await.expect("list").len();
    assert!(cairn_node::protect(&store, &cid, 0, 2).await.is_err());
    assert!(cairn_node::protect(&store, &cid, 200, 100).await.is_err());
    assert_eq!(store.list().await.expect("list").len(), before);
}
