//! Streaming rebuild: every block of lost slots, from K surviving blocks per row.

use std::ops::Range;

use cairn_primitives::{Position, SlotLayout};

use crate::{DatasetCodec, ErasureError, StreamError, pipeline};

/// A block of a row as the rebuild knows it.
enum Shard<B> {
    /// Not read (lost, unavailable, or not needed).
    Absent,
    /// Zero padding of the last row: known without reading.
    Zero,
    /// Read from the source.
    Block(B),
}

/// Which slots to rebuild and which to read.
struct Plan {
    /// Lost slots, ascending and distinct.
    lost: Vec<u32>,
    /// The same, as row indexes for [`crate::RowCodec::restore_into`].
    wanted: Vec<usize>,
    /// Surviving slots in the order they are read: data slots first (when only parity is lost,
    /// the row is just re-encoded), then parity.
    survivors: Vec<u32>,
}

impl Plan {
    fn new(layout: &SlotLayout, lost: &[u32]) -> Result<Self, ErasureError> {
        let slots = layout.slots();
        if let Some(&slot) = lost.iter().find(|&&slot| slot >= slots) {
            return Err(ErasureError::SlotOutOfRange { slot, slots });
        }
        let mut lost = lost.to_vec();
        lost.sort_unstable();
        lost.dedup();
        if lost.len() > layout.m as usize {
            return Err(ErasureError::TooManySlotsLost {
                lost: lost.len(),
                tolerance: layout.m as usize,
            });
        }
        let survivors = (0..slots)
            .filter(|s| lost.binary_search(s).is_err())
            .collect();
        let wanted = lost.iter().map(|&slot| slot as usize).collect();
        Ok(Self {
            lost,
            wanted,
            survivors,
        })
    }
}

/// One batch of rows being rebuilt: what is known of each row (row-major, K + M per row) and,
/// once coded, the blocks of the lost slots (row-major, one per lost slot).
struct RebuildBatch<B> {
    rows: Range<u64>,
    shards: Vec<Shard<B>>,
    restored: Vec<u8>,
}

impl DatasetCodec {
    /// Rebuilds every block of the `lost` slots (at most M distinct slots) and hands each to `sink`.
    /// The same as [`Self::rebuild_rows`] over all rows.
    pub fn rebuild<B, E>(
        &self,
        lost: &[u32],
        source: impl FnMut(Position) -> Result<Option<B>, E>,
        sink: impl FnMut(Position, &[u8]) -> Result<(), E>,
    ) -> Result<(), StreamError<E>>
    where
        B: AsRef<[u8]> + Send + Sync,
    {
        self.rebuild_rows(0..self.layout().rows(), lost, source, sink)
    }

