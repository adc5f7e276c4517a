//! `cairn`: run a cairn node, or talk to a running one over its REST API.

mod client;
mod config;
mod proof;
mod sales;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

// mimalloc keeps freed block buffers for reuse; glibc malloc returns them to the OS and pays page
// faults on the next batch (measured in erasure-bench, docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use eyre::WrapErr;

/// cairn: durable, verifiable storage.
#[derive(Debug, Parser)]
#[command(name = "cairn", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a node.
    Node(Box<config::NodeArgs>),
    /// Upload a file; prints its CID.
    Upload {
        /// File to upload.
        file: PathBuf,
        /// Delete the dataset after this many seconds (default: keep).
        #[arg(long)]
        expires_in: Option<u64>,
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Download a dataset to a file.
    Download {
        /// Manifest CID.
        cid: String,
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
        /// Fetch it from other nodes (stored on this node too) if this node does not have it.
        #[arg(long)]
        network: bool,
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Show this node's peer id and addresses, and the peers it is connected to.
    Peers {
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Connect the node to a peer.
    Connect {
        /// The peer's id.
        peer_id: String,
        /// The peer's multiaddrs (repeat or comma-separate); default: addresses the node knows.
        #[arg(long = "addr", value_delimiter = ',')]
        addrs: Vec<String>,
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Erasure-code a stored dataset into K + M slots; prints the protected CID.
    Protect {
        /// Manifest CID.
        cid: String,
        /// Data slots (any K rebuild the dataset).
        #[arg(long)]
        k: u32,
        /// Parity slots (up to M may be lost).
        #[arg(long)]
        m: u32,
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// List stored datasets.
    Ls {
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Show quota and usage.
    Space {
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Buy storage on the marketplace and follow purchases.
    #[command(subcommand)]
    Storage(StorageCommand),
    /// Host storage: offer space (availabilities) and show the slots held.
    #[command(subcommand)]
    Sales(sales::SalesCommand),
    /// Storage proofs: prove, verify, export the verifying key or the Solidity verifier.
    #[command(subcommand)]
    Proof(proof::ProofCommand),
}

#[derive(Debug, Subcommand)]
enum StorageCommand {
    /// Request storage for a dataset stored on the node (it erasure-codes it and pays up front).
    Request {
        /// Manifest CID.
        cid: String,
        /// Seconds to keep the data.
        #[arg(long)]
        duration: u64,
        /// Price in token units per byte per second (decimal).
        #[arg(long)]
        price: String,
        /// Hosts prove once every this many periods on average.
        #[arg(long, default_value_t = 3)]
        proof_probability: u64,
        /// Collateral in token units per byte a host stores (decimal).
        #[arg(long)]
        collateral: String,
        /// N: slots (hosts).
        #[arg(long, default_value_t = 3)]
        slots: u32,
        /// M: slots that may be lost (K = N - M rebuild the data).
        #[arg(long, default_value_t = 1)]
        tolerance: u32,
        /// Seconds within which every slot must be filled.
        #[arg(long, default_value_t = 300)]
        expiry: u64,
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// List the node's purchases, or show one.
    Purchases {
        /// Request id.
        id: Option<String>,
        #[command(flatten)]
        api: client::ApiArgs,
    },
    /// Get a dataset back from the hosts of its storage request (any K of its N slots) and
    /// write it to a file or standard output.
    Retrieve {
        /// Storage manifest CID (the request's content CID).
        cid: String,
        /// Where to write the data (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        api: client::ApiArgs,
    },
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Node(args) => config::run_node(*args).await,
        Command::Upload {
            file,
            expires_in,
            api,
        } => {
            let cid = client::Client::new(&api)?.upload(&file, expires_in).await?;
            println!("{cid}");
            Ok(())
        }
        Command::Download {
            cid,
            output,
            network,
            api,
        } => client::Client::new(&api)?
            .download(&cid, &output, network)
            .await
            .wrap_err_with(|| format!("downloading {cid}")),
        Command::Peers { api } => client::Client::new(&api)?.peers().await,
        Command::Connect {
            peer_id,
            addrs,
            api,
        } => client::Client::new(&api)?.connect(&peer_id, &addrs).await,
        Command::Protect { cid, k, m, api } => {
            println!("{}", client::Client::new(&api)?.protect(&cid, k, m).await?);
            Ok(())
        }
        Command::Ls { api } => client::Client::new(&api)?.list().await,
        Command::Space { api } => client::Client::new(&api)?.space().await,
        Command::Storage(StorageCommand::Request {
            cid,
            duration,
            price,
            proof_probability,
            collateral,
            slots,
            tolerance,
            expiry,
            api,
        }) => {
            let body = serde_json::json!({
                "duration": duration,
                "pricePerBytePerSecond": price,
                "proofProbability": proof_probability,
                "collateralPerByte": collateral,
                "slots": slots,
                "tolerance": tolerance,
                "expiry": expiry,
            });
            client::Client::new(&api)?
                .storage_request(&cid, &body)
                .await
        }
        Command::Storage(StorageCommand::Purchases { id, api }) => {
            client::Client::new(&api)?.purchases(id.as_deref()).await
        }
        Command::Storage(StorageCommand::Retrieve { cid, output, api }) => {
            client::Client::new(&api)?
                .retrieve(&cid, output.as_deref())
                .await
                .wrap_err_with(|| format!("retrieving {cid}"))
        }
        Command::Sales(command) => sales::run(command).await,
        Command::Proof(command) => tokio::task::spawn_blocking(move || proof::run(command)).await?,
    }
}
