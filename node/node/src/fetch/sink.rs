//! Where fetched blocks go: into the store's partial dataset (durable every `flush_bytes`, so an
//! interrupted fetch resumes), and optionally, in data order, to a streaming reader.

use bytes::Bytes;
use cairn_p2p::blockexc::VerifiedBlock;
use cairn_primitives::{BLOCK_SIZE, Manifest, block_count};
use cairn_store::{PartialDataset, StoreError};
use std::{
    collections::BTreeMap,
    time::{Duration, Instant},
};
use tokio::sync::{mpsc, watch};

use super::FetchError;

/// Blocks handed to the store per call.
const PUT_BATCH: usize = 256;

/// Writes every block not held yet; forwards each block seen for the first time to `forward`.
/// Returns the partial dataset (flushed) when `blocks` closes.
pub(crate) async fn write_blocks(
    mut partial: PartialDataset,
    mut blocks: mpsc::Receiver<VerifiedBlock>,
    forward: Option<mpsc::Sender<VerifiedBlock>>,
    flush_bytes: u64,
) -> Result<PartialDataset, StoreError> {
    let count = partial.manifest().block_count as usize;
    let mut seen = vec![false; count];
    let mut indexes = Vec::with_capacity(PUT_BATCH);
    let mut batch = Vec::with_capacity(PUT_BATCH);
    let mut hashes = Vec::with_capacity(PUT_BATCH);
    let mut forward = forward;
    let (mut put_time, mut flush_time, mut wait_time) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    loop {
        let waited = Instant::now();
        let next = blocks.recv().await;
        wait_time += waited.elapsed();
        let end = next.is_none();
        if let Some(block) = next {
            let index = block.index as usize;
            if index >= count || seen[index] {
                continue;
            }
            seen[index] = true;
            if !partial.has(block.index) {
                indexes.push(block.index);
                batch.push(block.data.clone());
                // Checked against the tree by the session: no need to hash it again.
                hashes.push(block.hash);
            }
            if let Some(to) = &forward
                && to.send(block).await.is_err()
            {
                // The reader went away; the fetch goes on into the store.
                forward = None;
            }
        }
        if batch.len() >= PUT_BATCH || (end && !batch.is_empty()) || blocks.is_empty() {
            let started = Instant::now();
            if !batch.is_empty() {
                partial
                    .put_hashed(
                        std::mem::take(&mut indexes),
                        std::mem::take(&mut batch),
                        std::mem::take(&mut hashes),
                    )
                    .await?;
            }
            put_time += started.elapsed();
            if partial.unflushed_bytes() >= flush_bytes {
                let started = Instant::now();
                partial.flush().await?;
                flush_time += started.elapsed();
            }
        }
        if end {
            let started = Instant::now();
            partial.flush().await?;
            flush_time += started.elapsed();
            tracing::debug!(?put_time, ?flush_time, ?wait_time, "fetch writer");
            return Ok(partial);
        }
    }
}

/// Data block number of each tree index (`None` for parity and padding).
fn data_position(manifest: &Manifest, tree_index: u64) -> Option<u64> {
    match &manifest.protection {
        None => (tree_index < manifest.block_count).then_some(tree_index),
        Some(p) => p
            .layout
            .position_of_tree_index(tree_index)
            .and_then(|pos| p.layout.data_block_at(pos))
            .filter(|&d| d < block_count(manifest.byte_len)),
    }
}

/// Tree indexes in the order a reader wants them: data blocks first, in data order, then the
/// rest (parity) ascending.
pub(crate) fn fetch_order(manifest: &Manifest) -> Vec<u64> {
    let mut data: Vec<(u64, u64)> = (0..manifest.block_count)
        .filter_map(|i| data_position(manifest, i).map(|d| (d, i)))
        .collect();
    data.sort_unstable();
    let mut order: Vec<u64> = data.iter().map(|&(_, i)| i).collect();
    let mut is_data = vec![false; manifest.block_count as usize];
    for &(_, i) in &data {
        is_data[i as usize] = true;
    }
    order.extend((0..manifest.block_count).filter(|&i| !is_data[i as usize]));
    order
}

/// Puts forwarded blocks back in data order and sends the dataset's bytes to `out`, holding at
/// most `buffer_bytes` out of order; beyond that it sets `pause` so no new chunks start.
pub(crate) async fn stream_in_order(
    manifest: Manifest,
    mut blocks: mpsc::Receiver<VerifiedBlock>,
    out: mpsc::Sender<Result<Bytes, FetchError>>,
    pause: watch::Sender<bool>,
    buffer_bytes: usize,
) {
    let data_blocks = block_count(manifest.byte_len);
    let mut next = 0u64;
    let mut waiting: BTreeMap<u64, Bytes> = BTreeMap::new();
    let mut reader_gone = false;
    while next < data_blocks {
        let ready = waiting.contains_key(&next) && !reader_gone;
        tokio::select! {
            block = blocks.recv() => match block {
                Some(block) => {
                    if reader_gone {
                        continue;
                    }
                    if let Some(d) = data_position(&manifest, block.index).filter(|&d| d >= next) {
                        waiting.insert(d, block.data);
                    }
                }
                None => break,
            },
            permit = out.reserve(), if ready => match permit {
                Ok(permit) => {
                    let Some(mut data) = waiting.remove(&next) else { continue };
                    let end = manifest.byte_len - next * BLOCK_SIZE as u64;
                    if end < BLOCK_SIZE as u64 {
                        data.truncate(end as usize);
                    }
                    permit.send(Ok(data));
                    next += 1;
                }
                Err(_) => {
                    reader_gone = true;
                    waiting.clear();
                }
            },
        }
        let _ = pause.send_if_modified(|paused| {
            let over = !reader_gone && waiting.len() * BLOCK_SIZE > buffer_bytes;
            let changed = *paused != over;
            *paused = over;
            changed
        });
    }
    let _ = pause.send(false);
    // Send out what is left in order; anything missing means the fetch failed.
    while !reader_gone && next < data_blocks {
        let Some(mut data) = waiting.remove(&next) else {
            let _ = out
                .send(Err(FetchError::Incomplete(format!(
                    "the fetch stopped before data block {next} of {data_blocks}"
                ))))
                .await;
            return;
        };
        let end = manifest.byte_len - next * BLOCK_SIZE as u64;
        if end < BLOCK_SIZE as u64 {
            data.truncate(end as usize);
        }
        if out.send(Ok(data)).await.is_err() {
            return;
        }
        next += 1;
    }
    // Let the writer finish even if nobody reads any more.
    while blocks.recv().await.is_some() {}
}
