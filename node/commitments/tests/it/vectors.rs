//! Fixed vectors for the circuit and contract side: Poseidon calls, cells, the zero leaf, slot
//! trees with paths, a verification tree with paths and sampled cell indices, all as decimal
//! strings. Written to `testdata/vectors/commitments.json` (fields: `commitments.md` beside it);
//! the test fails if the committed file differs (set `CAIRN_UPDATE_VECTORS=1` to rewrite it).

use std::path::PathBuf;

use cairn_commitments::{
    BLOCK_SIZE, CELL_SIZE, Fr, SlotTree, VerifyTree, cell_elements, cell_hash, fr_from_decimal,
    fr_to_decimal, poseidon, sample_index, sampling::sample_hash, verify_path, zero_leaf,
};
use cairn_primitives::testing::pseudo_random_bytes;
use serde::Serialize;

pub(crate) const FILE: &str = "commitments.json";

/// Block counts of the slot tree vectors and the cells whose paths are listed.
const SLOT_TREES: [(u64, &[u64]); 3] = [
    (1, &[0, 1, 17, 31]),
    (3, &[0, 1, 33, 95, 96, 127]),
    (4, &[0, 64, 127]),
];
const VERIFY_SLOTS_DEPTH: u32 = 4;
const VERIFY_SLOTS: u64 = 6;
const SAMPLES: u64 = 8;

/// Block `row` of the slot tree vector with `blocks` blocks.
pub(crate) fn block_seed(blocks: u64, row: u64) -> u64 {
    1000 * blocks + row
}

/// The one block of slot `slot` of the verification tree vector.
pub(crate) fn slot_seed(slot: u64) -> u64 {
    2000 + slot
}

pub(crate) fn path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/vectors")
        .join(FILE)
}

/// The vectors as the committed file holds them (pretty JSON, trailing newline).
pub(crate) fn generated_json() -> String {
    serde_json::to_string_pretty(&vectors()).expect("json") + "\n"
}

fn dec(x: &Fr) -> String {
    fr_to_decimal(x)
}

fn decs(xs: &[Fr]) -> Vec<String> {
    xs.iter().map(dec).collect()
}

