//! Prove and verify with a real circom circuit (the toolchain smoke circuit: h = Poseidon(a, b),
//! h public), seeded dev keys, the key cache, snarkjs JSON, and snarkjs itself as an independent
//! verifier.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use cairn_prover::{Circuit, CircuitInputs, Fr, Keys, Prover, ProverError, snarkjs};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The smoke circuit's artifacts, compiled by `scripts/circuits-smoke.sh` (make test-circuits).
fn smoke_circuit() -> Circuit {
    let dir = root().join("circuits/build/smoke");
    let wasm = dir.join("poseidon_smoke_js/poseidon_smoke.wasm");
    let r1cs = dir.join("poseidon_smoke.r1cs");
    if !wasm.is_file() || !r1cs.is_file() {
        let status = Command::new("bash")
            .arg(root().join("scripts/circuits-smoke.sh"))
            .status()
            .expect("run scripts/circuits-smoke.sh");
        assert!(status.success(), "compiling the smoke circuit failed");
    }
    Circuit::load(&wasm, &r1cs).expect("load the smoke circuit")
}

fn inputs(a: u64, b: u64) -> CircuitInputs {
    let mut inputs = CircuitInputs::new();
    inputs.set("a", Fr::from(a)).set("b", Fr::from(b));
    inputs
}

const POSEIDON_1_2: &str =
    "7853200120776062878684798364095072458815029376092732009249414926327459813530";

#[test]
fn prove_verify_tamper_and_cache_keys() {
    let circuit = smoke_circuit();
    assert_eq!(circuit.num_public_inputs(), 1);
    let keys = Keys::dev_setup(&circuit, 7).expect("setup");
    let vk = keys.verifying_key().clone();
    let again = Keys::dev_setup(&circuit, 7).expect("setup again");
    assert_eq!(&vk, again.verifying_key(), "the dev setup is deterministic");
    let other = Keys::dev_setup(&circuit, 8).expect("other seed");
    assert_ne!(&vk, other.verifying_key());

    let dir = tempfile::tempdir().expect("tempdir");
    let key_file = dir.path().join("dev.pk");
    keys.save(&key_file).expect("save keys");
    let prover = Prover::new(
        smoke_circuit(),
        Keys::load(&key_file, &circuit).expect("load keys"),
    );

    let statement = prover.prove(&inputs(1, 2)).expect("prove");
    assert_eq!(statement.public_inputs.len(), 1);
    assert_eq!(
        snarkjs::fr_to_decimal(&statement.public_inputs[0]),
        POSEIDON_1_2
    );
    assert!(
        prover
            .verify(&statement.proof, &statement.public_inputs)
            .expect("verify")
    );
    // Another public input, or keys from another setup, reject the proof.
    assert!(
        !prover
            .verify(&statement.proof, &[Fr::from(1u64)])
            .expect("verify")
    );
    assert!(
        !cairn_prover::verify(&other, &statement.proof, &statement.public_inputs).expect("verify")
    );
    assert!(matches!(
        prover.verify(&statement.proof, &[]),
        Err(ProverError::PublicInputs {
            expected: 1,
            got: 0
        })
    ));
    // Two proofs of the same statement differ (fresh randomness) and both verify.
    let second = prover.prove(&inputs(1, 2)).expect("prove again");
    assert_ne!(second.proof, statement.proof);
    assert!(
        prover
            .verify(&second.proof, &second.public_inputs)
            .expect("verify")
    );
}

#[test]
fn bad_inputs_and_bad_files_are_clear_errors() {
    let circuit = smoke_circuit();
    let keys = Keys::dev_setup(&circuit, 7).expect("setup");
    let prover = Prover::new(circuit, keys);
    let mut missing = CircuitInputs::new();
    missing.set("a", Fr::from(1u64));
    assert!(matches!(
        prover.prove(&missing),
        Err(ProverError::Witness(_))
    ));

    let dir = tempfile::tempdir().expect("tempdir");
    let junk = dir.path().join("junk.pk");
    std::fs::write(&junk, b"not a key").expect("write");
    assert!(matches!(
        Keys::load(&junk, prover.circuit()),
        Err(ProverError::Key { .. })
    ));
    assert!(matches!(
        Keys::load(&dir.path().join("missing.pk"), prover.circuit()),
        Err(ProverError::Io { .. })
    ));
    let r1cs = dir.path().join("junk.r1cs");
    std::fs::write(&r1cs, b"garbage").expect("write");
    assert!(matches!(
        Circuit::load(&dir.path().join("x.wasm"), &r1cs),
        Err(ProverError::Artifact { .. })
    ));
}

#[test]
fn snarkjs_json_round_trips_and_snarkjs_accepts_the_proof() {
    let circuit = smoke_circuit();
    let keys = Keys::dev_setup(&circuit, 7).expect("setup");
    let vk_json = snarkjs::verifying_key_to_json(keys.verifying_key());
    let prover = Prover::new(circuit, keys);
    let statement = prover.prove(&inputs(1, 2)).expect("prove");
    let proof_json = snarkjs::proof_to_json(&statement.proof);
    let public_json = snarkjs::public_to_json(&statement.public_inputs);
    assert_eq!(
        snarkjs::proof_from_json(&proof_json).expect("parse"),
        statement.proof
    );
    assert_eq!(
        snarkjs::public_from_json(&public_json).expect("parse"),
        statement.public_inputs
    );
    // Malformed JSON: a coordinate off the curve, a number past the modulus, wrong shapes.
    let mut off_curve = proof_json.clone();
    off_curve["pi_a"][1] = "5".into();
    assert!(snarkjs::proof_from_json(&off_curve).is_err());
    let too_big = serde_json::json!([
        "21888242871839275222246405745257275088548364400416034343698204186575808495617"
    ]);
    assert!(snarkjs::public_from_json(&too_big).is_err());
    assert!(snarkjs::public_from_json(&serde_json::json!({})).is_err());

    // snarkjs, an independent implementation, verifies our proof with our verifying key.
    let snarkjs_bin = root().join("node_modules/.bin/snarkjs");
    assert!(
        snarkjs_bin.is_file(),
        "snarkjs is missing: run `make setup` (the smoke circuit needs the same toolchain)"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, value: &serde_json::Value| {
        let path = dir.path().join(name);
        std::fs::write(&path, serde_json::to_vec_pretty(value).expect("json")).expect("write");
        path
    };
    let vk = write("vk.json", &vk_json);
    let public = write("public.json", &public_json);
    let proof = write("proof.json", &proof_json);
    let output = Command::new(&snarkjs_bin)
        .args(["groth16", "verify"])
        .args([&vk, &public, &proof])
        .output()
        .expect("run snarkjs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("OK"),
        "snarkjs said: {stdout}"
    );
    // And rejects it for another public input.
    let wrong = write("wrong.json", &serde_json::json!(["1"]));
    let output = Command::new(&snarkjs_bin)
        .args(["groth16", "verify"])
        .args([&vk, &wrong, &proof])
        .output()
        .expect("run snarkjs");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("OK!"));
}
