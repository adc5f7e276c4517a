//! Real storage proofs on the real contracts: the `test` circuit set's dev keys, the Solidity
//! verifier generated from them (committed in contracts/src/verifiers/ and checked here for
//! drift), and the marketplace accepting real proofs in `fillSlot` and `submitProof`, rejecting
//! any change to a public input or a proof element.

use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, U256, address};
use cairn_bindings::{
    marketplace::{
        IMarketplace::{Ask, Config, Content, Request},
        Marketplace::{self, Groth16Proof},
    },
    storage_proof_verifier::StorageProofVerifier,
};
use cairn_commitments::{BLOCK_SIZE, SlotTree, VerifyTree, fr_from_be_bytes, fr_to_be_bytes};
use cairn_primitives::testing::pseudo_random_bytes;
use cairn_prover::{
    CircuitSet, DEV_SEED, Fr, Keys, Prover,
    calldata::SolidityProof,
    solidity::{VerifierSource, render_verifier},
    storage_inputs, verifying_key_hash,
};
use cairn_tests::{TestChain, expect_failure};

use crate::support;

const DEPLOYER: Address = address!("0x00000000000000000000000000000000000000a1");
const CLIENT: Address = address!("0x00000000000000000000000000000000000000c1");
const HOSTS: [Address; 4] = [
    address!("0x00000000000000000000000000000000000000b0"),
    address!("0x00000000000000000000000000000000000000b1"),
    address!("0x00000000000000000000000000000000000000b2"),
    address!("0x00000000000000000000000000000000000000b3"),
];
const PERIOD: u64 = 60;
const BLOCKS_PER_SLOT: usize = 2;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Where the verifier generated from the dev keys of the `test` set lives.
pub(crate) const VERIFIER_PATH: &str = "contracts/src/verifiers/StorageProofVerifier.sol";

fn test_set() -> CircuitSet {
    CircuitSet::compiled(&root(), "test").expect("the test circuit set")
}

fn prover() -> Prover {
    let set = test_set();
    let circuit = set.load().expect("load circuit");
    let keys: Keys = set.dev_keys(&circuit, DEV_SEED).expect("dev keys");
    Prover::new(circuit, keys)
}

fn rendered_verifier(prover: &Prover) -> String {
    render_verifier(
        prover.keys().verifying_key(),
        &VerifierSource::for_cli(
            "StorageProofVerifier",
            "test",
            &test_set().params,
            &format!("the dev keys of seed {DEV_SEED:#x}"),
            true,
            VERIFIER_PATH,
        ),
    )
}

#[test]
fn committed_verifier_matches_the_dev_keys() {
    let prover = prover();
    let rendered = rendered_verifier(&prover);
    cairn_primitives::testing::check_or_update_file(
        &root().join(VERIFIER_PATH),
        &rendered,
        "CAIRN_UPDATE_VERIFIER",
        "it must match the dev verifying key: run `make verifier` (or CAIRN_UPDATE_VERIFIER=1 cargo test -p cairn-tests verifier), then `make bindings`",
    );
}

#[test]
fn committed_verifier_reports_the_dev_key_and_the_test_set() {
    let set = test_set();
    let prover = prover();
    let mut chain = TestChain::new();
    let verifier = chain
        .deploy(
            DEPLOYER,
            &StorageProofVerifier::BYTECODE,
            &StorageProofVerifier::constructorCall {},
        )
        .expect("verifier")
        .value;
    let info = chain
        .call(
            DEPLOYER,
            verifier,
            &StorageProofVerifier::verifierInfoCall {},
        )
        .expect("verifierInfo");
    assert_eq!(
        info.verifyingKeyHash,
        B256::from(verifying_key_hash(prover.keys().verifying_key())),
        "the hash of the dev verifying key"
    );
    assert_eq!(info.circuitSet, "test");
    assert_eq!(info.samples, u64::from(set.params.samples));
    assert_eq!(info.maxSlotDepth, u64::from(set.params.max_slot_depth));
    assert_eq!(info.slotsDepth, u64::from(set.params.slots_depth));
    assert!(info.devKeys, "dev keys");
}

struct Dataset {
    slots: Vec<Vec<Vec<u8>>>,
    trees: Vec<SlotTree>,
    verify_tree: VerifyTree,
}

