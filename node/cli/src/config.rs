//! `cairn node`: configuration from a TOML file, `CAIRN_*` environment variables and flags
//! (flags win over the environment, which wins over the file, which wins over defaults).

use std::{net::IpAddr, path::PathBuf};

use cairn_node::{Node, NodeConfig};
use clap::Args;
use eyre::WrapErr;
use serde::Deserialize;

/// Flags of `cairn node`; each also reads a `CAIRN_*` environment variable.
#[derive(Debug, Args)]
pub(crate) struct NodeArgs {
    /// TOML configuration file (keys: data-dir, api-bind, api-port, api-allowed-hosts,
    /// api-allowed-origins, api-require-token, quota, listen, bootstrap, bandwidth-price,
    /// repair-delay, repair-peer-wait, slot-data-timeout, confirmations).
    #[arg(long, env = "CAIRN_CONFIG")]
    config: Option<PathBuf>,
    /// Data directory.
    #[arg(long, env = "CAIRN_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Address the REST API binds to (default 127.0.0.1).
    #[arg(long, env = "CAIRN_API_BIND")]
    api_bind: Option<IpAddr>,
    /// REST API port (default 8080; 0 picks a free port).
    #[arg(long, env = "CAIRN_API_PORT")]
    api_port: Option<u16>,
    /// Host names the API answers to besides localhost and IP addresses (repeat or
    /// comma-separate; `*` for any). Requests for other names (DNS rebinding) are refused.
    #[arg(
        long = "api-allowed-host",
        env = "CAIRN_API_ALLOWED_HOSTS",
        value_delimiter = ','
    )]
    api_allowed_hosts: Vec<String>,
    /// Web origins (scheme://host[:port]) whose browser requests the API accepts (repeat or
    /// comma-separate). None by default: web pages cannot use the node's API.
    #[arg(
        long = "api-allowed-origin",
        env = "CAIRN_API_ALLOWED_ORIGINS",
        value_delimiter = ','
    )]
    api_allowed_origins: Vec<String>,
    /// Require the API token (api.token in the data dir, made on first start; the CLI reads it
    /// from there) on loopback too. Beyond loopback it is always required.
    #[arg(long, env = "CAIRN_API_REQUIRE_TOKEN")]
    api_require_token: bool,
    /// Storage quota, e.g. 10GiB, 500MB, 1048576.
    #[arg(long, env = "CAIRN_QUOTA")]
    quota: Option<String>,
    /// libp2p listen addresses (repeat or comma-separate), e.g. /ip4/0.0.0.0/tcp/8070
    /// (default: TCP and QUIC on 127.0.0.1, free ports).
    #[arg(long, env = "CAIRN_LISTEN", value_delimiter = ',')]
    listen: Vec<String>,
    /// Peers to join the network through (repeat or comma-separate), each ending in /p2p/<peer id>.
    #[arg(long, env = "CAIRN_BOOTSTRAP", value_delimiter = ',')]
    bootstrap: Vec<String>,
    /// What the node charges per byte it serves to other nodes, in token base units (0, the
    /// default: free). Shown in GET /node/info. Not charged yet: block exchange charges only
    /// with a payment gate, which the node does not have yet (issue 17), so blocks are served
    /// for free.
    #[arg(
        long,
        env = "CAIRN_BANDWIDTH_PRICE",
        value_name = "TOKEN_UNITS_PER_BYTE"
    )]
    bandwidth_price: Option<u64>,
    /// Address of the PaymentChannels contract downloads are paid through (deployments/<chain
    /// id>.json has it); needs --eth-rpc and --marketplace.
    #[arg(long, env = "CAIRN_PAYMENT_CHANNELS")]
    payment_channels: Option<String>,
    /// Ethereum JSON-RPC endpoint (http(s):// or ws(s)://) of the chain the marketplace is on;
    /// with --marketplace, the node takes part in the marketplace.
    #[arg(long, env = "CAIRN_ETH_RPC")]
    eth_rpc: Option<String>,
    /// Address of the Marketplace contract (deployments/<chain id>.json has it).
    #[arg(long, env = "CAIRN_MARKETPLACE")]
    marketplace: Option<String>,
    /// Encrypted JSON keystore holding the node's Ethereum key.
    #[arg(long, env = "CAIRN_KEYSTORE")]
    keystore: Option<PathBuf>,
    /// File holding the keystore's password.
    #[arg(long, env = "CAIRN_KEYSTORE_PASSWORD_FILE")]
    keystore_password_file: Option<PathBuf>,
    /// Raw private key (0x + 64 hex digits); accepted on anvil devnets (chain id 31337) only.
    #[arg(long, env = "CAIRN_ETH_KEY", hide_env_values = true)]
    eth_key: Option<String>,
    /// Most wei per gas the node's transactions offer (maxFeePerGas); default: no cap. A stuck
    /// transaction is replaced with 25 % higher fees after 45 s, within this cap.
    #[arg(long, env = "CAIRN_MAX_FEE_PER_GAS", value_name = "WEI")]
    max_fee_per_gas: Option<u128>,
    /// Run the validator role: mark missing storage proofs (earns part of the slashed collateral).
    #[arg(long, env = "CAIRN_VALIDATOR")]
    validator: bool,
    /// The storage-proof circuit's deepest slot tree (circuits/circuits.json; `test` set: 16).
    #[arg(long, env = "CAIRN_MAX_SLOT_DEPTH", default_value_t = 16)]
    max_slot_depth: u32,
    /// The storage-proof circuit's verification-tree depth (`test` set: 4).
    #[arg(long, env = "CAIRN_SLOTS_DEPTH", default_value_t = 4)]
    slots_depth: u32,
    /// Host storage: a compiled storage-proof circuit set (the folder with info.json, e.g.
    /// circuits/build/test). Without it the node does not take slots.
    #[arg(long, env = "CAIRN_CIRCUIT_DIR")]
    circuit_dir: Option<PathBuf>,
    /// The circuit's proving key from a ceremony (snarkjs .zkey). Without it, hosts use the
    /// deterministic dev keys, accepted on devnets (chain id 31337) only.
    #[arg(long, env = "CAIRN_ZKEY")]
    zkey: Option<PathBuf>,
    /// Log filter (tracing env-filter syntax).
    #[arg(long, env = "CAIRN_LOG", default_value = "info")]
    log: String,
    #[command(flatten)]
    repair: RepairArgs,
}

