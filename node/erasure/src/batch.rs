//! Many rows at once, in parallel across the rayon pool, each worker thread with its own
//! [`RowCodec`] (created once per [`BatchCodec`], reused for every row).
//!
//! Callers hand over a bounded batch of rows, so memory stays O(batch × (K + M) × shard size)
//! however large the dataset is. [`crate::DatasetCodec`] streams whole datasets through it.

use std::sync::Mutex;

use rayon::prelude::*;

use crate::{ErasureError, RowCodec, row::Restored};

/// Row codecs for every rayon worker; codes the rows of a batch in parallel.
#[derive(Debug)]
pub struct BatchCodec {
    codecs: Vec<Mutex<RowCodec>>,
}

impl BatchCodec {
    /// Codecs for K + M shards of `shard_size` bytes, one per thread of the current rayon pool.
    pub fn new(k: usize, m: usize, shard_size: usize) -> Result<Self, ErasureError> {
        let workers = rayon::current_num_threads().max(1);
        let codecs = (0..workers)
            .map(|_| RowCodec::new(k, m, shard_size).map(Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok(Self { codecs })
    }

    fn with_codec<R>(&self, f: impl FnOnce(&mut RowCodec) -> R) -> R {
        // `codecs` is never empty (see `new`), so the index is in range.
        let codec = &self.codecs[rayon::current_thread_index().unwrap_or(0) % self.codecs.len()];
        // Each rayon worker only ever takes its own codec (and never calls into rayon while it
        // holds it), so the lock is uncontended; a poisoned lock means a panic in an earlier row,
        // and the codec resets itself on every use.
        let mut codec = codec
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

    /// Runs `f(codec, i, inputs of row i, output of row i)` for every row of a batch, in parallel:
    /// row `i`'s inputs are `inputs[i * in_len..][..in_len]`, its output
    /// `out[i * out_len..][..out_len]`. The number of rows is that of the output chunks.
    pub(crate) fn try_for_each_row<I, F>(
        &self,
        inputs: &[I],
        in_len: usize,
        out: &mut [u8],
        out_len: usize,
        f: F,
    ) -> Result<(), ErasureError>
    where
        I: Sync,
        F: Fn(&mut RowCodec, usize, &[I], &mut [u8]) -> Result<(), ErasureError> + Sync,
    {
        if in_len == 0 || out_len == 0 {
            return Ok(());
        }
        inputs
            .par_chunks(in_len)
            .zip(out.par_chunks_mut(out_len))
            .enumerate()
            .try_for_each(|(i, (row, out))| self.with_codec(|codec| f(codec, i, row, out)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_match_row_by_row() {
        let (k, m, size) = (3, 2, 256);
        let batch = BatchCodec::new(k, m, size).unwrap();
        let rows: Vec<Vec<Vec<u8>>> = (0..9)
            .map(|r| (0..k).map(|c| vec![(r * 16 + c) as u8; size]).collect())
            .collect();
        let parity = batch.encode_rows(&rows).unwrap();
        let mut single = RowCodec::new(k, m, size).unwrap();
        for (row, p) in rows.iter().zip(&parity) {
            assert_eq!(&single.encode(row).unwrap(), p);
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
        let restored = batch.rebuild_rows(&damaged).unwrap();
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

    #[test]
    fn each_row_gets_its_inputs_and_output() {
        let batch = BatchCodec::new(2, 1, 64).unwrap();
        let inputs: Vec<u8> = (0..10).collect();
        let mut out = vec![0u8; 5 * 3];
        batch
            .try_for_each_row(&inputs, 2, &mut out, 3, |_, i, row, out| {
                out.fill(row[0] + row[1] + i as u8);
                Ok(())
            })
            .unwrap();
        let expected: Vec<u8> = (0..5u8).flat_map(|i| [4 * i + 1 + i; 3]).collect();
        assert_eq!(out, expected);
        let failed = batch.try_for_each_row(&inputs, 2, &mut out, 3, |_, i, _, _| {
            if i == 3 {
                Err(ErasureError::NotRestored(i))
            } else {
                Ok(())
            }
        });
        assert_eq!(failed, Err(ErasureError::NotRestored(3)));
    }
}
