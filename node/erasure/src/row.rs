//! Encoding and rebuilding one row of K data and M parity shards.

use cairn_primitives::SlotLayout;
use reed_solomon_simd::{ReedSolomonDecoder, ReedSolomonEncoder};

use crate::ErasureError;

/// Shards restored by [`RowCodec::rebuild`]: `(index in the row, bytes)`, in index order.
pub type Restored = Vec<(usize, Vec<u8>)>;

/// Encodes and rebuilds rows of `k` data and `m` parity shards of `shard_size` bytes.
///
/// It keeps one reed-solomon-simd encoder (and, from the first rebuild on, one decoder) and resets
/// them from row to row, so their work buffers are allocated once. Shard index `i < k` is data
/// shard `i`, index `k + p` is parity shard `p`: in cairn, the index is the slot.
pub struct RowCodec {
    k: usize,
    m: usize,
    shard_size: usize,
    encoder: ReedSolomonEncoder,
    /// Created on the first rebuild that needs it: its work buffer is large and encoding never does.
    decoder: Option<ReedSolomonDecoder>,
}

impl std::fmt::Debug for RowCodec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowCodec")
            .field("k", &self.k)
            .field("m", &self.m)
            .field("shard_size", &self.shard_size)
            .field("decoder", &self.decoder.is_some())
            .finish()
    }
}

impl RowCodec {
    /// A codec for K + M shards of `shard_size` bytes (even and non-zero; cairn uses
    /// [`cairn_primitives::BLOCK_SIZE`]; multiples of 64 are fastest).
    pub fn new(k: usize, m: usize, shard_size: usize) -> Result<Self, ErasureError> {
        if k == 0 || m == 0 || !ReedSolomonEncoder::supports(k, m) {
            return Err(ErasureError::Unsupported { k, m });
        }
        if shard_size == 0 || !shard_size.is_multiple_of(2) {
            return Err(ErasureError::ShardSize(shard_size));
        }
        let encoder = ReedSolomonEncoder::new(k, m, shard_size)?;
        Ok(Self {
            k,
            m,
            shard_size,
            encoder,
            decoder: None,
        })
    }

    /// A codec for the rows of `layout` (checked again: its fields are public).
    pub fn for_layout(layout: &SlotLayout, shard_size: usize) -> Result<Self, ErasureError> {
        let layout = SlotLayout::new(layout.k, layout.m, layout.data_blocks)?;
        Self::new(layout.k as usize, layout.m as usize, shard_size)
    }

    /// K: data shards per row.
    pub fn k(&self) -> usize {
        self.k
    }

    /// M: parity shards per row.
    pub fn m(&self) -> usize {
        self.m
    }

    /// Bytes per shard.
    pub fn shard_size(&self) -> usize {
        self.shard_size
    }

    /// The M parity shards of a row of K data shards, as new vectors. [`Self::encode_into`] writes
    /// them into a buffer instead.
    pub fn encode<T: AsRef<[u8]>>(&mut self, data: &[T]) -> Result<Vec<Vec<u8>>, ErasureError> {
        let mut parity = vec![0; self.m * self.shard_size];
        self.encode_into(data, &mut parity)?;
        Ok(parity
            .chunks_exact(self.shard_size)
            .map(<[u8]>::to_vec)
            .collect())
    }

    /// Encodes a row of K data shards and writes its M parity shards one after the other into
    /// `parity`, which must hold exactly M × shard size bytes.
    pub fn encode_into<T: AsRef<[u8]>>(
        &mut self,
        data: &[T],
        parity: &mut [u8],
    ) -> Result<(), ErasureError> {
        if data.len() != self.k {
            return Err(ErasureError::ShardCount {
                count: data.len(),
                expected: self.k,
            });
        }
        self.check_output(parity, self.m)?;
        for (index, shard) in data.iter().enumerate() {
            self.check_shard(index, shard.as_ref())?;
        }
        self.encoder.reset(self.k, self.m, self.shard_size)?;
        for shard in data {
            self.encoder.add_original_shard(shard)?;
        }
        let result = self.encoder.encode()?;
        for (p, out) in parity.chunks_exact_mut(self.shard_size).enumerate() {
            out.copy_from_slice(result.recovery(p).ok_or(ErasureError::NotRestored(p))?);
        }
        Ok(())
    }

    /// The missing shards of a row: `shards` holds the K data shards then the M parity shards,
    /// `None` where lost. Needs any K present; returns `(index, bytes)` for every missing shard,
    /// data and parity alike, in index order. More than M missing is
    /// [`ErasureError::TooManyLost`].
    pub fn rebuild<T: AsRef<[u8]>>(
        &mut self,
        shards: &[Option<T>],
    ) -> Result<Restored, ErasureError> {
        let wanted: Vec<usize> = shards
            .iter()
            .enumerate()
            .filter(|(_, shard)| shard.is_none())
            .map(|(index, _)| index)
            .collect();
        let mut out = vec![0; wanted.len() * self.shard_size];
        self.restore_into(shards, &wanted, &mut out)?;
        Ok(wanted
            .into_iter()
            .zip(out.chunks_exact(self.shard_size).map(<[u8]>::to_vec))
            .collect())
    }

