//! `cairn proof`: make and check storage proofs from the command line.
//!
//! The circuit comes from a compiled parameter set (`make circuits SET=...` writes
//! `circuits/build/<set>/`); keys are the set's deterministic dev keys unless `--zkey` names a
//! ceremony's snarkjs key.

use std::{
    fs,
    path::{Path, PathBuf},
    time::Instant,
};

use cairn_commitments::{BLOCK_SIZE, SlotTree, VerifyTree, fr_from_decimal};
use cairn_prover::{
    CircuitSet, DEV_SEED, Fr, Keys, Prover,
    calldata::SolidityProof,
    snarkjs,
    solidity::{VerifierSource, render_verifier},
    storage_inputs,
};
use clap::{Args, Subcommand};
use eyre::{WrapErr, bail, eyre};

/// Where the circuit and keys come from.
#[derive(Debug, Clone, Args)]
pub(crate) struct CircuitArgs {
    /// Parameter set (circuits/circuits.json).
    #[arg(long, default_value = "test", env = "CAIRN_PROOF_SET")]
    set: String,
    /// Folder of compiled sets.
    #[arg(long, default_value = "circuits/build", env = "CAIRN_CIRCUITS_DIR")]
    circuits_dir: PathBuf,
    /// A snarkjs .zkey (ceremony keys) instead of the set's dev keys.
    #[arg(long)]
    zkey: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ProofCommand {
    /// Prove that a slot file holds the cells a challenge samples.
    Prove {
        /// The slot's bytes (its blocks back to back; a short last block is zero-padded).
        #[arg(long)]
        slot: PathBuf,
        /// The challenge (decimal, below the BN254 scalar field modulus).
        #[arg(long)]
        entropy: String,
        /// The slot's index in the dataset.
        #[arg(long)]
        slot_index: u64,
        /// JSON array of every slot root (decimal) of the dataset; default: this slot alone at
        /// its index, the other leaves zero.
        #[arg(long)]
        slot_roots: Option<PathBuf>,
        /// Output folder: proof.json, public.json, calldata.json.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        circuit: CircuitArgs,
    },
    /// Verify proof.json and public.json in a folder.
    Verify {
        /// Folder written by `cairn proof prove`.
        dir: PathBuf,
        /// snarkjs verification_key.json to check against (default: the set's keys).
        #[arg(long)]
        vk: Option<PathBuf>,
        #[command(flatten)]
        circuit: CircuitArgs,
    },
    /// Write the verifying key in snarkjs format.
    Vk {
        /// Where to write verification_key.json.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        circuit: CircuitArgs,
    },
    /// Write the Solidity verifier contract for the keys.
    Solidity {
        /// Where to write the contract.
        #[arg(long)]
        out: PathBuf,
        /// The contract's name.
        #[arg(long, default_value = "StorageProofVerifier")]
        name: String,
        #[command(flatten)]
        circuit: CircuitArgs,
    },
}

pub(crate) fn run(command: ProofCommand) -> eyre::Result<()> {
    match command {
        ProofCommand::Prove {
            slot,
            entropy,
            slot_index,
            slot_roots,
            out,
            circuit,
        } => prove(
            &slot,
            &entropy,
            slot_index,
            slot_roots.as_deref(),
            &out,
            &circuit,
        ),
        ProofCommand::Verify { dir, vk, circuit } => verify(&dir, vk.as_deref(), &circuit),
        ProofCommand::Vk { out, circuit } => {
            let (_, keys) = load(&circuit)?;
            write_json(&out, &snarkjs::verifying_key_to_json(keys.verifying_key()))?;
            eprintln!("wrote {}", out.display());
            Ok(())
        }
        ProofCommand::Solidity { out, name, circuit } => {
            let (set, keys) = load(&circuit)?;
            let keys_source = match &circuit.zkey {
                Some(zkey) => format!("the zkey {}", zkey.display()),
                None => format!("the dev keys of seed {DEV_SEED:#x}"),
            };
            let source = VerifierSource::for_cli(
                &name,
                &set.name,
                &set.params,
                &keys_source,
                circuit.zkey.is_none(),
                &out.display().to_string(),
            );
            fs::write(&out, render_verifier(keys.verifying_key(), &source))
                .wrap_err_with(|| format!("writing {}", out.display()))?;
            eprintln!("wrote {}", out.display());
            Ok(())
        }
    }
}

fn load(args: &CircuitArgs) -> eyre::Result<(CircuitSet, Keys)> {
    let (set, circuit) = load_circuit(args)?;
    let keys = load_keys(args, &set, &circuit)?;
    Ok((set, keys))
}

fn load_circuit(args: &CircuitArgs) -> eyre::Result<(CircuitSet, cairn_prover::Circuit)> {
    let dir = args.circuits_dir.join(&args.set);
    let set = CircuitSet::open(&dir).wrap_err_with(|| {
        format!(
            "no compiled circuit set `{}` in {}: run `make circuits SET={}`",
            args.set,
            args.circuits_dir.display(),
            args.set
        )
    })?;
    let circuit = set.load().wrap_err("loading the circuit")?;
    Ok((set, circuit))
}

fn load_keys(
    args: &CircuitArgs,
    set: &CircuitSet,
    circuit: &cairn_prover::Circuit,
) -> eyre::Result<Keys> {
    match &args.zkey {
        Some(zkey) => Keys::from_zkey(zkey, circuit).wrap_err("loading the zkey"),
        None => set
            .dev_keys(circuit, DEV_SEED)
            .wrap_err("making the dev keys"),
    }
}

fn read_slot(path: &Path) -> eyre::Result<Vec<Vec<u8>>> {
    let bytes = fs::read(path).wrap_err_with(|| format!("reading {}", path.display()))?;
    if bytes.is_empty() {
        bail!("{} is empty: a slot has at least one block", path.display());
    }
    Ok(bytes
        .chunks(BLOCK_SIZE)
        .map(|chunk| {
            let mut block = chunk.to_vec();
            block.resize(BLOCK_SIZE, 0);
            block
        })
        .collect())
}

fn prove(
    slot: &Path,
    entropy: &str,
    slot_index: u64,
    slot_roots: Option<&Path>,
    out: &Path,
    args: &CircuitArgs,
) -> eyre::Result<()> {
    let entropy = fr_from_decimal(entropy).map_err(|e| eyre!("--entropy: {e}"))?;
    let blocks = read_slot(slot)?;
    let started = Instant::now();
    let (set, circuit) = load_circuit(args)?;
    let keys = load_keys(args, &set, &circuit)?;
    let prover = Prover::new(circuit, keys);
    let loaded = started.elapsed();

    let started = Instant::now();
    let slot_tree = SlotTree::build(&blocks).wrap_err("building the slot tree")?;
    let slots_depth = set.params.slots_depth;
    if slot_index >> slots_depth != 0 {
        bail!(
            "--slot-index {slot_index} does not fit this circuit (at most {} slots)",
            1u64 << slots_depth
        );
    }
    let roots = match slot_roots {
        Some(path) => {
            let text = fs::read(path).wrap_err_with(|| format!("reading {}", path.display()))?;
            let value: serde_json::Value = serde_json::from_slice(&text)
                .wrap_err_with(|| format!("{} is not JSON", path.display()))?;
            snarkjs::public_from_json(&value).wrap_err_with(|| {
                format!(
                    "{}: expected a JSON array of decimal slot roots",
                    path.display()
                )
            })?
        }
        None => {
            let mut roots = vec![Fr::from(0u64); slot_index as usize + 1];
            roots[slot_index as usize] = slot_tree.root();
            roots
        }
    };
    let verify_tree =
        VerifyTree::build(&roots, slots_depth).wrap_err("building the verification tree")?;
    let committed = started.elapsed();

    let (_, inputs) = storage_inputs(
        &set.params,
        entropy,
        &verify_tree,
        slot_index,
        &slot_tree,
        blocks.len() as u64,
        |i| Ok(blocks[i as usize].clone()),
    )?;
    let started = Instant::now();
    let witness = prover.circuit().witness(&inputs)?;
    let witnessed = started.elapsed();
    let started = Instant::now();
    let proved = prover.prove_witness(&witness)?;
    let proving = started.elapsed();
    if !prover.verify(&proved.proof, &proved.public_inputs)? {
        bail!("the proof does not verify: the keys do not belong to this circuit");
    }

    fs::create_dir_all(out).wrap_err_with(|| format!("creating {}", out.display()))?;
    write_json(
        &out.join("proof.json"),
        &snarkjs::proof_to_json(&proved.proof),
    )?;
    write_json(
        &out.join("public.json"),
        &snarkjs::public_to_json(&proved.public_inputs),
    )?;
    write_json(
        &out.join("calldata.json"),
        &SolidityProof::from_proof(&proved.proof).to_json(&proved.public_inputs),
    )?;
    eprintln!(
        "proved slot {slot_index} ({} blocks, tree depth {}) with the `{}` set: load {:.2?}, commitments {:.2?}, witness {:.2?}, prove {:.2?}",
        blocks.len(),
        slot_tree.depth(),
        set.name,
        loaded,
        committed,
        witnessed,
        proving
    );
    println!("{}", out.display());
    Ok(())
}

fn verify(dir: &Path, vk: Option<&Path>, args: &CircuitArgs) -> eyre::Result<()> {
    let proof = snarkjs::proof_from_json(&read_json(&dir.join("proof.json"))?)?;
    let public = snarkjs::public_from_json(&read_json(&dir.join("public.json"))?)?;
    let valid = match vk {
        Some(path) => {
            let vk = snarkjs::verifying_key_from_json(&read_json(path)?)?;
            cairn_prover::verify_with(&vk, &proof, &public)?
        }
        None => {
            let (_, keys) = load(args)?;
            cairn_prover::verify(&keys, &proof, &public)?
        }
    };
    if !valid {
        bail!("INVALID: the proof does not verify for these public inputs");
    }
    println!("OK: the proof is valid");
    Ok(())
}

fn read_json(path: &Path) -> eyre::Result<serde_json::Value> {
    let bytes = fs::read(path).wrap_err_with(|| format!("reading {}", path.display()))?;
    serde_json::from_slice(&bytes).wrap_err_with(|| format!("{} is not JSON", path.display()))
}

fn write_json(path: &Path, value: &serde_json::Value) -> eyre::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    fs::write(path, text + "\n").wrap_err_with(|| format!("writing {}", path.display()))
}
