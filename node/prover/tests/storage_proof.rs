//! The storage-proof circuit end to end in Rust: a real slot, its Poseidon trees
//! (cairn-commitments), the circuit's inputs, a Groth16 proof with dev keys, verification, and
//! rejection of every false statement.

use std::{path::Path, time::Instant};

use cairn_commitments::{BLOCK_SIZE, SlotTree, VerifyTree};
use cairn_primitives::testing::pseudo_random_bytes;
use cairn_prover::{CircuitSet, Fr, Keys, Prover, ProverError, storage_inputs};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The `test` parameter set (compiled on first use, cached by source hash).
fn test_set() -> CircuitSet {
    CircuitSet::compiled(root(), "test").expect("the test circuit set")
}

fn slot(blocks: usize, seed: u64) -> Vec<Vec<u8>> {
    (0..blocks)
        .map(|i| pseudo_random_bytes(BLOCK_SIZE, seed * 1000 + i as u64))
        .collect()
}

#[test]
fn a_slot_is_proved_and_false_statements_are_refused() {
    let set = test_set();
    assert_eq!(set.params.samples, 5);
    let started = Instant::now();
    let circuit = set.load().expect("load");
    let loaded = started.elapsed();
    let started = Instant::now();
    let keys = Keys::dev_setup(&circuit, 1).expect("setup");
    let setup = started.elapsed();
    let prover = Prover::new(circuit, keys);

    // Slot 2 of a 6-slot dataset, 3 blocks (96 cells: depth 7, some samples land in padding).
    let data = slot(3, 2);
    let slot_tree = SlotTree::build(&data).expect("slot tree");
    let mut roots: Vec<Fr> = (0..6u64).map(|i| Fr::from(1000 + i)).collect();
    roots[2] = slot_tree.root();
    let verify_tree = VerifyTree::build(&roots, set.params.slots_depth).expect("verify tree");
    let entropy = Fr::from(123_456_789u64);

    let read = |i: u64| Ok(data[i as usize].clone());
    let (statement, inputs) =
        storage_inputs(&set.params, entropy, &verify_tree, 2, &slot_tree, 3, read).expect("inputs");
    let started = Instant::now();
    let witness = prover.circuit().witness(&inputs).expect("witness");
    let witness_time = started.elapsed();
    let started = Instant::now();
    let proved = prover.prove_witness(&witness).expect("prove");
    let prove_time = started.elapsed();
    eprintln!(
        "test set: {} constraints; load {loaded:?}, setup {setup:?}, witness {witness_time:?}, prove {prove_time:?}",
        prover.circuit().num_constraints()
    );
    assert_eq!(proved.public_inputs, statement.public_inputs().to_vec());
    assert!(
        prover
            .verify(&proved.proof, &proved.public_inputs)
            .expect("verify")
    );

    // The proof does not verify for any other public input.
    for i in 0..3 {
        let mut public = proved.public_inputs.clone();
        public[i] += Fr::from(1u64);
        assert!(
            !prover.verify(&proved.proof, &public).expect("verify"),
            "input {i} changed"
        );
    }

    // A host that lost data cannot make a witness: the sampled cells do not hash into the root.
    let mut damaged = data.clone();
    for block in &mut damaged {
        block.iter_mut().for_each(|b| *b ^= 0x5a);
    }
    let read_damaged = |i: u64| Ok(damaged[i as usize].clone());
    let (_, bad) = storage_inputs(
        &set.params,
        entropy,
        &verify_tree,
        2,
        &slot_tree,
        3,
        read_damaged,
    )
    .expect("inputs");
    assert!(matches!(prover.prove(&bad), Err(ProverError::Witness(_))));

    // The wrong slot index is refused before proving.
    let err = storage_inputs(&set.params, entropy, &verify_tree, 3, &slot_tree, 3, |i| {
        Ok(data[i as usize].clone())
    })
    .expect_err("slot 3 is another slot");
    assert!(matches!(err, ProverError::Witness(_)));
}
