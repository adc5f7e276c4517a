//! What a client asks for, and the checks made before anything is written or sent.

use cairn_chain::{MarketConfig, U256};
use cairn_commitments::SlotTree;
use cairn_primitives::slot_layout::MAX_SLOTS;

use crate::dataset::commitments::CommitmentParams;

/// The contract's bound on prices and collateral per byte (`MAX_PRICE = 2^96`, exclusive).
pub const MAX_PRICE_PER_BYTE: U256 = U256::from_limbs([0, 1 << 32, 0, 0]);

/// The terms of a storage request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurchaseParams {
    /// Seconds from the request until it ends (`ask.duration`).
    pub duration: u64,
    /// Payment per byte per second, in token units (`ask.pricePerBytePerSecond`).
    pub price_per_byte_per_second: U256,
    /// A filled slot must prove once every `proof_probability` periods on average.
    pub proof_probability: u64,
    /// Collateral a host posts per byte of its slot (`ask.collateralPerByte`).
    pub collateral_per_byte: U256,
    /// N: slots (hosts); the dataset is coded into K = N - M data and M parity slots.
    pub slots: u32,
    /// M: slots that may be lost (`ask.maxSlotLoss`, and the parity slots).
    pub tolerance: u32,
    /// Seconds from the request by which every slot must be filled, else it is cancelled
    /// (`request.expiry`, relative; below `duration`).
    pub expiry: u64,
}

/// A purchase parameter that cannot work; nothing is written or sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    /// M must be at least 1.
    #[error("tolerance (M) must be at least 1")]
    ZeroTolerance,
    /// M must be below N, so that K = N - M >= 1.
    #[error("tolerance (M = {tolerance}) must be below the number of slots (N = {slots})")]
    ToleranceNotBelowSlots {
        /// M.
        tolerance: u32,
        /// N.
        slots: u32,
    },
    /// N exceeds what the contract or the circuit's verification tree takes.
    #[error(
        "{slots} slots: at most {max} (contract limit 256, circuit verification tree 2^slotsDepth)"
    )]
    TooManySlots {
        /// N.
        slots: u32,
        /// The largest N.
        max: u64,
    },
    /// The duration is zero.
    #[error("duration must be positive")]
    ZeroDuration,
    /// The duration exceeds the marketplace's `maxRequestDuration`.
    #[error("duration {duration} s exceeds the marketplace's maximum of {max} s")]
    DurationTooLong {
        /// Asked.
        duration: u64,
        /// `maxRequestDuration`.
        max: u64,
    },
    /// The expiry is zero.
    #[error("expiry must be positive")]
    ZeroExpiry,
    /// The expiry is not below the duration.
    #[error("expiry ({expiry} s) must be below the duration ({duration} s)")]
    ExpiryNotBeforeDuration {
        /// Asked.
        expiry: u64,
        /// The duration.
        duration: u64,
    },
    /// The proof probability is outside the marketplace's bounds.
    #[error("proof probability {value} is outside the marketplace's bounds {min}..={max}")]
    ProofProbability {
        /// Asked.
        value: u64,
        /// `minProofProbability`.
        min: u64,
        /// `maxProofProbability`.
        max: u64,
    },
    /// The price per byte per second is zero.
    #[error("price per byte per second must be positive")]
    ZeroPrice,
    /// The price per byte per second is not below 2^96.
    #[error("price per byte per second {0} must be below 2^96")]
    PriceTooLarge(U256),
    /// The collateral per byte is zero.
    #[error("collateral per byte must be positive")]
    ZeroCollateral,
    /// The collateral per byte is not below 2^96.
    #[error("collateral per byte {0} must be below 2^96")]
    CollateralTooLarge(U256),
    /// With K = N - M data slots the dataset's slots would be too large for the circuit.
    #[error(
        "with {data_slots} data slots each slot has {blocks} blocks (a slot tree of depth {depth}); \
         the circuit accepts depth {max} at most: use more data slots"
    )]
    SlotTooDeep {
        /// K.
        data_slots: u32,
        /// Blocks per slot.
        blocks: u64,
        /// Its slot tree's depth.
        depth: u32,
        /// The circuit's `maxSlotDepth`.
        max: u32,
    },
}

