//! Spreads a dataset's missing blocks over its providers: chunks of up to 64 blocks go to the
//! least-loaded provider, each provider has at most `window` wants in flight on its session. A
//! chunk that fails (provider slow, refusing, gone, or lying) goes back to the front of the queue
//! for another provider; liars are dropped at once, others after repeated failures. When the queue
//! is empty, chunks stuck on a slow provider are asked again from an idle one (first answer wins).

use std::{
    collections::VecDeque,
    time::{Duration, Instant},
};

use cairn_p2p::{
    PeerId,
    blockexc::{BlockExchangeError, PeerSession, VerifiedBlock},
};
use cairn_primitives::TreeRoot;
use futures::{StreamExt, stream::FuturesUnordered};
use tokio::sync::{mpsc, watch};

use super::{FetchConfig, FetchError};

/// One provider as the scheduler sees it.
struct Provider {
    session: PeerSession,
    in_flight: usize,
    failures: u32,
    dropped: bool,
    delivered: u64,
}

/// A chunk of tree indexes and how it is doing.
struct Chunk {
    indexes: Vec<u64>,
    done: bool,
    /// Never handed out yet.
    fresh: bool,
    /// Copies in flight, and when the first started.
    copies: usize,
    started: Option<Instant>,
}

/// What one chunk request ended with: the indexes still missing and the error, if any.
type ChunkOutcome = (usize, usize, Result<(), (Vec<u64>, BlockExchangeError)>);

/// Fetch statistics, for logs and benchmarks.
#[derive(Debug, Default, Clone)]
pub struct ScheduleReport {
    /// Blocks delivered per provider.
    pub per_provider: Vec<(PeerId, u64)>,
    /// Providers dropped for misbehaving or failing.
    pub dropped: Vec<PeerId>,
    /// Chunk requests that failed and were retried.
    pub retries: u64,
    /// Slow chunks asked again from another provider.
    pub hedged: u64,
}

/// Fetches every chunk from `sessions`, sending verified blocks to `blocks`. `pause` (true)
/// holds back new chunks (a streaming reader is behind) without stopping chunks in flight.
pub(crate) async fn fetch_chunks(
    sessions: Vec<PeerSession>,
    root: TreeRoot,
    leaf_count: u64,
    chunks: Vec<Vec<u64>>,
    blocks: mpsc::Sender<VerifiedBlock>,
    mut pause: watch::Receiver<bool>,
    config: &FetchConfig,
) -> Result<ScheduleReport, FetchError> {
    let mut providers: Vec<Provider> = sessions
        .into_iter()
        .map(|session| Provider {
            session,
            in_flight: 0,
            failures: 0,
            dropped: false,
            delivered: 0,
        })
        .collect();
    let mut chunks: Vec<Chunk> = chunks
        .into_iter()
        .map(|indexes| Chunk {
            indexes,
            done: false,
            fresh: true,
            copies: 0,
            started: None,
        })
        .collect();
    let mut queue: VecDeque<usize> = (0..chunks.len()).collect();
    let mut running = FuturesUnordered::new();
    let mut report = ScheduleReport::default();
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let mut remaining = chunks.len();

    while remaining > 0 {
        let paused = *pause.borrow();
        // Hand out queued chunks to providers with room, least loaded first. While paused only
        // retried chunks go out: a stream may be waiting for one of them.
        while let Some(&chunk) = queue.front() {
            if chunks[chunk].done {
                queue.pop_front();
                continue;
            }
            if paused && chunks[chunk].fresh {
                break;
            }
            let Some(p) = pick(&providers, config.window) else {
                break;
            };
            queue.pop_front();
            running.push(start(
                &mut providers,
                &mut chunks,
                p,
                chunk,
                root,
                leaf_count,
                &blocks,
                config,
            ));
        }
        // Endgame (or a paused stream waiting for its head): ask the oldest slow chunk again
        // from an idle provider; the first copy to finish counts.
        if queue.is_empty() || paused {
            let now = Instant::now();
            let slow = (0..chunks.len())
                .filter(|&c| {
                    let chunk = &chunks[c];
                    !chunk.done
                        && chunk.copies == 1
                        && chunk
                            .started
                            .is_some_and(|s| now.duration_since(s) > config.hedge_after)
                })
                .min_by_key(|&c| chunks[c].started);
            let idle = providers
                .iter()
                .position(|p| !p.dropped && p.in_flight == 0);
            if let (Some(chunk), Some(p)) = (slow, idle) {
                tracing::debug!(chunk, peer = %providers[p].session.peer(), "asking a slow chunk again");
                report.hedged += 1;
                running.push(start(
                    &mut providers,
                    &mut chunks,
                    p,
                    chunk,
                    root,
                    leaf_count,
                    &blocks,
                    config,
                ));
            }
        }
        if running.is_empty() {
            if queue.is_empty() {
                break;
            }
            if providers.iter().all(|p| p.dropped) {
                return Err(FetchError::NoProvider(format!(
                    "every provider failed; {} chunks of blocks could not be fetched",
                    queue.len()
                )));
            }
        }
        tokio::select! {
            Some((p, chunk, outcome)) = running.next() => {
                let provider = &mut providers[p];
                provider.in_flight -= 1;
                chunks[chunk].copies -= 1;
                match outcome {
                    Ok(()) => {
                        provider.failures = 0;
                        provider.delivered += chunks[chunk].indexes.len() as u64;
                        if !chunks[chunk].done {
                            chunks[chunk].done = true;
                            remaining -= 1;
                        }
                    }
                    Err((missing, error)) => {
                        report.retries += 1;
                        provider.failures += 1;
                        let give_up = error.is_misbehaviour()
                            || matches!(error, BlockExchangeError::DontHave)
                            || provider.session.ended().is_some()
                            || provider.failures >= config.max_failures;
                        tracing::debug!(peer = %provider.session.peer(), %error, missing = missing.len(), "chunk failed");
                        if give_up && !provider.dropped {
                            tracing::info!(peer = %provider.session.peer(), %error, "provider dropped from this download");
                            provider.dropped = true;
                            report.dropped.push(provider.session.peer());
                        }
                        if !chunks[chunk].done {
                            if missing.is_empty() {
                                chunks[chunk].done = true;
                                remaining -= 1;
                            } else {
                                chunks[chunk].indexes = missing;
                                if chunks[chunk].copies == 0 {
                                    chunks[chunk].started = None;
                                    queue.push_front(chunk);
                                }
                            }
                        }
                    }
                }
            }
            _ = tick.tick() => {}
            _ = pause.changed() => {}
        }
    }
    report.per_provider = providers
        .iter()
        .map(|p| (p.session.peer(), p.delivered))
        .collect();
    Ok(report)
}

