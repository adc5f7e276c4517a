//! Encoding and rebuilding one row of blocks.

use reed_solomon_simd::{ReedSolomonDecoder, ReedSolomonEncoder};

/// Why a row could not be encoded or rebuilt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErasureError {
    /// K and M that reed-solomon-simd cannot code.
    #[error("unsupported shape: k = {k}, m = {m}")]
    Unsupported {
        /// Data shards.
        k: usize,
        /// Parity shards.
        m: usize,
    },
    /// Shards of the wrong size or count.
    #[error("invalid shards: {0}")]
    InvalidShards(String),
    /// More shards lost than the row tolerates.
    #[error("{lost} of {total} blocks of the row are missing; at most {tolerance} can be rebuilt")]
    TooManyLost {
        /// Missing shards.
        lost: usize,
        /// Shards in the row.
        total: usize,
        /// M.
        tolerance: usize,
    },
    /// reed-solomon-simd failed.
    #[error("reed-solomon: {0}")]
    Codec(String),
}

fn codec_error(err: reed_solomon_simd::Error) -> ErasureError {
    ErasureError::Codec(err.to_string())
}

/// Shards restored by a rebuild: `(index in the row, bytes)`, in index order.
pub type Restored = Vec<(usize, Vec<u8>)>;

/// Encodes and rebuilds rows of `k` data and `m` parity shards of `shard_size` bytes, reusing its
/// reed-solomon-simd encoder and decoder from row to row.
pub struct RowCodec {
    k: usize,
    m: usize,
    shard_size: usize,
    encoder: ReedSolomonEncoder,
    /// Created on the first rebuild: its work buffers are large and encoding never needs them.
    decoder: Option<ReedSolomonDecoder>,
}

impl std::fmt::Debug for RowCodec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowCodec")
            .field("k", &self.k)
            .field("m", &self.m)
            .field("shard_size", &self.shard_size)
            .finish()
    }
}

impl RowCodec {
    /// A codec for K + M shards of `shard_size` bytes (even, non-zero; 64 KiB blocks in cairn).
    pub fn new(k: usize, m: usize, shard_size: usize) -> Result<Self, ErasureError> {
        if k == 0 || m == 0 || !ReedSolomonEncoder::supports(k, m) {
            return Err(ErasureError::Unsupported { k, m });
        }
        if shard_size == 0 || !shard_size.is_multiple_of(2) {
            return Err(ErasureError::InvalidShards(format!(
                "shard size {shard_size} must be even and non-zero"
            )));
        }
        let encoder = ReedSolomonEncoder::new(k, m, shard_size).map_err(codec_error)?;
        Ok(Self {
            k,
            m,
            shard_size,
            encoder,
            decoder: None,
        })
    }

    /// K.
    pub fn k(&self) -> usize {
        self.k
    }

    /// M.
    pub fn m(&self) -> usize {
        self.m
    }

    /// The M parity shards of a row of K data shards.
    pub fn encode<T: AsRef<[u8]>>(&mut self, data: &[T]) -> Result<Vec<Vec<u8>>, ErasureError> {
        if data.len() != self.k {
            return Err(ErasureError::InvalidShards(format!(
                "{} data shards, expected {}",
                data.len(),
                self.k
            )));
        }
        self.encoder
            .reset(self.k, self.m, self.shard_size)
            .map_err(codec_error)?;
        for shard in data {
            self.check_size(shard.as_ref())?;
            self.encoder
                .add_original_shard(shard)
                .map_err(codec_error)?;
        }
        let result = self.encoder.encode().map_err(codec_error)?;
        Ok(result.recovery_iter().map(<[u8]>::to_vec).collect())
    }

    /// The missing shards of a row: `shards` holds the K data shards then the M parity shards,
    /// `None` where lost. Needs any K present; returns `(index, bytes)` for every missing shard,
    /// data and parity alike, in index order. Surviving shards are only borrowed.
    pub fn rebuild(&mut self, shards: &[Option<&[u8]>]) -> Result<Restored, ErasureError> {
        let total = self.k + self.m;
        if shards.len() != total {
            return Err(ErasureError::InvalidShards(format!(
                "{} shards, expected {total}",
                shards.len()
            )));
        }
        let lost = shards.iter().filter(|s| s.is_none()).count();
        if lost > self.m {
            return Err(ErasureError::TooManyLost {
                lost,
                total,
                tolerance: self.m,
            });
        }
        if lost == 0 {
            return Ok(Vec::new());
        }
        for shard in shards.iter().flatten() {
            self.check_size(shard)?;
        }
        let mut restored_data: Vec<(usize, Vec<u8>)> = Vec::new();
        if shards[..self.k].iter().any(Option::is_none) {
            let decoder = match &mut self.decoder {
                Some(decoder) => {
                    decoder
                        .reset(self.k, self.m, self.shard_size)
                        .map_err(codec_error)?;
                    decoder
                }
                None => self.decoder.insert(
                    ReedSolomonDecoder::new(self.k, self.m, self.shard_size)
                        .map_err(codec_error)?,
                ),
            };
            for (i, shard) in shards.iter().enumerate() {
                if let Some(bytes) = shard {
                    if i < self.k {
                        decoder.add_original_shard(i, bytes).map_err(codec_error)?;
                    } else {
                        decoder
                            .add_recovery_shard(i - self.k, bytes)
                            .map_err(codec_error)?;
                    }
                }
            }
            let result = decoder.decode().map_err(codec_error)?;
            restored_data = result
                .restored_original_iter()
                .map(|(i, bytes)| (i, bytes.to_vec()))
                .collect();
        }
        let mut out = restored_data;
        // Lost parity is recomputed from the complete data.
        if shards[self.k..].iter().any(Option::is_none) {
            let data: Vec<&[u8]> = (0..self.k)
                .map(|i| {
                    shards[i]
                        .or_else(|| out.iter().find(|(j, _)| *j == i).map(|(_, b)| b.as_slice()))
                        .ok_or_else(|| {
                            ErasureError::Codec(format!("data shard {i} was not restored"))
                        })
                })
                .collect::<Result<_, _>>()?;
            let parity = self.encode(&data)?;
            let lost_parity: Vec<(usize, Vec<u8>)> = parity
                .into_iter()
                .enumerate()
                .filter(|(p, _)| shards[self.k + p].is_none())
                .map(|(p, bytes)| (self.k + p, bytes))
                .collect();
            out.extend(lost_parity);
        }
        out.sort_by_key(|(i, _)| *i);
        Ok(out)
    }