impl PurchaseParams {
    /// K = N - M: data slots (any K slots rebuild the dataset). Zero when M >= N.
    pub fn data_slots(&self) -> u32 {
        self.slots.saturating_sub(self.tolerance)
    }

    /// Checks everything that does not depend on the dataset, against the marketplace's
    /// parameters and the circuit's.
    pub fn validate(
        &self,
        market: &MarketConfig,
        circuit: CommitmentParams,
    ) -> Result<(), ParamError> {
        if self.tolerance == 0 {
            return Err(ParamError::ZeroTolerance);
        }
        if self.tolerance >= self.slots {
            return Err(ParamError::ToleranceNotBelowSlots {
                tolerance: self.tolerance,
                slots: self.slots,
            });
        }
        let max_slots = if circuit.slots_depth >= 32 {
            u64::from(MAX_SLOTS)
        } else {
            u64::from(MAX_SLOTS).min(1u64 << circuit.slots_depth)
        };
        if u64::from(self.slots) > max_slots {
            return Err(ParamError::TooManySlots {
                slots: self.slots,
                max: max_slots,
            });
        }
        if self.duration == 0 {
            return Err(ParamError::ZeroDuration);
        }
        if self.duration > market.maxRequestDuration {
            return Err(ParamError::DurationTooLong {
                duration: self.duration,
                max: market.maxRequestDuration,
            });
        }
        if self.expiry == 0 {
            return Err(ParamError::ZeroExpiry);
        }
        if self.expiry >= self.duration {
            return Err(ParamError::ExpiryNotBeforeDuration {
                expiry: self.expiry,
                duration: self.duration,
            });
        }
        if self.proof_probability < market.minProofProbability
            || self.proof_probability > market.maxProofProbability
        {
            return Err(ParamError::ProofProbability {
                value: self.proof_probability,
                min: market.minProofProbability,
                max: market.maxProofProbability,
            });
        }
        if self.price_per_byte_per_second.is_zero() {
            return Err(ParamError::ZeroPrice);
        }
        if self.price_per_byte_per_second >= MAX_PRICE_PER_BYTE {
            return Err(ParamError::PriceTooLarge(self.price_per_byte_per_second));
        }
        if self.collateral_per_byte.is_zero() {
            return Err(ParamError::ZeroCollateral);
        }
        if self.collateral_per_byte >= MAX_PRICE_PER_BYTE {
            return Err(ParamError::CollateralTooLarge(self.collateral_per_byte));
        }
        Ok(())
    }

