//! The proof as the Solidity verifier (and `Marketplace.submitProof`) takes it:
//! `a = [x, y]`, `b = [[x.c1, x.c0], [y.c1, y.c0]]` (each G2 coordinate imaginary part first,
//! the order of Ethereum's pairing precompile), `c = [x, y]`, then the public inputs.

use ark_bn254::{Bn254, Fq, Fr};
use ark_ec::AffineRepr;
use ark_ff::{BigInteger, PrimeField};
use ark_groth16::Proof;
use cairn_commitments::fr_to_decimal;
use serde_json::{Value, json};

/// A 256-bit word, big-endian (a Solidity `uint256`).
pub type Word = [u8; 32];

/// A proof in the verifier contract's calldata layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolidityProof {
    /// G1 point A.
    pub a: [Word; 2],
    /// G2 point B, coordinates as [c1, c0].
    pub b: [[Word; 2]; 2],
    /// G1 point C.
    pub c: [Word; 2],
}

impl SolidityProof {
    /// Lays out `proof` for the contract.
    pub fn from_proof(proof: &Proof<Bn254>) -> Self {
        let (ax, ay) = proof.a.xy().unwrap_or_default();
        let (bx, by) = proof.b.xy().unwrap_or_default();
        let (cx, cy) = proof.c.xy().unwrap_or_default();
        Self {
            a: [word(&ax), word(&ay)],
            b: [[word(&bx.c1), word(&bx.c0)], [word(&by.c1), word(&by.c0)]],
            c: [word(&cx), word(&cy)],
        }
    }

    /// `calldata.json`: the proof and the public inputs as decimal strings, in argument order.
    pub fn to_json(&self, public_inputs: &[Fr]) -> Value {
        let d = |w: &Word| num_bigint::BigUint::from_bytes_be(w).to_string();
        json!({
            "a": [d(&self.a[0]), d(&self.a[1])],
            "b": [[d(&self.b[0][0]), d(&self.b[0][1])], [d(&self.b[1][0]), d(&self.b[1][1])]],
            "c": [d(&self.c[0]), d(&self.c[1])],
            "publicInputs": public_inputs.iter().map(fr_to_decimal).collect::<Vec<_>>(),
        })
    }
}

/// A base field element as a big-endian word.
fn word(value: &Fq) -> Word {
    let bytes = value.into_bigint().to_bytes_be();
    let mut out = [0u8; 32];
    out[32 - bytes.len()..].copy_from_slice(&bytes);
    out
}
