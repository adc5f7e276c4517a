//! The provider side: accepts `/cairn/blockexc/1` streams and answers wants from a
//! [`BlockSource`], within per-peer limits.
//!
//! Each stream has a reader (parses requests, queues at most `max_pending_wants` of them, records
//! cancels) and a writer (answers queued requests in order, reading the next batch of blocks from
//! the source while the current one is written). A peer that breaks a limit gets a `Reject` and
//! the stream is closed; peers may hold at most `max_streams_per_peer` streams at once.
//!
//! A priced provider (`price_per_byte` > 0) keeps a ledger per peer, over all its streams: it
//! serves a peer at most `credit_bytes` beyond what the peer paid for. A block past that waits
//! for a `Pay` voucher (checked by the [`PaymentGate`]) for at most `payment_timeout`, then the
//! want is refused ("payment required") and the stream closed. A refused voucher closes the
//! stream and the peer is served nothing more.

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
    message::{Message, Pay, Want, read_message, write_message},
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

/// How a priced provider checks payments (the node implements it over its channel store and
/// chain client).
pub trait PaymentGate: Send + Sync + std::fmt::Debug + 'static {
    /// The account vouchers must pay.
    fn payee(&self) -> [u8; 20];

    /// Checks `pay` from `peer` (signature, channel, amount) and records it. `Ok(tokens)`: what it
    /// adds to what this peer paid before (0 for a voucher no higher than the last). `Err`: why
    /// it is refused.
    fn accept(
        &self,
        peer: PeerId,
        pay: Pay,
    ) -> futures::future::BoxFuture<'_, Result<u128, String>>;
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
    /// Price quoted in presence replies and charged (0 = free). Charged only with
    /// [`ServeLimits::payments`]: without a gate nothing can be paid, so the provider serves for
    /// free and quotes 0.
    pub price_per_byte: u64,
    /// With a price: bytes a peer is served beyond what it paid for.
    pub credit_bytes: u64,
    /// With a price: how long a block past a peer's credit waits for its payment.
    pub payment_timeout: Duration,
    /// With a price: checks vouchers.
    pub payments: Option<Arc<dyn PaymentGate>>,
    /// Most block bytes read from the source and not yet written, over all streams: past it,
    /// streams wait for others' batches to go out (memory stays bounded however many peers ask).
    pub max_buffered_bytes: usize,
}

impl ServeLimits {
    /// The price charged: [`ServeLimits::price_per_byte`] with a payment gate, else 0.
    pub fn charged_price(&self) -> u64 {
        if self.payments.is_some() {
            self.price_per_byte
        } else {
            0
        }
    }
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
            credit_bytes: 4 << 20,
            payment_timeout: Duration::from_secs(30),
            payments: None,
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

/// Most peers a ledger keeps; past it, peers that owe nothing are forgotten.
const MAX_ACCOUNTS: usize = 65_536;

/// What each peer was served and paid, over all its streams (priced providers only).
#[derive(Debug, Default)]
struct Ledger {
    accounts: Mutex<HashMap<PeerId, Account>>,
    paid: tokio::sync::Notify,
}

#[derive(Debug, Default, Clone, Copy)]
struct Account {
    served: u64,
    paid_tokens: u128,
    refused: bool,
}

impl Account {
    /// Bytes this peer may be served in all.
    fn allowed(&self, price: u64, credit: u64) -> u64 {
        let paid = self.paid_tokens / u128::from(price.max(1));
        u64::try_from(paid)
            .unwrap_or(u64::MAX)
            .saturating_add(credit)
    }
}

impl Ledger {
    /// Takes `bytes` of `peer`'s allowance, waiting up to `timeout` for a payment that makes room.
    async fn take(
        &self,
        peer: PeerId,
        bytes: u64,
        limits: &ServeLimits,
    ) -> Result<(), BlockExchangeError> {
        let deadline = tokio::time::Instant::now() + limits.payment_timeout;
        loop {
            let notified = self.paid.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut accounts = lock(&self.accounts);
                let account = accounts.entry(peer).or_default();
                if account.refused {
                    return Err(BlockExchangeError::Misbehaved(
                        "a voucher of this peer was refused".into(),
                    ));
                }
                let allowed = account.allowed(limits.charged_price(), limits.credit_bytes);
                if account.served.saturating_add(bytes) <= allowed {
                    account.served += bytes;
                    return Ok(());
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Err(BlockExchangeError::PaymentRequired {
                    waited: limits.payment_timeout,
                });
            }
        }
    }