fn dataset(slots_depth: u32) -> Dataset {
    let slots: Vec<Vec<Vec<u8>>> = (0..HOSTS.len() as u64)
        .map(|s| {
            (0..BLOCKS_PER_SLOT as u64)
                .map(|b| pseudo_random_bytes(BLOCK_SIZE, 77 + s * 100 + b))
                .collect()
        })
        .collect();
    let trees: Vec<SlotTree> = slots
        .iter()
        .map(|blocks| SlotTree::build(blocks).expect("slot tree"))
        .collect();
    let roots: Vec<Fr> = trees.iter().map(SlotTree::root).collect();
    let verify_tree = VerifyTree::build(&roots, slots_depth).expect("verify tree");
    Dataset {
        slots,
        trees,
        verify_tree,
    }
}

fn prove(
    prover: &Prover,
    set: &CircuitSet,
    data: &Dataset,
    slot: usize,
    entropy: U256,
) -> Groth16Proof {
    let entropy =
        fr_from_be_bytes(&entropy.to_be_bytes::<32>()).expect("entropy is a field element");
    let blocks = &data.slots[slot];
    let (_, inputs) = storage_inputs(
        &set.params,
        entropy,
        &data.verify_tree,
        slot as u64,
        &data.trees[slot],
        blocks.len() as u64,
        |i| Ok(blocks[i as usize].clone()),
    )
    .expect("inputs");
    let proved = prover.prove(&inputs).expect("prove");
    assert!(
        prover
            .verify(&proved.proof, &proved.public_inputs)
            .expect("verify")
    );
    cairn_node::proving::to_chain(&SolidityProof::from_proof(&proved.proof))
}

