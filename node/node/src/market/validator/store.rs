//! The validator's tables in `market.sqlite` (migrations 0003 and 0008), in the stored forms of
//! [`crate::market::db`]. Runtime-checked queries only.

use cairn_chain::{Address, B256, U256};
use sqlx::{SqliteConnection, SqlitePool, sqlite::SqliteRow};

use super::{FollowedSlot, MarkRecord, MarkStatus, ValidatorError};
use crate::{
    clock::unix_now,
    market::db::{Columns, hex, int, opt_int},
};

/// The validator's name in `chain_cursors`.
pub(super) const ROLE: &str = "validator";

// ----------------------------------------------------------------------------------------------
// State and cursor
// ----------------------------------------------------------------------------------------------

/// What `validator_state` records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct State {
    pub(super) chain_id: u64,
    pub(super) marketplace: Address,
    pub(super) start_block: u64,
}

pub(super) async fn load_state(pool: &SqlitePool) -> Result<Option<State>, ValidatorError> {
    let row =
        sqlx::query("SELECT chain_id, marketplace, start_block FROM validator_state WHERE id = 1")
            .fetch_optional(pool)
            .await?;
    row.map(|row| {
        let row = Columns(&row);
        Ok(State {
            chain_id: row.u64("chain_id")?,
            marketplace: row.parsed("marketplace")?,
            start_block: row.u64("start_block")?,
        })
    })
    .transpose()
}

pub(super) async fn insert_state(pool: &SqlitePool, state: State) -> Result<(), ValidatorError> {
    sqlx::query(
        "INSERT INTO validator_state (id, chain_id, marketplace, start_block) VALUES (1, ?, ?, ?)",
    )
    .bind(int(state.chain_id)?)
    .bind(hex(state.marketplace))
    .bind(int(state.start_block)?)
    .execute(pool)
    .await?;
    Ok(())
}

// ----------------------------------------------------------------------------------------------
// Slots and requests
// ----------------------------------------------------------------------------------------------

/// Starts following a slot (or replaces its host after a repair).
pub(super) async fn upsert_slot(
    conn: &mut SqliteConnection,
    slot_id: B256,
    request_id: B256,
    slot_index: u64,
    host: Address,
    block: u64,
) -> Result<(), ValidatorError> {
    sqlx::query("INSERT INTO validator_requests (request_id) VALUES (?) ON CONFLICT DO NOTHING")
        .bind(hex(request_id))
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO validator_slots (slot_id, request_id, slot_index, host, filled_block) \
         VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT (slot_id) DO UPDATE SET host = excluded.host, \
         filled_block = excluded.filled_block",
    )
    .bind(hex(slot_id))
    .bind(hex(request_id))
    .bind(int(slot_index)?)
    .bind(hex(host))
    .bind(int(block)?)
    .execute(conn)
    .await?;
    Ok(())
}

/// Stops following a slot; true if it was followed.
pub(super) async fn delete_slot(
    conn: &mut SqliteConnection,
    slot_id: B256,
) -> Result<bool, ValidatorError> {
    let done = sqlx::query("DELETE FROM validator_slots WHERE slot_id = ?")
        .bind(hex(slot_id))
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Stops following a request and its slots; the number of slots dropped.
pub(super) async fn delete_request(
    conn: &mut SqliteConnection,
    request_id: B256,
) -> Result<u64, ValidatorError> {
    let slots = sqlx::query("DELETE FROM validator_slots WHERE request_id = ?")
        .bind(hex(request_id))
        .execute(&mut *conn)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM validator_requests WHERE request_id = ?")
        .bind(hex(request_id))
        .execute(conn)
        .await?;
    Ok(slots)
}

/// Forgets what was read of the request, so that the next pass reads it again (after
/// `RequestFailed`: when it failed).
pub(super) async fn reread_request(
    conn: &mut SqliteConnection,
    request_id: B256,
) -> Result<(), ValidatorError> {
    sqlx::query("UPDATE validator_requests SET ends_at = NULL WHERE request_id = ?")
        .bind(hex(request_id))
        .execute(conn)
        .await?;
    Ok(())
}

pub(super) async fn set_request_started(
    conn: &mut SqliteConnection,
    request_id: B256,
) -> Result<(), ValidatorError> {
    sqlx::query("UPDATE validator_requests SET started = 1 WHERE request_id = ?")
        .bind(hex(request_id))
        .execute(conn)
        .await?;
    Ok(())
}

/// A followed request as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RequestRow {
    pub(super) request_id: B256,
    pub(super) ends_at: Option<u64>,
    pub(super) expires_at: Option<u64>,
    pub(super) started: bool,
    /// When the request failed (read from `getRequestInfo`), if it did.
    pub(super) failed_at: Option<u64>,
}