/// How a host repairs slots (docs/PROTOCOL.md, "Repair"); seconds each.
#[derive(Debug, Args)]
pub(crate) struct RepairArgs {
    /// Lazy repair: seconds a host that took a slot in repair waits for more slots of the request
    /// to be lost, to rebuild them in one pass (never once the request is one loss from
    /// failing). Default 600.
    #[arg(long, env = "CAIRN_REPAIR_DELAY", value_name = "SECONDS")]
    repair_delay: Option<u64>,
    /// Seconds a host waits for the host repairing the request's lowest lost slot (which rebuilds
    /// every lost slot) before it rebuilds its own slot. Default 300.
    #[arg(long, env = "CAIRN_REPAIR_PEER_WAIT", value_name = "SECONDS")]
    repair_peer_wait: Option<u64>,
    /// Seconds a host may take to get a slot's data (download or repair) before it gives the
    /// slot up. Default 3600.
    #[arg(long, env = "CAIRN_SLOT_DATA_TIMEOUT", value_name = "SECONDS")]
    slot_data_timeout: Option<u64>,
    /// Blocks a host's loss of a slot must be deep before it gives the slot up and deletes its
    /// data (a shallower loss may be reorganised away); given, events and transaction receipts
    /// count only that deep too. Default: 6 for a loss (0 on an anvil devnet), 0 for events.
    #[arg(long, env = "CAIRN_CONFIRMATIONS", value_name = "BLOCKS")]
    confirmations: Option<u64>,
}

/// The TOML file's shape.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct FileConfig {
    data_dir: Option<PathBuf>,
    api_bind: Option<IpAddr>,
    api_port: Option<u16>,
    api_allowed_hosts: Option<Vec<String>>,
    api_allowed_origins: Option<Vec<String>>,
    api_require_token: Option<bool>,
    quota: Option<String>,
    listen: Option<Vec<String>>,
    bootstrap: Option<Vec<String>>,
    bandwidth_price: Option<u64>,
    repair_delay: Option<u64>,
    repair_peer_wait: Option<u64>,
    slot_data_timeout: Option<u64>,
    confirmations: Option<u64>,
}

fn load_file(args: &NodeArgs) -> eyre::Result<FileConfig> {
    Ok(match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .wrap_err_with(|| format!("reading {}", path.display()))?;
            toml::from_str(&text).wrap_err_with(|| format!("parsing {}", path.display()))?
        }
        None => FileConfig::default(),
    })
}

/// Most blocks `--confirmations` takes (about a day of 12 s blocks).
const MAX_CONFIRMATIONS: u64 = 7_200;

/// Most seconds a repair setting takes (a year).
const MAX_REPAIR_SECONDS: u64 = 365 * 24 * 3600;

