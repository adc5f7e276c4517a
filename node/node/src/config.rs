//! Node configuration (the CLI fills it from a TOML file, `CAIRN_*` environment and flags).

use std::{
    net::{IpAddr, Ipv4Addr},
    path::PathBuf,
};

use cairn_p2p::Multiaddr;
use serde::{Deserialize, Serialize};

/// What a node needs to start.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct NodeConfig {
    /// Data directory: block store and metadata.
    pub data_dir: PathBuf,
    /// Address the REST API binds to.
    pub api_bind: IpAddr,
    /// Port of the REST API (0 = any free port).
    pub api_port: u16,
    /// Host names the API answers to besides loopback names and IP literals (`*`: any); a
    /// request for another name (a rebinding DNS name) is refused.
    #[serde(default)]
    pub api_allowed_hosts: Vec<String>,
    /// Web origins (`scheme://host[:port]`, `*`: any) whose browser requests the API accepts; a
    /// request carrying another `Origin` is refused. None by default.
    #[serde(default)]
    pub api_allowed_origins: Vec<String>,
    /// Require the API token (`<data dir>/api.token`) on loopback too; beyond loopback it is
    /// always required.
    #[serde(default)]
    pub api_require_token: bool,
    /// Most bytes of block data the node stores.
    pub quota_bytes: u64,
    /// libp2p addresses to listen on (TCP and QUIC on loopback by default).
    pub listen: Vec<Multiaddr>,
    /// Peers to join the network through, each ending in `/p2p/<peer id>`.
    pub bootstrap: Vec<Multiaddr>,
    /// What this node charges per byte it serves in block exchange, in token base units (0:
    /// free). Block exchange charges it only with a payment gate (see
    /// `cairn_p2p::blockexc::ServeLimits::charged_price`); the node has none yet, so it serves
    /// for free.
    #[serde(default)]
    pub bandwidth_price: u64,
    /// The marketplace connection; `None` runs storage and network only.
    #[serde(skip)]
    pub marketplace: Option<MarketplaceSettings>,
}

/// How the node takes part in the marketplace.
#[derive(Debug, Clone)]
pub struct MarketplaceSettings {
    /// RPC endpoint, contract address, signer, timings.
    pub chain: cairn_chain::ChainConfig,
    /// The storage-proof circuit's bounds (the devnet's `test` set: slot depth 16, slots depth 4).
    pub circuit: crate::dataset::commitments::CommitmentParams,
    /// Run the validator role.
    pub validator: bool,
    /// Host storage (sales): the proving circuit and keys. `None`: this node does not host.
    pub hosting: Option<HostingSettings>,
    /// How often each role looks at the chain, and its limits (defaults fit a real network).
    pub roles: RoleSettings,
}

/// The marketplace roles' own settings: intervals and limits. The defaults derive intervals from
/// the marketplace's period; tests whose chain clock moves only when they say use shorter ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSettings {
    /// Host (sales).
    pub sales: crate::market::sales::SalesConfig,
    /// Validator.
    pub validator: crate::market::validator::ValidatorConfig,
    /// How often the purchasing follower checks the chain's clock.
    pub purchasing_poll: std::time::Duration,
}

impl Default for RoleSettings {
    fn default() -> Self {
        Self {
            sales: crate::market::sales::SalesConfig::default(),
            validator: crate::market::validator::ValidatorConfig::default(),
            purchasing_poll: std::time::Duration::from_secs(10),
        }
    }
}

/// What a host needs to prove storage (DESIGN.md §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostingSettings {
    /// A compiled storage-proof parameter set: the folder with `info.json`, the `.r1cs` and the
    /// witness `.wasm` (`make circuits SET=test` writes `circuits/build/test`).
    pub circuit_dir: PathBuf,
    /// Proving key from a ceremony (a snarkjs `.zkey`). `None`: the deterministic dev keys of
    /// seed `cairn_prover::DEV_SEED`, accepted on devnets (chain id 31337) only.
    pub zkey: Option<PathBuf>,
}

impl PartialEq for MarketplaceSettings {
    fn eq(&self, other: &Self) -> bool {
        self.chain.rpc_url == other.chain.rpc_url
            && self.chain.marketplace == other.chain.marketplace
            && self.circuit == other.circuit
            && self.validator == other.validator
            && self.hosting == other.hosting
            && self.roles == other.roles
    }
}

impl Eq for MarketplaceSettings {}

impl Default for NodeConfig {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("./cairn-data"),
            api_bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            api_port: 8080,
            api_allowed_hosts: Vec::new(),
            api_allowed_origins: Vec::new(),
            api_require_token: false,
            quota_bytes: 20 << 30,
            listen: cairn_p2p::NetworkConfig::default().listen,
            bootstrap: Vec::new(),
            bandwidth_price: 0,
            marketplace: None,
        }
    }
}
