//! The node's one local clock: unix seconds, for what the node records about its own actions
//! (`created_at` / `updated_at` columns, upload expiries, how long a step has waited).
//!
//! The marketplace's rules run on chain time (the latest block's timestamp, read with
//! `ChainClient::latest_block_timestamp`), never on this clock: a node whose clock is off still
//! proves, marks and withdraws on time.

use std::time::{SystemTime, UNIX_EPOCH};

/// Local unix seconds now (0 for a clock set before 1970, `i64::MAX` past the year 292 billion).
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_after_2026() {
        assert!(super::unix_now() > 1_767_225_600);
    }
}
