//! The node's market roles, in one place: [`purchasing`] (the client: buys storage and follows its
//! requests), [`sales`] (the host: offers space, takes, fills and proves slots, repairs) and
//! [`validator`] (marks missed proofs), over one chain connection ([`connect`]) whose verifier is
//! checked first ([`verifier_check`]).
//!
//! What the roles share lives here, once:
//! - [`db`]: `market.sqlite` and how chain values are stored in it (checked integers, hex ids);
//! - [`events`]: a role's place in the marketplace's event log (`chain_cursors`), and the stream;
//! - [`role`]: the run shape (a `step()` per pass, the stop signal, the wait for every task);
//! - [`crate::clock`]: local time (the marketplace's rules run on chain time).

pub mod db;
pub mod events;
pub mod holders;
pub mod purchasing;
pub mod role;
pub mod sales;
pub mod validator;
pub mod verifier_check;

use std::sync::Arc;

use cairn_chain::ChainClient;
use cairn_p2p::NetworkHandle;
use cairn_store::Store;
use tracing::{info, warn};

use crate::{MarketplaceSettings, NodeConfig, NodeError, fetch::Fetcher, proving};
use role::Lifecycle;

/// The node's market roles.
#[derive(Debug)]
pub struct Market {
    /// The chain client (signer, contract calls, events).
    pub chain: ChainClient,
    /// `market.sqlite`.
    pub db: sqlx::SqlitePool,
    /// Each role's health (`GET /debug/info`).
    pub board: role::RoleBoard,
    /// Client side: storage requests.
    pub purchasing: purchasing::Purchasing,
    /// Host side: what this node offers.
    pub availabilities: sales::Availabilities,
    /// Host side: the slots this node takes and proves (`None` without hosting settings).
    pub sales: Option<sales::Sales>,
    /// The validator role, until [`Market::spawn`] starts it.
    validator: std::sync::Mutex<Option<validator::Validator>>,
}

impl Market {
    /// Starts every role as a task under `lifecycle` (see [`role`]).
    pub fn spawn(&self, lifecycle: &Lifecycle) {
        let board = &self.board;
        spawn_role(
            lifecycle,
            board,
            purchasing::PurchasingTask::new(self.purchasing.clone()),
        );
        if let Some(sales) = &self.sales {
            spawn_role(
                lifecycle,
                board,
                sales::SalesTask::new(sales.clone(), lifecycle.shutdown(), lifecycle.done()),
            );
        }
        let validator = self
            .validator
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(validator) = validator {
            spawn_role(lifecycle, board, validator);
        }
    }
}

/// Runs `role` as a task holding a [`role::Done`] guard of `lifecycle`.
fn spawn_role<R: role::Role + 'static>(lifecycle: &Lifecycle, board: &role::RoleBoard, role: R) {
    let (shutdown, done, board) = (lifecycle.shutdown(), lifecycle.done(), board.clone());
    tokio::spawn(async move {
        // A fatal error is logged and shown on the board; the node keeps serving without the role.
        let _ = role::run_on(role, shutdown, &board).await;
        drop(done);
    });
}

/// Connects to the marketplace, checks its verifier against this node's circuit set, opens
/// `market.sqlite` and sets up the roles the configuration asks for.
pub(crate) async fn connect(
    config: &NodeConfig,
    store: &Store,
    settings: MarketplaceSettings,
    fetcher: &Arc<Fetcher>,
    network: &NetworkHandle,
) -> Result<Market, NodeError> {
    let chain = ChainClient::connect(settings.chain).await?;
    info!(address = %chain.address(), chain_id = chain.chain_id(), marketplace = %chain.marketplace(), "marketplace connected");
    let prover = settings
        .hosting
        .clone()
        .map(|hosting| proving::SlotProver::new(hosting, chain.chain_id()))
        .transpose()?;
    let (verifier, info) = chain.verifier_info().await?;
    let expected = verifier_check::ExpectedCircuit {
        params: prover.as_ref().map_or(settings.circuit, |p| p.params()),
        hosting: prover.as_ref().map(|p| (p.set_name(), p.samples())),
    };
    match verifier_check::check_verifier(&info, chain.chain_id(), &expected)
        .map_err(NodeError::Verifier)?
    {
        verifier_check::VerifierCheck::Keys(hash) => {
            info!(%verifier, set = %info.circuitSet, key = %hash, dev_keys = info.devKeys, "the marketplace's verifier matches this node's circuit set");
            if let Some(prover) = &prover {
                prover.expect_verifying_key(hash);
            }
        }
        verifier_check::VerifierCheck::DevnetStandIn => {
            warn!(%verifier, "the marketplace uses the test stand-in verifier (it checks no storage): devnet tests only");
        }
    }
    let db = db::open(&config.data_dir).await?;
    let purchasing = purchasing::Purchasing::new(
        chain.clone(),
        store.clone(),
        db.clone(),
        purchasing::PurchasingConfig {
            poll_interval: settings.roles.purchasing_poll,
            ..purchasing::PurchasingConfig::new(settings.circuit)
        },
    );
    let availabilities = sales::Availabilities::new(db.clone());
    let sales = match prover {
        Some(prover) => {
            if prover.params() != settings.circuit {
                warn!(circuit = ?prover.params(), flags = ?settings.circuit, "the circuit set's bounds differ from --max-slot-depth/--slots-depth; hosting uses the circuit set's");
            }
            Some(sales::Sales::new(
                chain.clone(),
                store.clone(),
                db.clone(),
                fetcher.clone(),
                network.clone(),
                availabilities.clone(),
                prover,
                settings.roles.sales.clone(),
            ))
        }
        None => None,
    };
    let validator = settings.validator.then(|| {
        validator::Validator::new(chain.clone(), db.clone(), settings.roles.validator.clone())
    });
    Ok(Market {
        chain,
        db,
        board: role::RoleBoard::default(),
        purchasing,
        availabilities,
        sales,
        validator: std::sync::Mutex::new(validator),
    })
}