/// The sales role's repair settings from flags, environment and file.
fn sales_config(
    args: &NodeArgs,
    file: &FileConfig,
) -> eyre::Result<cairn_node::market::sales::SalesConfig> {
    use std::time::Duration;
    let mut config = cairn_node::market::sales::SalesConfig::default();
    let pick =
        |flag: Option<u64>, key: Option<u64>, name: &str, default: Duration| match flag.or(key) {
            Some(seconds) if seconds > MAX_REPAIR_SECONDS => Err(eyre::eyre!(
                "--{name} must be at most {MAX_REPAIR_SECONDS} seconds"
            )),
            Some(seconds) => Ok(Duration::from_secs(seconds)),
            None => Ok(default),
        };
    let repair = &args.repair;
    config.repair_delay = pick(
        repair.repair_delay,
        file.repair_delay,
        "repair-delay",
        config.repair_delay,
    )?;
    config.repair_peer_wait = pick(
        repair.repair_peer_wait,
        file.repair_peer_wait,
        "repair-peer-wait",
        config.repair_peer_wait,
    )?;
    config.data_timeout = pick(
        repair.slot_data_timeout,
        file.slot_data_timeout,
        "slot-data-timeout",
        config.data_timeout,
    )?;
    if config.data_timeout.is_zero() {
        eyre::bail!("--slot-data-timeout must be more than 0 seconds");
    }
    config.confirmations = repair.confirmations.or(file.confirmations);
    if config.confirmations.is_some_and(|c| c > MAX_CONFIRMATIONS) {
        eyre::bail!("--confirmations must be at most {MAX_CONFIRMATIONS} blocks");
    }
    Ok(config)
}

/// Parses multiaddrs; `what` names the setting in errors.
fn parse_addrs(texts: &[String], what: &str) -> eyre::Result<Vec<cairn_node::Multiaddr>> {
    texts
        .iter()
        .map(|t| {
            t.trim()
                .parse()
                .wrap_err_with(|| format!("invalid {what} address {t:?}"))
        })
        .collect()
}

/// Parses sizes such as `1048576`, `500MB`, `10GiB`, `2 TiB`.
pub(crate) fn parse_size(text: &str) -> eyre::Result<u64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .wrap_err_with(|| format!("invalid size {text:?}"))?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "kib" | "k" => 1 << 10,
        "mb" => 1_000_000,
        "mib" | "m" => 1 << 20,
        "gb" => 1_000_000_000,
        "gib" | "g" => 1 << 30,
        "tb" => 1_000_000_000_000,
        "tib" | "t" => 1 << 40,
        other => eyre::bail!(
            "unknown size unit {other:?} in {text:?} (use B, KiB, MiB, GiB, TiB, KB, MB, GB, TB)"
        ),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| eyre::eyre!("size {text:?} is too large"))
}

pub(crate) fn resolve(args: &NodeArgs) -> eyre::Result<NodeConfig> {
    let file = load_file(args)?;
    let defaults = NodeConfig::default();
    let quota = match args.quota.as_ref().or(file.quota.as_ref()) {
        Some(text) => parse_size(text)?,
        None => defaults.quota_bytes,
    };
    Ok(NodeConfig {
        data_dir: args
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or(defaults.data_dir),
        api_bind: args.api_bind.or(file.api_bind).unwrap_or(defaults.api_bind),
        api_port: args.api_port.or(file.api_port).unwrap_or(defaults.api_port),
        api_allowed_hosts: list_setting(
            &args.api_allowed_hosts,
            file.api_allowed_hosts,
            defaults.api_allowed_hosts,
        ),
        api_require_token: args.api_require_token || file.api_require_token.unwrap_or(false),
        api_allowed_origins: list_setting(
            &args.api_allowed_origins,
            file.api_allowed_origins,
            defaults.api_allowed_origins,
        ),
        quota_bytes: quota,
        listen: match (args.listen.is_empty(), file.listen) {
            (false, _) => parse_addrs(&args.listen, "--listen")?,
            (true, Some(list)) => parse_addrs(&list, "listen")?,
            (true, None) => defaults.listen,
        },
        bootstrap: {
            let list = if args.bootstrap.is_empty() {
                file.bootstrap.unwrap_or_default()
            } else {
                args.bootstrap.clone()
            };
            let addrs = parse_addrs(&list, "--bootstrap")?;
            if let Some(bad) = addrs.iter().find(|a| {
                !matches!(
                    a.iter().last(),
                    Some(cairn_node::multiaddr::Protocol::P2p(_))
                )
            }) {
                eyre::bail!("bootstrap address {bad} must end in /p2p/<peer id>");
            }
            addrs
        },
        bandwidth_price: args
            .bandwidth_price
            .or(file.bandwidth_price)
            .unwrap_or(defaults.bandwidth_price),
        marketplace: None,
    })
}

/// A list setting: the flags given (repeatable) win over the file, the file over the default.
fn list_setting(flags: &[String], file: Option<Vec<String>>, default: Vec<String>) -> Vec<String> {
    if flags.is_empty() {
        file.unwrap_or(default)
    } else {
        flags.to_vec()
    }
}

