//! `cairn proof` end to end: prove a slot file, export the verifying key, and check the proof with
//! `cairn proof verify` and with snarkjs (an independent verifier).

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

const CAIRN: &str = env!("CARGO_BIN_EXE_cairn");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `cairn proof ...` with the `test` set from the project's circuits/build.
fn proof(args: &[&str]) -> Output {
    let circuits = root().join("circuits/build");
    cairn_prover::CircuitSet::compiled(&root(), "test").expect("the test circuit set");
    Command::new(CAIRN)
        .arg("proof")
        .args(args)
        .arg("--circuits-dir")
        .arg(&circuits)
        .output()
        .expect("run cairn proof")
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "cairn proof failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn failed(output: &Output) -> String {
    assert!(!output.status.success(), "expected a failure");
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn a_cli_proof_passes_snarkjs_with_the_cli_verifying_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let slot = dir.path().join("slot.bin");
    // Three blocks and a half: the last block is zero-padded.
    std::fs::write(
        &slot,
        cairn_primitives::testing::pseudo_random_bytes(3 * 65536 + 30000, 11),
    )
    .expect("write slot");
    let out = dir.path().join("proof");
    let vk = dir.path().join("vk.json");
    let slot_arg = slot.to_str().expect("utf8");
    let out_arg = out.to_str().expect("utf8");
    ok(&proof(&[
        "prove",
        "--slot",
        slot_arg,
        "--entropy",
        "987654321",
        "--slot-index",
        "5",
        "--out",
        out_arg,
    ]));
    for file in ["proof.json", "public.json", "calldata.json"] {
        assert!(out.join(file).is_file(), "{file} written");
    }
    ok(&proof(&["vk", "--out", vk.to_str().expect("utf8")]));
    assert!(ok(&proof(&["verify", out_arg])).contains("OK"));
    assert!(
        ok(&proof(&[
            "verify",
            out_arg,
            "--vk",
            vk.to_str().expect("utf8")
        ]))
        .contains("OK")
    );

    let snarkjs = root().join("node_modules/.bin/snarkjs");
    assert!(snarkjs.is_file(), "snarkjs is installed by `make setup`");
    let verified = Command::new(&snarkjs)
        .args(["groth16", "verify"])
        .arg(&vk)
        .arg(out.join("public.json"))
        .arg(out.join("proof.json"))
        .output()
        .expect("run snarkjs");
    let said = String::from_utf8_lossy(&verified.stdout);
    assert!(
        verified.status.success() && said.contains("OK!"),
        "snarkjs: {said}"
    );

    // Another slot index in public.json: both verifiers refuse.
    let public = std::fs::read_to_string(out.join("public.json")).expect("public.json");
    let tampered = public.replace("\"5\"", "\"6\"");
    assert_ne!(public, tampered);
    std::fs::write(out.join("public.json"), tampered).expect("write");
    assert!(failed(&proof(&["verify", out_arg])).contains("INVALID"));
    let verified = Command::new(&snarkjs)
        .args(["groth16", "verify"])
        .arg(&vk)
        .arg(out.join("public.json"))
        .arg(out.join("proof.json"))
        .output()
        .expect("run snarkjs");
    assert!(!String::from_utf8_lossy(&verified.stdout).contains("OK!"));
}

#[test]
fn bad_proof_arguments_are_clear_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let slot = dir.path().join("slot.bin");
    std::fs::write(&slot, vec![1u8; 65536]).expect("write slot");
    let slot_arg = slot.to_str().expect("utf8");
    let out = dir.path().join("out");
    let out_arg = out.to_str().expect("utf8");
    let base = |entropy: &str, index: &str| {
        proof(&[
            "prove",
            "--slot",
            slot_arg,
            "--entropy",
            entropy,
            "--slot-index",
            index,
            "--out",
            out_arg,
        ])
    };
    let modulus = "21888242871839275222246405745257275088548364400416034343698204186575808495617";
    assert!(failed(&base(modulus, "0")).contains("--entropy"));
    assert!(failed(&base("12x", "0")).contains("--entropy"));
    assert!(failed(&base("1", "16")).contains("--slot-index"));
    let missing = proof(&[
        "prove",
        "--slot",
        "/nonexistent/slot",
        "--entropy",
        "1",
        "--slot-index",
        "0",
        "--out",
        out_arg,
    ]);
    assert!(failed(&missing).contains("/nonexistent/slot"));
    assert!(!out.exists(), "nothing written on error");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    assert!(failed(&proof(&["verify", empty.to_str().expect("utf8")])).contains("proof.json"));
}
