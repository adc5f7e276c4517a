//! The provider side: accepts `/cairn/blockexc/1` streams and answers wants from a
//! [`BlockSource`], within per-peer limits.
//!
//! Each stream has a reader (parses requests, queues at most `max_pending_wants` of them, records
//! cancels) and a writer (answers queued requests in order, reading the next batch of blocks from
//! the source while the current one is written). A peer that breaks a limit gets a `Reject` and
//! the stream is closed; peers may hold at most `max_streams_per_peer` streams at once.

use std::{
    collections::{HashMap, HashSet},
    future::Future,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use bytes::Bytes;
use cairn_primitives::{Cid, InclusionProof, TreeRoot};
use futures::{AsyncReadExt, AsyncWriteExt, StreamExt, future::Either};
use libp2p::{PeerId, Stream};
use libp2p_stream::IncomingStreams;
use tokio::sync::mpsc;

use super::{
    BlockExchangeError,
    message::{Message, Want, read_message, write_message},
};

/// Blocks read from the source and written per batch (4 MiB).
const SERVE_BATCH: usize = 64;

/// What a provider serves. Implemented by the node over its block store.
pub trait BlockSource: Send + Sync + 'static {
    /// The canonical bytes of manifest `cid`, if the node holds the dataset.
    fn manifest(&self, cid: &Cid) -> impl Future<Output = Option<Bytes>> + Send;

    /// True when every block of the dataset with tree `root` and `leaf_count` leaves is held.
    fn has(&self, root: &TreeRoot, leaf_count: u64) -> impl Future<Output = bool> + Send;

    /// Blocks at `indexes` of that dataset with their inclusion proofs, in the order asked;
    /// `None` when they cannot be served (any of them).
    fn blocks(
        &self,
        root: &TreeRoot,
        leaf_count: u64,
        indexes: Vec<u64>,
    ) -> impl Future<Output = Option<Vec<(Bytes, InclusionProof)>>> + Send;
}

/// The limits a provider enforces.
#[derive(Debug, Clone)]
pub struct ServeLimits {
    /// Streams one peer may hold open at once.
    pub max_streams_per_peer: usize,
    /// Streams all peers together may hold open.
    pub max_streams: usize,
    /// Requests (wants and manifest requests) queued per stream, beyond the one being answered.
    pub max_pending_wants: usize,
    /// A stream with nothing asked and nothing sent for this long is closed.
    pub idle_timeout: Duration,
    /// A peer that does not take a message (or a flush) within this long is cut off: a requester
    /// that never reads cannot pin a stream and its buffers.
    pub write_timeout: Duration,
    /// Price quoted in presence replies (0 = free).
    pub price_per_byte: u64,
    /// Most block bytes read from the source and not yet written, over all streams: past it,
    /// streams wait for others' batches to go out (memory stays bounded however many peers ask).
    pub max_buffered_bytes: usize,
}

impl Default for ServeLimits {
    fn default() -> Self {
        Self {
            max_streams_per_peer: 8,
            max_streams: 512,
            max_pending_wants: 16,
            idle_timeout: Duration::from_secs(60),
            write_timeout: Duration::from_secs(30),
            price_per_byte: 0,
            max_buffered_bytes: 256 << 20,
        }
    }
}

/// Open streams per peer, shared by the stream tasks.
#[derive(Debug, Default)]
struct StreamCounts {
    per_peer: HashMap<PeerId, usize>,
    total: usize,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Releases a stream's slot in the counts when its task ends.
struct StreamSlot {
    counts: Arc<Mutex<StreamCounts>>,
    peer: PeerId,
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        let mut counts = lock(&self.counts);
        counts.total -= 1;
        if let Some(n) = counts.per_peer.get_mut(&self.peer) {
            *n -= 1;
            if *n == 0 {
                counts.per_peer.remove(&self.peer);
            }
        }
    }
}

/// Answers every inbound stream from `source` until `incoming` ends (the network stopped).
pub async fn serve<S: BlockSource>(
    mut incoming: IncomingStreams,
    source: Arc<S>,
    limits: ServeLimits,
) {
    let counts = Arc::new(Mutex::new(StreamCounts::default()));
    let budget = Budget::new(limits.max_buffered_bytes);
    while let Some((peer, mut stream)) = incoming.next().await {
        let admitted = {
            let mut c = lock(&counts);
            let of_peer = c.per_peer.get(&peer).copied().unwrap_or(0);
            if of_peer >= limits.max_streams_per_peer || c.total >= limits.max_streams {
                false
            } else {
                *c.per_peer.entry(peer).or_default() += 1;
                c.total += 1;
                true
            }
        };
        if !admitted {
            tracing::debug!(%peer, "block exchange stream refused: too many streams");
            let deadline = limits.write_timeout;
            tokio::spawn(async move {
                let reject = Message::Reject {
                    id: None,
                    reason: "too many open streams".into(),
                };
                // A peer that does not read is not waited for.
                let _ = tokio::time::timeout(deadline, async {
                    let _ = write_message(&mut stream, &reject).await;
                    let _ = stream.close().await;
                })
                .await;
            });
            continue;
        }
        let slot = StreamSlot {
            counts: counts.clone(),
            peer,
        };
        let source = source.clone();
        let limits = limits.clone();
        let budget = budget.clone();
        tokio::spawn(async move {
            let _slot = slot;
            if let Err(err) = serve_stream(stream, source, &limits, budget).await {
                tracing::debug!(%peer, %err, "block exchange stream ended with an error");
            }
        });
    }
}

