//! Where each block of an erasure-coded dataset lives (DESIGN.md §3).
//!
//! The B data blocks are arranged in rows of K (the last row padded with zero blocks); each row gets
//! M parity blocks. Slot `i` is column `i`: it holds block `i` of every row, so every slot has
//! R = ceil(B / K) blocks and any K slots rebuild the dataset. The protected dataset's tree is over
//! all N·R blocks in **slot-major** order: position `slot * R + row`, so a slot is a contiguous
//! range of the protected tree.

use serde::{Deserialize, Serialize};

/// Most slots a request may have (a host holds one slot; the verification tree has depth 8).
pub const MAX_SLOTS: u32 = 256;

/// Why a layout is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    /// K must be at least 1.
    #[error("k must be at least 1")]
    ZeroK,
    /// M must be at least 1 (without parity there is nothing to protect with).
    #[error("m must be at least 1")]
    ZeroM,
    /// K + M exceeds [`MAX_SLOTS`].
    #[error("k + m = {0} exceeds the maximum of {MAX_SLOTS} slots")]
    TooManySlots(u64),
    /// The dataset has no blocks.
    #[error("a dataset has at least one block")]
    NoBlocks,
}

/// The shape of an erasure-coded dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlotLayout {
    /// Data blocks per row: any K slots rebuild the dataset.
    pub k: u32,
    /// Parity blocks per row: up to M slots may be lost.
    pub m: u32,
    /// Blocks of the original dataset (B).
    pub data_blocks: u64,
}

/// A block's place in the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// Row (0..R).
    pub row: u64,
    /// Slot, i.e. column (0..N): below K a data block, from K on a parity block.
    pub slot: u32,
}

impl SlotLayout {
    /// A checked layout.
    pub fn new(k: u32, m: u32, data_blocks: u64) -> Result<Self, LayoutError> {
        if k == 0 {
            return Err(LayoutError::ZeroK);
        }
        if m == 0 {
            return Err(LayoutError::ZeroM);
        }
        let n = u64::from(k) + u64::from(m);
        if n > u64::from(MAX_SLOTS) {
            return Err(LayoutError::TooManySlots(n));
        }
        if data_blocks == 0 {
            return Err(LayoutError::NoBlocks);
        }
        Ok(Self { k, m, data_blocks })
    }

    /// N = K + M.
    pub const fn slots(&self) -> u32 {
        self.k + self.m
    }

    /// R = ceil(B / K): rows, and blocks per slot.
    pub const fn rows(&self) -> u64 {
        self.data_blocks.div_ceil(self.k as u64)
    }

    /// N·R: blocks of the protected dataset.
    pub const fn total_blocks(&self) -> u64 {
        self.slots() as u64 * self.rows()
    }

    /// Zero blocks that pad the last row.
    pub const fn padding_blocks(&self) -> u64 {
        self.rows() * self.k as u64 - self.data_blocks
    }

    /// Where original block `index` sits, or `None` past the end.
    pub const fn position_of_data_block(&self, index: u64) -> Option<Position> {
        if index >= self.data_blocks {
            return None;
        }
        Some(Position {
            row: index / self.k as u64,
            slot: (index % self.k as u64) as u32,
        })
    }

    /// The original block index at `position`, or `None` for parity and padding.
    pub const fn data_block_at(&self, position: Position) -> Option<u64> {
        if position.slot >= self.k || position.row >= self.rows() {
            return None;
        }
        let index = position.row * self.k as u64 + position.slot as u64;
        if index < self.data_blocks {
            Some(index)
        } else {
            None
        }
    }

    /// Index in the protected tree (slot-major) of `position`, or `None` if out of range.
    pub const fn tree_index(&self, position: Position) -> Option<u64> {
        if position.slot >= self.slots() || position.row >= self.rows() {
            return None;
        }
        Some(position.slot as u64 * self.rows() + position.row)
    }

    /// The position of protected-tree index `index`, or `None` past the end.
    pub const fn position_of_tree_index(&self, index: u64) -> Option<Position> {
        if index >= self.total_blocks() {
            return None;
        }
        Some(Position {
            row: index % self.rows(),
            slot: (index / self.rows()) as u32,
        })
    }

    /// Protected-tree indexes of slot `slot`: a contiguous range.
    pub fn slot_range(&self, slot: u32) -> Option<std::ops::Range<u64>> {
        (slot < self.slots())
            .then(|| u64::from(slot) * self.rows()..(u64::from(slot) + 1) * self.rows())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rejects_bad_shapes() {
        assert_eq!(SlotLayout::new(0, 1, 1), Err(LayoutError::ZeroK));
        assert_eq!(SlotLayout::new(1, 0, 1), Err(LayoutError::ZeroM));
        assert_eq!(
            SlotLayout::new(200, 57, 1),
            Err(LayoutError::TooManySlots(257))
        );
        assert_eq!(SlotLayout::new(2, 1, 0), Err(LayoutError::NoBlocks));
    }

    #[test]
    fn small_layout_by_hand() {
        // 5 blocks, K=2, M=1: rows [0 1 P] [2 3 P] [4 0 P].
        let layout = SlotLayout::new(2, 1, 5).expect("layout");
        assert_eq!(
            (layout.slots(), layout.rows(), layout.total_blocks()),
            (3, 3, 9)
        );
        assert_eq!(layout.padding_blocks(), 1);
        assert_eq!(
            layout.position_of_data_block(3),
            Some(Position { row: 1, slot: 1 })
        );
        assert_eq!(layout.data_block_at(Position { row: 2, slot: 1 }), None);
        assert_eq!(layout.data_block_at(Position { row: 2, slot: 2 }), None);
        assert_eq!(layout.tree_index(Position { row: 1, slot: 2 }), Some(7));
        assert_eq!(layout.slot_range(1), Some(3..6));
        assert_eq!(layout.slot_range(3), None);
    }

    proptest! {
        #[test]
        fn positions_round_trip(k in 1u32..40, m in 1u32..40, blocks in 1u64..5000, pick in any::<u64>()) {
            let layout = SlotLayout::new(k, m, blocks).expect("layout");
            let index = pick % blocks;
            let position = layout.position_of_data_block(index).expect("position");
            prop_assert_eq!(layout.data_block_at(position), Some(index));
            let tree_index = layout.tree_index(position).expect("tree index");
            prop_assert_eq!(layout.position_of_tree_index(tree_index), Some(position));
            let slot = layout.slot_range(position.slot).expect("range");
            prop_assert!(slot.contains(&tree_index));
            prop_assert_eq!(layout.rows() * u64::from(k), blocks + layout.padding_blocks());
        }
    }
}
