//! Why a purchase could not be made.

use cairn_chain::{B256, ChainError, U256};
use cairn_primitives::Cid;

use super::ParamError;
use crate::{ProtectError, dataset::commitments::CommitmentsError};

/// Why [`Purchasing::request`](super::Purchasing::request) (or another purchasing call) failed.
#[derive(Debug, thiserror::Error)]
pub enum PurchaseError {
    /// A parameter cannot work; nothing was written or sent.
    #[error("invalid purchase: {0}")]
    Invalid(#[from] ParamError),
    /// The dataset is not in the store.
    #[error("dataset {0} is not stored on this node")]
    DatasetNotFound(Cid),
    /// The dataset given is itself a protected dataset, coded with other parameters.
    #[error(
        "dataset {cid} is already erasure-coded with K = {k}, M = {m}: request it with those \
         parameters or use the original dataset"
    )]
    ProtectedDifferently {
        /// The dataset.
        cid: Cid,
        /// Its K.
        k: u32,
        /// Its M.
        m: u32,
    },
    /// The client's token balance does not cover the price; nothing was sent.
    #[error("insufficient funds: the request costs {price} tokens, the balance is {balance}")]
    InsufficientFunds {
        /// The request's price.
        price: U256,
        /// The client's balance.
        balance: U256,
    },
    /// Erasure coding the dataset failed.
    #[error("protecting the dataset: {0}")]
    Protect(#[from] ProtectError),
    /// Computing the slot roots or the verification root failed.
    #[error("computing the proof commitments: {0}")]
    Commitments(#[from] CommitmentsError),
    /// The storage manifest (slot datasets) could not be published.
    #[error("storage manifest: {0}")]
    StorageManifest(#[from] crate::dataset::StorageManifestError),
    /// The chain refused the request (or could not be reached before anything was sent); no
    /// request exists on chain.
    #[error("the chain refused the storage request: {0}")]
    Refused(#[source] ChainError),
    /// The transaction was sent but its outcome is unknown (no receipt in time, connection lost):
    /// the purchase stays `submitting` and the follower ([`Purchasing::run`](super::Purchasing::run))
    /// settles it from the chain (sending the very same request again if it is not there).
    #[error(
        "storage request {id} sent, outcome unknown (it is tracked and will be settled): {source}"
    )]
    Unconfirmed {
        /// The purchase (request id).
        id: B256,
        /// What went wrong.
        #[source]
        source: ChainError,
    },
    /// A chain read failed.
    #[error("chain: {0}")]
    Chain(#[from] ChainError),
    /// No purchase with this id.
    #[error("no purchase {0}")]
    NotFound(B256),
    /// The purchase is being sent by another task right now.
    #[error("purchase {0} is being submitted right now")]
    Busy(B256),
    /// The market database failed.
    #[error("market database: {0}")]
    Db(#[from] sqlx::Error),
    /// A stored purchase does not decode (or does not match its id).
    #[error("stored purchase {id} is invalid: {reason}")]
    Corrupt {
        /// The row's id.
        id: String,
        /// What is wrong.
        reason: String,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] cairn_store::StoreError),
}

impl From<crate::market::events::FollowError> for PurchaseError {
    fn from(err: crate::market::events::FollowError) -> Self {
        match err {
            crate::market::events::FollowError::Db(err) => Self::Db(err),
            crate::market::events::FollowError::Chain(err) => Self::Chain(err),
        }
    }
}
