//! Test data for the dataset-level tests: random datasets and their slots, computed the slow way.

use cairn_primitives::{Position, SlotLayout, testing::pseudo_random_bytes};

use crate::{DatasetCodec, RowCodec};

/// Block size in tests: small, so that many shapes run fast.
pub(crate) const SIZE: usize = 64;

/// Every block of a protected dataset: `slots[slot][row]`.
pub(crate) type Slots = Vec<Vec<Vec<u8>>>;

/// The B data blocks of a random dataset.
pub(crate) fn data_blocks(layout: &SlotLayout, seed: u64) -> Vec<Vec<u8>> {
    (0..layout.data_blocks)
        .map(|i| pseudo_random_bytes(SIZE, seed.wrapping_mul(1_000_003).wrapping_add(i)))
        .collect()
}

/// The slots of `data`, one row at a time with [`RowCodec`].
pub(crate) fn reference_slots(layout: &SlotLayout, data: &[Vec<u8>]) -> Slots {
    let (k, m) = (layout.k as usize, layout.m as usize);
    let mut codec = RowCodec::new(k, m, SIZE).unwrap();
    let mut slots = vec![Vec::new(); k + m];
    for row in 0..layout.rows() {
        let shards: Vec<Vec<u8>> = (0..layout.k)
            .map(|slot| match layout.data_block_at(Position { row, slot }) {
                Some(index) => data[index as usize].clone(),
                None => vec![0; SIZE],
            })
            .collect();
        let parity = codec.encode(&shards).unwrap();
        for (slot, block) in shards.into_iter().chain(parity).enumerate() {
            slots[slot].push(block);
        }
    }
    slots
}

/// The slots of `data`, parity from [`DatasetCodec::encode`].
pub(crate) fn encoded_slots(codec: &DatasetCodec, data: &[Vec<u8>]) -> Slots {
    let layout = codec.layout();
    let mut slots: Slots = (0..layout.slots())
        .map(|_| vec![Vec::new(); layout.rows() as usize])
        .collect();
    for row in 0..layout.rows() {
        for slot in 0..layout.k {
            slots[slot as usize][row as usize] = match layout.data_block_at(Position { row, slot })
            {
                Some(index) => data[index as usize].clone(),
                None => vec![0; SIZE],
            };
        }
    }
    codec
        .encode(
            |i| Ok::<_, String>(data[i as usize].as_slice()),
            |position, block| {
                let cell = &mut slots[position.slot as usize][position.row as usize];
                assert!(cell.is_empty(), "{position:?} delivered twice");
                *cell = block.to_vec();
                Ok(())
            },
        )
        .unwrap();
    slots
}

/// The block at `position`, if `position` is in `slots`.
pub(crate) fn block_at(slots: &Slots, position: Position) -> Option<&[u8]> {
    slots
        .get(position.slot as usize)?
        .get(position.row as usize)
        .map(Vec::as_slice)
}
