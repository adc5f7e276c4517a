//! Following the marketplace's events: which slots are filled, and who marked which proof.
//!
//! Each event becomes a [`Change`] (most events change nothing for the validator); a batch of
//! changes and the cursor of the batch's last event are written in one transaction, so the
//! followed set and the position in the log never disagree after a crash.

use cairn_chain::{Address, B256, EventCursor, MarketEvent, MarketplaceEvents, U256, slot_id};
use sqlx::SqlitePool;
use tracing::{debug, info, warn};

use super::{ValidatorError, store};

/// What an event means for the validator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Change {
    /// A host filled (or repaired) a slot: follow it.
    Filled {
        request_id: B256,
        slot_index: u64,
        host: Address,
        block: u64,
    },
    /// The slot has no host any more (freed, abandoned) or was paid: stop following it.
    SlotGone { slot_id: B256, why: &'static str },
    /// The request failed: only periods that ended before the failure can still be marked.
    RequestFailed { request_id: B256 },
    /// Every slot was filled: proving started.
    RequestStarted { request_id: B256 },
    /// A missing proof was marked (by `validator`).
    ProofMissed {
        slot_id: B256,
        period: u64,
        validator: Address,
        reward: U256,
        tx_hash: Option<B256>,
        block: u64,
    },
}

/// The change an event makes, if any.
pub(super) fn change_of(event: &MarketEvent) -> Option<Change> {
    match &event.event {
        MarketplaceEvents::SlotFilled(e) => Some(Change::Filled {
            request_id: e.requestId,
            slot_index: e.slotIndex,
            host: e.host,
            block: event.block_number,
        }),
        MarketplaceEvents::SlotFreed(e) => Some(Change::SlotGone {
            slot_id: slot_id(e.requestId, e.slotIndex),
            why: "freed",
        }),
        MarketplaceEvents::SlotAbandoned(e) => Some(Change::SlotGone {
            slot_id: slot_id(e.requestId, e.slotIndex),
            why: "abandoned",
        }),
        MarketplaceEvents::SlotPaid(e) => Some(Change::SlotGone {
            slot_id: e.slotId,
            why: "paid",
        }),
        MarketplaceEvents::RequestFailed(e) => Some(Change::RequestFailed {
            request_id: e.requestId,
        }),
        MarketplaceEvents::RequestStarted(e) => Some(Change::RequestStarted {
            request_id: e.requestId,
        }),
        MarketplaceEvents::ProofMissed(e) => match u64::try_from(e.period) {
            Ok(period) => Some(Change::ProofMissed {
                slot_id: e.slotId,
                period,
                validator: e.validator,
                reward: e.reward,
                tx_hash: event.tx_hash,
                block: event.block_number,
            }),
            Err(_) => {
                warn!(slot = %e.slotId, period = %e.period, "ProofMissed with an absurd period ignored");
                None
            }
        },
        MarketplaceEvents::StorageRequested(_)
        | MarketplaceEvents::SlotReserved(_)
        | MarketplaceEvents::ProofSubmitted(_)
        | MarketplaceEvents::FundsWithdrawn(_)
        | MarketplaceEvents::RandomnessCommitted(_) => None,
    }
}