#[test]
fn real_proofs_fill_slots_and_pass_submit_proof() {
    let set = test_set();
    let prover = prover();
    let data = dataset(set.params.slots_depth);
    let mut chain = TestChain::new();

    let verifier = chain
        .deploy(
            DEPLOYER,
            &StorageProofVerifier::BYTECODE,
            &StorageProofVerifier::constructorCall {},
        )
        .expect("verifier")
        .value;
    let token = support::deploy_token(&mut chain, DEPLOYER);
    let config = Config {
        period: PERIOD,
        timeout: 2 * PERIOD,
        minProofProbability: 1,
        maxProofProbability: 100,
        slashPercentage: 20,
        maxNumberOfSlashes: 2,
        validatorRewardPercentage: 20,
        repairRewardPercentage: 10,
        maxReservations: 3,
        reservationTimeout: 60,
        maxRequestDuration: 30 * 24 * 3600,
    };
    let market = support::deploy_marketplace(&mut chain, DEPLOYER, token, verifier, config);
    support::fund(
        &mut chain,
        token,
        DEPLOYER,
        market,
        std::iter::once(CLIENT).chain(HOSTS),
    );

    let verify_root = B256::from(fr_to_be_bytes(&data.verify_tree.root()));
    let request = Request {
        client: CLIENT,
        ask: Ask {
            slots: HOSTS.len() as u64,
            slotSize: (BLOCKS_PER_SLOT * BLOCK_SIZE) as u64,
            duration: 20 * PERIOD,
            proofProbability: 1,
            pricePerBytePerSecond: U256::from(1000u64),
            collateralPerByte: U256::from(1_000_000u64),
            maxSlotLoss: 1,
        },
        content: Content {
            cid: b"\x01\x71\x12\x20real proofs".to_vec().into(),
            verifyRoot: verify_root,
        },
        expiry: 10 * PERIOD,
        nonce: B256::repeat_byte(1),
    };
    let request_id = chain
        .send(CLIENT, market, &Marketplace::requestStorageCall { request })
        .expect("requestStorage")
        .value;
    chain.advance_time(1);

    let slot_id = |chain: &mut TestChain, index: u64| {
        chain
            .call(
                DEPLOYER,
                market,
                &Marketplace::slotIdCall {
                    requestId: request_id,
                    slotIndex: index,
                },
            )
            .expect("slotId")
    };
    let challenge = |chain: &mut TestChain, id: B256, host: Address| {
        chain
            .call(
                DEPLOYER,
                market,
                &Marketplace::getChallengeCall { id, host },
            )
            .expect("getChallenge")
    };

    // Fill every slot with a real proof of its own data for the current challenge.
    for (index, host) in HOSTS.iter().enumerate() {
        let id = slot_id(&mut chain, index as u64);
        let entropy = challenge(&mut chain, id, *host);
        let proof = prove(&prover, &set, &data, index, entropy);
        if index == 0 {
            // Another slot's data does not fill this slot.
            let wrong = prove(&prover, &set, &data, 1, entropy);
            expect_failure(
                chain.send(
                    *host,
                    market,
                    &Marketplace::fillSlotCall {
                        requestId: request_id,
                        slotIndex: 0,
                        proof: wrong,
                    },
                ),
                "a proof for slot 1 fills slot 0",
            );
        }
        let filled = chain
            .send(
                *host,
                market,
                &Marketplace::fillSlotCall {
                    requestId: request_id,
                    slotIndex: index as u64,
                    proof,
                },
            )
            .expect("fillSlot with a real proof");
        eprintln!("gas fillSlot (real verifier): {}", filled.gas_used);
    }
    let state = chain
        .call(
            DEPLOYER,
            market,
            &Marketplace::requestStateCall {
                requestId: request_id,
            },
        )
        .expect("requestState");
    assert_eq!(state, 2, "started");

    // Next period: slot 0 must prove; a real proof is accepted once.
    chain
        .send(DEPLOYER, market, &Marketplace::commitRandomnessCall {})
        .expect("commit");
    let now = chain.timestamp();
    chain.advance_time(PERIOD - now % PERIOD + 1);
    let id = slot_id(&mut chain, 0);
    assert!(
        chain
            .call(DEPLOYER, market, &Marketplace::isProofRequiredCall { id })
            .expect("required")
    );
    let entropy = challenge(&mut chain, id, HOSTS[0]);
    let proof = prove(&prover, &set, &data, 0, entropy);

    // The verifier contract accepts exactly this statement.
    let inputs = [entropy, U256::from_be_bytes(verify_root.0), U256::ZERO];
    let accepts = |chain: &mut TestChain, proof: &Groth16Proof, inputs: [U256; 3]| -> bool {
        chain
            .call(
                DEPLOYER,
                verifier,
                &StorageProofVerifier::verifyStorageProofCall {
                    proof: StorageProofVerifier::Groth16Proof {
                        a: proof.a,
                        b: proof.b,
                        c: proof.c,
                    },
                    publicInputs: inputs,
                },
            )
            .expect("verifyStorageProof")
    };
    assert!(accepts(&mut chain, &proof, inputs));
    for i in 0..3 {
        let mut changed = inputs;
        changed[i] += U256::from(1);
        assert!(
            !accepts(&mut chain, &proof, changed),
            "public input {i} changed"
        );
    }
    let mut tampered = proof.clone();
    tampered.a[0] += U256::from(1);
    assert!(!accepts(&mut chain, &tampered, inputs), "a changed");
    let mut tampered = proof.clone();
    tampered.b[0] = [proof.b[0][1], proof.b[0][0]];
    assert!(!accepts(&mut chain, &tampered, inputs), "b's limbs swapped");
    let mut tampered = proof.clone();
    tampered.c = proof.a;
    assert!(!accepts(&mut chain, &tampered, inputs), "c changed");
    // The same entropy written out of the field (plus r) is not the same statement.
    let r = U256::from_str_radix(
        "21888242871839275222246405745257275088548364400416034343698204186575808495617",
        10,
    )
    .expect("modulus");
    let mut aliased = inputs;
    aliased[0] += r;
    assert!(!accepts(&mut chain, &proof, aliased), "entropy + r");
    assert!(
        accepts(&mut chain, &proof, inputs),
        "the untouched proof still verifies"
    );

    expect_failure(
        chain.send(
            HOSTS[0],
            market,
            &Marketplace::submitProofCall {
                id,
                proof: tampered,
            },
        ),
        "a tampered proof",
    );
    let submitted = chain
        .send(
            HOSTS[0],
            market,
            &Marketplace::submitProofCall {
                id,
                proof: proof.clone(),
            },
        )
        .expect("submitProof with a real proof");
    eprintln!("gas submitProof (real verifier): {}", submitted.gas_used);
    expect_failure(
        chain.send(
            HOSTS[0],
            market,
            &Marketplace::submitProofCall { id, proof },
        ),
        "the same proof twice",
    );
}
