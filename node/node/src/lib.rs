//! The cairn node: owns the components (block store, erasure coder, network; later prover,
//! chain) and serves the REST API under `/api/v1`.
//!
//! [`Node::start`] opens the store, starts the network (node key in the data dir, block exchange
//! served from the store, every stored dataset announced), binds the API (127.0.0.1 by default)
//! and runs until the shutdown future resolves; background loops (dataset expiry) stop with it.

pub mod api;
mod block_source;
pub mod clock;
mod config;
pub mod dataset;
pub mod fetch;
pub mod market;
pub mod partial_sweep;
pub mod proving;

use std::{net::SocketAddr, sync::Arc, time::Duration};

pub use block_source::StoreSource;
pub use cairn_chain as chain;
pub use cairn_p2p::{Multiaddr, PeerId, multiaddr};
use cairn_p2p::{Network, NetworkConfig, NetworkHandle, blockexc::ServeLimits};
use cairn_primitives::Cid;
use cairn_store::{Store, StoreConfig};
pub use config::{HostingSettings, MarketplaceSettings, NodeConfig, RoleSettings};
pub use dataset::{ProtectError, protect};
use fetch::{FetchConfig, Fetcher};
pub use market::Market;
use tokio::net::TcpListener;

/// How long the market roles and slot drivers get to stop at shutdown.
const ROLE_STOP_GRACE: Duration = Duration::from_secs(30);

/// How often expired datasets are collected.
const GC_INTERVAL: Duration = Duration::from_secs(60);