pub(super) async fn requests(pool: &SqlitePool) -> Result<Vec<RequestRow>, ValidatorError> {
    let rows = sqlx::query(
        "SELECT request_id, ends_at, expires_at, started, failed_at FROM validator_requests \
         ORDER BY request_id",
    )
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            let row = Columns(row);
            Ok(RequestRow {
                request_id: row.parsed("request_id")?,
                ends_at: row.opt_u64("ends_at")?,
                expires_at: row.opt_u64("expires_at")?,
                started: row.bool("started")?,
                failed_at: row.opt_u64("failed_at")?,
            })
        })
        .collect()
}

/// Records what `getRequestInfo` said of a followed request.
pub(super) async fn set_request_info(
    pool: &SqlitePool,
    request_id: B256,
    ends_at: u64,
    expires_at: u64,
    started: bool,
    failed_at: Option<u64>,
) -> Result<(), ValidatorError> {
    sqlx::query(
        "UPDATE validator_requests SET ends_at = ?, expires_at = ?, started = MAX(started, ?), \
         failed_at = COALESCE(?, failed_at) WHERE request_id = ?",
    )
    .bind(int(ends_at)?)
    .bind(int(expires_at)?)
    .bind(i64::from(started))
    .bind(opt_int(failed_at)?)
    .bind(hex(request_id))
    .execute(pool)
    .await?;
    Ok(())
}

