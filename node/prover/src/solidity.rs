//! Renders the Groth16 verifier contract for a verifying key.
//!
//! The contract implements `IStorageProofVerifier` and a plain `verifyProof(a, b, c, inputs)`.
//! It computes `vk_x = IC_0 + sum(input_i * IC_{i+1})` with the ecMul/ecAdd precompiles and checks
//! `e(-A, B) * e(alpha, beta) * e(vk_x, gamma) * e(C, delta) == 1` with the pairing precompile
//! (EIP-196/197). Malformed proofs (coordinates off the curve, inputs >= r) make it return false,
//! never revert.

use std::fmt::Write as _;

use ark_bn254::{Bn254, G1Affine, G2Affine};
use ark_ec::AffineRepr;
use ark_groth16::VerifyingKey;

use crate::snarkjs::dec;

/// What the generated file's header says about where it came from.
#[derive(Debug, Clone)]
pub struct VerifierSource {
    /// The contract's name.
    pub contract_name: String,
    /// How it was made, e.g. the command and parameter set.
    pub provenance: String,
}

impl VerifierSource {
    /// The header of a verifier made by `cairn proof solidity` for circuit set `set`, with keys
    /// described by `keys`, written to `out`.
    pub fn for_cli(contract_name: &str, set: &str, keys: &str, out: &str) -> Self {
        Self {
            contract_name: contract_name.to_owned(),
            provenance: format!(
                "Groth16 verifier for the `{set}` circuit set (circuits/circuits.json) with {keys}: `cairn proof solidity --set {set} --out {out}`."
            ),
        }
    }
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
    format!(
        r#"// SPDX-License-Identifier: MIT OR Apache-2.0
// GENERATED FILE: do not edit. {provenance}
pragma solidity ^0.8.30;

import {{Groth16Proof, IStorageProofVerifier}} from "../interfaces/IStorageProofVerifier.sol";

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
