//! Writes the seed corpus: valid encodings of each kind, into corpus/<target>/.

use std::{fs, path::Path};

use bytes::Bytes;
use cairn_p2p::blockexc::{Message, Want};
use cairn_primitives::{
    BLOCK_SIZE, BlockHash, Cid, DatasetTree, Manifest, SlotEntry, StorageManifest, TreeRoot,
};

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    fs::create_dir_all(&dir).expect("corpus dir");
    fs::write(dir.join(name), bytes).expect("seed");
}

fn main() {
    let blocks: Vec<Bytes> = (0..4u8).map(|i| Bytes::from(vec![i; BLOCK_SIZE])).collect();
    let hashes: Vec<BlockHash> = blocks.iter().map(|b| BlockHash::of(b)).collect();
    let tree = DatasetTree::build(&hashes).expect("tree");
    let plain = Manifest {
        tree_root: tree.root(),
        block_size: BLOCK_SIZE as u32,
        byte_len: 3 * BLOCK_SIZE as u64 + 17,
        block_count: 4,
        filename: Some("photo.jpg".into()),
        mime_type: Some("image/jpeg".into()),
        protection: None,
    };
    write("manifest", "plain", &plain.encode());
    let bare = Manifest {
        filename: None,
        mime_type: None,
        byte_len: 1,
        block_count: 1,
        ..plain.clone()
    };
    write("manifest", "bare", &bare.encode());

    // Slot datasets are named by their manifests' CIDs; roots are field elements (< the BN254
    // modulus: a leading zero byte keeps them so).
    let slots: Vec<SlotEntry> = (0..3u8)
        .map(|i| {
            let mut root = [i + 1; 32];
            root[0] = 0;
            SlotEntry {
                root,
                dataset: Manifest {
                    byte_len: u64::from(i) + 1,
                    ..bare.clone()
                }
                .cid(),
            }
        })
        .collect();
    let protected = Manifest {
        protection: Some(cairn_primitives::Protection {
            layout: cairn_primitives::SlotLayout::new(2, 1, 4).expect("layout"),
            original_root: TreeRoot([9; 32]),
        }),
        byte_len: 4 * BLOCK_SIZE as u64,
        block_count: 6,
        ..plain.clone()
    };
    match StorageManifest::new(protected, slots) {
        Ok(storage) => write("storage_manifest", "three-slots", &storage.encode()),
        Err(err) => eprintln!("no storage manifest seed: {err}"),
    }

    let messages = [
        Message::WantManifest(Cid::for_block(b"x")),
        Message::Want(Want {
            id: 7,
            root: TreeRoot([3; 32]),
            leaf_count: 600,
            ranges: vec![0..64, 100..101],
        }),
        Message::Cancel(7),
        Message::Done(7),
        Message::Presence {
            id: 7,
            have: true,
            price_per_byte: 2,
            payee: [9; 20],
            credit_bytes: 4 << 20,
        },
        Message::Pay(cairn_p2p::blockexc::Pay {
            channel_id: [1; 32],
            cumulative_amount: [2; 32],
            signature: [3; 65],
        }),
        Message::Reject {
            id: Some(7),
            reason: "too many open streams".into(),
        },
        Message::Block {
            id: 7,
            data: blocks[0].clone(),
            proof: tree.proof(0).expect("proof"),
        },
    ];
    for (i, message) in messages.iter().enumerate() {
        write(
            "blockexc_message",
            &format!("message-{i}"),
            &message.encode(),
        );
    }
    println!("seed corpus written");
}
