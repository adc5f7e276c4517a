//! The slot queue: open slots of storage requests a host could fill, best paying first.
//!
//! A slot's value to a host is what it pays over the request (`pricePerBytePerSecond × slotSize ×
//! duration`); among equals, less collateral at stake and an earlier expiry (less time to fill)
//! come first, then the host's own tiebreak, the request id and slot index (a fixed order, so
//! every run agrees). The queue
//! holds at most `capacity` slots and drops the worst when full; a slot is queued once.

use std::collections::{BTreeSet, HashSet};

use cairn_chain::{B256, U256};

/// An open slot and the terms that rank it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SlotCandidate {
    /// The storage request.
    pub request_id: B256,
    /// The slot in it.
    pub slot_index: u64,
    /// Bytes the host stores.
    pub slot_size: u64,
    /// Seconds the request runs.
    pub duration: u64,
    /// Token units per byte per second.
    pub price_per_byte_per_second: U256,
    /// Token units the host locks for the slot.
    pub collateral: U256,
    /// Unix seconds by which the request must be filled.
    pub expires_at: u64,
    /// The host's own order among otherwise equal slots (see [`crate::market::sales`]).
    pub tiebreak: u64,
}

impl SlotCandidate {
    /// What the slot pays over the whole request (saturating).
    pub fn payout(&self) -> U256 {
        self.price_per_byte_per_second
            .saturating_mul(U256::from(self.slot_size))
            .saturating_mul(U256::from(self.duration))
    }

    /// Sort key: smaller is better.
    fn rank(&self) -> Rank {
        (
            std::cmp::Reverse(self.payout()),
            self.collateral,
            self.expires_at,
            self.tiebreak,
            self.request_id,
            self.slot_index,
        )
    }
}

/// Sort key of a slot (smaller is better); the last two fields are its request and index.
type Rank = (std::cmp::Reverse<U256>, U256, u64, u64, B256, u64);

/// Queued slots, best first, bounded.
#[derive(Debug)]
pub struct SlotQueue {
    capacity: usize,
    ranked: BTreeSet<Rank>,
    slots: std::collections::HashMap<(B256, u64), SlotCandidate>,
    /// Slots already taken out once (never queued again).
    seen: HashSet<(B256, u64)>,
}

impl SlotQueue {
    /// A queue holding at most `capacity` slots (at least 1).
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            ranked: BTreeSet::new(),
            slots: std::collections::HashMap::new(),
            seen: HashSet::new(),
        }
    }

    /// Slots queued.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// True when nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Queues `slot` unless it is queued or was handed out already; when full, the worst slot
    /// (possibly `slot`) is dropped. Returns whether `slot` is in the queue afterwards.
    pub fn push(&mut self, slot: SlotCandidate) -> bool {
        let key = (slot.request_id, slot.slot_index);
        if self.slots.contains_key(&key) || self.seen.contains(&key) {
            return self.slots.contains_key(&key);
        }
        let rank = slot.rank();
        self.ranked.insert(rank);
        self.slots.insert(key, slot);
        if self.slots.len() > self.capacity
            && let Some(worst) = self.ranked.pop_last()
        {
            self.slots.remove(&(worst.4, worst.5));
            return worst != rank;
        }
        true
    }

    /// Queues `slot` even if it was handed out before: a slot freed for repair, or one put back
    /// because it could not be taken yet.
    pub fn push_again(&mut self, slot: SlotCandidate) -> bool {
        self.seen.remove(&(slot.request_id, slot.slot_index));
        self.push(slot)
    }

    /// Takes the best slot out.
    pub fn pop(&mut self) -> Option<SlotCandidate> {
        let best = self.ranked.pop_first()?;
        let key = (best.4, best.5);
        self.seen.insert(key);
        self.slots.remove(&key)
    }

    /// Drops every queued slot of `request_id` (filled, cancelled, failed).
    pub fn remove_request(&mut self, request_id: &B256) {
        let gone: Vec<(B256, u64)> = self
            .slots
            .keys()
            .filter(|(r, _)| r == request_id)
            .copied()
            .collect();
        for key in gone {
            if let Some(slot) = self.slots.remove(&key) {
                self.ranked.remove(&slot.rank());
            }
        }
    }

    /// Drops one queued slot (someone else filled it).
    pub fn remove_slot(&mut self, request_id: &B256, slot_index: u64) {
        if let Some(slot) = self.slots.remove(&(*request_id, slot_index)) {
            self.ranked.remove(&slot.rank());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(request: u8, index: u64, price: u64, collateral: u64) -> SlotCandidate {
        SlotCandidate {
            request_id: B256::repeat_byte(request),
            slot_index: index,
            slot_size: 1 << 16,
            duration: 100,
            price_per_byte_per_second: U256::from(price),
            collateral: U256::from(collateral),
            expires_at: 1000,
            tiebreak: 0,
        }
    }

    #[test]
    fn best_paying_first_then_least_collateral() {
        let mut queue = SlotQueue::new(10);
        assert!(queue.push(slot(1, 0, 5, 100)));
        assert!(queue.push(slot(2, 0, 9, 100)));
        assert!(queue.push(slot(3, 0, 9, 50)));
        assert!(queue.push(slot(1, 1, 1, 0)));
        let order: Vec<(u8, u64)> = std::iter::from_fn(|| queue.pop())
            .map(|s| (s.request_id.0[0], s.slot_index))
            .collect();
        assert_eq!(order, vec![(3, 0), (2, 0), (1, 0), (1, 1)]);
    }

    #[test]
    fn bounded_deduplicated_and_removable() {
        let mut queue = SlotQueue::new(2);
        assert!(queue.push(slot(1, 0, 5, 0)));
        assert!(queue.push(slot(1, 0, 5, 0)), "already queued");
        assert_eq!(queue.len(), 1);
        assert!(queue.push(slot(2, 0, 7, 0)));
        assert!(
            !queue.push(slot(3, 0, 1, 0)),
            "worse than everything in a full queue"
        );
        assert!(queue.push(slot(4, 0, 9, 0)), "better: the worst goes");
        assert_eq!(queue.len(), 2);
        queue.remove_request(&B256::repeat_byte(4));
        assert_eq!(queue.len(), 1);
        let best = queue.pop().expect("one left");
        assert_eq!(best.request_id, B256::repeat_byte(2));
        assert!(
            !queue.push(slot(2, 0, 7, 0)),
            "handed out once, never again"
        );
        assert!(queue.push_again(slot(2, 0, 7, 0)), "unless put back");
        assert!(queue.pop().is_some());
        assert!(queue.is_empty());
        queue.push(slot(5, 3, 1, 0));
        queue.remove_slot(&B256::repeat_byte(5), 3);
        assert!(queue.pop().is_none());
        let huge = SlotCandidate {
            price_per_byte_per_second: U256::MAX,
            ..slot(6, 0, 0, 0)
        };
        assert_eq!(huge.payout(), U256::MAX, "saturates");
    }
}