/// The usable provider with the fewest wants in flight, if one has room.
fn pick(providers: &[Provider], window: usize) -> Option<usize> {
    providers
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.dropped && p.in_flight < window)
        .min_by_key(|(_, p)| (p.in_flight, p.failures))
        .map(|(i, _)| i)
}

#[allow(clippy::too_many_arguments)]
fn start(
    providers: &mut [Provider],
    chunks: &mut [Chunk],
    p: usize,
    chunk: usize,
    root: TreeRoot,
    leaf_count: u64,
    blocks: &mpsc::Sender<VerifiedBlock>,
    config: &FetchConfig,
) -> impl Future<Output = ChunkOutcome> + use<> {
    providers[p].in_flight += 1;
    chunks[chunk].copies += 1;
    chunks[chunk].fresh = false;
    chunks[chunk].started.get_or_insert_with(Instant::now);
    let session = providers[p].session.clone();
    let indexes = chunks[chunk].indexes.clone();
    let blocks = blocks.clone();
    let timeout = config.block_timeout;
    async move {
        let outcome = fetch_one(session, root, leaf_count, indexes, blocks, timeout).await;
        (p, chunk, outcome)
    }
}

/// Requests one chunk from one session; on failure returns the indexes not received.
async fn fetch_one(
    session: PeerSession,
    root: TreeRoot,
    leaf_count: u64,
    indexes: Vec<u64>,
    blocks: mpsc::Sender<VerifiedBlock>,
    block_timeout: Duration,
) -> Result<(), (Vec<u64>, BlockExchangeError)> {
    let mut want = match session.want(root, leaf_count, &indexes).await {
        Ok(want) => want,
        Err(error) => return Err((indexes, error)),
    };
    let mut received = 0usize;
    loop {
        match tokio::time::timeout(block_timeout, want.next()).await {
            Ok(None) => return Ok(()),
            Ok(Some(Ok(block))) => {
                received += 1;
                if blocks.send(block).await.is_err() {
                    return Err((indexes[received..].to_vec(), BlockExchangeError::Closed));
                }
            }
            Ok(Some(Err(error))) => return Err((indexes[received..].to_vec(), error)),
            Err(_) => {
                return Err((
                    indexes[received..].to_vec(),
                    BlockExchangeError::Refused(format!(
                        "no block for {} s",
                        block_timeout.as_secs_f32()
                    )),
                ));
            }
        }
    }
}
