//! A purchase: one storage request of this node as a client, and where it is in its life.

use std::{fmt, str::FromStr};

use cairn_chain::{B256, Request, RequestState, U256};
use cairn_primitives::Cid;

/// Where a purchase is (DESIGN.md §9: submitted → started → finished / failed / cancelled).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PurchaseState {
    /// Persisted, the `requestStorage` transaction not known to be mined yet (a crash here is
    /// resumed by looking the request up on chain and sending it again if it is not there: the
    /// request, and so its id, is the same, so it can never be paid twice).
    Submitting,
    /// On chain, waiting for hosts to fill its slots.
    Submitted,
    /// Every slot was filled; hosts prove until the end.
    Started,
    /// Ran to its end.
    Finished,
    /// Lost more than `maxSlotLoss` slots at once.
    Failed,
    /// Not filled before its expiry.
    Cancelled,
    /// Could not be submitted: the chain refused the request when it was sent again on resume
    /// (see [`Purchase::error`]). Nothing was paid.
    Errored,
}

impl PurchaseState {
    /// Every state, in lifecycle order.
    pub const ALL: [Self; 7] = [
        Self::Submitting,
        Self::Submitted,
        Self::Started,
        Self::Finished,
        Self::Failed,
        Self::Cancelled,
        Self::Errored,
    ];

    /// The name stored and shown (`submitting`, `submitted`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Submitting => "submitting",
            Self::Submitted => "submitted",
            Self::Started => "started",
            Self::Finished => "finished",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Errored => "errored",
        }
    }

    /// Whether the request has ended on chain (finished, failed or cancelled): the client can
    /// withdraw what is left (for a finished request, once `endsAt + timeout` passed).
    pub const fn has_ended(self) -> bool {
        matches!(self, Self::Finished | Self::Failed | Self::Cancelled)
    }

    /// The state a request in chain state `state` puts a submitted purchase in (`None` for
    /// [`RequestState::None`]: the request is not on chain).
    pub const fn from_chain(state: RequestState) -> Option<Self> {
        Some(match state {
            RequestState::None => return None,
            RequestState::New => Self::Submitted,
            RequestState::Started => Self::Started,
            RequestState::Cancelled => Self::Cancelled,
            RequestState::Finished => Self::Finished,
            RequestState::Failed => Self::Failed,
        })
    }
}

impl fmt::Display for PurchaseState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PurchaseState {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|state| state.as_str() == s)
            .ok_or_else(|| format!("unknown purchase state {s:?}"))
    }
}

/// A storage request made by this node, as persisted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purchase {
    /// The request id (`keccak256(abi.encode(request))`).
    pub id: B256,
    /// Where it is.
    pub state: PurchaseState,
    /// The dataset the client asked to store.
    pub cid: Cid,
    /// Its protected (erasure-coded) form.
    pub protected_cid: Cid,
    /// The storage manifest (the request's `content.cid`): the protected manifest, every slot
    /// root and every slot's dataset; hosts fetch their slot through it, and
    /// `POST /storage/retrieve/{cid}` rebuilds the data from the hosts with it.
    pub content_cid: Cid,
    /// The request exactly as sent.
    pub request: Request,
    /// What the client pays up front.
    pub price: U256,
    /// The slot roots (32-byte big-endian field elements), in slot order; the request's
    /// `verifyRoot` is the verification root over them.
    pub slot_roots: Vec<[u8; 32]>,
    /// When it was created (local unix seconds).
    pub created_at: i64,
    /// When it last changed (local unix seconds).
    pub updated_at: i64,
    /// The `requestStorage` transaction, once known (not known when the request was found on
    /// chain after a crash).
    pub tx_hash: Option<B256>,
    /// The block it was mined in.
    pub tx_block: Option<u64>,
    /// `requestedAt` on chain (chain time, seconds), once seen on chain.
    pub requested_at: Option<u64>,
    /// `expiresAt`: the slots must be filled by then.
    pub expires_at: Option<u64>,
    /// `endsAt`: the request ends then.
    pub ends_at: Option<u64>,
    /// `startedAt` (0 on chain until it started).
    pub started_at: Option<u64>,
    /// `failedAt` (0 on chain unless it failed).
    pub failed_at: Option<u64>,
    /// Slots held by a host, when last read.
    pub slots_filled: u64,
    /// Slots freed (in repair), when last read.
    pub slots_freed: u64,
    /// What the client withdraws (or withdrew) after the end.
    pub withdrawal: Option<U256>,
    /// Whether the client's funds were withdrawn (or there was nothing to withdraw).
    pub withdrawn: bool,
    /// The `withdrawFunds` transaction, when one was needed and is known.
    pub withdraw_tx: Option<B256>,
    /// Why an errored purchase could not be submitted.
    pub error: Option<String>,
}

impl Purchase {
    /// Whether nothing is left to do: errored, or ended with the funds withdrawn.
    pub fn is_done(&self) -> bool {
        self.state == PurchaseState::Errored || (self.state.has_ended() && self.withdrawn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip() {
        for state in PurchaseState::ALL {
            assert_eq!(state.as_str().parse::<PurchaseState>(), Ok(state));
        }
        assert!("bogus".parse::<PurchaseState>().is_err());
        assert_eq!(
            PurchaseState::from_chain(RequestState::New),
            Some(PurchaseState::Submitted)
        );
        assert_eq!(PurchaseState::from_chain(RequestState::None), None);
        assert!(PurchaseState::Cancelled.has_ended());
        assert!(!PurchaseState::Started.has_ended());
    }
}
