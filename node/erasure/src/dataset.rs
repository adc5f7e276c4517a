//! [`DatasetCodec`]: a whole erasure-coded dataset (a [`SlotLayout`]), streamed batch by batch.
//! Its two operations live next door: [`DatasetCodec::encode`] in `encode.rs`,
//! [`DatasetCodec::rebuild`] and [`DatasetCodec::rebuild_rows`] in `rebuild.rs`.

use std::{ops::Range, sync::Mutex};

use cairn_primitives::{BLOCK_SIZE, Position, SlotLayout};

use crate::{BatchCodec, ErasureError};

/// Bytes of blocks (inputs and outputs) a batch holds by default; two batches are in flight.
const BATCH_BYTES: usize = 8 << 20;

/// Encodes and rebuilds the slots of an erasure-coded dataset (DESIGN.md §3), streaming.
///
/// Rows are processed in batches of [`Self::batch_rows`]: the caller's block source fills one
/// batch while the previous one is coded in parallel on the rayon pool (one reed-solomon-simd codec
/// per worker thread, reused for every row), and the results are handed to the caller's sink. So
/// memory is O(2 × batch × (K + M) × shard size), never the whole dataset. The two output
/// buffers are kept for the next call (so that calling [`Self::rebuild_rows`] row by row does not
/// allocate and page-fault fresh buffers each time); they are freed with the codec.
///
/// All calls are **synchronous and blocking** (CPU-bound, and they call the source and sink
/// inline): the async node runs them inside `tokio::task::spawn_blocking`. The source and sink
/// are only called on the calling thread, in row order; they need not be `Send`.
///
/// ```
/// use std::collections::HashMap;
/// use cairn_erasure::DatasetCodec;
/// use cairn_primitives::{Position, SlotLayout};
///
/// // 5 data blocks in rows of K = 2, M = 2 parity blocks per row: 3 rows, 4 slots.
/// let layout = SlotLayout::new(2, 2, 5)?;
/// let codec = DatasetCodec::with_shard_size(layout, 64)?; // cairn itself: DatasetCodec::new
/// let data: Vec<Vec<u8>> = (0..5).map(|i| vec![i as u8 + 1; 64]).collect();
///
/// // Every block of the protected dataset: data, zero padding, then the parity from `encode`.
/// let mut blocks: HashMap<Position, Vec<u8>> = HashMap::new();
/// for row in 0..layout.rows() {
///     for slot in 0..layout.k {
///         let position = Position { row, slot };
///         let block = layout.data_block_at(position).map_or(vec![0; 64], |i| data[i as usize].clone());
///         blocks.insert(position, block);
///     }
/// }
/// codec.encode(
///     |index| Ok::<_, std::io::Error>(data[index as usize].as_slice()),
///     |position, parity| {
///         blocks.insert(position, parity.to_vec());
///         Ok(())
///     },
/// )?;
///
/// // Slots 0 and 3 are lost; rebuild them from the two others.
/// let mut rebuilt = HashMap::new();
/// codec.rebuild(
///     &[0, 3],
///     |position| Ok::<_, std::io::Error>((position.slot != 0 && position.slot != 3).then(|| blocks[&position].as_slice())),
///     |position, block| {
///         rebuilt.insert(position, block.to_vec());
///         Ok(())
///     },
/// )?;
/// assert_eq!(rebuilt.len(), 2 * 3);
/// assert!(rebuilt.iter().all(|(position, block)| blocks[position] == *block));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct DatasetCodec {
    layout: SlotLayout,
    shard_size: usize,
    batch_rows: usize,
    rows: BatchCodec,
    zero: Vec<u8>,
    /// Output buffers of earlier calls, for reuse (at most two).
    spare: Mutex<Vec<Vec<u8>>>,
}

impl std::fmt::Debug for DatasetCodec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatasetCodec")
            .field("layout", &self.layout)
            .field("shard_size", &self.shard_size)
            .field("batch_rows", &self.batch_rows)
            .finish_non_exhaustive()
    }
}

impl DatasetCodec {
    /// A codec for `layout` with cairn's blocks of [`BLOCK_SIZE`] bytes.
    pub fn new(layout: SlotLayout) -> Result<Self, ErasureError> {
        Self::with_shard_size(layout, BLOCK_SIZE)
    }

