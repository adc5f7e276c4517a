//! Renders the Groth16 verifier contract for a verifying key.
//!
//! The contract implements `IStorageProofVerifier` and a plain `verifyProof(a, b, c, inputs)`.
//! It computes `vk_x = IC_0 + sum(input_i * IC_{i+1})` with the ecMul/ecAdd precompiles and checks
//! `e(-A, B) * e(alpha, beta) * e(vk_x, gamma) * e(C, delta) == 1` with the pairing precompile
//! (EIP-196/197). Malformed proofs (coordinates off the curve, inputs >= r) make it return false,
//! never revert. Its `verifierInfo()` returns constants: the hash of its verifying key
//! ([`verifying_key_hash`]), the circuit set it was made for and whether its keys are dev keys.

use std::fmt::Write as _;

use alloy_primitives::keccak256;
use ark_bn254::{Bn254, Fq, G1Affine, G2Affine};
use ark_ec::AffineRepr;
use ark_ff::{BigInteger, PrimeField};
use ark_groth16::VerifyingKey;

use crate::{StorageParams, snarkjs::dec};

/// Where the generated contract came from and what its `verifierInfo()` says.
#[derive(Debug, Clone)]
pub struct VerifierSource {
    /// The contract's name.
    pub contract_name: String,
    /// How it was made, e.g. the command and parameter set (the header comment).
    pub provenance: String,
    /// The circuit parameter set (circuits/circuits.json), e.g. `test` or `production`.
    pub circuit_set: String,
    /// Cells sampled per proof.
    pub samples: u64,
    /// Deepest slot tree the circuit accepts.
    pub max_slot_depth: u64,
    /// log2 of the most slots a request may have.
    pub slots_depth: u64,
    /// True for keys anyone can forge proofs for (dev keys from a public seed).
    pub dev_keys: bool,
}

impl VerifierSource {
    /// A verifier made by `cairn proof solidity` for circuit set `set` with parameters `params`,
    /// with keys described by `keys` (dev keys when `dev_keys`), written to `out`.
    pub fn for_cli(
        contract_name: &str,
        set: &str,
        params: &StorageParams,
        keys: &str,
        dev_keys: bool,
        out: &str,
    ) -> Self {
        Self {
            contract_name: contract_name.to_owned(),
            provenance: format!(
                "Groth16 verifier for the `{set}` circuit set (circuits/circuits.json) with {keys}: `cairn proof solidity --set {set} --out {out}`."
            ),
            circuit_set: set.to_owned(),
            samples: params.samples.into(),
            max_slot_depth: params.max_slot_depth.into(),
            slots_depth: params.slots_depth.into(),
            dev_keys,
        }
    }
}

/// keccak256 of `vk`'s points as 256-bit big-endian words (`VerifierInfo.verifyingKeyHash` in
/// IStorageProofVerifier.sol): alpha (x, y); beta, gamma, delta (each x1, x0, y1, y0: imaginary
/// part first, as the verifier's constants and the pairing precompile take them); then every IC
/// point (x, y). A point at infinity is (0, 0), as in the verifier's constants.
pub fn verifying_key_hash(vk: &VerifyingKey<Bn254>) -> [u8; 32] {
    let g1 = |point: &G1Affine| {
        let (x, y) = point.xy().unwrap_or_default();
        [x, y]
    };
    let g2 = |point: &G2Affine| {
        let (x, y) = point.xy().unwrap_or_default();
        [x.c1, x.c0, y.c1, y.c0]
    };
    let words: Vec<u8> = g1(&vk.alpha_g1)
        .into_iter()
        .chain(
            [&vk.beta_g2, &vk.gamma_g2, &vk.delta_g2]
                .into_iter()
                .flat_map(g2),
        )
        .chain(vk.gamma_abc_g1.iter().flat_map(g1))
        .flat_map(|limb| word(&limb))
        .collect();
    keccak256(&words).0
}

/// A base field element as a big-endian word (a Solidity `uint256`).
fn word(value: &Fq) -> [u8; 32] {
    let bytes = value.into_bigint().to_bytes_be();
    let mut out = [0u8; 32];
    out[32 - bytes.len()..].copy_from_slice(&bytes);
    out
}

