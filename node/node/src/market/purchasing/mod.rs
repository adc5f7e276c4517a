//! Purchasing: the client side of the marketplace (DESIGN.md §6, §9).
//!
//! [`Purchasing::request`] buys storage for a stored dataset: it checks the terms
//! ([`PurchaseParams`], against the marketplace's and the circuit's bounds, and the client's
//! balance, before anything is written or sent), protects the dataset with K = N - M data and
//! M parity slots (reusing a protected dataset of the same data and shape), computes the slot
//! roots and the verification root ([`crate::dataset::commitments`]), builds the `Request` (`slotSize` =
//! R blocks of 64 KiB, `content.cid` = the protected manifest's CID, a random nonce), persists it
//! as `submitting`, and only then approves the price and calls `requestStorage`.
//!
//! [`PurchasingTask`] is the follower (the role's task, run by [`crate::market::role::run`]): it
//! re-reads the chain state of every unfinished purchase on start (a `submitting` purchase whose request is not on chain is sent again: the request, and
//! so its id, is identical, so the contract can never take the payment twice), then follows the
//! marketplace's events (its position in `chain_cursors`, role `purchasing`) and the chain's
//! clock (cancellation and the end of a request have no event), moving each purchase through
//! submitted → started → finished / failed / cancelled, and withdraws what is left to the client
//! once the request has ended (`withdrawFunds`; for a finished request after `endsAt + timeout`).
//!
//! [`Purchasing::slots`] reads the state, host and reservations of each slot of a purchase's
//! request live from the chain (shown by `GET /storage/purchases/{id}`).
//!
//! Persistence: table `purchases` (migration 0002) in `market.sqlite`.

mod config;
mod dataset;
pub(crate) mod db;
mod error;
mod follower;
mod params;
mod purchase;
mod request;
mod slots;

use std::{
    collections::HashSet,
    sync::{Arc, Mutex, PoisonError},
};

use cairn_chain::{B256, ChainClient};
use cairn_store::Store;
use sqlx::SqlitePool;

pub use config::PurchasingConfig;
pub use error::PurchaseError;
pub use follower::{PurchasingReport, PurchasingTask};
pub use params::{MAX_PRICE_PER_BYTE, ParamError, PurchaseParams};
pub use purchase::{Purchase, PurchaseState};
pub use slots::{MAX_SLOTS_READ, PurchaseSlot};

/// The client side of the marketplace. Cheap to clone (shared state): keep a clone to make
/// requests and give one to a [`PurchasingTask`].
#[derive(Debug, Clone)]
pub struct Purchasing {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    chain: ChainClient,
    store: Store,
    db: SqlitePool,
    config: PurchasingConfig,
    /// Purchases whose request is being sent right now (by `request`, `submit` or the
    /// follower): nobody else sends or settles them meanwhile.
    in_flight: Mutex<HashSet<B256>>,
    /// Serialises finding or making protected datasets.
    protecting: tokio::sync::Mutex<()>,
}

/// Marks a purchase as being sent until dropped.
struct InFlight<'a> {
    set: &'a Mutex<HashSet<B256>>,
    id: B256,
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.set
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&self.id);
    }
}

impl Purchasing {
    /// Purchasing for the account of `chain`, over the datasets of `store`, persisted in `db`
    /// (from [`crate::market::db::open`]).
    pub fn new(chain: ChainClient, store: Store, db: SqlitePool, config: PurchasingConfig) -> Self {
        Self {
            inner: Arc::new(Inner {
                chain,
                store,
                db,
                config,
                in_flight: Mutex::new(HashSet::new()),
                protecting: tokio::sync::Mutex::new(()),
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &PurchasingConfig {
        &self.inner.config
    }

    /// Every purchase, oldest first.
    pub async fn purchases(&self) -> Result<Vec<Purchase>, PurchaseError> {
        db::list(&self.inner.db).await
    }

    /// The purchase `id` (its request id), if there is one.
    pub async fn purchase(&self, id: &B256) -> Result<Option<Purchase>, PurchaseError> {
        db::load(&self.inner.db, id).await
    }

    /// Claims `id` for sending; `None` when another task is sending it.
    fn hold(&self, id: B256) -> Option<InFlight<'_>> {
        let set = &self.inner.in_flight;
        set.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id)
            .then_some(InFlight { set, id })
    }

    /// Whether `id` is being sent right now.
    fn is_in_flight(&self, id: &B256) -> bool {
        self.inner
            .in_flight
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(id)
    }
}
