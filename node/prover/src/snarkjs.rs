//! snarkjs's JSON formats: `proof.json`, `public.json` and `verification_key.json` (decimal
//! strings; G1 as `[x, y, "1"]`, G2 as `[[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]]`), so that
//! `snarkjs groth16 verify vk.json public.json proof.json` checks what this crate proves.

use ark_bn254::{Bn254, Fq, Fq2, Fr, G1Affine, G2Affine};
use ark_ec::{AffineRepr, pairing::Pairing};
use ark_ff::PrimeField;
use ark_groth16::{Proof, VerifyingKey};
use num_bigint::BigUint;
use serde_json::{Value, json};

use crate::ProverError;

pub use cairn_commitments::{fr_from_decimal, fr_to_decimal};

/// `proof.json`.
pub fn proof_to_json(proof: &Proof<Bn254>) -> Value {
    json!({
        "pi_a": g1(&proof.a),
        "pi_b": g2(&proof.b),
        "pi_c": g1(&proof.c),
        "protocol": "groth16",
        "curve": "bn128",
    })
}

/// `public.json`.
pub fn public_to_json(inputs: &[Fr]) -> Value {
    Value::Array(
        inputs
            .iter()
            .map(|v| Value::String(fr_to_decimal(v)))
            .collect(),
    )
}

/// `verification_key.json`.
pub fn verifying_key_to_json(vk: &VerifyingKey<Bn254>) -> Value {
    let alphabeta = Bn254::pairing(vk.alpha_g1, vk.beta_g2).0;
    let fq2 = |v: &Fq2| json!([dec(&v.c0), dec(&v.c1)]);
    let fq6 = |v: &ark_bn254::Fq6| json!([fq2(&v.c0), fq2(&v.c1), fq2(&v.c2)]);
    json!({
        "protocol": "groth16",
        "curve": "bn128",
        "nPublic": vk.gamma_abc_g1.len() - 1,
        "vk_alpha_1": g1(&vk.alpha_g1),
        "vk_beta_2": g2(&vk.beta_g2),
        "vk_gamma_2": g2(&vk.gamma_g2),
        "vk_delta_2": g2(&vk.delta_g2),
        "vk_alphabeta_12": [fq6(&alphabeta.c0), fq6(&alphabeta.c1)],
        "IC": vk.gamma_abc_g1.iter().map(g1).collect::<Vec<_>>(),
    })
}

/// Reads `proof.json`, checking every point is on the curve and in the right subgroup.
pub fn proof_from_json(value: &Value) -> Result<Proof<Bn254>, ProverError> {
    let bad = |reason: String| ProverError::Json {
        what: "proof.json",
        reason,
    };
    check_groth16_bn128(value).map_err(bad)?;
    let field = |name: &str| {
        value
            .get(name)
            .ok_or_else(|| bad(format!("missing \"{name}\"")))
    };
    Ok(Proof {
        a: parse_g1(field("pi_a")?).map_err(|e| bad(format!("pi_a: {e}")))?,
        b: parse_g2(field("pi_b")?).map_err(|e| bad(format!("pi_b: {e}")))?,
        c: parse_g1(field("pi_c")?).map_err(|e| bad(format!("pi_c: {e}")))?,
    })
}