/// The bytes of blocks read for serving and not written yet, over all streams (in blocks).
#[derive(Debug, Clone)]
struct Budget {
    blocks: Arc<tokio::sync::Semaphore>,
    total: u32,
}

impl Budget {
    fn new(bytes: usize) -> Self {
        let total = u32::try_from((bytes / cairn_primitives::BLOCK_SIZE).max(SERVE_BATCH))
            .unwrap_or(u32::MAX);
        Self {
            blocks: Arc::new(tokio::sync::Semaphore::new(total as usize)),
            total,
        }
    }

    /// Waits for room for `blocks` blocks.
    async fn reserve(&self, blocks: usize) -> Option<tokio::sync::OwnedSemaphorePermit> {
        let n = u32::try_from(blocks).unwrap_or(u32::MAX).min(self.total);
        self.blocks.clone().acquire_many_owned(n).await.ok()
    }
}

/// A request waiting for the writer.
enum Job {
    Manifest(Cid),
    Want(Want),
}

/// Want ids open on a stream (queued or being answered) and the cancelled ones among them.
#[derive(Debug, Default)]
struct OpenWants {
    open: HashSet<u64>,
    cancelled: HashSet<u64>,
}

async fn serve_stream<S: BlockSource>(
    stream: Stream,
    source: Arc<S>,
    limits: &ServeLimits,
    budget: Budget,
) -> Result<(), BlockExchangeError> {
    let (read, mut write) = stream.split();
    let (jobs_tx, jobs_rx) = mpsc::channel(limits.max_pending_wants.max(1));
    let wants = Arc::new(Mutex::new(OpenWants::default()));
    // The futures borrow the write half; they are gone by the end of this block.
    let violation = {
        let reader = std::pin::pin!(read_requests(read, jobs_tx, wants.clone(), limits));
        let writer = std::pin::pin!(answer_requests(
            &mut write,
            jobs_rx,
            wants,
            source,
            limits.price_per_byte,
            limits.write_timeout,
            budget,
        ));
        match futures::future::select(reader, writer).await {
            // The requester finished asking: answer what is queued, then close.
            Either::Left((Ok(()), writer)) => writer.await.map(|()| None),
            Either::Left((Err(violation), _writer)) => Ok(Some(violation)),
            Either::Right((result, _reader)) => result.map(|()| None),
        }
    }?;
    if let Some(violation) = violation {
        let reject = Message::Reject {
            id: None,
            reason: violation.to_string(),
        };
        send(&mut write, &reject, limits.write_timeout).await?;
        close(&mut write, limits.write_timeout).await?;
        return Err(violation);
    }
    close(&mut write, limits.write_timeout).await?;
    Ok(())
}

async fn read_requests(
    mut read: futures::io::ReadHalf<Stream>,
    jobs: mpsc::Sender<Job>,
    wants: Arc<Mutex<OpenWants>>,
    limits: &ServeLimits,
) -> Result<(), BlockExchangeError> {
    loop {
        let message = match tokio::time::timeout(limits.idle_timeout, read_message(&mut read)).await
        {
            Ok(message) => message?,
            // Idle only counts while nothing is being answered.
            Err(_) if lock(&wants).open.is_empty() && jobs.capacity() == jobs.max_capacity() => {
                return Ok(());
            }
            Err(_) => continue,
        };
        let job = match message {
            None => return Ok(()),
            Some(Message::WantManifest(cid)) => Job::Manifest(cid),
            Some(Message::Want(want)) => {
                if !lock(&wants).open.insert(want.id) {
                    return Err(BlockExchangeError::Malformed(format!(
                        "want id {} is already open",
                        want.id
                    )));
                }
                Job::Want(want)
            }
            Some(Message::Cancel(id)) => {
                let mut w = lock(&wants);
                if w.open.contains(&id) {
                    w.cancelled.insert(id);
                }
                continue;
            }
            Some(other) => {
                return Err(BlockExchangeError::Malformed(format!(
                    "a provider does not accept {other:?}"
                )));
            }
        };
        if jobs.try_send(job).is_err() {
            return Err(BlockExchangeError::Malformed(format!(
                "more than {} requests pending on one stream",
                limits.max_pending_wants
            )));
        }
    }
}