/// Drops requests none of whose slots is followed any more.
pub(super) async fn delete_orphan_requests(pool: &SqlitePool) -> Result<u64, ValidatorError> {
    let done = sqlx::query(
        "DELETE FROM validator_requests WHERE request_id NOT IN \
         (SELECT request_id FROM validator_slots)",
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

fn slot_of(row: &SqliteRow) -> Result<FollowedSlot, ValidatorError> {
    let row = Columns(row);
    Ok(FollowedSlot {
        slot_id: row.parsed("slot_id")?,
        request_id: row.parsed("request_id")?,
        slot_index: row.u64("slot_index")?,
        host: row.parsed("host")?,
        filled_block: row.u64("filled_block")?,
        checked_through: row.opt_u64("checked_through")?,
    })
}

/// Followed slots, those checked least far first.
pub(super) async fn slots(pool: &SqlitePool) -> Result<Vec<FollowedSlot>, ValidatorError> {
    let rows = sqlx::query(
        "SELECT slot_id, request_id, slot_index, host, filled_block, checked_through \
         FROM validator_slots ORDER BY COALESCE(checked_through, -1), slot_id",
    )
    .fetch_all(pool)
    .await?;
    rows.iter().map(slot_of).collect()
}

pub(super) async fn slot_count(pool: &SqlitePool) -> Result<u64, ValidatorError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM validator_slots")
        .fetch_one(pool)
        .await?;
    Ok(Columns(&row).u64("n")?)
}

pub(super) async fn set_checked_through(
    pool: &SqlitePool,
    slot_id: B256,
    period: u64,
) -> Result<(), ValidatorError> {
    sqlx::query(
        "UPDATE validator_slots SET checked_through = MAX(COALESCE(checked_through, -1), ?) \
         WHERE slot_id = ?",
    )
    .bind(int(period)?)
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    Ok(())
}

// ----------------------------------------------------------------------------------------------
// Marks
// ----------------------------------------------------------------------------------------------

fn mark_of(row: &SqliteRow) -> Result<MarkRecord, ValidatorError> {
    let row = Columns(row);
    let status = row.text("status")?;
    Ok(MarkRecord {
        slot_id: row.parsed("slot_id")?,
        period: row.u64("period")?,
        status: MarkStatus::parse(&status)
            .ok_or_else(|| ValidatorError::Corrupt(format!("mark status {status:?}")))?,
        attempts: u32::try_from(row.u64("attempts")?)
            .map_err(|_| ValidatorError::Corrupt("attempts out of range".to_string()))?,
        tx_hash: row.opt_parsed("tx_hash")?,
        block: row.opt_u64("block")?,
        reward: row.opt_parsed::<U256>("reward")?,
        error: row.opt_text("error")?,
    })
}

const MARK_COLUMNS: &str = "slot_id, period, status, attempts, tx_hash, block, reward, error";

/// Marks of periods from `first_period` on (all of them with 0).
pub(super) async fn marks_from(
    pool: &SqlitePool,
    first_period: u64,
) -> Result<Vec<MarkRecord>, ValidatorError> {
    let rows = sqlx::query(&format!(
        "SELECT {MARK_COLUMNS} FROM validator_marks WHERE period >= ? ORDER BY period, slot_id"
    ))
    .bind(int(first_period)?)
    .fetch_all(pool)
    .await?;
    rows.iter().map(mark_of).collect()
}

/// Failed attempts whose period left the window before they succeeded become `timed_out`.
pub(super) async fn expire_retries(
    pool: &SqlitePool,
    first_period: u64,
) -> Result<u64, ValidatorError> {
    let done = sqlx::query(
        "UPDATE validator_marks SET status = 'timed_out' WHERE status = 'retry' AND period < ?",
    )
    .bind(int(first_period)?)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

async fn mark(
    conn: &mut SqliteConnection,
    slot_id: B256,
    period: u64,
) -> Result<Option<MarkRecord>, ValidatorError> {
    let row = sqlx::query(&format!(
        "SELECT {MARK_COLUMNS} FROM validator_marks WHERE slot_id = ? AND period = ?"
    ))
    .bind(hex(slot_id))
    .bind(int(period)?)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(mark_of).transpose()
}

async fn write_mark(
    conn: &mut SqliteConnection,
    record: &MarkRecord,
) -> Result<(), ValidatorError> {
    sqlx::query(
        "INSERT INTO validator_marks \
         (slot_id, period, status, attempts, tx_hash, block, reward, error, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (slot_id, period) DO UPDATE SET status = excluded.status, \
         attempts = excluded.attempts, tx_hash = excluded.tx_hash, block = excluded.block, \
         reward = excluded.reward, error = excluded.error, updated_at = excluded.updated_at",
    )
    .bind(hex(record.slot_id))
    .bind(int(record.period)?)
    .bind(record.status.as_str())
    .bind(i64::from(record.attempts))
    .bind(record.tx_hash.map(hex))
    .bind(record.block.map(int).transpose()?)
    .bind(record.reward.map(|r| r.to_string()))
    .bind(record.error.as_deref())
    .bind(unix_now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Records the outcome of one attempt to mark (slot, period). A settled status already recorded
/// (e.g. `marked` from the event) is not downgraded; a `retry` that used up `max_attempts`
/// becomes `failed`.
pub(super) async fn record_attempt(
    pool: &SqlitePool,
    slot_id: B256,
    period: u64,
    status: MarkStatus,
    outcome: Option<(B256, u64)>,
    error: Option<String>,
    max_attempts: u32,
) -> Result<MarkRecord, ValidatorError> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    // IMMEDIATE: a deferred transaction that reads and then writes fails at once (SQLITE_BUSY,
    // no busy wait) when another connection wrote in between; the validator stopped that way.
    let existing = mark(&mut tx, slot_id, period).await?;
    let attempts = existing
        .as_ref()
        .map_or(0, |m| m.attempts)
        .saturating_add(1);
    let record = match existing {
        Some(existing) if existing.status.is_settled() => MarkRecord {
            attempts,
            ..existing
        },
        existing => MarkRecord {
            slot_id,
            period,
            status: if status == MarkStatus::Retry && attempts >= max_attempts {
                MarkStatus::Failed
            } else {
                status
            },
            attempts,
            tx_hash: outcome.map(|o| o.0),
            block: outcome.map(|o| o.1),
            reward: existing.and_then(|m| m.reward),
            error,
        },
    };
    write_mark(&mut tx, &record).await?;
    tx.commit().await?;
    Ok(record)
}

/// Records a `ProofMissed` event: ours (`mine`) settles the row as `marked` with the reward;
/// another validator's as `marked_by_other` unless this validator's mark is recorded.
pub(super) async fn record_missed_event(
    conn: &mut SqliteConnection,
    slot_id: B256,
    period: u64,
    mine: bool,
    reward: U256,
    tx_hash: Option<B256>,
    block: u64,
) -> Result<(), ValidatorError> {
    let existing = mark(&mut *conn, slot_id, period).await?;
    let record = match existing {
        Some(existing) if existing.status == MarkStatus::Marked => MarkRecord {
            reward: if mine { Some(reward) } else { existing.reward },
            tx_hash: existing.tx_hash.or(tx_hash),
            block: existing.block.or(Some(block)),
            ..existing
        },
        existing => MarkRecord {
            slot_id,
            period,
            status: if mine {
                MarkStatus::Marked
            } else {
                MarkStatus::MarkedByOther
            },
            attempts: existing.as_ref().map_or(0, |m| m.attempts),
            tx_hash,
            block: Some(block),
            reward: mine.then_some(reward),
            error: None,
        },
    };
    write_mark(conn, &record).await
}
