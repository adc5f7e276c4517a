//! Protecting a stored dataset: erasure-code it into K + M slots (DESIGN.md §3) and store the
//! protected dataset, whose tree covers all (K + M) · R blocks in slot-major order.
//!
//! Data blocks are not copied: the protected dataset references the blocks the store already has;
//! only parity blocks (and one zero block for padding) are new. Rows are processed in batches, so
//! memory stays bounded whatever the dataset size, and encoding runs on the blocking pool.

use bytes::Bytes;
use cairn_erasure::{BatchCodec, ErasureError};
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest, Position, Protection, SlotLayout};
use cairn_store::{Store, StoreError, WriteMeta};

/// Rows encoded per batch (16 rows of K blocks).
const ROWS_PER_BATCH: u64 = 16;

/// Why a dataset could not be protected.
#[derive(Debug, thiserror::Error)]
pub enum ProtectError {
    /// K or M out of range.
    #[error("invalid erasure coding parameters: {0}")]
    Layout(#[from] cairn_primitives::LayoutError),
    /// The dataset is already erasure-coded.
    #[error("dataset {0} is already protected")]
    AlreadyProtected(Cid),
    /// Encoding failed.
    #[error("erasure coding: {0}")]
    Erasure(#[from] ErasureError),
    /// The store failed (or the dataset is unknown).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The encoding task failed.
    #[error("encoding task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// Erasure-codes dataset `cid` with `k` data and `m` parity slots; returns the protected
/// manifest's CID and the manifest.
pub async fn protect(
    store: &Store,
    cid: &Cid,
    k: u32,
    m: u32,
) -> Result<(Cid, Manifest), ProtectError> {
    let reader = store.reader(cid).await?;
    let original = reader.manifest().clone();
    if original.protection.is_some() {
        return Err(ProtectError::AlreadyProtected(*cid));
    }
    let layout = SlotLayout::new(k, m, original.block_count)?;
    // Fails on unsupported shapes before anything is written.
    let codec = std::sync::Arc::new(BatchCodec::new(k as usize, m as usize, BLOCK_SIZE)?);
    let zero = Bytes::from(vec![0u8; BLOCK_SIZE]);
    let zero_hash = BlockHash::of(&zero);
    let mut writer = store.writer().await?;
    let mut zero_written = false;

    let rows = layout.rows();
    let mut row = 0;
    while row < rows {
        let end = (row + ROWS_PER_BATCH).min(rows);
        // The batch's data blocks, read and verified; positions past the data are zero padding.
        let data_indexes: Vec<u64> =
            (row * u64::from(k)..(end * u64::from(k)).min(layout.data_blocks)).collect();
        let data = reader.blocks(&data_indexes).await?;
        for (index, (hash, _)) in data_indexes.iter().zip(&data) {
            let position =
                layout
                    .position_of_data_block(*index)
                    .ok_or(StoreError::IndexOutOfRange {
                        index: *index,
                        count: layout.data_blocks,
                    })?;
            writer.link_block(tree_index(&layout, position)?, *hash)?;
        }
        let first_data = row * u64::from(k);
        let zero_for_job = zero.clone();
        let codec = codec.clone();
        let parity = tokio::task::spawn_blocking(move || {
            let shards: Vec<Vec<&[u8]>> = (row..end)
                .map(|r| {
                    (0..u64::from(k))
                        .map(|c| {
                            let index = r * u64::from(k) + c;
                            data.get((index - first_data) as usize)
                                .map_or(&zero_for_job[..], |(_, b)| &b[..])
                        })
                        .collect()
                })
                .collect();
            codec.encode_rows(&shards)
        })
        .await??;

        let mut indexes = Vec::new();
        let mut blocks = Vec::new();
        for (r, row_parity) in (row..end).zip(parity) {
            for (p, block) in row_parity.into_iter().enumerate() {
                indexes.push(tree_index(
                    &layout,
                    Position {
                        row: r,
                        slot: k + p as u32,
                    },
                )?);
                blocks.push(Bytes::from(block));
            }
            // Padding positions of the last row.
            for c in 0..k {
                if layout.data_block_at(Position { row: r, slot: c }).is_none() {
                    let index = tree_index(&layout, Position { row: r, slot: c })?;
                    if zero_written {
                        writer.link_block(index, zero_hash)?;
                    } else {
                        indexes.push(index);
                        blocks.push(zero.clone());
                        zero_written = true;
                    }
                }
            }
        }
        writer.put_blocks_at(indexes, blocks).await?;
        row = end;
    }

    let protection = Protection {
        layout,
        original_root: original.tree_root,
    };
    let meta = WriteMeta {
        filename: original.filename.clone(),
        mime_type: original.mime_type.clone(),
        expires_at: None,
    };
    Ok(writer
        .commit(original.byte_len, Some(protection), meta)
        .await?)
}

fn tree_index(layout: &SlotLayout, position: Position) -> Result<u64, StoreError> {
    layout
        .tree_index(position)
        .ok_or(StoreError::IndexOutOfRange {
            index: position.row,
            count: layout.rows(),
        })
}