/// Applies `changes` and moves the cursor to `cursor`, in one transaction. `me` is this
/// validator's address.
pub(super) async fn apply(
    pool: &SqlitePool,
    changes: &[Change],
    cursor: EventCursor,
    me: Address,
) -> Result<(), ValidatorError> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    // IMMEDIATE: a deferred transaction that reads and then writes fails at once (SQLITE_BUSY,
    // no busy wait) when another connection wrote in between; the validator stopped that way.
    for change in changes {
        match *change {
            Change::Filled {
                request_id,
                slot_index,
                host,
                block,
            } => {
                let slot = slot_id(request_id, slot_index);
                store::upsert_slot(&mut tx, slot, request_id, slot_index, host, block).await?;
                debug!(%slot, %request_id, slot_index, %host, block, "following a filled slot");
            }
            Change::SlotGone { slot_id, why } => {
                if store::delete_slot(&mut tx, slot_id).await? {
                    debug!(slot = %slot_id, why, "slot no longer followed");
                }
            }
            Change::RequestFailed { request_id } => {
                // Proofs missed before the failure can still be marked: its slots stay followed
                // until `failedAt + timeout`, read on the next pass.
                store::reread_request(&mut tx, request_id).await?;
                info!(%request_id, "request failed: its slots are checked for proofs missed before");
            }
            Change::RequestStarted { request_id } => {
                store::set_request_started(&mut tx, request_id).await?;
            }
            Change::ProofMissed {
                slot_id,
                period,
                validator,
                reward,
                tx_hash,
                block,
            } => {
                let mine = validator == me;
                store::record_missed_event(&mut tx, slot_id, period, mine, reward, tx_hash, block)
                    .await?;
                if mine {
                    info!(slot = %slot_id, period, %reward, "validator reward received");
                } else {
                    debug!(slot = %slot_id, period, %validator, "proof marked missing by another validator");
                }
            }
        }
    }
    crate::market::events::save_cursor(&mut *tx, store::ROLE, cursor).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::market::{events::load_cursor, validator::MarkStatus};

    async fn db() -> (tempfile::TempDir, SqlitePool) {
        let dir = tempfile::tempdir().expect("tempdir");
        let pool = crate::market::db::open(dir.path()).await.expect("open");
        (dir, pool)
    }

    fn cursor(block_number: u64) -> EventCursor {
        EventCursor {
            block_number,
            log_index: 0,
        }
    }

    #[tokio::test]
    async fn slots_come_and_go_with_the_cursor() {
        let (_dir, pool) = db().await;
        let me = Address::repeat_byte(0xee);
        let request = B256::repeat_byte(1);
        let other = B256::repeat_byte(2);
        let fill = |request_id, slot_index| Change::Filled {
            request_id,
            slot_index,
            host: Address::repeat_byte(9),
            block: 5,
        };
        let changes = [fill(request, 0), fill(request, 1), fill(other, 0)];
        apply(&pool, &changes, cursor(5), me).await.expect("apply");
        assert_eq!(store::slot_count(&pool).await.expect("count"), 3);
        assert_eq!(
            load_cursor(&pool, store::ROLE).await.expect("cursor"),
            Some(cursor(5))
        );

        // Freed, then repaired by another host in the same batch: followed, with the new host.
        let changes = [
            Change::SlotGone {
                slot_id: slot_id(request, 1),
                why: "freed",
            },
            Change::Filled {
                request_id: request,
                slot_index: 1,
                host: Address::repeat_byte(8),
                block: 6,
            },
            Change::RequestFailed { request_id: other },
        ];
        apply(&pool, &changes, cursor(6), me).await.expect("apply");
        // The failed request's slot is still followed (proofs missed before the failure can be
        // marked), and its request is read again.
        let slots = store::slots(&pool).await.expect("slots");
        assert_eq!(slots.len(), 3);
        let repaired = slots
            .iter()
            .find(|s| s.slot_id == slot_id(request, 1))
            .expect("repaired slot");
        assert_eq!(repaired.host, Address::repeat_byte(8));
        assert_eq!(repaired.filled_block, 6);
        let requests = store::requests(&pool).await.expect("requests");
        assert_eq!(requests.len(), 2);
        assert_eq!(
            load_cursor(&pool, store::ROLE).await.expect("cursor"),
            Some(cursor(6))
        );
    }

    #[tokio::test]
    async fn missed_proof_events_settle_marks() {
        let (_dir, pool) = db().await;
        let me = Address::repeat_byte(0xee);
        let slot = B256::repeat_byte(3);
        let missed = |period, validator| Change::ProofMissed {
            slot_id: slot,
            period,
            validator,
            reward: U256::from(7),
            tx_hash: Some(B256::repeat_byte(4)),
            block: 9,
        };
        // A failed attempt of ours, then the event says another validator marked it.
        store::record_attempt(
            &pool,
            slot,
            10,
            MarkStatus::Retry,
            None,
            Some("rpc down".into()),
            3,
        )
        .await
        .expect("attempt");
        apply(
            &pool,
            &[missed(10, Address::repeat_byte(1)), missed(11, me)],
            cursor(9),
            me,
        )
        .await
        .expect("apply");
        let marks = store::marks_from(&pool, 0).await.expect("marks");
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[0].status, MarkStatus::MarkedByOther);
        assert_eq!(marks[0].attempts, 1);
        assert_eq!(marks[0].reward, None);
        assert_eq!(marks[1].status, MarkStatus::Marked);
        assert_eq!(marks[1].reward, Some(U256::from(7)));

        // A later attempt does not downgrade a settled mark.
        let record = store::record_attempt(
            &pool,
            slot,
            11,
            MarkStatus::Retry,
            None,
            Some("late".into()),
            3,
        )
        .await
        .expect("attempt");
        assert_eq!(record.status, MarkStatus::Marked);
        assert_eq!(record.reward, Some(U256::from(7)));
    }
}