// Structs, not `json!`: their field order is fixed whatever serde_json features the workspace
// enables.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Vectors {
    description: &'static str,
    data: &'static str,
    cell_size: usize,
    block_size: usize,
    poseidon: Vec<PoseidonVector>,
    cells: Vec<CellVector>,
    zero_leaf: String,
    slot_trees: Vec<SlotTreeVector>,
    verify_tree: VerifyTreeVector,
    samples: Vec<SampleSet>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PoseidonVector {
    inputs: Vec<String>,
    output: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CellVector {
    seed: Option<u64>,
    bytes_hex: String,
    elements: Vec<String>,
    hash: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SlotTreeVector {
    blocks: u64,
    block_seeds: Vec<u64>,
    depth: u32,
    root: String,
    leaves: Vec<String>,
    paths: Vec<PathVector>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PathVector {
    index: u64,
    leaf: String,
    siblings: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct VerifyTreeVector {
    slots_depth: u32,
    slot_block_seeds: Vec<u64>,
    slot_roots: Vec<String>,
    root: String,
    paths: Vec<PathVector>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SampleSet {
    entropy: String,
    slot_root: String,
    depth: u32,
    samples: Vec<SampleVector>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SampleVector {
    j: u64,
    hash: String,
    index: u64,
}

fn blocks(seeds: &[u64]) -> Vec<Vec<u8>> {
    seeds
        .iter()
        .map(|&seed| pseudo_random_bytes(BLOCK_SIZE, seed))
        .collect()
}

fn paths(
    indices: impl IntoIterator<Item = u64>,
    leaf: impl Fn(u64) -> Fr,
    path: impl Fn(u64) -> Vec<Fr>,
) -> Vec<PathVector> {
    indices
        .into_iter()
        .map(|index| PathVector {
            index,
            leaf: dec(&leaf(index)),
            siblings: decs(&path(index)),
        })
        .collect()
}

fn vectors() -> Vectors {
    let r_minus_1 = -Fr::from(1u64);
    let poseidon_inputs: Vec<Vec<Fr>> = vec![
        vec![Fr::from(1u64)],
        vec![Fr::from(1u64), Fr::from(2u64)],
        vec![Fr::from(1u64), Fr::from(2u64), Fr::from(3u64)],
        (1..=12u64).map(Fr::from).collect(),
        vec![Fr::from(0u64); 12],
        vec![r_minus_1; 12],
    ];
    let poseidon = poseidon_inputs
        .iter()
        .map(|inputs| PoseidonVector {
            inputs: decs(inputs),
            output: dec(&poseidon(inputs).expect("1 to 12 inputs")),
        })
        .collect();

    let cells = [(Some(1u64), None), (Some(2), None), (None, Some(0xffu8))]
        .into_iter()
        .map(|(seed, fill)| {
            let bytes = match (seed, fill) {
                (Some(seed), _) => pseudo_random_bytes(CELL_SIZE, seed),
                (None, fill) => vec![fill.unwrap_or_default(); CELL_SIZE],
            };
            let cell: &[u8; CELL_SIZE] = bytes.as_slice().try_into().expect("cell size");
            CellVector {
                seed,
                bytes_hex: hex::encode(cell),
                elements: decs(&cell_elements(cell)),
                hash: dec(&cell_hash(cell)),
            }
        })
        .collect();

    let mut roots = Vec::new();
    let slot_trees = SLOT_TREES
        .iter()
        .map(|&(count, indices)| {
            let seeds: Vec<u64> = (0..count).map(|row| block_seed(count, row)).collect();
            let tree = SlotTree::build(blocks(&seeds)).expect("builds");
            roots.push((tree.root(), tree.depth()));
            SlotTreeVector {
                blocks: count,
                depth: tree.depth(),
                root: dec(&tree.root()),
                leaves: decs(tree.leaves()),
                paths: paths(
                    indices.iter().copied(),
                    |i| tree.leaf(i).expect("in range"),
                    |i| tree.path(i).expect("in range"),
                ),
                block_seeds: seeds,
            }
        })
        .collect();

    let slot_block_seeds: Vec<u64> = (0..VERIFY_SLOTS).map(slot_seed).collect();
    let slot_roots: Vec<Fr> = slot_block_seeds
        .iter()
        .map(|&seed| SlotTree::build(blocks(&[seed])).expect("builds").root())
        .collect();
    let tree = VerifyTree::build(&slot_roots, VERIFY_SLOTS_DEPTH).expect("fits");
    let verify_tree = VerifyTreeVector {
        slots_depth: VERIFY_SLOTS_DEPTH,
        slot_block_seeds,
        slot_roots: decs(&slot_roots),
        root: dec(&tree.root()),
        paths: paths(
            0..1 << VERIFY_SLOTS_DEPTH,
            |i| tree.leaves()[i as usize],
            |i| tree.path(i).expect("in range"),
        ),
    };

    let sample_sets = [
        (Fr::from(12345u64), roots[0].0, roots[0].1),
        (Fr::from(12345u64), roots[1].0, roots[1].1),
        (r_minus_1, roots[2].0, 20),
    ];
    let samples = sample_sets
        .into_iter()
        .map(|(entropy, slot_root, depth)| SampleSet {
            entropy: dec(&entropy),
            slot_root: dec(&slot_root),
            depth,
            samples: (0..SAMPLES)
                .map(|j| SampleVector {
                    j,
                    hash: dec(&sample_hash(entropy, slot_root, j)),
                    index: sample_index(entropy, slot_root, j, depth),
                })
                .collect(),
        })
        .collect();

    Vectors {
        description: "cairn proof commitment vectors (docs/PROTOCOL.md, \"Proof commitments\"): circomlib Poseidon over BN254, field elements as decimal strings. Fields: commitments.md.",
        data: "seed s means cairn_primitives::testing::pseudo_random_bytes(len, s): xorshift64 from state 0x9e3779b97f4a7c15 ^ (s * 0x1000000001b3 mod 2^64), per 8 bytes state ^= state << 13; state ^= state >> 7; state ^= state << 17 (mod 2^64), written little-endian",
        cell_size: CELL_SIZE,
        block_size: BLOCK_SIZE,
        poseidon,
        cells,
        zero_leaf: dec(&zero_leaf()),
        slot_trees,
        verify_tree,
        samples,
    }
}

#[test]
fn commitment_vectors_match_the_committed_file() {
    cairn_primitives::testing::check_or_update_file(
        &path(),
        &generated_json(),
        "CAIRN_UPDATE_VECTORS",
        "run `CAIRN_UPDATE_VECTORS=1 cargo test -p cairn-commitments`",
    );
}

#[test]
fn vector_paths_verify() {
    let v: serde_json::Value = serde_json::from_str(&generated_json()).expect("json");
    let fr = |x: &serde_json::Value| fr_from_decimal(x.as_str().expect("string")).expect("field");
    let check = |root: Fr, paths: &serde_json::Value| {
        for p in paths.as_array().expect("paths") {
            let siblings: Vec<Fr> = p["siblings"]
                .as_array()
                .expect("siblings")
                .iter()
                .map(fr)
                .collect();
            let index = p["index"].as_u64().expect("index");
            assert!(
                verify_path(root, index, fr(&p["leaf"]), &siblings),
                "index {index}"
            );
        }
    };
    for tree in v["slotTrees"].as_array().expect("trees") {
        check(fr(&tree["root"]), &tree["paths"]);
    }
    check(fr(&v["verifyTree"]["root"]), &v["verifyTree"]["paths"]);
}
