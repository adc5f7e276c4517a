//! Cells: the unit a storage proof opens. A 64 KiB block is 32 cells of 2,048 bytes; a cell is
//! read as 67 field elements (31-byte little-endian chunks, the last one 2 bytes) and hashed by a
//! chain of six 12-input Poseidon calls. Its hash is a slot tree leaf.

use std::sync::OnceLock;

use ark_bn254::Fr;
use ark_ff::{BigInt, PrimeField, Zero};

use crate::{BLOCK_SIZE, poseidon::hasher};

/// Bytes per cell.
pub const CELL_SIZE: usize = 2048;
/// Field elements per cell: `ceil(2048 / 31)`.
pub const ELEMENTS_PER_CELL: usize = 67;
/// Cells per 64 KiB block.
pub const CELLS_PER_BLOCK: usize = BLOCK_SIZE / CELL_SIZE;
/// Bytes per field element (except the cell's last one): 31 bytes always fit below r.
const BYTES_PER_ELEMENT: usize = 31;
/// Elements of the first Poseidon call of a cell hash.
const FIRST_CALL: usize = 12;
/// New elements of each following call (the running hash is the twelfth input).
const NEXT_CALL: usize = 11;

const _: () = assert!(CELLS_PER_BLOCK == 32);
const _: () = assert!(ELEMENTS_PER_CELL == CELL_SIZE.div_ceil(BYTES_PER_ELEMENT));
const _: () = assert!(FIRST_CALL + 5 * NEXT_CALL == ELEMENTS_PER_CELL);

/// The field elements of a cell: element `i` is bytes `[31 i, 31 i + 31)` as a little-endian
/// integer (element 66 has the last 2 bytes).
pub fn cell_elements(cell: &[u8; CELL_SIZE]) -> [Fr; ELEMENTS_PER_CELL] {
    let mut out = [Fr::zero(); ELEMENTS_PER_CELL];
    for (element, chunk) in out.iter_mut().zip(cell.chunks(BYTES_PER_ELEMENT)) {
        let mut bytes = [0u8; 32];
        bytes[..chunk.len()].copy_from_slice(chunk);
        let mut limbs = [0u64; 4];
        for (limb, word) in limbs.iter_mut().zip(bytes.chunks_exact(8)) {
            *limb = u64::from_le_bytes(word.try_into().unwrap_or_default());
        }
        // < 2^248 < r, so never out of range.
        *element = Fr::from_bigint(BigInt(limbs)).unwrap_or_default();
    }
    out
}

/// The cell hash: `h = P(e_0..e_11)`, then five times `h = P(h, next 11 elements)`.
pub fn cell_hash(cell: &[u8; CELL_SIZE]) -> Fr {
    let elements = cell_elements(cell);
    let hasher = hasher(FIRST_CALL);
    let mut h = hasher.hash(&elements[..FIRST_CALL]);
    let mut inputs = [Fr::zero(); FIRST_CALL];
    for chunk in elements[FIRST_CALL..].chunks_exact(NEXT_CALL) {
        inputs[0] = h;
        inputs[1..].copy_from_slice(chunk);
        h = hasher.hash(&inputs);
    }
    h
}

/// The cell hashes of the 32 cells of a 64 KiB block, hashed on the rayon pool.
pub fn block_cell_hashes(block: &[u8; BLOCK_SIZE]) -> [Fr; CELLS_PER_BLOCK] {
    use rayon::prelude::*;
    let mut out = [Fr::zero(); CELLS_PER_BLOCK];
    out.par_iter_mut()
        .zip(block.par_chunks_exact(CELL_SIZE))
        .for_each(|(leaf, cell)| *leaf = cell_hash(cell.try_into().unwrap_or(&[0; CELL_SIZE])));
    out
}

/// The zero leaf: the cell hash of an all-zero cell, which pads every slot tree.
pub fn zero_leaf() -> Fr {
    static ZERO_LEAF: OnceLock<Fr> = OnceLock::new();
    *ZERO_LEAF.get_or_init(|| cell_hash(&[0; CELL_SIZE]))
}

#[cfg(test)]
mod tests {
    use light_poseidon::{Poseidon, PoseidonHasher};

    use super::*;

    fn cell_from(seed: u8) -> [u8; CELL_SIZE] {
        std::array::from_fn(|i| (i as u8).wrapping_mul(seed).wrapping_add(seed))
    }

    #[test]
    fn elements_are_31_byte_little_endian_chunks() {
        let mut cell = [0u8; CELL_SIZE];
        cell[0] = 1;
        cell[30] = 2; // element 0, byte 30: 2 * 256^30
        cell[31] = 3; // element 1, byte 0
        cell[2046] = 4; // element 66, byte 0
        cell[2047] = 5; // element 66, byte 1
        let e = cell_elements(&cell);
        let two_256_30 = Fr::from(256u64).pow([30]);
        assert_eq!(e[0], Fr::from(1u64) + Fr::from(2u64) * two_256_30);
        assert_eq!(e[1], Fr::from(3u64));
        assert_eq!(e[66], Fr::from(4u64 + 5 * 256));
        assert!(e[2..66].iter().all(Zero::is_zero));
        let max = cell_elements(&[0xff; CELL_SIZE]);
        assert_eq!(max[0], Fr::from(2u64).pow([248]) - Fr::from(1u64));
        assert_eq!(max[66], Fr::from(65535u64));
    }

    use ark_ff::Field;

    #[test]
    fn hash_is_the_documented_chain_of_light_poseidon_calls() {
        for cell in [cell_from(7), cell_from(201), [0xff; CELL_SIZE]] {
            let e = cell_elements(&cell);
            let mut p12 = Poseidon::<Fr>::new_circom(12).expect("12 inputs");
            let mut h = p12.hash(&e[..12]).expect("hash");
            for k in 0..5 {
                let mut inputs = vec![h];
                inputs.extend_from_slice(&e[12 + 11 * k..23 + 11 * k]);
                h = p12.hash(&inputs).expect("hash");
            }
            assert_eq!(cell_hash(&cell), h);
        }
    }

    #[test]
    fn zero_leaf_is_the_all_zero_cell_hash() {
        assert_eq!(zero_leaf(), cell_hash(&[0; CELL_SIZE]));
        assert_ne!(zero_leaf(), Fr::zero());
    }

    #[test]
    fn block_hashes_are_cell_hashes_in_order() {
        let block: Vec<u8> = (0..BLOCK_SIZE)
            .map(|i| (i / CELL_SIZE) as u8 ^ i as u8)
            .collect();
        let block: &[u8; BLOCK_SIZE] = block.as_slice().try_into().expect("block size");
        let hashes = block_cell_hashes(block);
        for (c, hash) in hashes.iter().enumerate() {
            let cell = block[c * CELL_SIZE..(c + 1) * CELL_SIZE]
                .try_into()
                .expect("cell");
            assert_eq!(*hash, cell_hash(cell));
        }
    }
}
