//! The slots of a purchase's request as the chain has them now: state, host and reservations,
//! read live (nothing of it is persisted).

use cairn_chain::{Address, SlotState, slot_id};
use futures::{StreamExt, TryStreamExt};

use super::{Purchase, PurchaseError, Purchasing};

/// At most this many slots of a request are read ([`Purchasing::slots`]).
pub const MAX_SLOTS_READ: u64 = 256;

/// Slots read from the chain at the same time.
const CONCURRENT_READS: usize = 16;

/// One slot of a request, as the chain has it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseSlot {
    /// The slot's index in the request.
    pub index: u64,
    /// Its state (`slotStateAt`).
    pub state: SlotState,
    /// Its host (`getHost`): `None` while free or in repair (and for a slot that ended without
    /// one).
    pub host: Option<Address>,
    /// The hosts that reserved it (`getReservations`), for a free slot or one in repair: a
    /// slot in repair with reservations is being repaired by them. Empty otherwise (filling a
    /// slot drops its reservations).
    pub reserved_by: Vec<Address>,
}

impl Purchasing {
    /// The slots of `purchase`'s request, in index order, read from the chain now: the first
    /// [`MAX_SLOTS_READ`] of them. A request not (or not yet) on chain has slots in state
    /// [`SlotState::None`].
    pub async fn slots(&self, purchase: &Purchase) -> Result<Vec<PurchaseSlot>, PurchaseError> {
        let chain = &self.inner.chain;
        let request_id = purchase.id;
        let count = purchase.request.ask.slots.min(MAX_SLOTS_READ);
        futures::stream::iter(0..count)
            .map(|index| async move {
                let state = chain.slot_state_at(request_id, index).await?;
                let id = slot_id(request_id, index);
                let (host, reserved_by) = match state {
                    SlotState::None => (None, Vec::new()),
                    SlotState::Free | SlotState::Repair => {
                        (None, chain.get_reservations(id).await?)
                    }
                    SlotState::Filled
                    | SlotState::Finished
                    | SlotState::Failed
                    | SlotState::Paid
                    | SlotState::Cancelled => (chain.get_host(id).await?, Vec::new()),
                };
                Ok::<_, PurchaseError>(PurchaseSlot {
                    index,
                    state,
                    host,
                    reserved_by,
                })
            })
            .buffered(CONCURRENT_READS)
            .try_collect()
            .await
    }
}
