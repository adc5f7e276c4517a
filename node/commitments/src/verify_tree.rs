//! The verification tree: a tree of fixed depth `slotsDepth` (a circuit parameter) over a
//! request's slot roots in slot order, padded with the field element 0. Its root is the
//! verification root, a public input of every proof.

use ark_bn254::Fr;
use ark_ff::Zero;

use crate::{CommitmentError, merkle::Tree, slot_tree::MAX_DEPTH};

/// The verification tree with every level kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyTree {
    tree: Tree,
}

impl VerifyTree {
    /// Builds the tree of depth `slots_depth` over `slot_roots` (at most `2^slots_depth`).
    pub fn build(slot_roots: &[Fr], slots_depth: u32) -> Result<Self, CommitmentError> {
        if slots_depth > MAX_DEPTH {
            return Err(CommitmentError::DepthTooLarge(slots_depth));
        }
        if slot_roots.len() as u64 > 1u64 << slots_depth {
            return Err(CommitmentError::TooManySlots {
                slots: slot_roots.len(),
                depth: slots_depth,
            });
        }
        Ok(Self {
            tree: Tree::build(slot_roots.to_vec(), slots_depth, Fr::zero()),
        })
    }

    /// The verification root.
    pub fn root(&self) -> Fr {
        self.tree.root()
    }

    /// `slotsDepth`.
    pub fn depth(&self) -> u32 {
        self.tree.depth()
    }

    /// All `2^slotsDepth` leaves: the slot roots, then zeros.
    pub fn leaves(&self) -> &[Fr] {
        self.tree.leaves()
    }

    /// The `slotsDepth` siblings of slot `slot_index`, leaf-upwards.
    pub fn path(&self, slot_index: u64) -> Result<Vec<Fr>, CommitmentError> {
        self.tree.path(slot_index)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::{poseidon2, verify_path};

    #[test]
    fn two_slots_depth_one_and_two() {
        let (a, b) = (Fr::from(11u64), Fr::from(22u64));
        let one = VerifyTree::build(&[a, b], 1).expect("fits");
        assert_eq!(one.root(), poseidon2(a, b));
        let two = VerifyTree::build(&[a, b], 2).expect("fits");
        let zero = Fr::zero();
        assert_eq!(
            two.root(),
            poseidon2(poseidon2(a, b), poseidon2(zero, zero))
        );
        assert_eq!(two.path(1), Ok(vec![a, poseidon2(zero, zero)]));
        assert_eq!(
            VerifyTree::build(&[a, b, a], 1),
            Err(CommitmentError::TooManySlots { slots: 3, depth: 1 })
        );
        let empty = VerifyTree::build(&[], 0).expect("fits");
        assert_eq!(empty.root(), zero);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        #[test]
        fn paths_verify(slots in 1usize..=16, depth in 4u32..=6, seed: u64) {
            let roots: Vec<Fr> = (0..slots as u64).map(|i| Fr::from(seed ^ i) + Fr::from(1u64)).collect();
            let tree = VerifyTree::build(&roots, depth).expect("fits");
            prop_assert_eq!(tree.depth(), depth);
            prop_assert!(tree.leaves()[slots..].iter().all(Zero::is_zero));
            for (i, &root) in roots.iter().enumerate() {
                let path = tree.path(i as u64).expect("in range");
                prop_assert_eq!(path.len(), depth as usize);
                prop_assert!(verify_path(tree.root(), i as u64, root, &path));
                prop_assert!(!verify_path(tree.root(), i as u64, root + Fr::from(1u64), &path));
            }
        }
    }
}
