//! The slot tree: the Poseidon Merkle tree over a slot's cell hashes (leaf `32 row + c` for cell
//! `c` of the slot's block `row`), padded to the next power of two, at least 32 leaves, with the
//! [zero leaf](crate::zero_leaf). Its root is the slot root a host commits to on chain.

use ark_bn254::Fr;

use crate::{
    BLOCK_SIZE, CELLS_PER_BLOCK, CommitmentError,
    cell::{block_cell_hashes, zero_leaf},
    merkle::Tree,
};

/// The smallest slot tree depth: one block's 32 cells.
pub const MIN_DEPTH: u32 = 5;
/// The largest depth this implementation builds (2^40 cells = 2 PiB per slot).
pub const MAX_DEPTH: u32 = 40;

/// A slot's tree, with every level kept (32 bytes per node: a 1 GiB slot's tree is 32 MiB), so
/// that any cell's path can be read without rehashing. Block data is not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotTree {
    tree: Tree,
}

impl SlotTree {
    /// Builds the tree over `blocks`, the slot's blocks in row order (64 KiB each), reading each
    /// block once. The 32 cells of a block are hashed in parallel on the rayon pool, then the
    /// larger levels in parallel too.
    pub fn build<I, B>(blocks: I) -> Result<Self, CommitmentError>
    where
        I: IntoIterator<Item = B>,
        B: AsRef<[u8]>,
    {
        let mut leaves = Vec::new();
        for (index, block) in blocks.into_iter().enumerate() {
            let block = block.as_ref();
            let block: &[u8; BLOCK_SIZE] =
                block.try_into().map_err(|_| CommitmentError::BlockSize {
                    index: index as u64,
                    len: block.len(),
                })?;
            leaves.extend_from_slice(&block_cell_hashes(block));
        }
        Self::from_leaves(leaves)
    }

    /// Builds the tree over already computed cell hashes (padded as in [`SlotTree::build`]).
    pub fn from_leaves(leaves: Vec<Fr>) -> Result<Self, CommitmentError> {
        let depth = Self::depth_for_cells(leaves.len() as u64);
        if depth > MAX_DEPTH {
            return Err(CommitmentError::DepthTooLarge(depth));
        }
        Ok(Self {
            tree: Tree::build(leaves, depth, zero_leaf()),
        })
    }

    /// The depth of the slot tree over `cells` cells: `log2` of the next power of two, at least 5.
    pub fn depth_for_cells(cells: u64) -> u32 {
        cells.next_power_of_two().trailing_zeros().max(MIN_DEPTH)
    }

    /// The depth of the slot tree over `blocks` blocks.
    pub fn depth_for_blocks(blocks: u64) -> u32 {
        Self::depth_for_cells(blocks.saturating_mul(CELLS_PER_BLOCK as u64))
    }

    /// The slot root.
    pub fn root(&self) -> Fr {
        self.tree.root()
    }

    /// The depth `d`: the tree has `2^d` leaves.
    pub fn depth(&self) -> u32 {
        self.tree.depth()
    }

    /// All `2^d` leaves, padding included.
    pub fn leaves(&self) -> &[Fr] {
        self.tree.leaves()
    }

    /// The leaf of cell `cell_index`.
    pub fn leaf(&self, cell_index: u64) -> Result<Fr, CommitmentError> {
        let leaves = self.leaves();
        leaves
            .get(cell_index as usize)
            .copied()
            .ok_or(CommitmentError::IndexOutOfRange {
                index: cell_index,
                leaves: leaves.len() as u64,
            })
    }

    /// The `d` siblings of cell `cell_index`, leaf-upwards (padding cells have paths too).
    pub fn path(&self, cell_index: u64) -> Result<Vec<Fr>, CommitmentError> {
        self.tree.path(cell_index)
    }
}

#[cfg(test)]
mod tests {
    use cairn_primitives::testing::pseudo_random_bytes;
    use proptest::prelude::*;

    use super::*;
    use crate::{CELL_SIZE, cell_hash, verify_path};

    #[test]
    fn depths() {
        assert_eq!(SlotTree::depth_for_cells(0), 5);
        assert_eq!(SlotTree::depth_for_cells(32), 5);
        assert_eq!(SlotTree::depth_for_cells(33), 6);
        assert_eq!(SlotTree::depth_for_blocks(3), 7);
        assert_eq!(SlotTree::depth_for_blocks(4), 7);
        assert_eq!(SlotTree::depth_for_blocks(1 << 14), 19);
    }

    #[test]
    fn rejects_short_blocks() {
        let blocks = [vec![0u8; BLOCK_SIZE], vec![0u8; BLOCK_SIZE - 1]];
        assert_eq!(
            SlotTree::build(&blocks),
            Err(CommitmentError::BlockSize {
                index: 1,
                len: BLOCK_SIZE - 1
            })
        );
    }

    #[test]
    fn all_zero_block_is_all_padding() {
        let tree = SlotTree::build([vec![0u8; BLOCK_SIZE]]).expect("builds");
        let empty = SlotTree::from_leaves(Vec::new()).expect("builds");
        assert_eq!(tree, empty);
        assert!(tree.leaves().iter().all(|&l| l == zero_leaf()));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        #[test]
        fn every_path_verifies_and_tampering_fails(blocks in 1usize..=3, seed: u64, pick: u64) {
            let data: Vec<Vec<u8>> =
                (0..blocks).map(|b| pseudo_random_bytes(BLOCK_SIZE, seed ^ b as u64)).collect();
            let tree = SlotTree::build(&data).expect("builds");
            let cells = (blocks * CELLS_PER_BLOCK) as u64;
            prop_assert_eq!(tree.depth(), SlotTree::depth_for_cells(cells));
            prop_assert_eq!(tree.leaves().len(), 1usize << tree.depth());
            // Real leaves are the cell hashes in order, the rest the zero leaf.
            let c = (pick % cells) as usize;
            let cell: &[u8; CELL_SIZE] = data[c / CELLS_PER_BLOCK]
                [(c % CELLS_PER_BLOCK) * CELL_SIZE..][..CELL_SIZE].try_into().expect("cell");
            prop_assert_eq!(tree.leaf(c as u64), Ok(cell_hash(cell)));
            prop_assert!(tree.leaves()[cells as usize..].iter().all(|&l| l == zero_leaf()));
            let root = tree.root();
            for index in 0..tree.leaves().len() as u64 {
                let leaf = tree.leaf(index).expect("in range");
                let path = tree.path(index).expect("in range");
                prop_assert!(verify_path(root, index, leaf, &path));
            }
            // Tampering with a real cell's path (inside the padding, equal siblings make a swapped
            // index verify too: both leaves are the zero leaf, so that is no forgery).
            let index = pick % cells;
            let leaf = tree.leaf(index).expect("in range");
            let path = tree.path(index).expect("in range");
            let level = (pick / 7) as usize % path.len();
            let mut flipped = path.clone();
            flipped[level] += Fr::from(1u64);
            prop_assert!(!verify_path(root, index, leaf, &flipped));
            prop_assert!(!verify_path(root, index, leaf + Fr::from(1u64), &path));
            prop_assert!(!verify_path(root, index ^ (1 << level), leaf, &path));
            prop_assert!(!verify_path(root + Fr::from(1u64), index, leaf, &path));
            prop_assert!(!verify_path(root, index, leaf, &path[1..]));
        }
    }
}
