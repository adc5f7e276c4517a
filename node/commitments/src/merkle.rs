//! The binary Poseidon Merkle tree shared by the slot tree and the verification tree: a power of
//! two of leaves, inner node `P(left, right)`, paths listed leaf-upwards.
//!
//! Leaves past the real ones all hold the same padding value, so every node above padding only
//! is the same per level: those are computed once per level (`padding[k]`), not once per node.

use ark_bn254::Fr;
use rayon::prelude::*;

use crate::{CommitmentError, poseidon::poseidon2};

/// Levels below this many nodes are hashed on the calling thread.
const PARALLEL_MIN_NODES: usize = 256;

/// A full binary tree; `levels[0]` are the leaves, `levels[depth]` is `[root]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tree {
    levels: Vec<Vec<Fr>>,
}

impl Tree {
    /// The tree of depth `depth` over `leaves` (at most `2^depth`), padded with `padding`.
    pub(crate) fn build(mut leaves: Vec<Fr>, depth: u32, padding: Fr) -> Self {
        let width = 1usize << depth;
        debug_assert!(leaves.len() <= width);
        let mut real = leaves.len();
        leaves.resize(width, padding);
        let mut pad = padding;
        let mut levels = Vec::with_capacity(depth as usize + 1);
        levels.push(leaves);
        for _ in 0..depth {
            let below = levels.last().map(Vec::as_slice).unwrap_or_default();
            let parent_pad = poseidon2(pad, pad);
            let parents = real.div_ceil(2);
            let mut level = Vec::with_capacity(below.len() / 2);
            let hash = |pair: &[Fr]| poseidon2(pair[0], pair[1]);
            let real_pairs = &below[..2 * parents];
            if parents >= PARALLEL_MIN_NODES {
                level.par_extend(real_pairs.par_chunks_exact(2).map(hash));
            } else {
                level.extend(real_pairs.chunks_exact(2).map(hash));
            }
            level.resize(below.len() / 2, parent_pad);
            levels.push(level);
            real = parents;
            pad = parent_pad;
        }
        Self { levels }
    }

    pub(crate) fn depth(&self) -> u32 {
        (self.levels.len() - 1) as u32
    }

    pub(crate) fn root(&self) -> Fr {
        self.levels[self.levels.len() - 1][0]
    }

    pub(crate) fn leaves(&self) -> &[Fr] {
        &self.levels[0]
    }

    /// The siblings of leaf `index`, leaf-upwards.
    pub(crate) fn path(&self, index: u64) -> Result<Vec<Fr>, CommitmentError> {
        let leaves = self.levels[0].len() as u64;
        if index >= leaves {
            return Err(CommitmentError::IndexOutOfRange { index, leaves });
        }
        let mut i = index as usize;
        let path = self.levels[..self.levels.len() - 1]
            .iter()
            .map(|level| {
                let sibling = level[i ^ 1];
                i >>= 1;
                sibling
            })
            .collect();
        Ok(path)
    }
}

/// Checks a path of either tree: hashing `leaf` up with `siblings` (leaf-upwards; bit `k` of
/// `index` set means the node at level `k` is a right child) gives `root`. The tree's depth is
/// `siblings.len()`; an `index` of `2^depth` or more fails.
pub fn verify_path(root: Fr, index: u64, leaf: Fr, siblings: &[Fr]) -> bool {
    if siblings.len() < 64 && index >> siblings.len() != 0 {
        return false;
    }
    let node = siblings
        .iter()
        .enumerate()
        .fold(leaf, |node, (k, &sibling)| {
            if (index >> k) & 1 == 0 {
                poseidon2(node, sibling)
            } else {
                poseidon2(sibling, node)
            }
        });
    node == root
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_root(mut level: Vec<Fr>) -> Fr {
        while level.len() > 1 {
            level = level.chunks(2).map(|p| poseidon2(p[0], p[1])).collect();
        }
        level[0]
    }

    #[test]
    fn padded_tree_equals_naive_tree() {
        let pad = Fr::from(99u64);
        for (real, depth) in [
            (0usize, 0u32),
            (1, 0),
            (0, 3),
            (1, 3),
            (5, 3),
            (8, 3),
            (300, 10),
        ] {
            let leaves: Vec<Fr> = (0..real as u64).map(Fr::from).collect();
            let tree = Tree::build(leaves.clone(), depth, pad);
            let mut full = leaves;
            full.resize(1 << depth, pad);
            assert_eq!(
                tree.root(),
                naive_root(full.clone()),
                "{real} leaves, depth {depth}"
            );
            assert_eq!(tree.depth(), depth);
            assert_eq!(tree.leaves(), full.as_slice());
            for index in 0..(1u64 << depth) {
                let path = tree.path(index).expect("in range");
                assert_eq!(path.len(), depth as usize);
                assert!(verify_path(tree.root(), index, full[index as usize], &path));
            }
            assert!(tree.path(1 << depth).is_err());
        }
    }

    #[test]
    fn verify_rejects_index_past_the_depth() {
        let tree = Tree::build(vec![Fr::from(1u64), Fr::from(2u64)], 1, Fr::from(0u64));
        let path = tree.path(0).expect("in range");
        assert!(verify_path(tree.root(), 0, Fr::from(1u64), &path));
        assert!(!verify_path(tree.root(), 2, Fr::from(1u64), &path));
        assert!(!verify_path(tree.root(), 1, Fr::from(1u64), &path));
    }
}
