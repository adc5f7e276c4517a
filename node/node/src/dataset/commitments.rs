//! Proof commitments of a stored protected dataset (PROTOCOL.md, "Proof commitments"): each slot's
//! Poseidon slot root and the verification root over them, exactly as the storage-proof circuit
//! and `cairn-prover`'s `storage_inputs` expect them.
//!
//! Slot `i` of a protected dataset is the contiguous range `layout.slot_range(i)` of its tree
//! (slot-major layout), i.e. the slot's R blocks in row order; its slot tree is
//! [`SlotTree`] over those R blocks (32 cells each, padded with zero leaves to a power of two).
//! The verification root is [`VerifyTree`] of the circuit's fixed depth `slotsDepth` over the N
//! slot roots in slot order.
//!
//! Blocks are read from the store in batches of [`READ_BATCH_BLOCKS`] (the next batch is read
//! while the current one is hashed on the blocking pool), so at most two batches of block data are
//! in memory at once. A slot tree keeps all its nodes (64 bytes per cell, e.g. 2 MiB for a slot
//! of 2^16 cells), and only one slot tree exists at a time.

use bytes::Bytes;
use cairn_commitments::{
    BLOCK_SIZE, CELLS_PER_BLOCK, CommitmentError, Fr, SlotTree, VerifyTree,
    cell::block_cell_hashes, fr_to_be_bytes,
};
use cairn_primitives::{BlockHash, Cid, SlotLayout};
use cairn_store::{DatasetReader, Store, StoreError};

/// Blocks read from the store per batch.
pub const READ_BATCH_BLOCKS: u64 = 64;

/// The circuit parameters that bound the commitments (circuits/circuits.json: the `test` set has
/// `maxSlotDepth` 16 and `slotsDepth` 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentParams {
    /// Deepest slot tree the circuit accepts (`maxSlotDepth`).
    pub max_slot_depth: u32,
    /// Depth of the verification tree (`slotsDepth`): at most `2^slots_depth` slots.
    pub slots_depth: u32,
}

/// Why commitments could not be computed.
#[derive(Debug, thiserror::Error)]
pub enum CommitmentsError {
    /// The dataset is not erasure-coded (it has no slots).
    #[error("dataset {0} is not protected (erasure-coded): it has no slots")]
    NotProtected(Cid),
    /// The slot index is past the last slot.
    #[error("slot {slot} out of range: the dataset has {slots} slots")]
    NoSuchSlot {
        /// The slot asked for.
        slot: u32,
        /// Slots of the dataset.
        slots: u32,
    },
    /// The slots' trees would be deeper than the circuit accepts.
    #[error(
        "a slot of {blocks} blocks has a tree of depth {depth}; the circuit accepts at most {max} \
         (use more data slots or a circuit with a larger maxSlotDepth)"
    )]
    SlotTooDeep {
        /// Blocks per slot.
        blocks: u64,
        /// The slot tree's depth.
        depth: u32,
        /// The circuit's `maxSlotDepth`.
        max: u32,
    },
    /// More slots than the verification tree holds.
    #[error("{slots} slots do not fit the circuit's verification tree of depth {slots_depth}")]
    TooManySlots {
        /// Slots of the dataset.
        slots: u32,
        /// The circuit's `slotsDepth`.
        slots_depth: u32,
    },
    /// The store failed (or the dataset is unknown).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Building a tree failed.
    #[error("commitments: {0}")]
    Commitment(#[from] CommitmentError),
    /// A hashing task failed.
    #[error("hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// The commitments of a protected dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetCommitments {
    /// The slot roots, in slot order (N of them).
    pub slot_roots: Vec<Fr>,
    /// The verification root over the slot roots.
    pub verify_root: Fr,
    /// Blocks per slot (R).
    pub slot_blocks: u64,
    /// Depth of every slot tree.
    pub slot_depth: u32,
    /// Depth of the verification tree (`slotsDepth`).
    pub slots_depth: u32,
}