    /// [`Self::rebuild`] for owned shards: fills every `None` in place.
    pub fn rebuild_in_place(&mut self, shards: &mut [Option<Vec<u8>>]) -> Result<(), ErasureError> {
        let borrowed: Vec<Option<&[u8]>> = shards.iter().map(Option::as_deref).collect();
        let restored = self.rebuild(&borrowed)?;
        for (index, bytes) in restored {
            if let Some(slot) = shards.get_mut(index) {
                *slot = Some(bytes);
            }
        }
        Ok(())
    }

    /// Writes the shards at indexes `wanted` (K + M indexes as in [`Self::rebuild`]) one after
    /// the other into `out` (`wanted.len()` × shard size bytes), from the present shards of the row
    /// (`None` where missing; at least K present). Present wanted shards are copied; missing data
    /// is decoded, missing parity re-encoded from the complete data (reed-solomon-simd's decoder
    /// only restores data). Nothing is decoded or encoded that no wanted shard needs.
    pub fn restore_into<T: AsRef<[u8]>>(
        &mut self,
        shards: &[Option<T>],
        wanted: &[usize],
        out: &mut [u8],
    ) -> Result<(), ErasureError> {
        let (k, m, size) = (self.k, self.m, self.shard_size);
        let total = k + m;
        if shards.len() != total {
            return Err(ErasureError::ShardCount {
                count: shards.len(),
                expected: total,
            });
        }
        self.check_output(out, wanted.len())?;
        if let Some(&index) = wanted.iter().find(|&&index| index >= total) {
            return Err(ErasureError::ShardIndex {
                index,
                count: total,
            });
        }
        let mut present = 0;
        for (index, shard) in shards.iter().enumerate() {
            if let Some(shard) = shard {
                self.check_shard(index, shard.as_ref())?;
                present += 1;
            }
        }
        if present < k {
            return Err(ErasureError::TooManyLost {
                row: None,
                lost: total - present,
                tolerance: m,
            });
        }
        let shard = |index: usize| {
            shards
                .get(index)
                .and_then(|s| s.as_ref().map(AsRef::as_ref))
        };
        let (data, parity) = shards.split_at(k);
        let data_missing = data.iter().any(Option::is_none);
        let need_data = wanted.iter().any(|&i| i < k && shard(i).is_none());
        let need_parity = wanted.iter().any(|&i| i >= k && shard(i).is_none());

        let Self {
            encoder, decoder, ..
        } = self;
        let decoded = if data_missing && (need_data || need_parity) {
            let decoder = match decoder {
                Some(decoder) => {
                    decoder.reset(k, m, size)?;
                    decoder
                }
                None => decoder.insert(ReedSolomonDecoder::new(k, m, size)?),
            };
            for (index, shard) in data.iter().enumerate() {
                if let Some(shard) = shard {
                    decoder.add_original_shard(index, shard)?;
                }
            }
            for (index, shard) in parity.iter().enumerate() {
                if let Some(shard) = shard {
                    decoder.add_recovery_shard(index, shard)?;
                }
            }
            Some(decoder.decode()?)
        } else {
            None
        };
        let data_shard = |index: usize| {
            shard(index)
                .or_else(|| decoded.as_ref()?.restored_original(index))
                .ok_or(ErasureError::NotRestored(index))
        };
        let encoded = if need_parity {
            encoder.reset(k, m, size)?;
            for index in 0..k {
                encoder.add_original_shard(data_shard(index)?)?;
            }
            Some(encoder.encode()?)
        } else {
            None
        };
        for (&index, out) in wanted.iter().zip(out.chunks_exact_mut(size)) {
            let bytes = match shard(index) {
                Some(bytes) => bytes,
                None if index < k => data_shard(index)?,
                None => encoded
                    .as_ref()
                    .and_then(|e| e.recovery(index - k))
                    .ok_or(ErasureError::NotRestored(index))?,
            };
            out.copy_from_slice(bytes);
        }
        Ok(())
    }

    fn check_shard(&self, index: usize, shard: &[u8]) -> Result<(), ErasureError> {
        if shard.len() == self.shard_size {
            Ok(())
        } else {
            Err(ErasureError::ShardLength {
                index,
                len: shard.len(),
                expected: self.shard_size,
            })
        }
    }