/// Reads `verification_key.json` (groth16, bn128), checking every point.
pub fn verifying_key_from_json(value: &Value) -> Result<VerifyingKey<Bn254>, ProverError> {
    let bad = |reason: String| ProverError::Json {
        what: "verification_key.json",
        reason,
    };
    check_groth16_bn128(value).map_err(bad)?;
    let field = |name: &str| {
        value
            .get(name)
            .ok_or_else(|| bad(format!("missing \"{name}\"")))
    };
    let g2_field = |name: &str| parse_g2(field(name)?).map_err(|e| bad(format!("{name}: {e}")));
    let ic = field("IC")?
        .as_array()
        .ok_or_else(|| bad("\"IC\" must be an array".into()))?
        .iter()
        .enumerate()
        .map(|(i, p)| parse_g1(p).map_err(|e| bad(format!("IC[{i}]: {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    if ic.is_empty() {
        return Err(bad("\"IC\" is empty".into()));
    }
    if let Some(n) = value.get("nPublic").and_then(Value::as_u64)
        && n as usize + 1 != ic.len()
    {
        return Err(bad(format!(
            "nPublic is {n} but IC has {} points",
            ic.len()
        )));
    }
    Ok(VerifyingKey {
        alpha_g1: parse_g1(field("vk_alpha_1")?).map_err(|e| bad(format!("vk_alpha_1: {e}")))?,
        beta_g2: g2_field("vk_beta_2")?,
        gamma_g2: g2_field("vk_gamma_2")?,
        delta_g2: g2_field("vk_delta_2")?,
        gamma_abc_g1: ic,
    })
}

/// Reads `public.json`.
pub fn public_from_json(value: &Value) -> Result<Vec<Fr>, ProverError> {
    let bad = |reason: String| ProverError::Json {
        what: "public.json",
        reason,
    };
    let items = value
        .as_array()
        .ok_or_else(|| bad("expected an array of decimal strings".into()))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let text = item
                .as_str()
                .ok_or_else(|| bad(format!("entry {i} is not a string")))?;
            fr_from_decimal(text).map_err(|e| bad(format!("entry {i}: {e}")))
        })
        .collect()
}

/// Every snarkjs document here is for Groth16 over BN254 (snarkjs calls it bn128).
fn check_groth16_bn128(value: &Value) -> Result<(), String> {
    if value.get("protocol").and_then(Value::as_str) != Some("groth16") {
        return Err("\"protocol\" must be \"groth16\"".into());
    }
    if value.get("curve").and_then(Value::as_str) != Some("bn128") {
        return Err("\"curve\" must be \"bn128\"".into());
    }
    Ok(())
}

/// An element of either BN254 field as a decimal string (also used by the Solidity renderer).
pub(crate) fn dec<F: PrimeField>(value: &F) -> String {
    let n: BigUint = value.into_bigint().into();
    n.to_string()
}

fn g1(point: &G1Affine) -> Value {
    match point.xy() {
        Some((x, y)) => json!([dec(&x), dec(&y), "1"]),
        None => json!(["0", "1", "0"]),
    }
}

fn g2(point: &G2Affine) -> Value {
    match point.xy() {
        Some((x, y)) => json!([
            [dec(&x.c0), dec(&x.c1)],
            [dec(&y.c0), dec(&y.c1)],
            ["1", "0"]
        ]),
        None => json!([["0", "0"], ["1", "0"], ["0", "0"]]),
    }
}

fn parse_field<F: PrimeField>(text: &str) -> Result<F, ProverError> {
    let value: BigUint = text
        .parse()
        .map_err(|_| ProverError::Encoding(format!("\"{text}\" is not a decimal number")))?;
    let modulus: BigUint = F::MODULUS.into();
    if value >= modulus {
        return Err(ProverError::Encoding(format!(
            "{text} is not below the field modulus"
        )));
    }
    Ok(F::from(value))
}

fn strings(value: &Value, len: usize) -> Result<Vec<&Value>, ProverError> {
    let items = value
        .as_array()
        .ok_or_else(|| ProverError::Encoding("expected an array".into()))?;
    if items.len() != len {
        return Err(ProverError::Encoding(format!(
            "expected {len} entries, got {}",
            items.len()
        )));
    }
    Ok(items.iter().collect())
}

fn text(value: &Value) -> Result<&str, ProverError> {
    value
        .as_str()
        .ok_or_else(|| ProverError::Encoding("expected a decimal string".into()))
}

fn parse_g1(value: &Value) -> Result<G1Affine, ProverError> {
    let items = strings(value, 3)?;
    if text(items[2])? != "1" {
        return Err(ProverError::Encoding(
            "only affine points (z = 1) are accepted".into(),
        ));
    }
    let point = G1Affine::new_unchecked(
        parse_field::<Fq>(text(items[0])?)?,
        parse_field::<Fq>(text(items[1])?)?,
    );
    if !point.is_on_curve() || !point.is_in_correct_subgroup_assuming_on_curve() {
        return Err(ProverError::Encoding("not a point of G1".into()));
    }
    Ok(point)
}

fn parse_g2(value: &Value) -> Result<G2Affine, ProverError> {
    let items = strings(value, 3)?;
    let pair = |v: &Value| -> Result<Fq2, ProverError> {
        let c = strings(v, 2)?;
        Ok(Fq2::new(
            parse_field::<Fq>(text(c[0])?)?,
            parse_field::<Fq>(text(c[1])?)?,
        ))
    };
    let z = strings(items[2], 2)?;
    if text(z[0])? != "1" || text(z[1])? != "0" {
        return Err(ProverError::Encoding(
            "only affine points (z = [1, 0]) are accepted".into(),
        ));
    }
    let point = G2Affine::new_unchecked(pair(items[0])?, pair(items[1])?);
    if !point.is_on_curve() || !point.is_in_correct_subgroup_assuming_on_curve() {
        return Err(ProverError::Encoding("not a point of G2".into()));
    }
    Ok(point)
}
