//! How purchasing runs.

use std::time::Duration;

use crate::dataset::commitments::CommitmentParams;

/// Purchasing's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurchasingConfig {
    /// The storage-proof circuit's bounds: slot trees at most `max_slot_depth` deep, a
    /// verification tree of depth `slots_depth` (circuits/circuits.json; the `test` set: 16 and 4).
    pub circuit: CommitmentParams,
    /// How often the follower checks the chain's clock for transitions no event announces
    /// (cancellation at the expiry, the end of a request, the withdrawal window) and retries what
    /// failed (sending a request again after a crash, withdrawing).
    pub poll_interval: Duration,
}

impl PurchasingConfig {
    /// A configuration for the circuit `circuit`, checking the clock every 10 s.
    pub fn new(circuit: CommitmentParams) -> Self {
        Self {
            circuit,
            poll_interval: Duration::from_secs(10),
        }
    }
}
