//! Many rows at once, in parallel across the rayon pool, each worker thread with its own codec
//! (created once per [`BatchCodec`], reused for every row).
//!
//! Callers hand over a bounded batch of rows (e.g. 16), so memory stays O(batch × (K + M) ×
//! shard size) however large the dataset is; the node calls these from `spawn_blocking`.

use std::sync::Mutex;

use rayon::prelude::*;

use crate::{ErasureError, RowCodec, row::Restored};

/// Row codecs for every rayon worker.
#[derive(Debug)]
pub struct BatchCodec {
    codecs: Vec<Mutex<RowCodec>>,
}

impl BatchCodec {
    /// Codecs for K + M shards of `shard_size` bytes.
    pub fn new(k: usize, m: usize, shard_size: usize) -> Result<Self, ErasureError> {
        let workers = rayon::current_num_threads().max(1);
        let codecs = (0..workers)
            .map(|_| RowCodec::new(k, m, shard_size).map(Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok(Self { codecs })
    }

    fn with_codec<R>(&self, f: impl FnOnce(&mut RowCodec) -> R) -> R {
        let index = rayon::current_thread_index().unwrap_or(0) % self.codecs.len();
        // Each rayon worker only ever takes its own codec, so the lock is uncontended; a poisoned
        // lock means a panic in a previous row, and the codec resets itself on every use.
        let mut codec = self.codecs[index]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut codec)
    }

    /// Parity of each row: `rows[i]` holds K data shards; the result's `[i]` holds M parity shards.
    pub fn encode_rows<T: AsRef<[u8]> + Sync>(
        &self,
        rows: &[Vec<T>],
    ) -> Result<Vec<Vec<Vec<u8>>>, ErasureError> {
        rows.par_iter()
            .map(|row| self.with_codec(|codec| codec.encode(row)))
            .collect()
    }

    /// The missing shards of each row (see [`RowCodec::rebuild`]).
    pub fn rebuild_rows(&self, rows: &[Vec<Option<&[u8]>>]) -> Result<Vec<Restored>, ErasureError> {
        rows.par_iter()
            .map(|row| self.with_codec(|codec| codec.rebuild(row)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_match_row_by_row() {
        let (k, m, size) = (3, 2, 256);
        let batch = BatchCodec::new(k, m, size).expect("batch codec");
        let rows: Vec<Vec<Vec<u8>>> = (0..9)
            .map(|r| (0..k).map(|c| vec![(r * 16 + c) as u8; size]).collect())
            .collect();
        let parity = batch.encode_rows(&rows).expect("batch");
        let mut single = RowCodec::new(k, m, size).expect("codec");
        for (row, p) in rows.iter().zip(&parity) {
            assert_eq!(&single.encode(row).expect("row"), p);
        }
        let full: Vec<Vec<Vec<u8>>> = rows
            .iter()
            .zip(&parity)
            .map(|(d, p)| d.iter().chain(p).cloned().collect())
            .collect();
        let damaged: Vec<Vec<Option<&[u8]>>> = full
            .iter()
            .enumerate()
            .map(|(i, row)| {
                row.iter()
                    .enumerate()
                    .map(|(j, s)| {
                        (j != i % (k + m) && j != (i + 2) % (k + m)).then_some(s.as_slice())
                    })
                    .collect()
            })
            .collect();
        let restored = batch.rebuild_rows(&damaged).expect("rebuild");
        for (i, (row, fixes)) in full.iter().zip(restored).enumerate() {
            let mut expected = vec![i % (k + m), (i + 2) % (k + m)];
            expected.sort_unstable();
            assert_eq!(fixes.iter().map(|(j, _)| *j).collect::<Vec<_>>(), expected);
            for (j, bytes) in fixes {
                assert_eq!(bytes, row[j]);
            }
        }
        assert!(BatchCodec::new(0, 1, size).is_err());
    }
}
