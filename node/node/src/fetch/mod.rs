//! Fetching a dataset from the network into the local store (DESIGN.md §8).
//!
//! 1. Providers: the DHT's provider records for the manifest CID, plus connected peers.
//! 2. The manifest: from the first provider that has it, checked against its CID, then admitted
//!    before anything is allocated for it: valid, at most [`FetchConfig::max_blocks`] blocks, its
//!    missing bytes within the free quota, and what the caller expects of it
//!    ([`Fetcher::fetch_expecting`]: a host's slot of the request's size, say).
//! 3. The blocks: missing ones are spread over every provider ([`schedule`]), each checked against
//!    the manifest's tree root before it is written ([`sink`]); the partial dataset is flushed
//!    every `flush_bytes`, so a fetch that stops (node killed, every provider gone) resumes from
//!    what it had.
//! 4. The dataset is committed with exactly that manifest and announced as provided.
//!
//! One fetch per CID runs at a time; a second request for it waits for the first.

mod schedule;
mod sink;

use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, Mutex},
    time::Duration,
};

use bytes::Bytes;
use cairn_p2p::{
    NetworkError, NetworkHandle, PeerId,
    blockexc::{BlockExchangeError, PeerSession},
};
use cairn_primitives::{Cid, Manifest};
use cairn_store::{Store, StoreError};
pub use schedule::ScheduleReport;
use tokio::sync::{mpsc, watch};

/// How fetches behave.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Wants in flight per provider.
    pub window: usize,
    /// Blocks per want.
    pub want_blocks: usize,
    /// A provider that sends no block for this long is given up for that chunk.
    pub block_timeout: Duration,
    /// Failed chunks after which a provider is dropped from a fetch.
    pub max_failures: u32,
    /// With nothing left to hand out, a chunk in flight this long is asked again elsewhere.
    pub hedge_after: Duration,
    /// Fetched bytes made durable at a time.
    pub flush_bytes: u64,
    /// Out-of-order bytes a streaming fetch holds for its reader before it stops starting chunks.
    pub stream_buffer_bytes: usize,
    /// How long the DHT is searched for providers.
    pub provider_search: Duration,
    /// Most blocks a fetched dataset may have; a manifest announcing more is refused before
    /// anything is allocated for it.
    pub max_blocks: u64,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            window: 4,
            want_blocks: 64,
            block_timeout: Duration::from_secs(15),
            max_failures: 3,
            hedge_after: Duration::from_secs(3),
            flush_bytes: 64 << 20,
            stream_buffer_bytes: 128 << 20,
            provider_search: Duration::from_secs(20),
            max_blocks: DEFAULT_MAX_BLOCKS,
        }
    }
}

/// Default [`FetchConfig::max_blocks`]: 2^24 blocks of 64 KiB (1 TiB).
pub const DEFAULT_MAX_BLOCKS: u64 = 1 << 24;

/// What a caller requires of a manifest before its dataset is fetched (`Err`: why not).
pub type Expectation<'a> = &'a (dyn Fn(&Manifest) -> Result<(), String> + Send + Sync);

/// Accepts any manifest.
fn anything(_: &Manifest) -> Result<(), String> {
    Ok(())
}

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Nobody could serve the dataset.
    #[error("no provider: {0}")]
    NoProvider(String),
    /// The store failed or refused (e.g. quota).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The network failed.
    #[error(transparent)]
    Network(#[from] NetworkError),
    /// The fetch ended before every block arrived (it resumes on the next request).
    #[error("incomplete: {0}")]
    Incomplete(String),
    /// Another request's fetch of the same dataset failed.
    #[error("{0}")]
    Shared(String),
    /// The dataset is larger than this node takes: more blocks than `max_blocks`, or more bytes
    /// than the quota leaves. Nothing was allocated or stored.
    #[error("{0}")]
    TooLarge(String),
    /// The manifest is invalid or not what the caller expected. Nothing was stored.
    #[error("refused manifest: {0}")]
    Refused(String),
}

/// A fetch in progress: its result, once there is one.
type Pending = watch::Receiver<Option<Result<Manifest, String>>>;

/// What [`Fetcher::fetch_stream`] hands back.
#[derive(Debug)]
pub enum FetchedStream {
    /// The dataset is (now) in the store: read it from there.
    Stored(Manifest),
    /// The dataset is being fetched; its bytes arrive here in order as they are verified.
    Streaming(Manifest, mpsc::Receiver<Result<Bytes, FetchError>>),
}

