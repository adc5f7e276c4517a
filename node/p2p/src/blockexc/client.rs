//! The requester side: a [`PeerSession`] is one `/cairn/blockexc/1` stream to one provider.
//! Wants are pipelined on it (sent without waiting for earlier answers); a reader task routes the
//! answers, in order, to each want's bounded channel after checking every block against the
//! tree root with its inclusion path. The checking (hashing every byte) runs on the blocking
//! pool, a batch at a time, while the reader reads on. A peer that sends anything unasked or
//! unprovable ends the session with [`BlockExchangeError::Misbehaved`].

use std::{
    collections::{HashMap, VecDeque},
    sync::{
        Arc, Mutex, MutexGuard,
        atomic::{AtomicU64, Ordering},
    },
};

use bytes::Bytes;
use cairn_primitives::{BlockHash, Cid, InclusionProof, Manifest, TreeRoot};
use futures::{AsyncReadExt, AsyncWriteExt, io::WriteHalf};
use libp2p::{PeerId, Stream};
use tokio::sync::{mpsc, oneshot};

use super::{
    BLOCKEXC_PROTOCOL, BlockExchangeError,
    message::{MAX_WANT_BLOCKS, Message, Pay, Want, read_message, write_message},
};

/// Verified blocks buffered per want before the reader waits for the consumer.
const WANT_BUFFER: usize = 64;

/// A block that matched its inclusion proof.
#[derive(Debug, Clone)]
pub struct VerifiedBlock {
    /// Tree index.
    pub index: u64,
    /// The block's bytes.
    pub data: Bytes,
    /// Its SHA-256.
    pub hash: BlockHash,
}

/// Opens block-exchange sessions.
#[derive(Clone)]
pub struct BlockClient {
    control: libp2p_stream::Control,
}

impl std::fmt::Debug for BlockClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockClient").finish_non_exhaustive()
    }
}

impl BlockClient {
    /// A client opening streams through `control`.
    pub fn new(control: libp2p_stream::Control) -> Self {
        Self { control }
    }

    /// Opens a session with `peer` (dialing it if it is known but not connected).
    pub async fn session(&self, peer: PeerId) -> Result<PeerSession, BlockExchangeError> {
        let stream = self
            .control
            .clone()
            .open_stream(peer, BLOCKEXC_PROTOCOL)
            .await
            .map_err(|e| BlockExchangeError::Open {
                peer,
                reason: e.to_string(),
            })?;
        Ok(PeerSession::start(peer, stream))
    }
}

/// Where the answers to one want go.
struct WantRoute {
    root: TreeRoot,
    leaf_count: u64,
    /// Indexes still to come, in the order the provider sends them.
    expected: VecDeque<u64>,
    blocks: mpsc::Sender<Result<VerifiedBlock, BlockExchangeError>>,
    terms: Arc<Mutex<Terms>>,
    refused: bool,
}

/// Open requests of a session.
#[derive(Default)]
struct Routes {
    wants: HashMap<u64, WantRoute>,
    manifests: VecDeque<(Cid, oneshot::Sender<Result<Manifest, BlockExchangeError>>)>,
    /// Why the session ended, once it has.
    ended: Option<String>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

struct SessionInner {
    peer: PeerId,
    writer: tokio::sync::Mutex<WriteHalf<Stream>>,
    routes: Arc<Mutex<Routes>>,
    next_id: AtomicU64,
    reader: tokio::task::JoinHandle<()>,
}

impl Drop for SessionInner {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

/// One stream to one provider; cheap to clone, closed when the last clone and want are gone.
#[derive(Clone)]
pub struct PeerSession {
    inner: Arc<SessionInner>,
}

impl std::fmt::Debug for PeerSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PeerSession")
            .field("peer", &self.inner.peer)
            .finish_non_exhaustive()
    }
}

impl PeerSession {
    fn start(peer: PeerId, stream: Stream) -> Self {
        let (read, write) = stream.split();
        let routes = Arc::new(Mutex::new(Routes::default()));
        let reader = tokio::spawn(read_answers(peer, read, routes.clone()));
        Self {
            inner: Arc::new(SessionInner {
                peer,
                writer: tokio::sync::Mutex::new(write),
                routes,
                next_id: AtomicU64::new(0),
                reader,
            }),
        }
    }

    /// The provider.
    pub fn peer(&self) -> PeerId {
        self.inner.peer
    }

    /// Why the session ended, if it has.
    pub fn ended(&self) -> Option<String> {
        lock(&self.inner.routes).ended.clone()
    }

    async fn send(&self, message: &Message) -> Result<(), BlockExchangeError> {
        let mut writer = self.inner.writer.lock().await;
        write_message(&mut *writer, message).await?;
        writer.flush().await?;
        Ok(())
    }