impl DatasetCommitments {
    /// The verification root as the 32-byte big-endian word the contract takes
    /// (`Content.verifyRoot`, always below the BN254 scalar field).
    pub fn verify_root_bytes(&self) -> [u8; 32] {
        fr_to_be_bytes(&self.verify_root)
    }

    /// The slot roots as 32-byte big-endian words.
    pub fn slot_root_bytes(&self) -> Vec<[u8; 32]> {
        self.slot_roots.iter().map(fr_to_be_bytes).collect()
    }

    /// The verification tree (to build proof inputs).
    pub fn verify_tree(&self) -> Result<VerifyTree, CommitmentError> {
        VerifyTree::build(&self.slot_roots, self.slots_depth)
    }

    /// Bytes per slot, the request's `ask.slotSize`: R blocks of 64 KiB.
    pub fn slot_size(&self) -> u64 {
        self.slot_blocks * BLOCK_SIZE as u64
    }
}

/// Bytes per slot of `layout` (the request's `ask.slotSize`): R blocks of 64 KiB, as the slot
/// tree covers them.
pub fn slot_size(layout: &SlotLayout) -> u64 {
    layout.rows().saturating_mul(BLOCK_SIZE as u64)
}

/// Checks that `layout` fits the circuit: every slot tree at most `max_slot_depth` deep and at
/// most `2^slots_depth` slots. Cheap: nothing is read.
pub fn check_layout(layout: &SlotLayout, params: CommitmentParams) -> Result<(), CommitmentsError> {
    let blocks = layout.rows();
    let depth = SlotTree::depth_for_blocks(blocks);
    if depth > params.max_slot_depth {
        return Err(CommitmentsError::SlotTooDeep {
            blocks,
            depth,
            max: params.max_slot_depth,
        });
    }
    if params.slots_depth >= 32 || u64::from(layout.slots()) > 1u64 << params.slots_depth {
        return Err(CommitmentsError::TooManySlots {
            slots: layout.slots(),
            slots_depth: params.slots_depth,
        });
    }
    Ok(())
}

/// The slot roots and verification root of the stored protected dataset `cid`, one slot at a
/// time (see the module docs for the memory it takes).
pub async fn dataset_commitments(
    store: &Store,
    cid: &Cid,
    params: CommitmentParams,
) -> Result<DatasetCommitments, CommitmentsError> {
    let reader = store.reader(cid).await?;
    let layout = protected_layout(&reader, cid)?;
    check_layout(&layout, params)?;
    let mut slot_roots = Vec::with_capacity(layout.slots() as usize);
    let mut slot_depth = SlotTree::depth_for_blocks(layout.rows());
    for slot in 0..layout.slots() {
        let tree = read_slot_tree(&reader, &layout, slot).await?;
        slot_depth = tree.depth();
        slot_roots.push(tree.root());
    }
    let slots_depth = params.slots_depth;
    let roots = slot_roots.clone();
    let verify_root = tokio::task::spawn_blocking(move || {
        VerifyTree::build(&roots, slots_depth).map(|t| t.root())
    })
    .await??;
    Ok(DatasetCommitments {
        slot_roots,
        verify_root,
        slot_blocks: layout.rows(),
        slot_depth,
        slots_depth,
    })
}

/// The slot tree of slot `slot` of the stored protected dataset `cid` (what a host proves
/// against), built from its blocks read in bounded batches.
pub async fn slot_tree(store: &Store, cid: &Cid, slot: u32) -> Result<SlotTree, CommitmentsError> {
    let reader = store.reader(cid).await?;
    let layout = protected_layout(&reader, cid)?;
    read_slot_tree(&reader, &layout, slot).await
}

/// The slot tree over every block of the stored dataset `cid`, in order: a host's slot dataset
/// (slot `i`'s blocks in row order, see `crate::storage_manifest`) gives the same tree, and root,
/// as slot `i` of the protected dataset.
pub async fn dataset_slot_tree(store: &Store, cid: &Cid) -> Result<SlotTree, CommitmentsError> {
    let reader = store.reader(cid).await?;
    let blocks = reader.manifest().block_count;
    read_tree(&reader, 0..blocks).await
}

