//! What can go wrong in the network layer.

/// An error of the network layer.
#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    /// The node key file could not be read or written.
    #[error("node key {path}: {reason}")]
    Key {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The swarm could not be built or could not listen.
    #[error("transport: {0}")]
    Transport(String),
    /// A dial failed.
    #[error("dial {address}: {reason}")]
    Dial {
        /// Where.
        address: String,
        /// Why.
        reason: String,
    },
    /// A DHT query failed.
    #[error("DHT: {0}")]
    Dht(String),
    /// The network task stopped.
    #[error("the network task has stopped")]
    Stopped,
}