/// Fetches datasets from other nodes.
#[derive(Debug)]
pub struct Fetcher {
    network: NetworkHandle,
    store: Store,
    config: FetchConfig,
    active: Mutex<HashMap<Cid, Pending>>,
    /// Blocks downloaded so far (all fetches).
    fetched_blocks: std::sync::atomic::AtomicU64,
}

/// Removes a fetch from the active list and publishes its result, even if the task is dropped.
struct ActiveGuard<'a> {
    fetcher: &'a Fetcher,
    cid: Cid,
    result: watch::Sender<Option<Result<Manifest, String>>>,
}

impl ActiveGuard<'_> {
    fn finish(self, result: &Result<Manifest, FetchError>) {
        let shared = match result {
            Ok(manifest) => Ok(manifest.clone()),
            Err(err) => Err(err.to_string()),
        };
        self.result.send_replace(Some(shared));
    }
}

impl Drop for ActiveGuard<'_> {
    fn drop(&mut self) {
        self.fetcher.lock_active().remove(&self.cid);
        self.result.send_if_modified(|r| {
            if r.is_none() {
                *r = Some(Err("the fetch was abandoned".into()));
                true
            } else {
                false
            }
        });
    }
}

impl Fetcher {
    /// A fetcher writing into `store`.
    pub fn new(network: NetworkHandle, store: Store, config: FetchConfig) -> Self {
        Self {
            network,
            store,
            config,
            active: Mutex::new(HashMap::new()),
            fetched_blocks: std::sync::atomic::AtomicU64::new(0),
        }
    }

