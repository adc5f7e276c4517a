//! Store errors.

use cairn_primitives::{BlockHash, Cid, ManifestError, TreeError};

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No dataset with this CID is stored.
    #[error("dataset {0} not found")]
    NotFound(Cid),
    /// No block with this hash is stored.
    #[error("block {0} not found")]
    BlockNotFound(BlockHash),
    /// The write would exceed the quota.
    #[error("quota exceeded: {needed} more bytes needed, {free} free of {quota}")]
    QuotaExceeded {
        /// Bytes the write needs beyond what it has.
        needed: u64,
        /// Bytes free.
        free: u64,
        /// The quota.
        quota: u64,
    },
    /// A block on disk does not match its hash (or its file is gone).
    #[error("corrupt block {hash} in pack {pack}: {reason}")]
    Corrupt {
        /// Expected hash.
        hash: BlockHash,
        /// Pack file.
        pack: String,
        /// What is wrong.
        reason: String,
    },
    /// The caller handed the writer something invalid.
    #[error("invalid write: {0}")]
    InvalidWrite(String),
    /// A block index is out of range for the dataset.
    #[error("block index {index} out of range for {count} blocks")]
    IndexOutOfRange {
        /// Requested index.
        index: u64,
        /// Blocks in the dataset.
        count: u64,
    },
    /// A stored manifest does not decode (database corruption).
    #[error("stored manifest is invalid: {0}")]
    Manifest(#[from] ManifestError),
    /// The dataset tree could not be built.
    #[error("dataset tree: {0}")]
    Tree(#[from] TreeError),
    /// SQLite failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("database migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// File IO failed.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    /// A blocking task panicked or was cancelled.
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl StoreError {
    /// True for errors caused by the caller's input (not found, quota, invalid write), as opposed
    /// to failures of the store itself.
    pub fn is_client_error(&self) -> bool {
        matches!(
            self,
            Self::NotFound(_)
                | Self::BlockNotFound(_)
                | Self::QuotaExceeded { .. }
                | Self::InvalidWrite(_)
                | Self::IndexOutOfRange { .. }
        )
    }
}