    /// Sends a payment voucher to the provider (it credits this peer, whichever stream carries
    /// it). A voucher the provider refuses ends the session.
    pub async fn pay(&self, pay: Pay) -> Result<(), BlockExchangeError> {
        if lock(&self.inner.routes).ended.is_some() {
            return Err(BlockExchangeError::Closed);
        }
        self.send(&Message::Pay(pay)).await
    }

    /// Asks for manifest `cid`; the answer is checked against the CID.
    pub async fn manifest(&self, cid: &Cid) -> Result<Manifest, BlockExchangeError> {
        let (tx, rx) = oneshot::channel();
        {
            let mut routes = lock(&self.inner.routes);
            if routes.ended.is_some() {
                return Err(BlockExchangeError::Closed);
            }
            routes.manifests.push_back((*cid, tx));
        }
        self.send(&Message::WantManifest(*cid)).await?;
        rx.await.map_err(|_| BlockExchangeError::Closed)?
    }

    /// Asks for the blocks at `indexes` (ascending, at most [`MAX_WANT_BLOCKS`]) of the dataset
    /// with tree `root` and `leaf_count` blocks. Blocks arrive, verified, on the returned
    /// [`WantBlocks`]; dropping it before the end cancels the rest.
    pub async fn want(
        &self,
        root: TreeRoot,
        leaf_count: u64,
        indexes: &[u64],
    ) -> Result<WantBlocks, BlockExchangeError> {
        if indexes.is_empty() || indexes.len() as u64 > MAX_WANT_BLOCKS {
            return Err(BlockExchangeError::Malformed(format!(
                "a want asks for 1..={MAX_WANT_BLOCKS} blocks, not {}",
                indexes.len()
            )));
        }
        let id = self.inner.next_id.fetch_add(1, Ordering::Relaxed);
        let want = Want {
            id,
            root,
            leaf_count,
            ranges: Want::ranges_of(indexes),
        };
        want.validate()?;
        let (tx, rx) = mpsc::channel(WANT_BUFFER);
        let terms = Arc::new(Mutex::new(Terms::default()));
        {
            let mut routes = lock(&self.inner.routes);
            if routes.ended.is_some() {
                return Err(BlockExchangeError::Closed);
            }
            routes.wants.insert(
                id,
                WantRoute {
                    root,
                    leaf_count,
                    expected: want.indexes().collect(),
                    blocks: tx,
                    terms: terms.clone(),
                    refused: false,
                },
            );
        }
        if let Err(err) = self.send(&Message::Want(want)).await {
            lock(&self.inner.routes).wants.remove(&id);
            return Err(err);
        }
        Ok(WantBlocks {
            id,
            session: self.clone(),
            blocks: rx,
            terms,
            remaining: indexes.len() as u64,
        })
    }
}

/// The answer to one want: verified blocks in the order asked, then the end of the stream.
#[derive(Debug)]
pub struct WantBlocks {
    id: u64,
    session: PeerSession,
    blocks: mpsc::Receiver<Result<VerifiedBlock, BlockExchangeError>>,
    terms: Arc<Mutex<Terms>>,
    remaining: u64,
}

/// A provider's terms for a want, from its presence reply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terms {
    /// Token base units per byte (0: free).
    pub price_per_byte: u64,
    /// The account vouchers must pay (zero when free).
    pub payee: [u8; 20],
    /// Bytes the provider serves beyond what was paid.
    pub credit_bytes: u64,
}

impl WantBlocks {
    /// The next verified block; `None` once every wanted block has arrived. An error ends the
    /// want (the provider lacks the data, refused, misbehaved or went away).
    pub async fn next(&mut self) -> Option<Result<VerifiedBlock, BlockExchangeError>> {
        if self.remaining == 0 {
            return None;
        }
        let item = self
            .blocks
            .recv()
            .await
            .unwrap_or(Err(BlockExchangeError::Closed));
        match &item {
            Ok(_) => self.remaining -= 1,
            Err(_) => self.remaining = 0,
        }
        Some(item)
    }

    /// The price per byte the provider quoted (0 until its presence reply arrived).
    pub fn price_per_byte(&self) -> u64 {
        self.terms().price_per_byte
    }

    /// The provider's terms (all zero until its presence reply arrived).
    pub fn terms(&self) -> Terms {
        *lock(&self.terms)
    }

    /// The provider.
    pub fn peer(&self) -> PeerId {
        self.session.peer()
    }
}

