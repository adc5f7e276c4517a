//! Fixed test vectors for the circuit and contract side: block CIDs, dataset tree roots and every
//! inclusion proof for a set of small datasets. Written to `testdata/vectors/dataset-tree.json`;
//! the test fails if the committed file differs (set `CAIRN_UPDATE_VECTORS=1` to rewrite it).

use std::path::PathBuf;

use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, DatasetTree, dataset_tree::leaf_node};
use serde::Serialize;

const LEAF_COUNTS: [usize; 10] = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17];
const CID_INPUTS: [&[u8]; 4] = [b"", b"hello", b"cairn", &[0u8; 32]];

/// Compares `vectors` with the committed `testdata/vectors/<name>`, or rewrites the file when
/// `CAIRN_UPDATE_VECTORS=1`.
fn check_or_update(name: &str, vectors: &impl Serialize) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/vectors")
        .join(name);
    let generated = serde_json::to_string_pretty(vectors).expect("json") + "\n";
    cairn_primitives::testing::check_or_update_file(
        &path,
        &generated,
        "CAIRN_UPDATE_VECTORS",
        "run `CAIRN_UPDATE_VECTORS=1 cargo test -p cairn-primitives`",
    );
}

fn block_byte(index: usize) -> u8 {
    ((index * 7 + 1) % 256) as u8
}

// Structs, not `json!`: their field order is fixed whatever serde_json features the workspace
// enables (`preserve_order` changes the order of `json!` maps).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Vectors {
    description: &'static str,
    block_size: usize,
    leaf_node: &'static str,
    inner_node: &'static str,
    odd_level: &'static str,
    proof_bytes: &'static str,
    cids: Vec<CidVector>,
    trees: Vec<TreeVector>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CidVector {
    bytes_hex: String,
    cid: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TreeVector {
    leaf_count: usize,
    root: String,
    blocks: Vec<BlockVector>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BlockVector {
    index: usize,
    byte: u8,
    hash: String,
    cid: String,
    leaf: String,
    path: Vec<String>,
    proof_bytes: String,
}

fn vectors() -> Vectors {
    let cids = CID_INPUTS
        .iter()
        .map(|bytes| CidVector {
            bytes_hex: hex::encode(bytes),
            cid: Cid::for_block(bytes).to_string(),
        })
        .collect();
    let trees = LEAF_COUNTS
        .iter()
        .map(|&count| {
            let hashes: Vec<BlockHash> = (0..count)
                .map(|i| BlockHash::of(&vec![block_byte(i); BLOCK_SIZE]))
                .collect();
            let tree = DatasetTree::build(&hashes).expect("non-empty tree");
            let blocks = hashes
                .iter()
                .enumerate()
                .map(|(i, hash)| {
                    let proof = tree.proof(i as u64).expect("index in range");
                    BlockVector {
                        index: i,
                        byte: block_byte(i),
                        hash: hash.to_hex(),
                        cid: hash.to_cid().to_string(),
                        leaf: hex::encode(leaf_node(hash)),
                        path: proof.path.iter().map(hex::encode).collect(),
                        proof_bytes: hex::encode(proof.to_bytes()),
                    }
                })
                .collect();
            TreeVector {
                leaf_count: count,
                root: tree.root().to_hex(),
                blocks,
            }
        })
        .collect();
    Vectors {
        description: "cairn dataset tree vectors (docs/PROTOCOL.md). Block i of every dataset is blockSize bytes, all equal to (i*7+1) % 256.",
        block_size: BLOCK_SIZE,
        leaf_node: "sha256(0x00 || blockHash)",
        inner_node: "sha256(0x01 || left || right)",
        odd_level: "the last node of an odd level is promoted unchanged",
        proof_bytes: "index u64 BE || leafCount u64 BE || pathLen u8 || path nodes",
        cids,
        trees,
    }
}

#[test]
fn dataset_tree_vectors_match_the_committed_file() {
    check_or_update("dataset-tree.json", &vectors());
}

#[test]
fn committed_proofs_verify() {
    let v = serde_json::to_value(vectors()).expect("json");
    for tree in v["trees"].as_array().expect("trees") {
        let root = cairn_primitives::TreeRoot::from_hex(tree["root"].as_str().expect("root"))
            .expect("hex");
        let count = tree["leafCount"].as_u64().expect("count");
        for block in tree["blocks"].as_array().expect("blocks") {
            let proof_bytes =
                hex::decode(block["proofBytes"].as_str().expect("bytes")).expect("hex");
            let proof =
                cairn_primitives::InclusionProof::from_bytes(&proof_bytes).expect("decodes");
            let hash = BlockHash::from_hex(block["hash"].as_str().expect("hash")).expect("hex");
            let index = block["index"].as_u64().expect("index");
            proof.verify(&root, count, index, &hash).expect("verifies");
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ManifestVector {
    manifest: cairn_primitives::Manifest,
    encoding_hex: String,
    cid: String,
}

fn manifest_vectors() -> Vec<ManifestVector> {
    use cairn_primitives::{Manifest, Protection, SlotLayout, TreeRoot, block_count};
    let plain = |len: u64, name: Option<&str>, mime: Option<&str>| Manifest {
        tree_root: TreeRoot([0x11; 32]),
        block_size: BLOCK_SIZE as u32,
        byte_len: len,
        block_count: block_count(len),
        filename: name.map(str::to_owned),
        mime_type: mime.map(str::to_owned),
        protection: None,
    };
    let layout = SlotLayout::new(4, 2, block_count(1 << 30)).expect("layout");
    let protected = Manifest {
        tree_root: TreeRoot([0x22; 32]),
        block_count: layout.total_blocks(),
        protection: Some(Protection {
            layout,
            original_root: TreeRoot([0x11; 32]),
        }),
        ..plain(1 << 30, Some("big.bin"), None)
    };
    [
        plain(0, None, None),
        plain(100_000, Some("hello.txt"), Some("text/plain")),
        protected,
    ]
    .into_iter()
    .map(|manifest| ManifestVector {
        encoding_hex: hex::encode(manifest.encode()),
        cid: manifest.cid().to_string(),
        manifest,
    })
    .collect()
}

#[test]
fn manifest_vectors_match_the_committed_file() {
    check_or_update("manifest.json", &manifest_vectors());
    for vector in manifest_vectors() {
        let bytes = hex::decode(&vector.encoding_hex).expect("hex");
        let cid: Cid = vector.cid.parse().expect("cid");
        assert_eq!(
            cairn_primitives::Manifest::decode_verified(&cid, &bytes).expect("decodes"),
            vector.manifest
        );
    }
}
