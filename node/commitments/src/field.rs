//! Conversions of BN254 scalar field elements ([`Fr`]) to and from their outside forms: decimal
//! strings (as snarkjs and circom write them) and 32-byte big-endian words (a `uint256` on chain).
//! Parsing rejects values at or above the modulus r instead of reducing them.

use ark_bn254::Fr;
use ark_ff::{BigInteger, PrimeField};
use num_bigint::BigUint;

use crate::CommitmentError;

/// The decimal form of `x` (no sign, no leading zeros; zero is `"0"`).
pub fn fr_to_decimal(x: &Fr) -> String {
    BigUint::from(x.into_bigint()).to_str_radix(10)
}

/// Parses a decimal string (digits only) into a field element; values `>= r` are an error.
pub fn fr_from_decimal(s: &str) -> Result<Fr, CommitmentError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CommitmentError::NotDecimal(s.to_owned()));
    }
    let n = BigUint::parse_bytes(s.as_bytes(), 10)
        .ok_or_else(|| CommitmentError::NotDecimal(s.to_owned()))?;
    let bigint =
        <Fr as PrimeField>::BigInt::try_from(n).map_err(|()| CommitmentError::NotInField)?;
    Fr::from_bigint(bigint).ok_or(CommitmentError::NotInField)
}

/// The 32-byte big-endian form of `x` (the `uint256` a contract sees).
pub fn fr_to_be_bytes(x: &Fr) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&x.into_bigint().to_bytes_be());
    out
}

/// Parses a 32-byte big-endian word into a field element; values `>= r` are an error.
pub fn fr_from_be_bytes(bytes: &[u8; 32]) -> Result<Fr, CommitmentError> {
    let mut limbs = [0u64; 4];
    for (limb, chunk) in limbs.iter_mut().rev().zip(bytes.chunks_exact(8)) {
        *limb = u64::from_be_bytes(chunk.try_into().unwrap_or_default());
    }
    Fr::from_bigint(ark_ff::BigInt(limbs)).ok_or(CommitmentError::NotInField)
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: &str = "21888242871839275222246405745257275088548364400416034343698204186575808495617";

    #[test]
    fn decimal_round_trip_and_edges() {
        for s in [
            "0",
            "1",
            "7853200120776062878684798364095072458815029376092732009249414926327459813530",
        ] {
            assert_eq!(fr_to_decimal(&fr_from_decimal(s).expect("parses")), s);
        }
        let r_minus_1 =
            "21888242871839275222246405745257275088548364400416034343698204186575808495616";
        assert_eq!(fr_from_decimal(r_minus_1).expect("r-1"), -Fr::from(1u64));
        assert_eq!(fr_from_decimal(R), Err(CommitmentError::NotInField));
        assert_eq!(
            fr_from_decimal(&format!("{R}0")),
            Err(CommitmentError::NotInField)
        );
        assert_eq!(
            fr_from_decimal("0007").expect("leading zeros"),
            Fr::from(7u64)
        );
        for bad in ["", "-1", "0x10", "1 2", "1.0"] {
            assert!(
                matches!(fr_from_decimal(bad), Err(CommitmentError::NotDecimal(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn bytes_round_trip_and_edges() {
        let x = Fr::from(0x0102_0304_0506_0708u64);
        let bytes = fr_to_be_bytes(&x);
        assert_eq!(bytes[24..], [1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(bytes[..24], [0u8; 24]);
        assert_eq!(fr_from_be_bytes(&bytes), Ok(x));
        let minus_one = -Fr::from(1u64);
        assert_eq!(fr_from_be_bytes(&fr_to_be_bytes(&minus_one)), Ok(minus_one));
        assert_eq!(
            fr_from_be_bytes(&[0xff; 32]),
            Err(CommitmentError::NotInField)
        );
        let mut r = fr_to_be_bytes(&minus_one);
        r[31] += 1;
        assert_eq!(fr_from_be_bytes(&r), Err(CommitmentError::NotInField));
    }

    proptest::proptest! {
        #[test]
        fn conversions_agree(bytes: [u8; 32]) {
            let x = Fr::from_le_bytes_mod_order(&bytes);
            proptest::prop_assert_eq!(fr_from_decimal(&fr_to_decimal(&x)), Ok(x));
            proptest::prop_assert_eq!(fr_from_be_bytes(&fr_to_be_bytes(&x)), Ok(x));
            let be = fr_to_be_bytes(&x);
            proptest::prop_assert_eq!(BigUint::from_bytes_be(&be).to_str_radix(10), fr_to_decimal(&x));
        }
    }
}