impl Drop for WantBlocks {
    fn drop(&mut self) {
        if self.remaining == 0 {
            return;
        }
        // Tell the provider to stop; the route stays until its Done so later answers still line
        // up.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let session = self.session.clone();
            let id = self.id;
            runtime.spawn(async move {
                let _ = session.send(&Message::Cancel(id)).await;
            });
        }
    }
}

/// Reads the provider's answers until the stream ends, then fails whatever is still open.
async fn read_answers(
    peer: PeerId,
    mut read: futures::io::ReadHalf<Stream>,
    routes: Arc<Mutex<Routes>>,
) {
    let (queue, deliveries) = mpsc::channel(VERIFY_QUEUE);
    let (failed_tx, mut failed) = oneshot::channel();
    let verifier = tokio::spawn(verify_in_order(deliveries, failed_tx));
    let mut verifier_gone = false;
    let reason = loop {
        let message = tokio::select! {
            read = read_message(&mut read) => match read {
                Ok(Some(message)) => message,
                Ok(None) => break BlockExchangeError::Closed,
                Err(err) => break err,
            },
            ended = &mut failed, if !verifier_gone => match ended {
                Ok(misbehaved) => break misbehaved,
                // Gone without a verdict (the runtime is shutting down): the next delivery fails.
                Err(_) => {
                    verifier_gone = true;
                    continue;
                }
            },
        };
        if let Err(err) = route(message, &routes, &queue).await {
            tracing::debug!(%peer, %err, "block exchange session ended");
            break err;
        }
    };
    // What was read before the end is still delivered, in order, before the rest fails.
    drop(queue);
    let _ = verifier.await;
    let reason = match failed.try_recv() {
        Ok(misbehaved) => misbehaved,
        Err(_) => reason,
    };
    let (wants, manifests) = {
        let mut r = lock(&routes);
        r.ended = Some(reason.to_string());
        (
            std::mem::take(&mut r.wants),
            std::mem::take(&mut r.manifests),
        )
    };
    let fail = || match &reason {
        BlockExchangeError::Misbehaved(m) => BlockExchangeError::Misbehaved(m.clone()),
        BlockExchangeError::Malformed(m) => BlockExchangeError::Malformed(m.clone()),
        BlockExchangeError::Refused(m) => BlockExchangeError::Refused(m.clone()),
        _ => BlockExchangeError::Closed,
    };
    for (_, want) in wants {
        let _ = want.blocks.try_send(Err(fail()));
    }
    for (_, reply) in manifests {
        let _ = reply.send(Err(fail()));
    }
}

/// Answers read and not yet delivered, per session: while the verifier hashes a batch, the
/// reader reads on.
const VERIFY_QUEUE: usize = 32;
/// Blocks hashed in one hand-off to the blocking pool (~4 MiB).
const VERIFY_BATCH: usize = 64;

type BlockSender = mpsc::Sender<Result<VerifiedBlock, BlockExchangeError>>;

/// A block as read, with what it must prove and where it goes.
struct Unverified {
    index: u64,
    root: TreeRoot,
    leaf_count: u64,
    data: Bytes,
    proof: InclusionProof,
    sender: BlockSender,
}

/// What the verifier delivers to a want, in the order the provider sent it.
enum Delivery {
    Block(Unverified),
    Answer(BlockSender, BlockExchangeError),
}

/// Delivers a session's answers in order; blocks are hashed and checked against their inclusion
/// proofs on the blocking pool, a batch at a time, so neither the async threads nor the reader
/// wait for the hashing. The first block that fails its proof ends the session: its want gets
/// the error, the reader is told through `failed`, and nothing after it is delivered.
async fn verify_in_order(
    mut deliveries: mpsc::Receiver<Delivery>,
    failed: oneshot::Sender<BlockExchangeError>,
) {
    let mut batch = Vec::with_capacity(VERIFY_BATCH);
    while deliveries.recv_many(&mut batch, VERIFY_BATCH).await > 0 {
        let taken = std::mem::replace(&mut batch, Vec::with_capacity(VERIFY_BATCH));
        let Ok(checked) =
            tokio::task::spawn_blocking(move || taken.into_iter().map(check).collect::<Vec<_>>())
                .await
        else {
            return;
        };
        for (sender, item) in checked {
            let misbehaved = match &item {
                Err(BlockExchangeError::Misbehaved(why)) => Some(why.clone()),
                _ => None,
            };
            // A consumer that went away cancelled the want; late blocks are dropped.
            let _ = sender.send(item).await;
            if let Some(why) = misbehaved {
                let _ = failed.send(BlockExchangeError::Misbehaved(why));
                return;
            }
        }
    }
}