fn protected_layout(reader: &DatasetReader, cid: &Cid) -> Result<SlotLayout, CommitmentsError> {
    reader
        .manifest()
        .protection
        .as_ref()
        .map(|p| p.layout)
        .ok_or(CommitmentsError::NotProtected(*cid))
}

/// Reads slot `slot` batch by batch (the next batch is read while the current one is hashed)
/// and builds its tree.
async fn read_slot_tree(
    reader: &DatasetReader,
    layout: &SlotLayout,
    slot: u32,
) -> Result<SlotTree, CommitmentsError> {
    let range = layout
        .slot_range(slot)
        .ok_or(CommitmentsError::NoSuchSlot {
            slot,
            slots: layout.slots(),
        })?;
    read_tree(reader, range).await
}

/// Reads the blocks of `range` batch by batch and builds their slot tree.
async fn read_tree(
    reader: &DatasetReader,
    range: std::ops::Range<u64>,
) -> Result<SlotTree, CommitmentsError> {
    let batches: Vec<Vec<u64>> = {
        let mut batches = Vec::new();
        let mut start = range.start;
        while start < range.end {
            let end = (start + READ_BATCH_BLOCKS).min(range.end);
            batches.push((start..end).collect());
            start = end;
        }
        batches
    };
    let mut leaves: Vec<Fr> =
        Vec::with_capacity((range.end - range.start) as usize * CELLS_PER_BLOCK);
    let mut batches = batches.into_iter();
    let mut pending = match batches.next() {
        Some(first) => Some(reader.blocks(&first).await?),
        None => None,
    };
    while let Some(blocks) = pending.take() {
        let hashing = tokio::task::spawn_blocking(move || hash_blocks(blocks));
        let next = batches.next();
        let read_next = async {
            match next {
                Some(indexes) => reader.blocks(&indexes).await.map(Some),
                None => Ok(None),
            }
        };
        let (hashed, read) = tokio::join!(hashing, read_next);
        leaves.extend(hashed??);
        pending = read?;
    }
    Ok(tokio::task::spawn_blocking(move || SlotTree::from_leaves(leaves)).await??)
}

/// The cell hashes (slot tree leaves) of a batch of blocks, in order.
fn hash_blocks(blocks: Vec<(BlockHash, Bytes)>) -> Result<Vec<Fr>, CommitmentError> {
    let mut leaves = Vec::with_capacity(blocks.len() * CELLS_PER_BLOCK);
    for (index, (_, block)) in blocks.iter().enumerate() {
        let block: &[u8; BLOCK_SIZE] =
            block[..]
                .try_into()
                .map_err(|_| CommitmentError::BlockSize {
                    index: index as u64,
                    len: block.len(),
                })?;
        leaves.extend_from_slice(&block_cell_hashes(block));
    }
    Ok(leaves)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_are_checked_against_the_circuit() {
        let params = CommitmentParams {
            max_slot_depth: 16,
            slots_depth: 4,
        };
        // 2^11 blocks per slot: 2^16 cells, depth 16.
        let fits = SlotLayout::new(2, 2, 2 * 2048).expect("layout");
        assert!(check_layout(&fits, params).is_ok());
        assert_eq!(slot_size(&fits), 2048 * 65536);
        let deep = SlotLayout::new(2, 2, 2 * 2048 + 1).expect("layout");
        assert!(matches!(
            check_layout(&deep, params),
            Err(CommitmentsError::SlotTooDeep {
                depth: 17,
                max: 16,
                ..
            })
        ));
        let wide = SlotLayout::new(15, 2, 100).expect("layout");
        assert!(matches!(
            check_layout(&wide, params),
            Err(CommitmentsError::TooManySlots { slots: 17, .. })
        ));
        let sixteen = SlotLayout::new(14, 2, 100).expect("layout");
        assert!(check_layout(&sixteen, params).is_ok());
    }
}
