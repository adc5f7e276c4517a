//! Checks the marketplace's storage-proof verifier against this node's circuit set before the
//! market roles start (docs/PROTOCOL.md, "Which verifier"): a node never proves for, buys from or
//! validates a marketplace whose proofs it cannot trust or make.

use cairn_chain::{ANVIL_CHAIN_ID, B256, VerifierInfo};

use crate::dataset::commitments::CommitmentParams;

/// What the node compares the verifier with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedCircuit {
    /// The circuit's bounds the node commits with.
    pub params: CommitmentParams,
    /// For a host: its circuit set's name and samples (the keys are compared when they load).
    pub hosting: Option<(String, u32)>,
}

/// The verifier is fit: the key hash a host's keys must have, or none for the devnet's stand-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifierCheck {
    /// A real verifier: a host's verifying key must hash to this.
    Keys(B256),
    /// `TestStorageProofVerifier` on the devnet: accepts stand-in proofs, for tests only.
    DevnetStandIn,
}

/// Why the node refuses the marketplace's verifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifierMismatch {
    /// A verifier with public (forgeable) keys, on a chain that is not the devnet.
    #[error(
        "the marketplace's verifier uses dev keys (anyone can forge its proofs) on chain {chain_id}: \
         only the devnet (chain id {ANVIL_CHAIN_ID}) may use them; deploy a verifier made from \
         ceremony keys (`cairn proof solidity --zkey`)"
    )]
    DevKeysOffDevnet {
        /// The chain's id.
        chain_id: u64,
    },
    /// The stand-in verifier (it checks no storage), off the devnet.
    #[error(
        "the marketplace's verifier is the test stand-in (it checks nothing) on chain {chain_id}"
    )]
    StandInOffDevnet {
        /// The chain's id.
        chain_id: u64,
    },
    /// The verifier was made for another circuit set.
    #[error(
        "the marketplace's verifier is for circuit set `{verifier}` ({verifier_params}); this node \
         uses `{node}` ({node_params}): start it with the matching --circuit-dir / --max-slot-depth \
         / --slots-depth, or use the marketplace deployed for this circuit set"
    )]
    CircuitSet {
        /// The verifier's set.
        verifier: String,
        /// Its samples and depths.
        verifier_params: String,
        /// The node's set (or "its flags" when it does not host).
        node: String,
        /// The node's samples and depths.
        node_params: String,
    },
}

/// Checks `info` (the marketplace's verifier's report) against what this node uses.
pub fn check_verifier(
    info: &VerifierInfo,
    chain_id: u64,
    expected: &ExpectedCircuit,
) -> Result<VerifierCheck, VerifierMismatch> {
    let devnet = chain_id == ANVIL_CHAIN_ID;
    if info.circuitSet == "mock" && info.verifyingKeyHash.is_zero() {
        return if devnet {
            Ok(VerifierCheck::DevnetStandIn)
        } else {
            Err(VerifierMismatch::StandInOffDevnet { chain_id })
        };
    }
    if info.devKeys && !devnet {
        return Err(VerifierMismatch::DevKeysOffDevnet { chain_id });
    }
    let verifier_params = format!(
        "samples {}, max slot depth {}, slots depth {}",
        info.samples, info.maxSlotDepth, info.slotsDepth
    );
    let depths_match = info.maxSlotDepth == u64::from(expected.params.max_slot_depth)
        && info.slotsDepth == u64::from(expected.params.slots_depth);
    let (node, node_params, matches) = match &expected.hosting {
        Some((name, samples)) => (
            name.clone(),
            format!(
                "samples {samples}, max slot depth {}, slots depth {}",
                expected.params.max_slot_depth, expected.params.slots_depth
            ),
            depths_match && *name == info.circuitSet && u64::from(*samples) == info.samples,
        ),
        None => (
            "its flags".to_string(),
            format!(
                "max slot depth {}, slots depth {}",
                expected.params.max_slot_depth, expected.params.slots_depth
            ),
            depths_match,
        ),
    };
    if !matches {
        return Err(VerifierMismatch::CircuitSet {
            verifier: info.circuitSet.clone(),
            verifier_params,
            node,
            node_params,
        });
    }
    Ok(VerifierCheck::Keys(info.verifyingKeyHash))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(set: &str, dev: bool) -> VerifierInfo {
        VerifierInfo {
            verifyingKeyHash: B256::repeat_byte(7),
            circuitSet: set.to_string(),
            samples: 5,
            maxSlotDepth: 16,
            slotsDepth: 4,
            devKeys: dev,
        }
    }

    fn host() -> ExpectedCircuit {
        ExpectedCircuit {
            params: CommitmentParams {
                max_slot_depth: 16,
                slots_depth: 4,
            },
            hosting: Some(("test".to_string(), 5)),
        }
    }

    #[test]
    fn a_matching_verifier_gives_the_key_hash_to_check() {
        assert_eq!(
            check_verifier(&info("test", true), ANVIL_CHAIN_ID, &host()),
            Ok(VerifierCheck::Keys(B256::repeat_byte(7)))
        );
        assert_eq!(
            check_verifier(&info("test", false), 11155111, &host()),
            Ok(VerifierCheck::Keys(B256::repeat_byte(7)))
        );
    }

    #[test]
    fn dev_keys_and_the_stand_in_are_refused_off_the_devnet() {
        assert_eq!(
            check_verifier(&info("test", true), 11155111, &host()),
            Err(VerifierMismatch::DevKeysOffDevnet { chain_id: 11155111 })
        );
        let mut mock = info("mock", true);
        mock.verifyingKeyHash = B256::ZERO;
        assert_eq!(
            check_verifier(&mock, ANVIL_CHAIN_ID, &host()),
            Ok(VerifierCheck::DevnetStandIn)
        );
        assert_eq!(
            check_verifier(&mock, 1, &host()),
            Err(VerifierMismatch::StandInOffDevnet { chain_id: 1 })
        );
    }

    #[test]
    fn another_circuit_set_is_refused_with_what_differs() {
        let mut production = info("production", false);
        production.samples = 100;
        production.maxSlotDepth = 24;
        production.slotsDepth = 8;
        let err = check_verifier(&production, ANVIL_CHAIN_ID, &host()).expect_err("mismatch");
        let text = err.to_string();
        assert!(
            text.contains("`production`") && text.contains("samples 100"),
            "{text}"
        );
        // A node that does not host compares the depths only.
        let client = ExpectedCircuit {
            hosting: None,
            ..host()
        };
        assert!(check_verifier(&production, ANVIL_CHAIN_ID, &client).is_err());
        let mut renamed = info("test-2", false);
        renamed.samples = 9;
        assert!(check_verifier(&renamed, ANVIL_CHAIN_ID, &client).is_ok());
        assert!(check_verifier(&renamed, ANVIL_CHAIN_ID, &host()).is_err());
    }
}
