//! `cairn sales`: what a host node offers (availabilities) and the slots it holds.
//!
//! Every argument is checked here, before a request is sent; the node checks again.

use cairn_node::chain::U256;
use clap::Subcommand;

use crate::client::{ApiArgs, Client};

/// Largest size or duration the node stores (SQLite INTEGER).
const MAX_INTEGER: u64 = i64::MAX as u64;

#[derive(Debug, Subcommand)]
pub(crate) enum SalesCommand {
    /// Offer space to the marketplace as a host (the node needs --circuit-dir to take slots).
    AddAvailability {
        /// Bytes of slots to hold in all, e.g. 1GiB, 512MiB, 1048576 (at most the node's free space).
        #[arg(long, value_name = "SIZE", value_parser = parse_space)]
        space: u64,
        /// Longest request to take, in seconds.
        #[arg(long, value_name = "SECONDS", value_parser = parse_duration)]
        max_duration: u64,
        /// Lowest price to take, in token units per byte per second (a whole number; 0 takes any).
        #[arg(long, value_name = "UNITS", value_parser = parse_amount)]
        min_price: U256,
        /// Most collateral locked at once for these slots, in token units (a whole number > 0).
        #[arg(long, value_name = "UNITS", value_parser = parse_collateral)]
        max_collateral: U256,
        #[command(flatten)]
        api: ApiArgs,
    },
    /// List the node's availabilities.
    Availability {
        #[command(flatten)]
        api: ApiArgs,
    },
    /// Show the slots the node hosts (the node's JSON).
    Slots {
        #[command(flatten)]
        api: ApiArgs,
    },
}

/// `--space`: a size with an optional unit, more than 0.
fn parse_space(text: &str) -> Result<u64, String> {
    let bytes = crate::config::parse_size(text).map_err(|e| e.to_string())?;
    if bytes == 0 {
        return Err("the space must be more than 0 bytes".into());
    }
    if bytes > MAX_INTEGER {
        return Err(format!("the space must be at most {MAX_INTEGER} bytes"));
    }
    Ok(bytes)
}

/// `--max-duration`: whole seconds, more than 0.
fn parse_duration(text: &str) -> Result<u64, String> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err("expected a whole number of seconds, e.g. 2592000 for 30 days".into());
    }
    let seconds: u64 = text
        .parse()
        .map_err(|_| format!("the duration must be at most {MAX_INTEGER} seconds"))?;
    if seconds == 0 {
        return Err("the duration must be more than 0 seconds".into());
    }
    if seconds > MAX_INTEGER {
        return Err(format!(
            "the duration must be at most {MAX_INTEGER} seconds"
        ));
    }
    Ok(seconds)
}

/// A token amount: a whole, non-negative decimal number of token units that fits in 256 bits.
fn parse_amount(text: &str) -> Result<U256, String> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(
            "expected a whole number of token units (decimal digits only, e.g. 1000)".into(),
        );
    }
    U256::from_str_radix(text, 10).map_err(|_| "the amount does not fit in 256 bits".to_owned())
}

/// `--max-collateral`: an amount more than 0 (every slot locks some collateral).
fn parse_collateral(text: &str) -> Result<U256, String> {
    let amount = parse_amount(text)?;
    if amount.is_zero() {
        return Err("the collateral must be more than 0: every slot locks collateral".into());
    }
    Ok(amount)
}

/// Bytes with a binary unit for people, e.g. `1073741824 bytes (1 GiB)`.
fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{bytes} bytes ({value:.1} {})", UNITS[unit])
    }
}

fn print_availability(a: &serde_json::Value) {
    println!(
        "availability {}: space {}, max duration {} s, min price {} per byte per second, max collateral {}",
        a["id"],
        a["totalSize"]
            .as_u64()
            .map_or_else(|| a["totalSize"].to_string(), human_bytes),
        a["maxDuration"],
        a["minPricePerBytePerSecond"].as_str().unwrap_or("?"),
        a["maxCollateral"].as_str().unwrap_or("?"),
    );
}

pub(crate) async fn run(command: SalesCommand) -> eyre::Result<()> {
    match command {
        SalesCommand::AddAvailability {
            space,
            max_duration,
            min_price,
            max_collateral,
            api,
        } => {
            let body = serde_json::json!({
                "totalSize": space,
                "maxDuration": max_duration,
                "minPricePerBytePerSecond": min_price.to_string(),
                "maxCollateral": max_collateral.to_string(),
            });
            let added = Client::new(&api)?
                .post_json("/sales/availability", &body)
                .await?;
            print_availability(&added);
            Ok(())
        }
        SalesCommand::Availability { api } => {
            let list = Client::new(&api)?.get_json("/sales/availability").await?;
            let list = list["availabilities"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            if list.is_empty() {
                println!("no availabilities");
            }
            for a in &list {
                print_availability(a);
            }
            Ok(())
        }
        SalesCommand::Slots { api } => {
            let slots = Client::new(&api)?.get_json("/sales/slots").await?;
            println!("{}", serde_json::to_string_pretty(&slots)?);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_checked() {
        assert_eq!(parse_space("1GiB"), Ok(1 << 30));
        assert_eq!(parse_space("512MiB"), Ok(512 << 20));
        assert_eq!(parse_space("4096"), Ok(4096));
        for bad in [
            "",
            "lots",
            "5XB",
            "0",
            "0GiB",
            "99999999999TiB",
            "9000000000GiB",
        ] {
            assert!(parse_space(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_duration("2592000"), Ok(2_592_000));
        for bad in ["", "0", "-1", "1.5", "30d", "99999999999999999999"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_amount("0"), Ok(U256::ZERO));
        assert_eq!(
            parse_amount("100000000000000000000000"),
            Ok(U256::from(10u128.pow(23)))
        );
        for bad in ["", "-1", "1.5", "1e18", "0x10", "abc", &"9".repeat(80)] {
            assert!(parse_amount(bad).is_err(), "{bad:?}");
        }
        assert!(parse_collateral("0").is_err());
        assert_eq!(parse_collateral("7"), Ok(U256::from(7)));
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1 << 30), "1073741824 bytes (1.0 GiB)");
    }
}