    /// Rebuilds the blocks of the `lost` slots in `rows` and hands each to `sink`; a single row
    /// is `row..row + 1`.
    ///
    /// `source(position)` returns the surviving block at `position` (exactly
    /// [`Self::shard_size`] bytes), or `None` if it is unavailable too. Per row it is asked for K
    /// blocks: surviving data slots first, then parity slots, moving on to the next surviving
    /// slot after each `None`; zero padding of the last row is never asked for. Lost slots are
    /// never asked for. A row with fewer than K blocks available is
    /// [`ErasureError::TooManyLost`] with its row.
    ///
    /// `sink(position, block)` receives every block of the lost slots, padding included, in row
    /// order, then slot order. The block is borrowed from a reused buffer: copy it to keep it.
    ///
    /// Errors before anything is read: a lost slot out of range ([`ErasureError::SlotOutOfRange`]),
    /// more than M distinct lost slots ([`ErasureError::TooManySlotsLost`]), rows outside the
    /// layout ([`ErasureError::RowsOutOfRange`]). No lost slots, or no rows: nothing to do.
    ///
    /// Blocking; see [`DatasetCodec`] for the batching, memory and threading.
    pub fn rebuild_rows<B, E>(
        &self,
        rows: Range<u64>,
        lost: &[u32],
        mut source: impl FnMut(Position) -> Result<Option<B>, E>,
        mut sink: impl FnMut(Position, &[u8]) -> Result<(), E>,
    ) -> Result<(), StreamError<E>>
    where
        B: AsRef<[u8]> + Send + Sync,
    {
        let layout = self.layout();
        if rows.start > rows.end || rows.end > layout.rows() {
            return Err(ErasureError::RowsOutOfRange {
                start: rows.start,
                end: rows.end,
                rows: layout.rows(),
            }
            .into());
        }
        let plan = Plan::new(&layout, lost)?;
        if plan.lost.is_empty() || rows.is_empty() {
            return Ok(());
        }
        let (k, n, size) = (
            layout.k as usize,
            layout.slots() as usize,
            self.shard_size(),
        );
        let out_len = plan.lost.len() * size;
        let mut buffers = [RebuildBatch::new(self), RebuildBatch::new(self)];
        let result = pipeline::run(
            self.batches(rows),
            &mut buffers,
            |batch, rows| {
                batch.shards.clear();
                batch.rows = rows.clone();
                for row in rows {
                    let start = batch.shards.len();
                    batch.shards.resize_with(start + n, || Shard::Absent);
                    let shards = &mut batch.shards[start..];
                    let mut known = 0;
                    for (slot, shard) in (0..layout.k).zip(shards.iter_mut()) {
                        if layout.data_block_at(Position { row, slot }).is_none() {
                            *shard = Shard::Zero;
                            known += 1;
                        }
                    }
                    for &slot in &plan.survivors {
                        if known == k {
                            break;
                        }
                        let Some(shard) = shards.get_mut(slot as usize) else {
                            continue;
                        };
                        if matches!(shard, Shard::Zero) {
                            continue;
                        }
                        let position = Position { row, slot };
                        if let Some(block) = source(position).map_err(StreamError::Source)? {
                            self.check_block(position, block.as_ref())?;
                            *shard = Shard::Block(block);
                            known += 1;
                        }
                    }
                    if known < k {
                        return Err(ErasureError::TooManyLost {
                            row: Some(row),
                            lost: n - known,
                            tolerance: n - k,
                        }
                        .into());
                    }
                }
                Ok(())
            },
            |batch| {
                let rows = batch.shards.len() / n;
                batch.restored.resize(rows * out_len, 0);
                let (zero, first_row) = (self.zero(), batch.rows.start);
                self.codec().try_for_each_row(
                    &batch.shards,
                    n,
                    &mut batch.restored,
                    out_len,
                    |codec, i, row, out| {
                        let shards: Vec<Option<&[u8]>> = row
                            .iter()
                            .map(|shard| match shard {
                                Shard::Absent => None,
                                Shard::Zero => Some(zero),
                                Shard::Block(block) => Some(block.as_ref()),
                            })
                            .collect();
                        codec
                            .restore_into(&shards, &plan.wanted, out)
                            .map_err(|e| e.in_row(first_row + i as u64))
                    },
                )
            },
            |batch| {
                // The surviving blocks are no longer needed: let the source's buffers go now.
                batch.shards.clear();
                for (row, restored) in batch.rows.clone().zip(batch.restored.chunks_exact(out_len))
                {
                    for (&slot, block) in plan.lost.iter().zip(restored.chunks_exact(size)) {
                        sink(Position { row, slot }, block).map_err(StreamError::Sink)?;
                    }
                }
                Ok(())
            },
        );
        for batch in buffers {
            self.return_buffer(batch.restored);
        }
        result
    }
}

