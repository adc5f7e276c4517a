//! The marketplace's types as the node sees them: the binding structs (re-exported), plain enums
//! for the request and slot states, and the id and amount rules of MARKETPLACE.md.

use alloy::{
    primitives::{B256, U256, keccak256},
    sol_types::SolValue,
};

pub use cairn_bindings::marketplace::{
    IMarketplace::{Ask, Config as MarketConfig, Content, Request, RequestInfo, SlotInfo},
    Marketplace::{Groth16Proof, MarketplaceEvents},
};

use crate::ChainError;

/// `requestId = keccak256(abi.encode(request))`.
pub fn request_id(request: &Request) -> B256 {
    keccak256(request.abi_encode())
}

/// `slotId = keccak256(abi.encode(requestId, slotIndex))`.
pub fn slot_id(request_id: B256, slot_index: u64) -> B256 {
    keccak256((request_id, slot_index).abi_encode())
}

/// What the client pays up front: `slots × slotSize × duration × pricePerBytePerSecond`
/// (saturating; the contract bounds each factor so that the real value never overflows).
pub fn price_of(ask: &Ask) -> U256 {
    U256::from(ask.slots)
        .saturating_mul(U256::from(ask.slotSize))
        .saturating_mul(U256::from(ask.duration))
        .saturating_mul(ask.pricePerBytePerSecond)
}

/// When an ended request's payouts open (host `freeSlot`, client `withdrawFunds`): `timeout` after
/// its end (finished) or its failure (failed), while the last periods' missed proofs can still be
/// marked; `None` for any other state (cancelled requests pay at once, running ones not yet).
pub fn payouts_open_after(info: &RequestInfo, timeout: u64) -> Option<u64> {
    match RequestState::try_from(info.state).ok()? {
        RequestState::Finished => Some(info.endsAt.saturating_add(timeout)),
        RequestState::Failed => Some(info.failedAt.saturating_add(timeout)),
        _ => None,
    }
}

/// The collateral a host posts to fill one slot: `slotSize × collateralPerByte` (saturating).
pub fn collateral_of(ask: &Ask) -> U256 {
    U256::from(ask.slotSize).saturating_mul(ask.collateralPerByte)
}

/// A request's state (`IMarketplace.RequestState`). Cancelled and Finished follow from time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestState {
    /// No such request.
    None,
    /// Waiting for its slots to be filled.
    New,
    /// Every slot was filled; hosts prove until the end.
    Started,
    /// Not every slot was filled by the expiry.
    Cancelled,
    /// Ran to its end.
    Finished,
    /// More than `maxSlotLoss` slots were free at the same time.
    Failed,
}

impl TryFrom<u8> for RequestState {
    type Error = ChainError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Ok(match value {
            0 => Self::None,
            1 => Self::New,
            2 => Self::Started,
            3 => Self::Cancelled,
            4 => Self::Finished,
            5 => Self::Failed,
            other => {
                return Err(ChainError::Decode(format!("unknown request state {other}")));
            }
        })
    }
}

/// A slot's state (`IMarketplace.SlotState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SlotState {
    /// No such slot.
    None,
    /// Never filled, waiting for a host.
    Free,
    /// Held by a host.
    Filled,
    /// The request finished; the host can collect.
    Finished,
    /// The request failed; the host can collect.
    Failed,
    /// The host collected its payout.
    Paid,
    /// The request was cancelled; a host that filled the slot can collect.
    Cancelled,
    /// Freed after the host was slashed out or left; open to a new host with the repair reward.
    Repair,
}

impl SlotState {
    /// The name shown by the node's API and CLI (`none`, `free`, `filled`, `finished`, `failed`,
    /// `paid`, `cancelled`, `repair`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Free => "free",
            Self::Filled => "filled",
            Self::Finished => "finished",
            Self::Failed => "failed",
            Self::Paid => "paid",
            Self::Cancelled => "cancelled",
            Self::Repair => "repair",
        }
    }
}

impl TryFrom<u8> for SlotState {
    type Error = ChainError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Ok(match value {
            0 => Self::None,
            1 => Self::Free,
            2 => Self::Filled,
            3 => Self::Finished,
            4 => Self::Failed,
            5 => Self::Paid,
            6 => Self::Cancelled,
            7 => Self::Repair,
            other => return Err(ChainError::Decode(format!("unknown slot state {other}"))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{Address, Bytes};

    fn request() -> Request {
        Request {
            client: Address::repeat_byte(1),
            ask: Ask {
                slots: 4,
                slotSize: 1 << 20,
                duration: 3600,
                proofProbability: 10,
                pricePerBytePerSecond: U256::from(1000),
                collateralPerByte: U256::from(1_000_000),
                maxSlotLoss: 1,
            },
            content: Content {
                cid: Bytes::from_static(&[1, 0x55, 0x12, 0x20, 0xaa]),
                verifyRoot: B256::with_last_byte(1),
            },
            expiry: 600,
            nonce: B256::with_last_byte(1),
        }
    }

    #[test]
    fn ids_follow_the_abi_encoding() {
        let request = request();
        let id = request_id(&request);
        // abi.encode of a dynamic struct starts with the offset word 0x20.
        let mut encoded = vec![0u8; 31];
        encoded.push(0x20);
        encoded.extend_from_slice(&request.abi_encode_params());
        assert_eq!(id, keccak256(&encoded));
        let slot = slot_id(id, 3);
        let mut words = id.to_vec();
        words.extend_from_slice(&U256::from(3).to_be_bytes::<32>());
        assert_eq!(slot, keccak256(&words));
    }

    #[test]
    fn amounts() {
        let request = request();
        assert_eq!(
            price_of(&request.ask),
            U256::from(4u64 * (1 << 20) * 3600 * 1000)
        );
        assert_eq!(
            collateral_of(&request.ask),
            U256::from((1u64 << 20) * 1_000_000)
        );
    }

    #[test]
    fn payouts_open_a_timeout_after_the_end_or_the_failure() {
        let info = |state: RequestState| RequestInfo {
            state: state as u8,
            endsAt: 1_000,
            failedAt: 700,
            ..RequestInfo::default()
        };
        assert_eq!(
            payouts_open_after(&info(RequestState::Finished), 20),
            Some(1_020)
        );
        assert_eq!(
            payouts_open_after(&info(RequestState::Failed), 20),
            Some(720)
        );
        assert_eq!(payouts_open_after(&info(RequestState::Cancelled), 20), None);
        assert_eq!(payouts_open_after(&info(RequestState::Started), 20), None);
    }

    #[test]
    fn states_decode() {
        assert_eq!(RequestState::try_from(2).ok(), Some(RequestState::Started));
        assert!(RequestState::try_from(6).is_err());
        assert_eq!(SlotState::try_from(7).ok(), Some(SlotState::Repair));
        assert_eq!(SlotState::Repair.as_str(), "repair");
        assert!(SlotState::try_from(8).is_err());
    }
}