    /// Checks that a dataset of `data_blocks` blocks, coded with these parameters, gives slots
    /// the circuit can prove (call after [`PurchaseParams::validate`]).
    pub fn validate_for_dataset(
        &self,
        data_blocks: u64,
        circuit: CommitmentParams,
    ) -> Result<(), ParamError> {
        let k = self.data_slots().max(1);
        let blocks = data_blocks.max(1).div_ceil(u64::from(k));
        let depth = SlotTree::depth_for_blocks(blocks);
        if depth > circuit.max_slot_depth {
            return Err(ParamError::SlotTooDeep {
                data_slots: k,
                blocks,
                depth,
                max: circuit.max_slot_depth,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn market() -> MarketConfig {
        MarketConfig {
            period: 10,
            timeout: 20,
            minProofProbability: 1,
            maxProofProbability: 100,
            slashPercentage: 20,
            maxNumberOfSlashes: 2,
            validatorRewardPercentage: 20,
            repairRewardPercentage: 10,
            maxReservations: 3,
            reservationTimeout: 60,
            maxRequestDuration: 30 * 24 * 3600,
        }
    }

    const CIRCUIT: CommitmentParams = CommitmentParams {
        max_slot_depth: 16,
        slots_depth: 4,
    };

    fn good() -> PurchaseParams {
        PurchaseParams {
            duration: 3600,
            price_per_byte_per_second: U256::from(1),
            proof_probability: 10,
            collateral_per_byte: U256::from(5),
            slots: 4,
            tolerance: 2,
            expiry: 600,
        }
    }

    #[test]
    fn max_price_is_two_to_the_96() {
        assert_eq!(MAX_PRICE_PER_BYTE, U256::from(1u8) << 96);
    }

    #[test]
    fn each_bad_parameter_is_named() {
        let market = market();
        assert_eq!(good().validate(&market, CIRCUIT), Ok(()));
        assert_eq!(good().data_slots(), 2);
        let cases: Vec<(PurchaseParams, ParamError)> = vec![
            (
                PurchaseParams {
                    tolerance: 0,
                    ..good()
                },
                ParamError::ZeroTolerance,
            ),
            (
                PurchaseParams {
                    tolerance: 4,
                    ..good()
                },
                ParamError::ToleranceNotBelowSlots {
                    tolerance: 4,
                    slots: 4,
                },
            ),
            (
                PurchaseParams {
                    slots: 17,
                    ..good()
                },
                ParamError::TooManySlots { slots: 17, max: 16 },
            ),
            (
                PurchaseParams {
                    duration: 0,
                    ..good()
                },
                ParamError::ZeroDuration,
            ),
            (
                PurchaseParams {
                    duration: 31 * 24 * 3600,
                    ..good()
                },
                ParamError::DurationTooLong {
                    duration: 31 * 24 * 3600,
                    max: 30 * 24 * 3600,
                },
            ),
            (
                PurchaseParams {
                    expiry: 0,
                    ..good()
                },
                ParamError::ZeroExpiry,
            ),
            (
                PurchaseParams {
                    expiry: 3600,
                    ..good()
                },
                ParamError::ExpiryNotBeforeDuration {
                    expiry: 3600,
                    duration: 3600,
                },
            ),
            (
                PurchaseParams {
                    proof_probability: 0,
                    ..good()
                },
                ParamError::ProofProbability {
                    value: 0,
                    min: 1,
                    max: 100,
                },
            ),
            (
                PurchaseParams {
                    price_per_byte_per_second: U256::ZERO,
                    ..good()
                },
                ParamError::ZeroPrice,
            ),
            (
                PurchaseParams {
                    price_per_byte_per_second: MAX_PRICE_PER_BYTE,
                    ..good()
                },
                ParamError::PriceTooLarge(MAX_PRICE_PER_BYTE),
            ),
            (
                PurchaseParams {
                    collateral_per_byte: U256::ZERO,
                    ..good()
                },
                ParamError::ZeroCollateral,
            ),
            (
                PurchaseParams {
                    collateral_per_byte: U256::MAX,
                    ..good()
                },
                ParamError::CollateralTooLarge(U256::MAX),
            ),
        ];
        for (params, expected) in cases {
            assert_eq!(params.validate(&market, CIRCUIT), Err(expected));
        }
        // A deeper verification tree allows more slots, up to the contract's 256.
        let wide = CommitmentParams {
            max_slot_depth: 16,
            slots_depth: 9,
        };
        let many = PurchaseParams {
            slots: 257,
            ..good()
        };
        assert_eq!(
            many.validate(&market, wide),
            Err(ParamError::TooManySlots {
                slots: 257,
                max: 256
            })
        );
    }

    #[test]
    fn slot_depth_depends_on_the_dataset() {
        // K = 2: 4,096 blocks make slots of 2,048 blocks = 2^16 cells.
        assert_eq!(good().validate_for_dataset(4096, CIRCUIT), Ok(()));
        assert_eq!(
            good().validate_for_dataset(4097, CIRCUIT),
            Err(ParamError::SlotTooDeep {
                data_slots: 2,
                blocks: 2049,
                depth: 17,
                max: 16
            })
        );
    }
}