impl<B> RebuildBatch<B> {
    /// A batch whose output buffer comes from (and goes back to) `codec`.
    fn new(codec: &DatasetCodec) -> Self {
        Self {
            rows: 0..0,
            shards: Vec::new(),
            restored: codec.take_buffer(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;
    use crate::test_support::*;

    type Rebuilt = HashMap<Position, Vec<u8>>;

    /// Rebuilds `lost` from `slots`, reading only the other slots; counts the reads.
    fn rebuild(
        codec: &DatasetCodec,
        slots: &Slots,
        lost: &[u32],
        rows: Range<u64>,
    ) -> (Result<(), StreamError<String>>, Rebuilt, usize) {
        let mut rebuilt = Rebuilt::new();
        let mut reads = 0;
        let result = codec.rebuild_rows(
            rows,
            lost,
            |position| {
                assert!(!lost.contains(&position.slot), "read lost {position:?}");
                reads += 1;
                Ok(block_at(slots, position))
            },
            |position, block| {
                assert!(
                    rebuilt.insert(position, block.to_vec()).is_none(),
                    "{position:?} delivered twice"
                );
                Ok(())
            },
        );
        (result, rebuilt, reads)
    }

    /// The blocks of `lost` slots in `rows`, from `slots`.
    fn expected(slots: &Slots, lost: &[u32], rows: Range<u64>) -> Rebuilt {
        rows.flat_map(|row| lost.iter().map(move |&slot| Position { row, slot }))
            .map(|position| (position, block_at(slots, position).unwrap().to_vec()))
            .collect()
    }

    #[test]
    fn k4_m2_every_pair_of_lost_slots() {
        // 4 data + 2 parity slots, 9 blocks: 3 rows, the last with one data and 3 padding blocks.
        let layout = SlotLayout::new(4, 2, 9).unwrap();
        let data = data_blocks(&layout, 42);
        let codec = DatasetCodec::with_shard_size(layout, SIZE)
            .unwrap()
            .with_batch_rows(2);
        let slots = encoded_slots(&codec, &data);
        assert_eq!(slots, reference_slots(&layout, &data));
        let mut pairs = 0;
        for a in 0..6 {
            for b in a + 1..6 {
                let (result, rebuilt, _) = rebuild(&codec, &slots, &[a, b], 0..3);
                result.unwrap();
                assert_eq!(rebuilt, expected(&slots, &[a, b], 0..3), "lost {a} and {b}");
                // The original bytes come back from the rebuilt data slots.
                let mut all = slots.clone();
                for (position, block) in &rebuilt {
                    all[position.slot as usize][position.row as usize] = block.clone();
                }
                let original: Vec<Vec<u8>> = (0..9)
                    .map(|i| {
                        let position = layout.position_of_data_block(i).unwrap();
                        all[position.slot as usize][position.row as usize].clone()
                    })
                    .collect();
                assert_eq!(original, data);
                pairs += 1;
            }
        }
        assert_eq!(pairs, 15);
    }

    #[test]
    fn reads_only_k_blocks_per_row() {
        let layout = SlotLayout::new(4, 3, 16).unwrap();
        let data = data_blocks(&layout, 5);
        let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
        let slots = encoded_slots(&codec, &data);
        for lost in [vec![0], vec![5], vec![1, 4, 6], vec![0, 1, 2]] {
            let (result, rebuilt, reads) = rebuild(&codec, &slots, &lost, 0..4);
            result.unwrap();
            assert_eq!(rebuilt, expected(&slots, &lost, 0..4));
            assert_eq!(reads, 4 * 4, "lost {lost:?}");
        }
        // The last row of 9 blocks in rows of 4 has 3 padding blocks: one read suffices.
        let layout = SlotLayout::new(4, 2, 9).unwrap();
        let data = data_blocks(&layout, 6);
        let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
        let slots = encoded_slots(&codec, &data);
        let (result, rebuilt, reads) = rebuild(&codec, &slots, &[0, 3], 2..3);
        result.unwrap();
        assert_eq!(reads, 1);
        assert_eq!(rebuilt[&Position { row: 2, slot: 3 }], vec![0; SIZE]);
        assert_eq!(rebuilt, expected(&slots, &[0, 3], 2..3));
    }

    #[test]
    fn unavailable_blocks_are_replaced_by_other_slots() {
        let layout = SlotLayout::new(3, 3, 12).unwrap();
        let data = data_blocks(&layout, 9);
        let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
        let slots = encoded_slots(&codec, &data);
        // Slot 0 is lost; in row 1 slots 1 and 4 are unavailable as well: 3 of 6 still there.
        let missing = |p: Position| p.row == 1 && (p.slot == 1 || p.slot == 4);
        let mut rebuilt = Rebuilt::new();
        codec
            .rebuild(
                &[0],
                |p| Ok::<_, String>((!missing(p)).then(|| block_at(&slots, p)).flatten()),
                |p, block| {
                    rebuilt.insert(p, block.to_vec());
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(rebuilt, expected(&slots, &[0], 0..4));

        // One more unavailable block in row 1: only 2 of 6 left.
        let result = codec.rebuild(
            &[0],
            |p| {
                Ok::<_, String>(
                    (!missing(p) && p != Position { row: 1, slot: 5 })
                        .then(|| block_at(&slots, p))
                        .flatten(),
                )
            },
            |_, _| Ok(()),
        );
        assert!(matches!(
            result,
            Err(StreamError::Erasure(ErasureError::TooManyLost {
                row: Some(1),
                lost: 4,
                tolerance: 3
            }))
        ));
    }

    #[test]
    fn bad_requests_fail_before_reading() {
        let layout = SlotLayout::new(2, 2, 6).unwrap();
        let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
        let fail = |lost: &[u32], rows: Range<u64>| {
            codec
                .rebuild_rows(
                    rows,
                    lost,
                    |_| -> Result<Option<Vec<u8>>, String> { panic!("read") },
                    |_, _| panic!("wrote"),
                )
                .unwrap_err()
        };
        assert!(matches!(
            fail(&[4], 0..3),
            StreamError::Erasure(ErasureError::SlotOutOfRange { slot: 4, slots: 4 })
        ));
        assert!(matches!(
            fail(&[0, 1, 3], 0..3),
            StreamError::Erasure(ErasureError::TooManySlotsLost {
                lost: 3,
                tolerance: 2
            })
        ));
        assert!(matches!(
            fail(&[0], 2..4),
            StreamError::Erasure(ErasureError::RowsOutOfRange {
                start: 2,
                end: 4,
                rows: 3
            })
        ));
        // Nothing lost, no rows, duplicates: fine.
        codec
            .rebuild(&[], |_| Ok::<Option<&[u8]>, String>(None), |_, _| Ok(()))
            .unwrap();
        codec
            .rebuild_rows(
                1..1,
                &[0],
                |_| Ok::<Option<&[u8]>, String>(None),
                |_, _| Ok(()),
            )
            .unwrap();
        let data = data_blocks(&layout, 1);
        let slots = encoded_slots(&codec, &data);
        let (result, rebuilt, _) = rebuild(&codec, &slots, &[1, 1, 3], 0..3);
        result.unwrap();
        assert_eq!(rebuilt, expected(&slots, &[1, 3], 0..3));
    }

    #[test]
    fn bad_blocks_and_failing_callbacks_are_errors() {
        let layout = SlotLayout::new(2, 1, 4).unwrap();
        let data = data_blocks(&layout, 2);
        let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
        let slots = encoded_slots(&codec, &data);
        let short = codec.rebuild(
            &[0],
            |p| Ok::<_, String>(block_at(&slots, p).map(|b| &b[2..])),
            |_, _| Ok(()),
        );
        assert!(matches!(
            short,
            Err(StreamError::Erasure(ErasureError::BlockLength {
                position: Position { row: 0, slot: 1 },
                ..
            }))
        ));
        let source = codec.rebuild(
            &[0],
            |_| Err::<Option<&[u8]>, _>("offline".to_owned()),
            |_, _| Ok(()),
        );
        assert!(matches!(source, Err(StreamError::Source(e)) if e == "offline"));
        let sink = codec.rebuild(
            &[2],
            |p| Ok(block_at(&slots, p)),
            |_, _| Err("disk full".to_owned()),
        );
        assert!(matches!(sink, Err(StreamError::Sink(e)) if e == "disk full"));
    }

    /// `count` distinct slots of `n`, picked by `seed`.
    fn pick_slots(n: u32, count: usize, seed: u64) -> Vec<u32> {
        let mut all: Vec<u32> = (0..n).collect();
        let mut state = seed | 1;
        for i in (1..all.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            all.swap(i, (state % (i as u64 + 1)) as usize);
        }
        all.truncate(count);
        all
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn any_m_lost_slots_rebuild_exactly(
            k in 1u32..12,
            m in 1u32..8,
            blocks in 1u64..40,
            seed in any::<u64>(),
            lose in any::<u64>(),
            batch_rows in 1usize..5,
        ) {
            let layout = SlotLayout::new(k, m, blocks).unwrap();
            let data = data_blocks(&layout, seed);
            let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap().with_batch_rows(batch_rows);
            let slots = encoded_slots(&codec, &data);
            prop_assert_eq!(&slots, &reference_slots(&layout, &data));
            let count = 1 + (lose % u64::from(m)) as usize;
            let mut lost = pick_slots(k + m, count, lose);
            let rows = 0..layout.rows();
            let (result, rebuilt, reads) = rebuild(&codec, &slots, &lost, rows.clone());
            prop_assert!(result.is_ok(), "{:?}", result);
            prop_assert_eq!(reads as u64, layout.rows() * u64::from(k) - layout.padding_blocks());
            lost.sort_unstable();
            prop_assert_eq!(rebuilt, expected(&slots, &lost, rows));
        }

        #[test]
        fn more_than_m_lost_slots_is_an_error(
            k in 1u32..12,
            m in 1u32..8,
            blocks in 1u64..40,
            extra in 1usize..3,
            lose in any::<u64>(),
        ) {
            let layout = SlotLayout::new(k, m, blocks).unwrap();
            let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
            let count = (m as usize + extra).min((k + m) as usize);
            prop_assume!(count > m as usize);
            let lost = pick_slots(k + m, count, lose);
            let result = codec.rebuild(&lost, |_| Ok::<Option<&[u8]>, String>(None), |_, _| Ok(()));
            let is_expected = matches!(
                result,
                Err(StreamError::Erasure(ErasureError::TooManySlotsLost { lost, tolerance }))
                    if lost == count && tolerance == m as usize
            );
            prop_assert!(is_expected);
        }

        #[test]
        fn single_rows_rebuild_like_the_whole(
            k in 1u32..8,
            m in 1u32..5,
            blocks in 1u64..30,
            seed in any::<u64>(),
            pick in any::<u64>(),
        ) {
            let layout = SlotLayout::new(k, m, blocks).unwrap();
            let data = data_blocks(&layout, seed);
            let codec = DatasetCodec::with_shard_size(layout, SIZE).unwrap();
            let slots = encoded_slots(&codec, &data);
            let lost = pick_slots(k + m, 1 + (pick % u64::from(m)) as usize, pick);
            let row = pick % layout.rows();
            let (result, rebuilt, reads) = rebuild(&codec, &slots, &lost, row..row + 1);
            prop_assert!(result.is_ok());
            prop_assert!(reads <= k as usize);
            let mut sorted = lost.clone();
            sorted.sort_unstable();
            prop_assert_eq!(rebuilt, expected(&slots, &sorted, row..row + 1));
        }
    }
}
