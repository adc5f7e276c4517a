//! Storage-proof benchmark: `cargo run --release -p cairn-prover --bin proof-bench -- <set> [zkey]`
//! from the project root, after `make circuits SET=<set>`.
//!
//! Prints, for the parameter set: constraints (total and per sample), our witness (wasmer), prove
//! and verify times with the dev keys, peak RSS, and, when a snarkjs `.zkey` of the same circuit
//! is given, our prover with that zkey next to `snarkjs wtns calculate` and `snarkjs groth16 prove`
//! on the same inputs in the same run. Proving cost does not depend on the slot's size (the
//! circuit is fixed), so a 16-block slot stands for any.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use cairn_commitments::{BLOCK_SIZE, SlotTree, VerifyTree};
use cairn_primitives::testing::pseudo_random_bytes;
use cairn_prover::{CircuitSet, DEV_SEED, Fr, Keys, Prover, storage_inputs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let set_name = args.next().unwrap_or_else(|| "test".into());
    let zkey = args.next().map(PathBuf::from);
    let set = CircuitSet::open(&Path::new("circuits/build").join(&set_name))?;
    let samples = u64::from(set.params.samples);

    let started = Instant::now();
    let circuit = set.load()?;
    let load = started.elapsed();
    let started = Instant::now();
    let keys = set.dev_keys(&circuit, DEV_SEED)?;
    let keys_time = started.elapsed();
    let prover = Prover::new(circuit, keys);

    let blocks: Vec<Vec<u8>> = (0..16)
        .map(|i| pseudo_random_bytes(BLOCK_SIZE, i))
        .collect();
    let tree = SlotTree::build(&blocks)?;
    let roots: Vec<Fr> = (0..4)
        .map(|i| if i == 1 { tree.root() } else { Fr::from(i) })
        .collect();
    let verify_tree = VerifyTree::build(&roots, set.params.slots_depth)?;
    let (_, inputs) = storage_inputs(
        &set.params,
        Fr::from(42u64),
        &verify_tree,
        1,
        &tree,
        blocks.len() as u64,
        |i| Ok(blocks[i as usize].clone()),
    )?;

    let witness_time = best(3, || {
        let _ = prover.circuit().witness(&inputs).expect("witness");
    });
    let witness = prover.circuit().witness(&inputs)?;
    let prove_time = best(3, || {
        let _ = prover.prove_witness(&witness).expect("prove");
    });
    let proved = prover.prove_witness(&witness)?;
    let verify_time = best(5, || {
        assert!(
            prover
                .verify(&proved.proof, &proved.public_inputs)
                .expect("verify")
        );
    });

    println!("set `{}`: {:?}", set.name, set.params);
    println!(
        "constraints {} ({} per sample), circuit load {:.2?}, dev keys {:.2?}",
        set.constraints,
        set.constraints / samples,
        load,
        keys_time
    );
    println!(
        "cairn (dev keys): witness {:.2?}, prove {:.2?}, verify {:.2?}",
        witness_time, prove_time, verify_time
    );

    if let Some(zkey) = zkey {
        let started = Instant::now();
        let zkeys = Keys::from_zkey(&zkey, prover.circuit())?;
        let zkey_load = started.elapsed();
        let zprover = Prover::new(set.load()?, zkeys);
        let zprove = best(3, || {
            let _ = zprover.prove_witness(&witness).expect("prove");
        });
        let zproved = zprover.prove_witness(&witness)?;
        assert!(zprover.verify(&zproved.proof, &zproved.public_inputs)?);

        let dir = std::env::temp_dir().join(format!("cairn-proof-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let input = dir.join("input.json");
        std::fs::write(&input, serde_json::to_vec(&inputs.to_json())?)?;
        let snarkjs = Path::new("node_modules/.bin/snarkjs");
        let wtns = dir.join("witness.wtns");
        let (snark_witness, _) = timed(
            Command::new(snarkjs)
                .args(["wtns", "calculate"])
                .arg(&set.wasm)
                .arg(&input)
                .arg(&wtns),
        )?;
        let (snark_prove, snark_rss) = timed(
            Command::new(snarkjs)
                .args(["groth16", "prove"])
                .arg(&zkey)
                .arg(&wtns)
                .arg(dir.join("proof.json"))
                .arg(dir.join("public.json")),
        )?;
        std::fs::remove_dir_all(&dir)?;
        println!(
            "cairn (zkey, snarkjs's reduction): zkey load {:.2?}, prove {:.2?}",
            zkey_load, zprove
        );
        println!(
            "snarkjs 0.7.6: witness {:.2?}, prove {:.2?} (peak RSS {} MiB); prove ratio snarkjs / cairn = {:.1}x",
            snark_witness,
            snark_prove,
            snark_rss / 1024,
            snark_prove.as_secs_f64() / zprove.as_secs_f64()
        );
    }
    println!("peak RSS of this process: {} MiB", peak_rss_kib() / 1024);
    Ok(())
}

fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Runs a command under `/usr/bin/time -f %M`: wall time and peak RSS (KiB).
fn timed(command: &mut Command) -> Result<(Duration, u64), Box<dyn std::error::Error>> {
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(program)
        .args(args)
        .output()?;
    let elapsed = started.elapsed();
    if !output.status.success() {
        return Err(format!(
            "command failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let rss = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    Ok((elapsed, rss))
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}