    fn check_output(&self, out: &[u8], shards: usize) -> Result<(), ErasureError> {
        let expected = shards * self.shard_size;
        if out.len() == expected {
            Ok(())
        } else {
            Err(ErasureError::OutputLength {
                len: out.len(),
                expected,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cairn_primitives::testing::pseudo_random_bytes;
    use proptest::prelude::*;

    fn full_row(codec: &mut RowCodec, seed: u64) -> Vec<Vec<u8>> {
        let data: Vec<Vec<u8>> = (0..codec.k())
            .map(|i| {
                pseudo_random_bytes(
                    codec.shard_size(),
                    seed.wrapping_mul(1000).wrapping_add(i as u64),
                )
            })
            .collect();
        let parity = codec.encode(&data).unwrap();
        data.into_iter().chain(parity).collect()
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(
            RowCodec::new(0, 1, 64).unwrap_err(),
            ErasureError::Unsupported { k: 0, m: 1 }
        );
        assert!(RowCodec::new(2, 0, 64).is_err());
        assert!(RowCodec::new(40_000, 40_000, 64).is_err());
        assert_eq!(
            RowCodec::new(2, 1, 63).unwrap_err(),
            ErasureError::ShardSize(63)
        );
        assert_eq!(
            RowCodec::new(2, 1, 0).unwrap_err(),
            ErasureError::ShardSize(0)
        );
        let bad_layout = SlotLayout {
            k: 0,
            m: 1,
            data_blocks: 1,
        };
        assert!(matches!(
            RowCodec::for_layout(&bad_layout, 64),
            Err(ErasureError::Layout(_))
        ));

        let mut codec = RowCodec::new(2, 1, 64).unwrap();
        assert_eq!(
            codec.encode(&[vec![0u8; 64]]).unwrap_err(),
            ErasureError::ShardCount {
                count: 1,
                expected: 2
            }
        );
        assert_eq!(
            codec.encode(&[vec![0u8; 64], vec![0; 62]]).unwrap_err(),
            ErasureError::ShardLength {
                index: 1,
                len: 62,
                expected: 64
            }
        );
        assert!(matches!(
            codec.encode_into(&[vec![0u8; 64], vec![0; 64]], &mut [0; 10]),
            Err(ErasureError::OutputLength { .. })
        ));
        let mut row = vec![None, None, Some(vec![0u8; 64])];
        assert_eq!(
            codec.rebuild_in_place(&mut row),
            Err(ErasureError::TooManyLost {
                row: None,
                lost: 2,
                tolerance: 1
            })
        );
        assert!(matches!(
            codec.rebuild(&[Some([0u8; 64])]),
            Err(ErasureError::ShardCount { .. })
        ));
        let full = full_row(&mut codec, 1);
        let shards: Vec<Option<&[u8]>> = full.iter().map(|s| Some(s.as_slice())).collect();
        assert_eq!(
            codec.restore_into(&shards, &[3], &mut [0; 64]),
            Err(ErasureError::ShardIndex { index: 3, count: 3 })
        );
    }

    #[test]
    fn k4_m2_any_two_lost_rebuild_exactly() {
        let mut codec = RowCodec::new(4, 2, 1024).unwrap();
        let full = full_row(&mut codec, 7);
        for a in 0..6 {
            for b in a + 1..6 {
                let mut row: Vec<Option<Vec<u8>>> = full.iter().cloned().map(Some).collect();
                row[a] = None;
                row[b] = None;
                codec.rebuild_in_place(&mut row).unwrap();
                let rebuilt: Vec<Vec<u8>> = row.into_iter().map(Option::unwrap).collect();
                assert_eq!(rebuilt, full, "lost {a} and {b}");
            }
        }
    }

    #[test]
    fn restore_into_copies_present_and_fills_missing() {
        let mut codec = RowCodec::new(3, 2, 128).unwrap();
        let full = full_row(&mut codec, 3);
        // Data shard 1 and parity shard 0 missing; ask for them and for present shard 2.
        let shards: Vec<Option<&[u8]>> = full
            .iter()
            .enumerate()
            .map(|(i, s)| (i != 1 && i != 3).then_some(s.as_slice()))
            .collect();
        let mut out = vec![0; 3 * 128];
        codec.restore_into(&shards, &[3, 1, 2], &mut out).unwrap();
        assert_eq!(out[..128], full[3][..]);
        assert_eq!(out[128..256], full[1][..]);
        assert_eq!(out[256..], full[2][..]);
        // Nothing wanted: nothing to do.
        codec.restore_into(&shards, &[], &mut []).unwrap();
    }

    proptest! {
        #[test]
        fn random_losses_up_to_m_rebuild(k in 1usize..12, m in 1usize..8, seed in any::<u64>(), lose in any::<u64>()) {
            let mut codec = RowCodec::new(k, m, 128).unwrap();
            let full = full_row(&mut codec, seed);
            let n = k + m;
            let count = ((lose % (m as u64 + 2)) as usize).min(n); // 0..=m+1
            let mut row: Vec<Option<Vec<u8>>> = full.iter().cloned().map(Some).collect();
            let mut pick = lose;
            let mut removed = 0;
            while removed < count {
                let i = (pick % n as u64) as usize;
                pick = pick.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                if row[i].take().is_some() {
                    removed += 1;
                }
            }
            let result = codec.rebuild_in_place(&mut row);
            if removed <= m {
                prop_assert!(result.is_ok());
                let rebuilt: Vec<Vec<u8>> = row.into_iter().map(Option::unwrap).collect();
                prop_assert_eq!(rebuilt, full);
            } else {
                prop_assert_eq!(result, Err(ErasureError::TooManyLost { row: None, lost: removed, tolerance: m }));
            }
        }
    }
}