    /// A codec for `layout` with blocks of `shard_size` bytes (even and non-zero; multiples of 64
    /// are fastest). The protocol fixes [`BLOCK_SIZE`]; other sizes are for tests and benchmarks.
    pub fn with_shard_size(layout: SlotLayout, shard_size: usize) -> Result<Self, ErasureError> {
        // The fields are public, so the layout is checked again.
        let layout = SlotLayout::new(layout.k, layout.m, layout.data_blocks)?;
        let rows = BatchCodec::new(layout.k as usize, layout.m as usize, shard_size)?;
        let row_bytes = layout.slots() as usize * shard_size;
        let batch_rows = (BATCH_BYTES / row_bytes).max(2 * rayon::current_num_threads());
        Ok(Self {
            layout,
            shard_size,
            batch_rows,
            rows,
            zero: vec![0; shard_size],
            spare: Mutex::new(Vec::new()),
        })
    }

    /// The same codec with batches of `rows` rows (at least 1). The default fills about 8 MiB
    /// per batch, and at least two rows per rayon thread.
    #[must_use]
    pub fn with_batch_rows(mut self, rows: usize) -> Self {
        self.batch_rows = rows.max(1);
        self
    }

    /// The dataset's layout.
    pub fn layout(&self) -> SlotLayout {
        self.layout
    }

    /// Bytes per block.
    pub fn shard_size(&self) -> usize {
        self.shard_size
    }

    /// Rows per batch.
    pub fn batch_rows(&self) -> usize {
        self.batch_rows
    }

    pub(crate) fn codec(&self) -> &BatchCodec {
        &self.rows
    }

    /// An all-zero block: the padding of the last row.
    pub(crate) fn zero(&self) -> &[u8] {
        &self.zero
    }

    /// An output buffer left by an earlier call, or a new one.
    pub(crate) fn take_buffer(&self) -> Vec<u8> {
        self.spare
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
            .unwrap_or_default()
    }

    /// Keeps an output buffer for the next call.
    pub(crate) fn return_buffer(&self, buffer: Vec<u8>) {
        let mut spare = self
            .spare
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if spare.len() < 2 {
            spare.push(buffer);
        }
    }

    /// `rows` cut into batches.
    pub(crate) fn batches(&self, rows: Range<u64>) -> impl Iterator<Item = Range<u64>> + use<> {
        let step = self.batch_rows as u64;
        let end = rows.end;
        (rows.start..end)
            .step_by(self.batch_rows)
            .map(move |start| start..end.min(start.saturating_add(step)))
    }

    /// Checks that a block from the source has the codec's size.
    pub(crate) fn check_block(&self, position: Position, block: &[u8]) -> Result<(), ErasureError> {
        if block.len() == self.shard_size {
            Ok(())
        } else {
            Err(ErasureError::BlockLength {
                position,
                len: block.len(),
                expected: self.shard_size,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_layout_and_shard_size() {
        let layout = SlotLayout::new(4, 2, 10).unwrap();
        let codec = DatasetCodec::new(layout).unwrap();
        assert_eq!(codec.shard_size(), BLOCK_SIZE);
        assert_eq!(codec.layout(), layout);
        assert!(codec.batch_rows() >= 2);
        assert!(format!("{codec:?}").starts_with("DatasetCodec"));
        assert_eq!(
            DatasetCodec::with_shard_size(layout, 7).unwrap_err(),
            ErasureError::ShardSize(7)
        );
        let bad = SlotLayout {
            k: 3,
            m: 0,
            data_blocks: 5,
        };
        assert!(matches!(
            DatasetCodec::new(bad),
            Err(ErasureError::Layout(_))
        ));
    }

    #[test]
    fn batches_cover_the_rows() {
        let layout = SlotLayout::new(2, 1, 20).unwrap();
        let codec = DatasetCodec::with_shard_size(layout, 64)
            .unwrap()
            .with_batch_rows(3);
        let batches: Vec<_> = codec.batches(0..10).collect();
        assert_eq!(batches, vec![0..3, 3..6, 6..9, 9..10]);
        assert_eq!(codec.batches(4..4).count(), 0);
        assert_eq!(codec.with_batch_rows(0).batch_rows(), 1);
    }

    #[test]
    fn keeps_two_buffers() {
        let layout = SlotLayout::new(2, 1, 20).unwrap();
        let codec = DatasetCodec::with_shard_size(layout, 64).unwrap();
        assert!(codec.take_buffer().is_empty());
        for len in [1, 2, 3] {
            codec.return_buffer(vec![0; len]);
        }
        assert_eq!(codec.take_buffer().len(), 2);
        assert_eq!(codec.take_buffer().len(), 1);
        assert!(codec.take_buffer().is_empty());
    }
}