    /// [`Self::rebuild`] for owned shards: fills every `None` in place.
    pub fn rebuild_in_place(&mut self, shards: &mut [Option<Vec<u8>>]) -> Result<(), ErasureError> {
        let borrowed: Vec<Option<&[u8]>> = shards.iter().map(|s| s.as_deref()).collect();
        let restored = self.rebuild(&borrowed)?;
        for (i, bytes) in restored {
            shards[i] = Some(bytes);
        }
        Ok(())
    }

    fn check_size(&self, shard: &[u8]) -> Result<(), ErasureError> {
        if shard.len() == self.shard_size {
            Ok(())
        } else {
            Err(ErasureError::InvalidShards(format!(
                "shard of {} bytes, expected {}",
                shard.len(),
                self.shard_size
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shard(seed: usize, size: usize) -> Vec<u8> {
        (0..size)
            .map(|i| ((i * 31 + seed * 7919) % 251) as u8)
            .collect()
    }

    #[test]
    fn rejects_bad_input() {
        assert!(RowCodec::new(0, 1, 64).is_err());
        assert!(RowCodec::new(2, 0, 64).is_err());
        assert!(RowCodec::new(2, 1, 63).is_err());
        let mut codec = RowCodec::new(2, 1, 64).expect("codec");
        assert!(codec.encode(&[shard(0, 64)]).is_err());
        assert!(codec.encode(&[shard(0, 64), shard(1, 62)]).is_err());
        let mut row = vec![None, None, Some(shard(0, 64))];
        assert_eq!(
            codec.rebuild_in_place(&mut row),
            Err(ErasureError::TooManyLost {
                lost: 2,
                total: 3,
                tolerance: 1
            })
        );
    }

    #[test]
    fn k4_m2_any_two_lost_rebuild_exactly() {
        let mut codec = RowCodec::new(4, 2, 1024).expect("codec");
        let data: Vec<Vec<u8>> = (0..4).map(|i| shard(i, 1024)).collect();
        let parity = codec.encode(&data).expect("encode");
        let full: Vec<Vec<u8>> = data.into_iter().chain(parity).collect();
        for a in 0..6 {
            for b in a + 1..6 {
                let mut row: Vec<Option<Vec<u8>>> = full.iter().cloned().map(Some).collect();
                row[a] = None;
                row[b] = None;
                codec.rebuild_in_place(&mut row).expect("rebuild");
                let rebuilt: Vec<Vec<u8>> = row.into_iter().map(|s| s.expect("filled")).collect();
                assert_eq!(rebuilt, full, "lost {a} and {b}");
            }
        }
    }

    proptest! {
        #[test]
        fn random_losses_up_to_m_rebuild(k in 1usize..12, m in 1usize..8, seed in any::<u64>(), lose in any::<u64>()) {
            let size = 128;
            let mut codec = RowCodec::new(k, m, size).expect("codec");
            let data: Vec<Vec<u8>> = (0..k).map(|i| shard(i + seed as usize % 1000, size)).collect();
            let parity = codec.encode(&data).expect("encode");
            let full: Vec<Vec<u8>> = data.into_iter().chain(parity).collect();
            let n = k + m;
            let count = (lose % (m as u64 + 2)) as usize; // 0..=m+1
            let mut row: Vec<Option<Vec<u8>>> = full.iter().cloned().map(Some).collect();
            let mut pick = lose;
            let mut removed = 0;
            while removed < count.min(n) {
                let i = (pick % n as u64) as usize;
                pick = pick.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                if row[i].is_some() {
                    row[i] = None;
                    removed += 1;
                }
            }
            let result = codec.rebuild_in_place(&mut row);
            if removed <= m {
                prop_assert!(result.is_ok());
                let rebuilt: Vec<Vec<u8>> = row.into_iter().map(|s| s.expect("filled")).collect();
                prop_assert_eq!(rebuilt, full);
            } else {
                let is_too_many = matches!(result, Err(ErasureError::TooManyLost { .. }));
                prop_assert!(is_too_many);
            }
        }
    }
}
