//! Protecting a stored dataset: erasure-code it into K + M slots (DESIGN.md §3) and store the
//! protected dataset, whose tree covers all (K + M) · R blocks in slot-major order.
//!
//! Data blocks are not copied: the protected dataset references the blocks the store already has;
//! only parity blocks (and one zero block for padding) are new. Encoding is
//! [`DatasetCodec::encode`] on the blocking pool ([`super::codec`]), streamed in bounded batches
//! of rows, so memory stays bounded whatever the dataset size.

use std::cell::RefCell;

use cairn_erasure::{DatasetCodec, ErasureError};
use cairn_primitives::{BLOCK_SIZE, BlockHash, Cid, Manifest, Position, Protection, SlotLayout};
use cairn_store::{Store, StoreError, WriteMeta};

use super::codec::{self, BatchedWriter, CodecError, Prefetch};

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

impl From<CodecError> for ProtectError {
    fn from(err: CodecError) -> Self {
        match err {
            CodecError::Erasure(e) => Self::Erasure(e),
            CodecError::Store(e) => Self::Store(e),
            CodecError::Task(e) => Self::Task(e),
        }
    }
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
    let codec = DatasetCodec::new(layout)?;
    let writer = store.writer().await?;
    let writer = codec::run(move |handle| -> Result<_, CodecError> {
        let mut out = BatchedWriter::new(handle, writer);
        // Padding positions of the last row: one zero block, linked everywhere else.
        let zero = vec![0u8; BLOCK_SIZE];
        let mut zero_hash: Option<BlockHash> = None;
        for row in layout.rows().saturating_sub(1)..layout.rows() {
            for slot in 0..layout.k {
                let position = Position { row, slot };
                if layout.data_block_at(position).is_some() {
                    continue;
                }
                let index = tree_index(&layout, position)?;
                match zero_hash {
                    Some(hash) => out.link(index, hash)?,
                    None => {
                        out.put(index, &zero)?;
                        zero_hash = Some(BlockHash::of(&zero));
                    }
                }
            }
        }
        let mut prefetch = Prefetch::new(handle, codec.batch_rows() as u64 * u64::from(layout.k));
        // Source and sink both write: data blocks are linked as they are read (no copy).
        let out = RefCell::new(out);
        codec.encode(
            |index| {
                let (hash, block) = prefetch.take(0, &reader, index, layout.data_blocks)?;
                let position =
                    layout
                        .position_of_data_block(index)
                        .ok_or(StoreError::IndexOutOfRange {
                            index,
                            count: layout.data_blocks,
                        })?;
                out.borrow_mut()
                    .link(tree_index(&layout, position)?, hash)?;
                Ok(block)
            },
            |position, parity| out.borrow_mut().put(tree_index(&layout, position)?, parity),
        )?;
        let out = out.into_inner();
        Ok(out.finish()?)
    })
    .await??;

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
