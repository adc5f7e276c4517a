//! [`DatasetCodec`] from async code: protect, retrieve and repair all code through here.
//!
//! The codec is synchronous and CPU-bound, and calls its block source and sink inline on the
//! calling thread. [`run`] moves a job onto tokio's blocking pool (so no runtime thread is ever
//! blocked); there the source reads the store through the runtime's handle, a batch of rows at a
//! time per dataset ([`Prefetch`]), and the sink hands blocks to a [`DatasetWriter`] in batches
//! ([`BatchedWriter`]). The codec itself overlaps reading a batch with coding the previous one on
//! the rayon pool, so memory stays at two batches of rows plus one read-ahead batch per dataset.

use std::collections::HashMap;

use bytes::Bytes;
use cairn_erasure::{ErasureError, StreamError};
use cairn_primitives::BlockHash;
use cairn_store::{DatasetReader, DatasetWriter, StoreError};
use tokio::runtime::Handle;

/// Blocks handed to a writer per call.
const WRITE_BATCH: usize = 128;

/// Why a coding job failed.
#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    /// Coding failed or its input was invalid.
    #[error("erasure coding: {0}")]
    Erasure(#[from] ErasureError),
    /// Reading or writing the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The blocking task failed.
    #[error("coding task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl From<StreamError<StoreError>> for CodecError {
    fn from(err: StreamError<StoreError>) -> Self {
        match err {
            StreamError::Erasure(e) => Self::Erasure(e),
            StreamError::Source(e) | StreamError::Sink(e) => Self::Store(e),
        }
    }
}

/// Runs `job` on the blocking pool with the runtime's handle (for the store reads and writes its
/// source and sink make) and returns what it returns.
pub(crate) async fn run<T, F>(job: F) -> Result<T, CodecError>
where
    F: FnOnce(&Handle) -> T + Send + 'static,
    T: Send + 'static,
{
    let handle = Handle::current();
    Ok(tokio::task::spawn_blocking(move || job(&handle)).await?)
}

/// Reads blocks of stored datasets for a codec's source, `batch` consecutive indexes of a dataset
/// per store read. A block is handed out once and then forgotten, so what is held is at most one
/// batch per dataset beyond what the codec holds itself.
pub(crate) struct Prefetch<'h> {
    handle: &'h Handle,
    batch: u64,
    held: HashMap<(usize, u64), (BlockHash, Bytes)>,
}

impl<'h> Prefetch<'h> {
    /// A prefetcher reading `batch` blocks at a time (at least 1).
    pub(crate) fn new(handle: &'h Handle, batch: u64) -> Self {
        Self {
            handle,
            batch: batch.max(1),
            held: HashMap::new(),
        }
    }

    /// Block `index` of `reader` (known to this prefetcher as dataset number `dataset`), reading
    /// it with the next blocks up to `end` if it is not held yet. Verified by the store.
    pub(crate) fn take(
        &mut self,
        dataset: usize,
        reader: &DatasetReader,
        index: u64,
        end: u64,
    ) -> Result<(BlockHash, Bytes), StoreError> {
        if let Some(block) = self.held.remove(&(dataset, index)) {
            return Ok(block);
        }
        let last = end.min(index.saturating_add(self.batch)).max(index + 1);
        let indexes: Vec<u64> = (index..last).collect();
        let blocks = self.handle.block_on(reader.blocks(&indexes))?;
        let mut blocks = indexes.into_iter().zip(blocks);
        let (_, first) = blocks.next().ok_or(StoreError::IndexOutOfRange {
            index,
            count: reader.manifest().block_count,
        })?;
        self.held
            .extend(blocks.map(|(i, block)| ((dataset, i), block)));
        Ok(first)
    }
}

/// Hands blocks to a [`DatasetWriter`] in batches, from blocking code.
pub(crate) struct BatchedWriter<'h> {
    handle: &'h Handle,
    writer: DatasetWriter,
    indexes: Vec<u64>,
    blocks: Vec<Bytes>,
}

impl<'h> BatchedWriter<'h> {
    pub(crate) fn new(handle: &'h Handle, writer: DatasetWriter) -> Self {
        Self {
            handle,
            writer,
            indexes: Vec::with_capacity(WRITE_BATCH),
            blocks: Vec::with_capacity(WRITE_BATCH),
        }
    }

    /// Writes `block` (copied) at tree index `index`.
    pub(crate) fn put(&mut self, index: u64, block: &[u8]) -> Result<(), StoreError> {
        self.indexes.push(index);
        self.blocks.push(Bytes::copy_from_slice(block));
        if self.blocks.len() >= WRITE_BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Places a block the store holds at `index`.
    pub(crate) fn link(&mut self, index: u64, hash: BlockHash) -> Result<(), StoreError> {
        self.writer.link_block(index, hash)
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if self.blocks.is_empty() {
            return Ok(());
        }
        let indexes = std::mem::take(&mut self.indexes);
        let blocks = std::mem::take(&mut self.blocks);
        self.handle
            .block_on(self.writer.put_blocks_at(indexes, blocks))
    }

    /// Writes what is pending and gives the writer back (to commit it from async code).
    pub(crate) fn finish(mut self) -> Result<DatasetWriter, StoreError> {
        self.flush()?;
        Ok(self.writer)
    }
}
