//! The cairn node: owns the components (block store, erasure coder; later network, prover, chain)
//! and serves the REST API under `/api/v1`.
//!
//! [`Node::start`] opens the store, binds the API (127.0.0.1 by default) and runs until the
//! shutdown future resolves; background loops (dataset expiry) stop with it.

pub mod api;
mod config;
mod protect;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use cairn_store::{Store, StoreConfig};
pub use config::NodeConfig;
pub use protect::{ProtectError, protect};
use tokio::net::TcpListener;

/// How often expired datasets are collected.
const GC_INTERVAL: Duration = Duration::from_secs(60);

/// Why the node could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum NodeError {
    /// The store could not be opened.
    #[error("block store: {0}")]
    Store(#[from] cairn_store::StoreError),
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
        Ok(Self {
            state: Arc::new(NodeState { store, config }),
            listener,
        })
    }

    /// The address the API listens on (useful with port 0).
    pub fn api_addr(&self) -> Result<SocketAddr, std::io::Error> {
        self.listener.local_addr()
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
        let gc = tokio::spawn(collect_expired(self.state.store.clone()));
        let router = api::router(self.state.clone());
        let result = axum::serve(self.listener, router)
            .with_graceful_shutdown(shutdown)
            .await;
        gc.abort();
        result.map_err(|source| NodeError::Api { addr, source })
    }
}

async fn collect_expired(store: Store) {
    let mut ticker = tokio::time::interval(GC_INTERVAL);
    loop {
        ticker.tick().await;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        match store.collect_expired(now).await {
            Ok(collected) if !collected.is_empty() => {
                tracing::info!(count = collected.len(), "expired datasets deleted")
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(%err, "collecting expired datasets failed"),
        }
    }
}