    /// Credits `tokens` to `peer`.
    fn credit(&self, peer: PeerId, tokens: u128, price: u64) {
        let mut accounts = lock(&self.accounts);
        accounts.entry(peer).or_default().paid_tokens += tokens;
        if accounts.len() > MAX_ACCOUNTS {
            let price = u128::from(price.max(1));
            accounts.retain(|_, a| a.refused || u128::from(a.served) * price > a.paid_tokens);
        }
        drop(accounts);
        self.paid.notify_waiters();
    }

    /// Marks `peer` as having sent a refused voucher: it is served nothing more.
    fn refuse(&self, peer: PeerId) {
        lock(&self.accounts).entry(peer).or_default().refused = true;
        self.paid.notify_waiters();
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
    let ledger = Arc::new(Ledger::default());
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
        let ledger = ledger.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let stream = ServedStream {
                peer,
                stream,
                ledger,
            };
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

/// An admitted stream, with its peer and the provider's ledger.
struct ServedStream {
    peer: PeerId,
    stream: Stream,
    ledger: Arc<Ledger>,
}

async fn serve_stream<S: BlockSource>(
    served: ServedStream,
    source: Arc<S>,
    limits: &ServeLimits,
    budget: Budget,
) -> Result<(), BlockExchangeError> {
    let ServedStream {
        peer,
        stream,
        ledger,
    } = served;
    let (read, mut write) = stream.split();
    let (jobs_tx, jobs_rx) = mpsc::channel(limits.max_pending_wants.max(1));
    let wants = Arc::new(Mutex::new(OpenWants::default()));
    // The futures borrow the write half; they are gone by the end of this block.
    let violation = {
        let reader = std::pin::pin!(read_requests(
            read,
            jobs_tx,
            wants.clone(),
            limits,
            (peer, &ledger)
        ));
        let writer = std::pin::pin!(answer_requests(
            &mut write,
            jobs_rx,
            wants,
            source,
            limits,
            budget,
            (peer, &ledger),
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
    (peer, ledger): (PeerId, &Ledger),
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
            Some(Message::Pay(pay)) => {
                let verdict = match &limits.payments {
                    Some(gate) if limits.charged_price() > 0 => gate.accept(peer, pay).await,
                    _ => Err("this provider takes no payments".to_owned()),
                };
                match verdict {
                    Ok(tokens) => {
                        ledger.credit(peer, tokens, limits.charged_price());
                        continue;
                    }
                    Err(reason) => {
                        ledger.refuse(peer);
                        return Err(BlockExchangeError::Misbehaved(format!(
                            "voucher refused: {reason}"
                        )));
                    }
                }
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
    limits: &ServeLimits,
    budget: Budget,
    (peer, ledger): (PeerId, &Ledger),
) -> Result<(), BlockExchangeError> {
    let deadline = limits.write_timeout;
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
                    limits,
                    &budget,
                    (peer, ledger),
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
    limits: &ServeLimits,
    budget: &Budget,
    (peer, ledger): (PeerId, &Ledger),
) -> Result<(), BlockExchangeError> {
    let deadline = limits.write_timeout;
    let price_per_byte = limits.charged_price();
    let (payee, credit_bytes) = match &limits.payments {
        Some(gate) if price_per_byte > 0 => (gate.payee(), limits.credit_bytes),
        _ => ([0; 20], 0),
    };
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
            payee,
            credit_bytes,
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
            if price_per_byte > 0 {
                // Unpaid past the credit: flush what is written, then wait for a voucher.
                if let Err(err) = ledger.take(peer, data.len() as u64, limits).await {
                    let reject = Message::Reject {
                        id: Some(want.id),
                        reason: err.to_string(),
                    };
                    send(write, &reject, deadline).await?;
                    flush(write, deadline).await?;
                    return Err(err);
                }
            }
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
