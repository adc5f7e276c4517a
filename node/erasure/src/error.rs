//! Why coding failed: [`ErasureError`] for the codec itself, [`StreamError`] for the streaming
//! calls, which also carry the caller's source and sink errors.

use cairn_primitives::{LayoutError, Position};

/// Why a row or a dataset could not be encoded or rebuilt.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ErasureError {
    /// The slot layout is not valid (K or M zero, too many slots, no blocks).
    #[error("invalid slot layout: {0}")]
    Layout(#[from] LayoutError),
    /// K and M that reed-solomon-simd cannot code.
    #[error("unsupported shape: k = {k}, m = {m}")]
    Unsupported {
        /// Data shards per row.
        k: usize,
        /// Parity shards per row.
        m: usize,
    },
    /// A shard size reed-solomon-simd cannot code: it must be even and non-zero.
    #[error("shard size {0} is not supported: it must be even and non-zero")]
    ShardSize(usize),
    /// A row was given the wrong number of shards.
    #[error("{count} shards given, expected {expected}")]
    ShardCount {
        /// Shards given.
        count: usize,
        /// Shards the call needs.
        expected: usize,
    },
    /// A shard of a row has the wrong length.
    #[error("shard {index} has {len} bytes, expected {expected}")]
    ShardLength {
        /// Index of the shard in the row (data first, then parity).
        index: usize,
        /// Its length.
        len: usize,
        /// The codec's shard size.
        expected: usize,
    },
    /// A shard index past the end of the row.
    #[error("shard index {index} out of range: a row has {count} shards")]
    ShardIndex {
        /// The index asked for.
        index: usize,
        /// K + M.
        count: usize,
    },
    /// An output buffer of the wrong length.
    #[error("output buffer of {len} bytes, expected {expected}")]
    OutputLength {
        /// Its length.
        len: usize,
        /// Shards to write times the shard size.
        expected: usize,
    },
    /// A block handed over by a source has the wrong length.
    #[error("block at row {}, slot {} has {len} bytes, expected {expected}", .position.row, .position.slot)]
    BlockLength {
        /// Where the block belongs.
        position: Position,
        /// Its length.
        len: usize,
        /// The codec's shard size.
        expected: usize,
    },
    /// More blocks of a row are missing than its parity can restore.
    #[error("{lost} blocks of {} are missing; at most {tolerance} can be rebuilt", row_label(*.row))]
    TooManyLost {
        /// The row in the dataset; `None` when a single row was coded on its own ([`crate::RowCodec`]).
        row: Option<u64>,
        /// Blocks of the row that are missing or unavailable.
        lost: usize,
        /// M.
        tolerance: usize,
    },
    /// More whole slots are lost than the dataset's parity can restore.
    #[error("{lost} slots lost; at most {tolerance} can be rebuilt")]
    TooManySlotsLost {
        /// Distinct slots given as lost.
        lost: usize,
        /// M.
        tolerance: usize,
    },
    /// A slot index past the end of the layout.
    #[error("slot {slot} out of range: the layout has {slots} slots")]
    SlotOutOfRange {
        /// The slot asked for.
        slot: u32,
        /// N = K + M.
        slots: u32,
    },
    /// A range of rows not inside the layout.
    #[error("rows {start}..{end} out of range: the layout has {rows} rows")]
    RowsOutOfRange {
        /// First row asked for.
        start: u64,
        /// End of the range asked for (exclusive).
        end: u64,
        /// R.
        rows: u64,
    },
    /// reed-solomon-simd did not hand back a shard it should have produced (a bug, not bad input).
    #[error("reed-solomon-simd did not produce shard {0}")]
    NotRestored(usize),
    /// reed-solomon-simd rejected a call.
    #[error("reed-solomon: {0}")]
    Codec(#[from] reed_solomon_simd::Error),
}

fn row_label(row: Option<u64>) -> String {
    row.map_or_else(|| "the row".to_owned(), |row| format!("row {row}"))
}

impl ErasureError {
    /// The error with the dataset row it happened in, where it names one.
    pub(crate) fn in_row(self, row: u64) -> Self {
        match self {
            Self::TooManyLost {
                row: None,
                lost,
                tolerance,
            } => Self::TooManyLost {
                row: Some(row),
                lost,
                tolerance,
            },
            other => other,
        }
    }
}

/// Why a streaming [`crate::DatasetCodec`] call stopped: the codec failed, or the caller's block
/// source or sink returned an error (passed through unchanged).
#[derive(Debug, thiserror::Error)]
pub enum StreamError<E> {
    /// Coding failed, or the input was invalid.
    #[error(transparent)]
    Erasure(#[from] ErasureError),
    /// The block source failed.
    #[error("block source: {0}")]
    Source(E),
    /// The block sink failed.
    #[error("block sink: {0}")]
    Sink(E),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_row() {
        let single = ErasureError::TooManyLost {
            row: None,
            lost: 3,
            tolerance: 2,
        };
        assert_eq!(
            single.to_string(),
            "3 blocks of the row are missing; at most 2 can be rebuilt"
        );
        assert_eq!(
            single.in_row(7).to_string(),
            "3 blocks of row 7 are missing; at most 2 can be rebuilt"
        );
        let block = ErasureError::BlockLength {
            position: Position { row: 1, slot: 2 },
            len: 3,
            expected: 64,
        };
        assert_eq!(
            block.to_string(),
            "block at row 1, slot 2 has 3 bytes, expected 64"
        );
        assert_eq!(block.clone().in_row(9), block);
        let stream: StreamError<String> = StreamError::Source("disk on fire".into());
        assert_eq!(stream.to_string(), "block source: disk on fire");
    }
}
