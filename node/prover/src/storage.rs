//! The storage-proof circuit (circuits/src/storage_proof.circom): its parameter sets and the
//! inputs for one proof.

use std::path::{Path, PathBuf};

use ark_bn254::Fr;
use cairn_commitments::{
    CELL_SIZE, CELLS_PER_BLOCK, SlotTree, VerifyTree, cell_elements, sample_indices,
};
use serde::Deserialize;

use crate::{Circuit, CircuitInputs, Keys, ProverError};

/// A parameter set of the circuit (circuits/circuits.json).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StorageParams {
    /// Cells sampled per proof.
    pub samples: u32,
    /// Deepest slot tree the circuit accepts.
    pub max_slot_depth: u32,
    /// Depth of the verification tree (up to 2^slotsDepth slots).
    pub slots_depth: u32,
}

/// A compiled parameter set: `circuits/build/<set>/info.json` written by `make circuits`.
#[derive(Debug, Clone)]
pub struct CircuitSet {
    /// The set's name (`test`, `production`).
    pub name: String,
    /// Its parameters.
    pub params: StorageParams,
    /// The constraint system.
    pub r1cs: PathBuf,
    /// The witness generator.
    pub wasm: PathBuf,
    /// Number of constraints.
    pub constraints: u64,
    /// Hash of the circuit's sources (names the cached dev keys).
    pub source_hash: String,
    /// The compiled set's folder.
    pub dir: PathBuf,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Info {
    set: String,
    params: StorageParams,
    constraints: u64,
    r1cs: PathBuf,
    wasm: PathBuf,
    source_hash: String,
}

impl CircuitSet {
    /// Reads `<dir>/info.json` (its artifacts live beside it).
    pub fn open(dir: &Path) -> Result<Self, ProverError> {
        let path = dir.join("info.json");
        let bytes = std::fs::read(&path).map_err(|e| ProverError::io(&path, e))?;
        let bad = |reason: String| ProverError::Json {
            what: "circuit info.json",
            reason,
        };
        let info: Info = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
        // The paths in info.json are relative to the project; the files are in `dir`.
        let r1cs = info
            .r1cs
            .file_name()
            .ok_or_else(|| bad("no r1cs file name".into()))?;
        let wasm_name = info
            .wasm
            .file_name()
            .ok_or_else(|| bad("no wasm file name".into()))?;
        let wasm_dir = info
            .wasm
            .parent()
            .and_then(Path::file_name)
            .ok_or_else(|| bad("no wasm folder".into()))?;
        Ok(Self {
            name: info.set,
            params: info.params,
            r1cs: dir.join(r1cs),
            wasm: dir.join(wasm_dir).join(wasm_name),
            constraints: info.constraints,
            source_hash: info.source_hash,
            dir: dir.to_path_buf(),
        })
    }

    /// The set `name` compiled under `project/circuits/build`, compiling it first with
    /// `node circuits/compile.js <name>` (cached by source hash) when it is missing: for tests and
    /// tools that run inside the project.
    pub fn compiled(project: &Path, name: &str) -> Result<Self, ProverError> {
        let dir = project.join("circuits/build").join(name);
        if !dir.join("info.json").is_file() {
            let status = std::process::Command::new("node")
                .arg("circuits/compile.js")
                .arg(name)
                .current_dir(project)
                .status()
                .map_err(|e| ProverError::io(project.join("circuits/compile.js"), e))?;
            if !status.success() {
                return Err(ProverError::Artifact {
                    path: dir,
                    reason: format!("`node circuits/compile.js {name}` failed ({status})"),
                });
            }
        }
        Self::open(&dir)
    }

    /// The deterministic dev keys of this set for `seed` (see [`Keys::dev_setup`]), cached in
    /// the set's folder under the circuit's source hash so a changed circuit never meets stale keys.
    pub fn dev_keys(&self, circuit: &Circuit, seed: u64) -> Result<Keys, ProverError> {
        let hash: String = self.source_hash.chars().take(16).collect();
        let path = self.dir.join(format!("dev-keys-{seed:x}-{hash}.bin"));
        if path.is_file()
            && let Ok(keys) = Keys::load(&path, circuit)
        {
            return Ok(keys);
        }
        let keys = Keys::dev_setup(circuit, seed)?;
        // Per process: several hosts on one machine may set up the same keys at once.
        let partial = path.with_extension(format!("tmp{}", std::process::id()));
        keys.save(&partial)?;
        std::fs::rename(&partial, &path).map_err(|e| ProverError::io(&path, e))?;
        Ok(keys)
    }