/// Hashes a block and checks it against its inclusion proof (CPU work: on the blocking pool).
fn check(delivery: Delivery) -> (BlockSender, Result<VerifiedBlock, BlockExchangeError>) {
    match delivery {
        Delivery::Block(block) => {
            let hash = BlockHash::of(&block.data);
            let item = match block
                .proof
                .verify(&block.root, block.leaf_count, block.index, &hash)
            {
                Ok(()) => Ok(VerifiedBlock {
                    index: block.index,
                    data: block.data,
                    hash,
                }),
                Err(e) => Err(BlockExchangeError::Misbehaved(format!(
                    "block {} fails its inclusion proof: {e}",
                    block.index
                ))),
            };
            (block.sender, item)
        }
        Delivery::Answer(sender, error) => (sender, Err(error)),
    }
}

/// Hands one answer to whoever waits for it; an error ends the session.
async fn route(
    message: Message,
    routes: &Mutex<Routes>,
    queue: &mpsc::Sender<Delivery>,
) -> Result<(), BlockExchangeError> {
    let deliver = |delivery: Delivery| async move {
        // The verifier stops only after a block failed its proof: the session ends with that.
        queue
            .send(delivery)
            .await
            .map_err(|_| BlockExchangeError::Misbehaved("a block failed its proof".into()))
    };
    let misbehaved = |what: String| Err(BlockExchangeError::Misbehaved(what));
    match message {
        Message::Manifest { cid, bytes } => {
            let waiting = lock(routes).manifests.pop_front();
            let Some((asked, reply)) = waiting.filter(|(asked, _)| *asked == cid) else {
                return misbehaved(format!("unasked manifest {cid}"));
            };
            match Manifest::decode_verified(&asked, &bytes) {
                Ok(manifest) => {
                    let _ = reply.send(Ok(manifest));
                    Ok(())
                }
                Err(e) => {
                    let _ = reply.send(Err(BlockExchangeError::Misbehaved(format!(
                        "manifest {cid}: {e}"
                    ))));
                    misbehaved(format!("manifest {cid} does not match its CID: {e}"))
                }
            }
        }
        Message::NoManifest(cid) => {
            let waiting = lock(routes).manifests.pop_front();
            let Some((_, reply)) = waiting.filter(|(asked, _)| *asked == cid) else {
                return misbehaved(format!("unasked manifest {cid}"));
            };
            let _ = reply.send(Err(BlockExchangeError::DontHave));
            Ok(())
        }
        Message::Presence {
            id,
            have,
            price_per_byte,
            payee,
            credit_bytes,
        } => {
            let sender = {
                let mut r = lock(routes);
                let Some(want) = r.wants.get_mut(&id) else {
                    return misbehaved(format!("presence for unknown want {id}"));
                };
                *lock(&want.terms) = Terms {
                    price_per_byte,
                    payee,
                    credit_bytes,
                };
                (!have).then(|| {
                    want.refused = true;
                    want.blocks.clone()
                })
            };
            match sender {
                Some(sender) => {
                    deliver(Delivery::Answer(sender, BlockExchangeError::DontHave)).await
                }
                None => Ok(()),
            }
        }
        Message::Block { id, data, proof } => {
            let (index, root, leaf_count, sender) = {
                let mut r = lock(routes);
                let Some(want) = r.wants.get_mut(&id) else {
                    return misbehaved(format!("block for unknown want {id}"));
                };
                let Some(index) = want.expected.pop_front().filter(|_| !want.refused) else {
                    return misbehaved(format!("unasked block for want {id}"));
                };
                (index, want.root, want.leaf_count, want.blocks.clone())
            };
            deliver(Delivery::Block(Unverified {
                index,
                root,
                leaf_count,
                data,
                proof,
                sender,
            }))
            .await
        }
        Message::Done(id) => {
            let Some(want) = lock(routes).wants.remove(&id) else {
                return misbehaved(format!("done for unknown want {id}"));
            };
            if !want.refused && !want.expected.is_empty() {
                let error = BlockExchangeError::Refused(format!(
                    "provider ended the want with {} blocks missing",
                    want.expected.len()
                ));
                return deliver(Delivery::Answer(want.blocks, error)).await;
            }
            Ok(())
        }
        Message::Reject {
            id: Some(id),
            reason,
        } => {
            let sender = {
                let mut r = lock(routes);
                let Some(want) = r.wants.get_mut(&id) else {
                    return misbehaved(format!("reject for unknown want {id}"));
                };
                want.refused = true;
                want.blocks.clone()
            };
            deliver(Delivery::Answer(
                sender,
                BlockExchangeError::Refused(reason),
            ))
            .await
        }
        Message::Reject { id: None, reason } => Err(BlockExchangeError::Refused(reason)),
        other => misbehaved(format!("a requester does not accept {other:?}")),
    }
}
