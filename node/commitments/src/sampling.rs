//! Sampled cells: sample `j` of a proof with challenge `entropy` opens the cell whose index is the
//! low `d` bits of `P(entropy, slotRoot, j)`, `d` being the slot tree's depth.

use ark_bn254::Fr;
use ark_ff::PrimeField;

use crate::poseidon::hasher;

/// `P(entropy, slot_root, j)`: the field element whose low bits pick sample `j`.
pub fn sample_hash(entropy: Fr, slot_root: Fr, j: u64) -> Fr {
    hasher(3).hash(&[entropy, slot_root, Fr::from(j)])
}

/// The cell index of sample `j`: the low `depth` bits of [`sample_hash`] (`depth <= 64`).
pub fn sample_index(entropy: Fr, slot_root: Fr, j: u64, depth: u32) -> u64 {
    let low = sample_hash(entropy, slot_root, j).into_bigint().0[0];
    match depth {
        0 => 0,
        1..64 => low & ((1u64 << depth) - 1),
        _ => low,
    }
}

/// The cell indices of samples `0..samples` (repeats are possible and kept).
pub fn sample_indices(entropy: Fr, slot_root: Fr, samples: u64, depth: u32) -> Vec<u64> {
    (0..samples)
        .map(|j| sample_index(entropy, slot_root, j, depth))
        .collect()
}

#[cfg(test)]
mod tests {
    use ark_ff::BigInteger;
    use proptest::prelude::*;

    use super::*;
    use crate::poseidon;

    #[test]
    fn index_is_low_bits_of_the_hash() {
        let (e, r) = (Fr::from(12345u64), Fr::from(678u64));
        let h = poseidon(&[e, r, Fr::from(3u64)]).expect("3 inputs");
        let bits = h.into_bigint().to_bits_le();
        let expected = (0..7).fold(0u64, |acc, k| acc | (u64::from(bits[k]) << k));
        assert_eq!(sample_index(e, r, 3, 7), expected);
        assert_eq!(sample_index(e, r, 3, 0), 0);
        assert_eq!(sample_index(e, r, 3, 64), h.into_bigint().0[0]);
        assert_eq!(sample_indices(e, r, 4, 7)[3], expected);
    }

    proptest! {
        #[test]
        fn indices_are_below_two_to_the_depth(e: u64, r: u64, depth in 0u32..=40) {
            for index in sample_indices(Fr::from(e), Fr::from(r), 8, depth) {
                prop_assert!(index < 1u64 << depth);
            }
        }
    }
}