    /// Loads the circuit.
    pub fn load(&self) -> Result<Circuit, ProverError> {
        Circuit::load(&self.wasm, &self.r1cs)
    }
}

/// What one storage proof states: the public inputs, in the circuit's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageStatement {
    /// The challenge (an element of the scalar field).
    pub entropy: Fr,
    /// The dataset's verification root.
    pub verify_root: Fr,
    /// The slot's index.
    pub slot_index: u64,
}

impl StorageStatement {
    /// `[entropy, verifyRoot, slotIndex]`.
    pub fn public_inputs(&self) -> [Fr; 3] {
        [self.entropy, self.verify_root, Fr::from(self.slot_index)]
    }
}

/// Builds the circuit inputs proving that the holder of slot `slot_index` (whose tree is
/// `slot_tree`) has the cells sampled by `entropy`. `read_block(i)` returns block `i` of the slot
/// (64 KiB); blocks past the slot's end are the padding and read as zeros without a call.
/// Fails, before any proving work, when the statement cannot be true (the slot root is not leaf
/// `slot_index` of `verify_tree`) or does not fit the parameters.
pub fn storage_inputs(
    params: &StorageParams,
    statement_entropy: Fr,
    verify_tree: &VerifyTree,
    slot_index: u64,
    slot_tree: &SlotTree,
    slot_blocks: u64,
    mut read_block: impl FnMut(u64) -> Result<Vec<u8>, ProverError>,
) -> Result<(StorageStatement, CircuitInputs), ProverError> {
    let depth = slot_tree.depth();
    if depth > params.max_slot_depth {
        return Err(ProverError::Witness(format!(
            "the slot tree has depth {depth}; this circuit takes at most {}",
            params.max_slot_depth
        )));
    }
    if verify_tree.depth() != params.slots_depth {
        return Err(ProverError::Witness(format!(
            "the verification tree has depth {}; this circuit takes {}",
            verify_tree.depth(),
            params.slots_depth
        )));
    }
    let slot_root = slot_tree.root();
    let slot_path = verify_tree
        .path(slot_index)
        .map_err(|e| ProverError::Witness(format!("slot index: {e}")))?;
    if verify_tree.leaves().get(slot_index as usize) != Some(&slot_root) {
        return Err(ProverError::Witness(format!(
            "the slot's root is not leaf {slot_index} of the verification tree"
        )));
    }

    let indices = sample_indices(
        statement_entropy,
        slot_root,
        u64::from(params.samples),
        depth,
    );
    let mut cell_data = Vec::with_capacity(indices.len() * 67);
    let mut cell_paths = Vec::with_capacity(indices.len() * params.max_slot_depth as usize);
    let mut block_cache: Option<(u64, Vec<u8>)> = None;
    for &index in &indices {
        let block_index = index / CELLS_PER_BLOCK as u64;
        let mut cell = [0u8; CELL_SIZE];
        if block_index < slot_blocks {
            if block_cache.as_ref().map(|(i, _)| *i) != Some(block_index) {
                let block = read_block(block_index)?;
                if block.len() != CELLS_PER_BLOCK * CELL_SIZE {
                    return Err(ProverError::Witness(format!(
                        "block {block_index} of the slot has {} bytes",
                        block.len()
                    )));
                }
                block_cache = Some((block_index, block));
            }
            if let Some((_, block)) = &block_cache {
                let offset = (index as usize % CELLS_PER_BLOCK) * CELL_SIZE;
                cell.copy_from_slice(&block[offset..offset + CELL_SIZE]);
            }
        }
        cell_data.extend(cell_elements(&cell));
        let mut path = slot_tree
            .path(index)
            .map_err(|e| ProverError::Witness(format!("cell {index}: {e}")))?;
        path.resize(params.max_slot_depth as usize, Fr::from(0u64));
        cell_paths.extend(path);
    }

    let statement = StorageStatement {
        entropy: statement_entropy,
        verify_root: verify_tree.root(),
        slot_index,
    };
    let mut inputs = CircuitInputs::new();
    inputs
        .set("entropy", statement.entropy)
        .set("verifyRoot", statement.verify_root)
        .set("slotIndex", Fr::from(slot_index))
        .set("slotRoot", slot_root)
        .set_array("slotPath", slot_path)
        .set("slotDepth", Fr::from(u64::from(depth)))
        .set_array("cellData", cell_data)
        .set_array("cellPaths", cell_paths);
    Ok((statement, inputs))
}