/// `value` as a Solidity string literal (quotes, backslashes and bytes outside printable ASCII
/// escaped).
fn string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for byte in value.bytes() {
        match byte {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(byte as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push('"');
    out
}

/// The Solidity source of a verifier for `vk`.
pub fn render_verifier(vk: &VerifyingKey<Bn254>, source: &VerifierSource) -> String {
    let inputs = vk.gamma_abc_g1.len() - 1;
    let mut constants = String::new();
    g1_constants(&mut constants, "ALPHA", &vk.alpha_g1);
    g2_constants(&mut constants, "BETA", &vk.beta_g2);
    g2_constants(&mut constants, "GAMMA", &vk.gamma_g2);
    g2_constants(&mut constants, "DELTA", &vk.delta_g2);
    for (i, point) in vk.gamma_abc_g1.iter().enumerate() {
        g1_constants(&mut constants, &format!("IC{i}"), point);
    }
    let mut accumulate = String::new();
    for i in 0..inputs {
        let _ = writeln!(
            accumulate,
            "        (x, y, ok) = _mulAdd(x, y, IC{}_X, IC{}_Y, inputs[{i}]);\n        if (!ok) return false;",
            i + 1,
            i + 1
        );
    }
    let name = &source.contract_name;
    let provenance = &source.provenance;
    let key_hash: String = verifying_key_hash(vk)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let circuit_set = string_literal(&source.circuit_set);
    let samples = source.samples;
    let max_slot_depth = source.max_slot_depth;
    let slots_depth = source.slots_depth;
    let dev_keys = source.dev_keys;
    format!(
        r#"// SPDX-License-Identifier: MIT OR Apache-2.0
// GENERATED FILE: do not edit. {provenance}
pragma solidity ^0.8.30;

import {{Groth16Proof, IStorageProofVerifier, VerifierInfo}} from "../interfaces/IStorageProofVerifier.sol";

/// @title {name}
/// @notice Groth16 (BN254) verifier of cairn's storage proof for one verifying key, with
/// {inputs} public inputs [entropy, verifyRoot, slotIndex].
/// @dev Checks e(-A, B) * e(alpha, beta) * e(vk_x, gamma) * e(C, delta) == 1 with the EIP-197
/// pairing precompile, vk_x = IC0 + sum(inputs[i] * IC[i+1]). G2 coordinates are [c1, c0].
/// Malformed proofs make it return false; it never reverts on input.
contract {name} is IStorageProofVerifier {{
    /// @notice The BN254 scalar field modulus: every public input is below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev The BN254 base field modulus.
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

{constants}
    /// @dev keccak256 of the points above (IStorageProofVerifier's `VerifierInfo`).
    bytes32 internal constant VERIFYING_KEY_HASH = 0x{key_hash};
    /// @dev The circuit parameter set (circuits/circuits.json) the key was made for, and its parameters.
    string internal constant CIRCUIT_SET = {circuit_set};
    uint64 internal constant SAMPLES = {samples};
    uint64 internal constant MAX_SLOT_DEPTH = {max_slot_depth};
    uint64 internal constant SLOTS_DEPTH = {slots_depth};
    /// @dev True for keys anyone can forge proofs for: local devnets only.
    bool internal constant DEV_KEYS = {dev_keys};

    /// @dev Declared so that the generated bindings carry a constructor to deploy with.
    constructor() {{}}

    /// @inheritdoc IStorageProofVerifier
    function verifyStorageProof(Groth16Proof calldata proof, uint256[{inputs}] calldata publicInputs)
        external
        view
        returns (bool)
    {{
        return verifyProof(proof.a, proof.b, proof.c, publicInputs);
    }}

    /// @inheritdoc IStorageProofVerifier
    function verifierInfo() external pure returns (VerifierInfo memory) {{
        return VerifierInfo({{
            verifyingKeyHash: VERIFYING_KEY_HASH,
            circuitSet: CIRCUIT_SET,
            samples: SAMPLES,
            maxSlotDepth: MAX_SLOT_DEPTH,
            slotsDepth: SLOTS_DEPTH,
            devKeys: DEV_KEYS
        }});
    }}

    /// @notice True when (a, b, c) is a valid proof for `inputs`.
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[{inputs}] calldata inputs
    ) public view returns (bool) {{
        for (uint256 i = 0; i < {inputs}; i++) {{
            if (inputs[i] >= SNARK_SCALAR_FIELD) return false;
        }}
        if (a[0] >= Q || a[1] >= Q || c[0] >= Q || c[1] >= Q) return false;
        if (b[0][0] >= Q || b[0][1] >= Q || b[1][0] >= Q || b[1][1] >= Q) return false;
        (uint256 x, uint256 y) = (IC0_X, IC0_Y);
        bool ok;
{accumulate}
        uint256[24] memory pairing = [
            a[0],
            (Q - a[1]) % Q,
            b[0][0],
            b[0][1],
            b[1][0],
            b[1][1],
            ALPHA_X,
            ALPHA_Y,
            BETA_X1,
            BETA_X0,
            BETA_Y1,
            BETA_Y0,
            x,
            y,
            GAMMA_X1,
            GAMMA_X0,
            GAMMA_Y1,
            GAMMA_Y0,
            c[0],
            c[1],
            DELTA_X1,
            DELTA_X0,
            DELTA_Y1,
            DELTA_Y0
        ];
        bytes memory result;
        (ok, result) = address(0x08).staticcall(abi.encodePacked(pairing));
        return ok && result.length == 32 && abi.decode(result, (uint256)) == 1;
    }}

    /// @dev (x, y) + s * (px, py) with the ecMul and ecAdd precompiles.
    function _mulAdd(uint256 x, uint256 y, uint256 px, uint256 py, uint256 s)
        private
        view
        returns (uint256, uint256, bool)
    {{
        (bool ok, bytes memory product) = address(0x07).staticcall(abi.encode(px, py, s));
        if (!ok || product.length != 64) return (0, 0, false);
        (uint256 mx, uint256 my) = abi.decode(product, (uint256, uint256));
        bytes memory sum;
        (ok, sum) = address(0x06).staticcall(abi.encode(x, y, mx, my));
        if (!ok || sum.length != 64) return (0, 0, false);
        (x, y) = abi.decode(sum, (uint256, uint256));
        return (x, y, true);
    }}
}}
"#
    )
}

fn g1_constants(out: &mut String, name: &str, point: &G1Affine) {
    let (x, y) = point.xy().unwrap_or_default();
    let _ = writeln!(
        out,
        "    uint256 internal constant {name}_X = {};\n    uint256 internal constant {name}_Y = {};",
        dec(&x),
        dec(&y)
    );
}

fn g2_constants(out: &mut String, name: &str, point: &G2Affine) {
    let (x, y) = point.xy().unwrap_or_default();
    let _ = writeln!(
        out,
        "    uint256 internal constant {name}_X1 = {};\n    uint256 internal constant {name}_X0 = {};\n    uint256 internal constant {name}_Y1 = {};\n    uint256 internal constant {name}_Y0 = {};",
        dec(&x.c1),
        dec(&x.c0),
        dec(&y.c1),
        dec(&y.c0)
    );
}

#[cfg(test)]
mod tests {
    use ark_bn254::{G1Affine, G2Affine};
    use ark_ec::AffineRepr;
    use num_bigint::BigUint;

    use super::*;

    /// alpha = G1, beta = gamma = delta = G2 (the generators), IC = [G1, infinity, G1].
    fn generator_key() -> VerifyingKey<Bn254> {
        VerifyingKey {
            alpha_g1: G1Affine::generator(),
            beta_g2: G2Affine::generator(),
            gamma_g2: G2Affine::generator(),
            delta_g2: G2Affine::generator(),
            gamma_abc_g1: vec![
                G1Affine::generator(),
                G1Affine::zero(),
                G1Affine::generator(),
            ],
        }
    }

    fn source(dev_keys: bool) -> VerifierSource {
        VerifierSource::for_cli(
            "StorageProofVerifier",
            "test",
            &StorageParams {
                samples: 5,
                max_slot_depth: 16,
                slots_depth: 4,
            },
            "the generators",
            dev_keys,
            "out.sol",
        )
    }

    #[test]
    fn verifying_key_hash_of_the_generators() {
        // Computed independently with cast: `cast keccak $(cast abi-encode
        // "f(uint256 x20)" 1 2 X1 X0 Y1 Y0 X1 X0 Y1 Y0 X1 X0 Y1 Y0 1 2 0 0 1 2)`, where
        // (X1, X0, Y1, Y0) is EIP-197's G2 generator, imaginary parts first.
        assert_eq!(
            alloy_primitives::hex::encode(verifying_key_hash(&generator_key())),
            "64e4d1a151310db2c6d61b29f48e2e5c17729774d11a0aa2773ba6cc9c9fa6b1"
        );
    }

    #[test]
    fn verifying_key_hash_sees_every_point_and_limb_order() {
        let key = generator_key();
        let hash = verifying_key_hash(&key);
        let mut other = key.clone();
        other.gamma_abc_g1[1] = G1Affine::generator();
        assert_ne!(verifying_key_hash(&other), hash, "an IC point");
        let mut other = key.clone();
        other.gamma_abc_g1.pop();
        assert_ne!(verifying_key_hash(&other), hash, "the number of IC points");
        // Real and imaginary parts swapped (arkworks and snarkjs order): another key.
        let (x, y) = key.delta_g2.xy().unwrap_or_default();
        let mut swapped = key.clone();
        swapped.delta_g2 = G2Affine::new_unchecked(
            ark_bn254::Fq2::new(x.c1, x.c0),
            ark_bn254::Fq2::new(y.c1, y.c0),
        );
        assert_ne!(verifying_key_hash(&swapped), hash, "delta's limbs swapped");
    }

    /// The hash is that of the contract's point constants in the order it declares them, and the
    /// contract returns it with the set's parameters.
    #[test]
    fn rendered_verifier_carries_its_info() {
        let key = generator_key();
        let rendered = render_verifier(&key, &source(true));
        let mut words = Vec::new();
        for line in rendered.lines() {
            let Some(rest) = line.trim().strip_prefix("uint256 internal constant ") else {
                continue;
            };
            let (name, value) = rest.split_once(" = ").expect("a constant");
            if name == "Q" {
                continue;
            }
            let value: BigUint = value.trim_end_matches(';').parse().expect("decimal");
            let bytes = value.to_bytes_be();
            let mut word = [0u8; 32];
            word[32 - bytes.len()..].copy_from_slice(&bytes);
            words.extend_from_slice(&word);
        }
        assert_eq!(words.len(), 32 * (2 + 3 * 4 + 3 * 2));
        let hash = keccak256(&words);
        assert_eq!(hash.0, verifying_key_hash(&key));
        for expected in [
            format!("bytes32 internal constant VERIFYING_KEY_HASH = {hash};"),
            "string internal constant CIRCUIT_SET = \"test\";".to_owned(),
            "uint64 internal constant SAMPLES = 5;".to_owned(),
            "uint64 internal constant MAX_SLOT_DEPTH = 16;".to_owned(),
            "uint64 internal constant SLOTS_DEPTH = 4;".to_owned(),
            "bool internal constant DEV_KEYS = true;".to_owned(),
            "function verifierInfo() external pure returns (VerifierInfo memory) {".to_owned(),
        ] {
            assert!(rendered.contains(&expected), "{expected}");
        }
        let ceremony = render_verifier(&key, &source(false));
        assert!(ceremony.contains("bool internal constant DEV_KEYS = false;"));
    }

    #[test]
    fn circuit_set_is_an_escaped_string_literal() {
        assert_eq!(string_literal("production"), "\"production\"");
        assert_eq!(string_literal("a\"b\\c\nd"), "\"a\\\"b\\\\c\\x0ad\"");
        assert_eq!(string_literal("é"), "\"\\xc3\\xa9\"");
    }
}