/// Why the node could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum NodeError {
    /// The store could not be opened.
    #[error("block store: {0}")]
    Store(#[from] cairn_store::StoreError),
    /// The marketplace connection failed.
    #[error("marketplace: {0}")]
    Chain(#[from] cairn_chain::ChainError),
    /// The marketplace's verifier does not fit this node's circuit set, or uses forgeable keys.
    #[error("marketplace verifier: {0}")]
    Verifier(market::verifier_check::VerifierMismatch),
    /// The marketplace database could not be opened.
    #[error("market.sqlite: {0}")]
    MarketDb(#[from] sqlx::Error),
    /// The network could not start.
    #[error("network: {0}")]
    Network(#[from] cairn_p2p::NetworkError),
    /// The storage-proof circuit could not be used for hosting.
    #[error("hosting: {0}")]
    Proving(#[from] proving::ProvingError),
    /// The API could not bind or serve.
    #[error("REST API on {addr}: {source}")]
    Api {
        /// Address it tried.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

/// State shared by every request handler.
#[derive(Debug)]
pub struct NodeState {
    /// The block store.
    pub store: Store,
    /// The configuration the node runs with.
    pub config: NodeConfig,
    /// The libp2p network.
    pub network: NetworkHandle,
    /// Fetches datasets from other nodes.
    pub fetcher: Arc<Fetcher>,
    /// The API token (`<data dir>/api.token`).
    pub api_token: String,
    /// The marketplace roles, when the node is connected to one.
    pub market: Option<Market>,
}

impl NodeState {
    /// Whether requests must carry the API token: always beyond loopback, on loopback when the
    /// configuration asks.
    pub fn api_token_required(&self) -> bool {
        self.config.api_require_token || !self.config.api_bind.is_loopback()
    }

    /// Announces in the DHT that this node provides dataset `cid` (in the background).
    pub fn announce(&self, cid: &Cid) {
        let network = self.network.clone();
        let cid = *cid;
        tokio::spawn(async move {
            if let Err(err) = network.start_providing(cid.to_bytes()).await {
                tracing::warn!(%cid, %err, "announcing a dataset failed");
            }
        });
    }
}

/// A running node.
#[derive(Debug)]
pub struct Node {
    state: Arc<NodeState>,
    listener: TcpListener,
}

impl Node {
    /// Opens the store and binds the API; call [`Node::run`] to serve.
    pub async fn start(config: NodeConfig) -> Result<Self, NodeError> {
        let store = Store::open(StoreConfig {
            data_dir: config.data_dir.clone(),
            quota_bytes: config.quota_bytes,
        })
        .await?;
        let addr = SocketAddr::new(config.api_bind, config.api_port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| NodeError::Api { addr, source })?;
        let key = cairn_p2p::identity::load_or_create(&config.data_dir.join("node.key"))?;
        let (network, mut events) = Network::spawn(
            key,
            NetworkConfig {
                listen: config.listen.clone(),
                bootstrap: config.bootstrap.clone(),
                ..NetworkConfig::default()
            },
        )?;
        tokio::spawn(async move {
            while let Some(event) = events.recv().await {
                tracing::debug!(?event, "network");
            }
        });
        network.serve_blocks(
            Arc::new(StoreSource::new(store.clone())),
            ServeLimits {
                price_per_byte: config.bandwidth_price,
                ..ServeLimits::default()
            },
        )?;
        let fetcher = Arc::new(Fetcher::new(
            network.clone(),
            store.clone(),
            FetchConfig::default(),
        ));
        let market = match config.marketplace.clone() {
            Some(settings) => {
                Some(market::connect(&config, &store, settings, &fetcher, &network).await?)
            }
            None => None,
        };
        let api_token =
            api::token::load_or_create(&config.data_dir).map_err(|source| NodeError::Api {
                addr: SocketAddr::new(config.api_bind, config.api_port),
                source,
            })?;
        let state = Arc::new(NodeState {
            store,
            api_token,
            config,
            network,
            fetcher,
            market,
        });
        for dataset in state.store.list().await? {
            state.announce(&dataset.cid);
        }
        tracing::info!(peer_id = %state.network.peer_id(), "network started");
        Ok(Self { state, listener })
    }

    /// The address the API listens on (useful with port 0).
    pub fn api_addr(&self) -> Result<SocketAddr, std::io::Error> {
        self.listener.local_addr()
    }

    /// The network handle (peer id, addresses).
    pub fn network(&self) -> &NetworkHandle {
        &self.state.network
    }

    /// Serves until `shutdown` resolves, then finishes in-flight requests and returns.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), NodeError> {
        let addr = self.api_addr().map_err(|source| NodeError::Api {
            addr: ([0, 0, 0, 0], 0).into(),
            source,
        })?;
        tracing::info!(%addr, data_dir = %self.state.config.data_dir.display(), "cairn node serving /api/v1");
        let gc = tokio::spawn(collect_expired(
            self.state.store.clone(),
            self.state.market.as_ref().map(|m| m.db.clone()),
        ));
        let lifecycle = market::role::Lifecycle::new();
        if let Some(market) = &self.state.market {
            market.spawn(&lifecycle);
        }
        let router = api::router(self.state.clone());
        let result = axum::serve(self.listener, router)
            .with_graceful_shutdown(shutdown)
            .await;
        gc.abort();
        if !lifecycle.stop(ROLE_STOP_GRACE).await {
            tracing::warn!(grace = ?ROLE_STOP_GRACE, "a marketplace task did not stop in time");
        }
        result.map_err(|source| NodeError::Api { addr, source })
    }
}

/// Deletes expired datasets and drops unfinished fetches nobody resumed
/// ([`partial_sweep`]), every [`GC_INTERVAL`].
async fn collect_expired(store: Store, market: Option<sqlx::SqlitePool>) {
    let mut ticker = tokio::time::interval(GC_INTERVAL);
    let mut partials = partial_sweep::PartialSweeper::new(partial_sweep::PARTIAL_IDLE_TTL);
    loop {
        ticker.tick().await;
        if let Err(err) = partials
            .sweep(&store, market.as_ref(), std::time::Instant::now())
            .await
        {
            tracing::warn!(%err, "sweeping unfinished fetches failed");
        }
        match store.collect_expired(clock::unix_now()).await {
            Ok(collected) if !collected.is_empty() => {
                tracing::info!(count = collected.len(), "expired datasets deleted")
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(%err, "collecting expired datasets failed"),
        }
    }
}