async fn answer_requests<S: BlockSource>(
    write: &mut futures::io::WriteHalf<Stream>,
    mut jobs: mpsc::Receiver<Job>,
    wants: Arc<Mutex<OpenWants>>,
    source: Arc<S>,
    price_per_byte: u64,
    deadline: Duration,
    budget: Budget,
) -> Result<(), BlockExchangeError> {
    while let Some(job) = jobs.recv().await {
        match job {
            Job::Manifest(cid) => {
                let reply = match source.manifest(&cid).await {
                    Some(bytes) => Message::Manifest { cid, bytes },
                    None => Message::NoManifest(cid),
                };
                send(write, &reply, deadline).await?;
            }
            Job::Want(want) => {
                let result = answer_want(
                    write,
                    &want,
                    &wants,
                    &source,
                    price_per_byte,
                    deadline,
                    &budget,
                )
                .await;
                {
                    let mut w = lock(&wants);
                    w.open.remove(&want.id);
                    w.cancelled.remove(&want.id);
                }
                result?;
                send(write, &Message::Done(want.id), deadline).await?;
            }
        }
        if jobs.is_empty() {
            flush(write, deadline).await?;
        }
    }
    flush(write, deadline).await?;
    Ok(())
}

/// Writes `message` unless the peer does not take it within `deadline`.
async fn send(
    write: &mut futures::io::WriteHalf<Stream>,
    message: &Message,
    deadline: Duration,
) -> Result<(), BlockExchangeError> {
    tokio::time::timeout(deadline, write_message(write, message))
        .await
        .map_err(|_| too_slow(deadline))?
}

/// Flushes unless the peer does not take the bytes within `deadline`.
async fn flush(
    write: &mut futures::io::WriteHalf<Stream>,
    deadline: Duration,
) -> Result<(), BlockExchangeError> {
    tokio::time::timeout(deadline, write.flush())
        .await
        .map_err(|_| too_slow(deadline))??;
    Ok(())
}

/// Closes the write half unless the peer does not take the rest within `deadline`.
async fn close(
    write: &mut futures::io::WriteHalf<Stream>,
    deadline: Duration,
) -> Result<(), BlockExchangeError> {
    tokio::time::timeout(deadline, write.close())
        .await
        .map_err(|_| too_slow(deadline))??;
    Ok(())
}

fn too_slow(deadline: Duration) -> BlockExchangeError {
    BlockExchangeError::Io(std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        format!("the peer took nothing for {deadline:?}: stream closed"),
    ))
}

async fn answer_want<S: BlockSource>(
    write: &mut futures::io::WriteHalf<Stream>,
    want: &Want,
    wants: &Mutex<OpenWants>,
    source: &Arc<S>,
    price_per_byte: u64,
    deadline: Duration,
    budget: &Budget,
) -> Result<(), BlockExchangeError> {
    let cancelled = || lock(wants).cancelled.contains(&want.id);
    if cancelled() {
        return Ok(());
    }
    let have = source.has(&want.root, want.leaf_count).await;
    send(
        write,
        &Message::Presence {
            id: want.id,
            have,
            price_per_byte,
        },
        deadline,
    )
    .await?;
    if !have {
        return Ok(());
    }
    let indexes: Vec<u64> = want.indexes().collect();
    let mut batches = indexes.chunks(SERVE_BATCH).map(<[u64]>::to_vec);
    let fetch = |batch: Vec<u64>| {
        let source = source.clone();
        let budget = budget.clone();
        let (root, leaf_count) = (want.root, want.leaf_count);
        tokio::spawn(async move {
            // Room in the memory budget first; held until the batch is written.
            let room = budget.reserve(batch.len()).await?;
            let blocks = source.blocks(&root, leaf_count, batch).await?;
            Some((blocks, room))
        })
    };
    // The next batch is read from the source while the current one is written.
    let mut next = batches.next().map(fetch);
    while let Some(pending) = next.take() {
        let blocks = pending.await.ok().flatten();
        if cancelled() {
            return Ok(());
        }
        let Some((blocks, _room)) = blocks else {
            send(
                write,
                &Message::Reject {
                    id: Some(want.id),
                    reason: "blocks no longer available".into(),
                },
                deadline,
            )
            .await?;
            return Ok(());
        };
        next = batches.next().map(fetch);
        for (data, proof) in blocks {
            send(
                write,
                &Message::Block {
                    id: want.id,
                    data,
                    proof,
                },
                deadline,
            )
            .await?;
        }
        flush(write, deadline).await?;
    }
    Ok(())
}