    fn lock_active(&self) -> std::sync::MutexGuard<'_, HashMap<Cid, Pending>> {
        self.active.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers a fetch of `cid`, or returns the one already running.
    fn register(&self, cid: &Cid) -> Result<ActiveGuard<'_>, Pending> {
        let mut active = self.lock_active();
        if let Some(pending) = active.get(cid) {
            return Err(pending.clone());
        }
        let (tx, rx) = watch::channel(None);
        active.insert(*cid, rx);
        Ok(ActiveGuard {
            fetcher: self,
            cid: *cid,
            result: tx,
        })
    }

    async fn wait(mut pending: Pending) -> Result<Manifest, FetchError> {
        let result = pending
            .wait_for(Option::is_some)
            .await
            .map_err(|_| FetchError::Shared("the other fetch was abandoned".into()))?
            .clone();
        match result {
            Some(Ok(manifest)) => Ok(manifest),
            Some(Err(err)) => Err(FetchError::Shared(err)),
            None => Err(FetchError::Shared("the other fetch was abandoned".into())),
        }
    }

    /// Fetches dataset `cid` into the store (or finds it there) and returns its manifest.
    pub async fn fetch(&self, cid: &Cid) -> Result<Manifest, FetchError> {
        Ok(self.fetch_counted(cid).await?.0)
    }

    /// [`Self::fetch`], also saying how many blocks this call downloaded (0 when the dataset was
    /// stored, or fetched by another call running at the same time).
    pub async fn fetch_counted(&self, cid: &Cid) -> Result<(Manifest, u64), FetchError> {
        self.fetch_expecting(cid, &anything).await
    }

    /// [`Self::fetch_counted`], fetching only a dataset whose manifest meets `expect` (checked
    /// before any block is asked for; also of a dataset already stored).
    pub async fn fetch_expecting(
        &self,
        cid: &Cid,
        expect: Expectation<'_>,
    ) -> Result<(Manifest, u64), FetchError> {
        let expected = |manifest: Manifest| {
            expect(&manifest).map_err(FetchError::Refused)?;
            Ok::<_, FetchError>(manifest)
        };
        if self.store.contains(cid).await? {
            return Ok((expected(self.store.manifest(cid).await?)?, 0));
        }
        let guard = match self.register(cid) {
            Ok(guard) => guard,
            Err(pending) => return Ok((expected(Self::wait(pending).await?)?, 0)),
        };
        let mut fetched = 0;
        let result = async {
            let (manifest, sessions) = self.discover(cid).await?;
            self.admit(cid, &manifest, expect).await?;
            let (_, blocks) = self.download(cid, &manifest, sessions, None).await?;
            fetched = blocks;
            Ok(manifest)
        }
        .await;
        guard.finish(&result);
        result.map(|manifest| (manifest, fetched))
    }

    /// Blocks downloaded by every fetch of this fetcher so far.
    pub fn fetched_blocks(&self) -> u64 {
        self.fetched_blocks
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Like [`fetch`](Self::fetch), but hands back the dataset's bytes as they arrive.
    pub async fn fetch_stream(self: &Arc<Self>, cid: &Cid) -> Result<FetchedStream, FetchError> {
        if self.store.contains(cid).await? {
            return Ok(FetchedStream::Stored(self.store.manifest(cid).await?));
        }
        let running = self.lock_active().get(cid).cloned();
        if let Some(pending) = running {
            return Self::wait(pending).await.map(FetchedStream::Stored);
        }
        let (manifest, sessions) = self.discover(cid).await?;
        self.admit(cid, &manifest, &anything).await?;
        let (out_tx, out_rx) = mpsc::channel(16);
        let this = self.clone();
        let cid = *cid;
        let streamed = manifest.clone();
        tokio::spawn(async move {
            let guard = match this.register(&cid) {
                Ok(guard) => guard,
                Err(pending) => {
                    // Someone started the same fetch meanwhile: stream from the store after it.
                    let result = Self::wait(pending).await;
                    let _ = match result {
                        Ok(_) => this.stream_stored(&cid, out_tx).await,
                        Err(err) => out_tx.send(Err(err)).await.map_err(|_| ()),
                    };
                    return;
                }
            };
            let result = this
                .download(&cid, &streamed, sessions, Some(out_tx))
                .await
                .map(|_| streamed);
            if let Err(err) = &result {
                tracing::warn!(%cid, %err, "streaming fetch failed");
            }
            guard.finish(&result);
        });
        Ok(FetchedStream::Streaming(manifest, out_rx))
    }

    async fn stream_stored(
        &self,
        cid: &Cid,
        out: mpsc::Sender<Result<Bytes, FetchError>>,
    ) -> Result<(), ()> {
        use futures::StreamExt;
        let reader = match self.store.reader(cid).await {
            Ok(reader) => reader,
            Err(err) => return out.send(Err(err.into())).await.map_err(|_| ()),
        };
        let mut bytes = std::pin::pin!(reader.stream());
        while let Some(chunk) = bytes.next().await {
            out.send(chunk.map_err(FetchError::from))
                .await
                .map_err(|_| ())?;
        }
        Ok(())
    }

    /// Whether the dataset of `manifest` may be fetched (see the module docs); nothing is
    /// allocated for it before this passes.
    async fn admit(
        &self,
        cid: &Cid,
        manifest: &Manifest,
        expect: Expectation<'_>,
    ) -> Result<(), FetchError> {
        manifest
            .validate()
            .map_err(|e| FetchError::Refused(format!("manifest of {cid}: {e}")))?;
        let max = self.config.max_blocks;
        if manifest.block_count > max {
            return Err(FetchError::TooLarge(format!(
                "{cid} has {} blocks; this node fetches datasets of at most {max}",
                manifest.block_count
            )));
        }
        expect(manifest).map_err(FetchError::Refused)?;
        let held = self
            .store
            .partials()
            .await?
            .into_iter()
            .find(|(partial, _, _)| partial == cid)
            .map_or(0, |(_, _, held)| held);
        let missing = manifest
            .block_count
            .saturating_sub(held)
            .saturating_mul(cairn_primitives::BLOCK_SIZE as u64);
        self.store.check_space(missing)?;
        Ok(())
    }

    /// Finds providers, opens a session with each and gets the manifest from one of them.
    async fn discover(&self, cid: &Cid) -> Result<(Manifest, Vec<PeerSession>), FetchError> {
        let me = self.network.peer_id();
        let found = tokio::time::timeout(
            self.config.provider_search,
            self.network.find_providers(cid.to_bytes()),
        )
        .await
        .unwrap_or_else(|_| Ok(HashSet::new()))?;
        // DHT providers first, then every other connected peer (they may hold it unannounced).
        let mut candidates: Vec<PeerId> = found.into_iter().filter(|p| *p != me).collect();
        for peer in self.network.connected_peers().await? {
            if peer != me && !candidates.contains(&peer) {
                candidates.push(peer);
            }
        }
        if candidates.is_empty() {
            return Err(FetchError::NoProvider(format!(
                "no provider of {cid} in the DHT and no connected peer"
            )));
        }
        let client = self.network.block_client();
        let opened = futures::future::join_all(candidates.iter().map(|&peer| {
            let client = client.clone();
            async move {
                tokio::time::timeout(self.config.block_timeout, client.session(peer))
                    .await
                    .map_err(|_| BlockExchangeError::Closed)
                    .and_then(|r| r)
            }
        }))
        .await;
        let sessions: Vec<PeerSession> = opened
            .into_iter()
            .zip(&candidates)
            .filter_map(|(session, peer)| match session {
                Ok(session) => Some(session),
                Err(err) => {
                    tracing::debug!(%peer, %err, "no block-exchange session");
                    None
                }
            })
            .collect();
        let mut holders = Vec::new();
        let mut manifest = None;
        let mut errors = Vec::new();
        for session in sessions {
            if manifest.is_some() {
                holders.push(session);
                continue;
            }
            match tokio::time::timeout(self.config.block_timeout, session.manifest(cid)).await {
                Ok(Ok(m)) => {
                    manifest = Some(m);
                    holders.push(session);
                }
                Ok(Err(BlockExchangeError::DontHave)) => {}
                Ok(Err(err)) => errors.push(format!("{}: {err}", session.peer())),
                Err(_) => errors.push(format!("{}: timed out", session.peer())),
            }
        }
        let manifest = manifest.ok_or_else(|| {
            FetchError::NoProvider(format!(
                "none of {} peers has the manifest of {cid}{}",
                candidates.len(),
                if errors.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", errors.join("; "))
                }
            ))
        })?;
        Ok((manifest, holders))
    }

    /// Fetches the missing blocks of `manifest` from `sessions` and commits the dataset.
    async fn download(
        &self,
        cid: &Cid,
        manifest: &Manifest,
        sessions: Vec<PeerSession>,
        stream: Option<mpsc::Sender<Result<Bytes, FetchError>>>,
    ) -> Result<(ScheduleReport, u64), FetchError> {
        let started = std::time::Instant::now();
        let partial = self.store.partial(cid, manifest).await?;
        let order = sink::fetch_order(manifest);
        // A streaming reader needs every block, held or not; otherwise fetch only what is missing.
        let wanted: Vec<u64> = if stream.is_some() {
            order
        } else {
            order.into_iter().filter(|&i| !partial.has(i)).collect()
        };
        let wanted_len = wanted.len() as u64;
        tracing::info!(%cid, blocks = wanted.len(), held = partial.held(), providers = sessions.len(), "fetching dataset");
        let chunks: Vec<Vec<u64>> = wanted
            .chunks(self.config.want_blocks.max(1))
            .map(|c| {
                let mut c = c.to_vec();
                c.sort_unstable();
                c
            })
            .collect();

        let (blocks_tx, blocks_rx) = mpsc::channel(256);
        let (pause_tx, pause_rx) = watch::channel(false);
        let (forward, reorder) = match stream {
            Some(out) => {
                let (tx, rx) = mpsc::channel(256);
                let task = tokio::spawn(sink::stream_in_order(
                    manifest.clone(),
                    rx,
                    out,
                    pause_tx,
                    self.config.stream_buffer_bytes,
                ));
                (Some(tx), Some(task))
            }
            None => (None, None),
        };
        let writer = tokio::spawn(sink::write_blocks(
            partial,
            blocks_rx,
            forward,
            self.config.flush_bytes,
        ));
        let scheduled = schedule::fetch_chunks(
            sessions,
            manifest.tree_root,
            manifest.block_count,
            chunks,
            blocks_tx,
            pause_rx,
            &self.config,
        )
        .await;
        let partial = writer
            .await
            .map_err(|e| FetchError::Incomplete(format!("the writer stopped: {e}")))??;
        if let Some(task) = reorder {
            let _ = task.await;
        }
        let report = scheduled?;
        if partial.held() != manifest.block_count {
            return Err(FetchError::Incomplete(format!(
                "{} of {} blocks fetched; ask again to resume",
                partial.held(),
                manifest.block_count
            )));
        }
        partial.finish().await?;
        let fetched = wanted_len;
        self.fetched_blocks
            .fetch_add(fetched, std::sync::atomic::Ordering::Relaxed);
        let seconds = started.elapsed().as_secs_f64();
        tracing::info!(%cid, bytes = manifest.byte_len, seconds, retries = report.retries, hedged = report.hedged,
            dropped = report.dropped.len(), "dataset fetched");
        if let Err(err) = self.network.start_providing(cid.to_bytes()).await {
            tracing::warn!(%cid, %err, "announcing the fetched dataset failed");
        }
        Ok((report, fetched))
    }
}