/// The marketplace settings from the flags; `None` without --eth-rpc.
fn marketplace(args: &NodeArgs) -> eyre::Result<Option<cairn_node::MarketplaceSettings>> {
    use cairn_node::chain::{Address, B256, ChainConfig, SignerConfig, Url};
    let (rpc, market) = match (&args.eth_rpc, &args.marketplace) {
        (None, None) => {
            if args.validator {
                eyre::bail!("--validator needs --eth-rpc and --marketplace");
            }
            if args.circuit_dir.is_some() || args.zkey.is_some() {
                eyre::bail!("--circuit-dir and --zkey (hosting) need --eth-rpc and --marketplace");
            }
            if args.payment_channels.is_some() {
                eyre::bail!("--payment-channels needs --eth-rpc and --marketplace");
            }
            return Ok(None);
        }
        (Some(rpc), Some(market)) => (rpc, market),
        _ => eyre::bail!("--eth-rpc and --marketplace go together"),
    };
    let rpc_url = Url::parse(rpc).wrap_err_with(|| format!("invalid --eth-rpc URL {rpc:?}"))?;
    let marketplace: Address = market
        .parse()
        .wrap_err_with(|| format!("invalid --marketplace address {market:?}"))?;
    let signer = match (&args.keystore, &args.eth_key) {
        (Some(path), None) => {
            let password_file = args
                .keystore_password_file
                .as_ref()
                .ok_or_else(|| eyre::eyre!("--keystore needs --keystore-password-file"))?;
            let password = std::fs::read_to_string(password_file)
                .wrap_err_with(|| format!("reading {}", password_file.display()))?;
            SignerConfig::Keystore {
                path: path.clone(),
                password: password.trim_end_matches(['\n', '\r']).to_owned(),
            }
        }
        (None, Some(key)) => {
            let key: B256 = key
                .trim()
                .parse()
                .map_err(|_| eyre::eyre!("--eth-key must be 0x followed by 64 hex digits"))?;
            SignerConfig::DevKey(key)
        }
        (Some(_), Some(_)) => eyre::bail!("give either --keystore or --eth-key, not both"),
        (None, None) => {
            eyre::bail!("the marketplace needs a key: --keystore (or --eth-key on a devnet)")
        }
    };
    let sales = sales_config(args, &load_file(args)?)?;
    let mut chain = ChainConfig::new(rpc_url, marketplace, signer);
    // Given, the depth also holds back events and receipts (a role acts on nothing shallower).
    if let Some(confirmations) = sales.confirmations {
        chain.confirmations = confirmations;
    }
    if args.max_fee_per_gas == Some(0) {
        eyre::bail!("--max-fee-per-gas must be more than 0");
    }
    chain.max_fee_per_gas = args.max_fee_per_gas;
    chain.payment_channels = args
        .payment_channels
        .as_deref()
        .map(|text| {
            text.trim()
                .parse::<Address>()
                .wrap_err_with(|| format!("invalid --payment-channels address {text:?}"))
        })
        .transpose()?;
    Ok(Some(cairn_node::MarketplaceSettings {
        chain,
        circuit: cairn_node::dataset::commitments::CommitmentParams {
            max_slot_depth: args.max_slot_depth,
            slots_depth: args.slots_depth,
        },
        validator: args.validator,
        hosting: args
            .circuit_dir
            .clone()
            .map(|circuit_dir| cairn_node::HostingSettings {
                circuit_dir,
                zkey: args.zkey.clone(),
            }),
        roles: cairn_node::RoleSettings {
            sales,
            ..cairn_node::RoleSettings::default()
        },
    }))
}

pub(crate) async fn run_node(args: NodeArgs) -> eyre::Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_new(&args.log).wrap_err("invalid --log filter")?,
        )
        .init();
    let mut config = resolve(&args)?;
    config.marketplace = marketplace(&args)?;
    if !config.api_bind.is_loopback() {
        tracing::warn!(bind = %config.api_bind, "the REST API is reachable from other machines: every request needs the token in api.token");
    }
    let node = Node::start(config).await?;
    let addr = node.api_addr()?;
    // Printed on stdout so scripts and tests can find the port when it was 0. A reader that
    // closed the pipe after the first line must not bring the node down: write errors are ignored.
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "cairn node API listening on http://{addr}/api/v1");
        let _ = writeln!(out, "cairn node peer id {}", node.network().peer_id());
        let _ = out.flush();
    }
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .wrap_err("installing the SIGTERM handler")?;
    node.run(async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
        tracing::info!("shutting down");
    })
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1048576").expect("plain"), 1 << 20);
        assert_eq!(parse_size("10GiB").expect("gib"), 10 << 30);
        assert_eq!(parse_size("500MB").expect("mb"), 500_000_000);
        assert_eq!(parse_size("2 TiB").expect("space"), 2 << 40);
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5XB").is_err());
        assert!(parse_size("99999999999TiB").is_err());
    }
}
