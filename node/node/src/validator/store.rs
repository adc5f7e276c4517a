//! The validator's tables in `market.sqlite` (migration 0003) and its row of `chain_cursors`.
//! Runtime-checked queries only.

use cairn_chain::{Address, B256, EventCursor, U256};
use sqlx::{Row, SqliteConnection, SqlitePool, sqlite::SqliteRow};

use super::{FollowedSlot, MarkRecord, MarkStatus, ValidatorError};

/// The follower name in `chain_cursors`.
pub(super) const FOLLOWER: &str = "validator";

/// `u64` to SQLite's `INTEGER`.
pub(super) fn int(value: u64, what: &str) -> Result<i64, ValidatorError> {
    i64::try_from(value).map_err(|_| ValidatorError::OutOfRange(format!("{what} {value}")))
}

/// SQLite's `INTEGER` back to `u64`.
fn uint(value: i64, what: &str) -> Result<u64, ValidatorError> {
    u64::try_from(value).map_err(|_| ValidatorError::Corrupt(format!("negative {what} {value}")))
}

fn b256(bytes: &[u8], what: &str) -> Result<B256, ValidatorError> {
    B256::try_from(bytes)
        .map_err(|_| ValidatorError::Corrupt(format!("{what} of {} bytes", bytes.len())))
}

fn address(bytes: &[u8], what: &str) -> Result<Address, ValidatorError> {
    Address::try_from(bytes)
        .map_err(|_| ValidatorError::Corrupt(format!("{what} of {} bytes", bytes.len())))
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

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
        Ok(State {
            chain_id: uint(row.try_get("chain_id")?, "chain id")?,
            marketplace: address(&row.try_get::<Vec<u8>, _>("marketplace")?, "marketplace")?,
            start_block: uint(row.try_get("start_block")?, "start block")?,
        })
    })
    .transpose()
}

pub(super) async fn insert_state(pool: &SqlitePool, state: State) -> Result<(), ValidatorError> {
    sqlx::query(
        "INSERT INTO validator_state (id, chain_id, marketplace, start_block) VALUES (1, ?, ?, ?)",
    )
    .bind(int(state.chain_id, "chain id")?)
    .bind(state.marketplace.as_slice())
    .bind(int(state.start_block, "start block")?)
    .execute(pool)
    .await?;
    Ok(())
}

pub(super) async fn load_cursor(pool: &SqlitePool) -> Result<Option<EventCursor>, ValidatorError> {
    let row = sqlx::query("SELECT block, log_index FROM chain_cursors WHERE follower = ?")
        .bind(FOLLOWER)
        .fetch_optional(pool)
        .await?;
    row.map(|row| {
        Ok(EventCursor {
            block_number: uint(row.try_get("block")?, "cursor block")?,
            log_index: uint(row.try_get("log_index")?, "cursor log index")?,
        })
    })
    .transpose()
}

pub(super) async fn save_cursor(
    conn: &mut SqliteConnection,
    cursor: EventCursor,
) -> Result<(), ValidatorError> {
    sqlx::query(
        "INSERT INTO chain_cursors (follower, block, log_index) VALUES (?, ?, ?) \
         ON CONFLICT (follower) DO UPDATE SET block = excluded.block, log_index = excluded.log_index",
    )
    .bind(FOLLOWER)
    .bind(int(cursor.block_number, "block")?)
    .bind(int(cursor.log_index, "log index")?)
    .execute(conn)
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
        .bind(request_id.as_slice())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO validator_slots (slot_id, request_id, slot_index, host, filled_block) \
         VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT (slot_id) DO UPDATE SET host = excluded.host, \
         filled_block = excluded.filled_block",
    )
    .bind(slot_id.as_slice())
    .bind(request_id.as_slice())
    .bind(int(slot_index, "slot index")?)
    .bind(host.as_slice())
    .bind(int(block, "block")?)
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
        .bind(slot_id.as_slice())
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
        .bind(request_id.as_slice())
        .execute(&mut *conn)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM validator_requests WHERE request_id = ?")
        .bind(request_id.as_slice())
        .execute(conn)
        .await?;
    Ok(slots)
}

pub(super) async fn set_request_started(
    conn: &mut SqliteConnection,
    request_id: B256,
) -> Result<(), ValidatorError> {
    sqlx::query("UPDATE validator_requests SET started = 1 WHERE request_id = ?")
        .bind(request_id.as_slice())
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
}

pub(super) async fn requests(pool: &SqlitePool) -> Result<Vec<RequestRow>, ValidatorError> {
    let rows = sqlx::query(
        "SELECT request_id, ends_at, expires_at, started FROM validator_requests ORDER BY request_id",
    )
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(RequestRow {
                request_id: b256(&row.try_get::<Vec<u8>, _>("request_id")?, "request id")?,
                ends_at: row
                    .try_get::<Option<i64>, _>("ends_at")?
                    .map(|v| uint(v, "ends_at"))
                    .transpose()?,
                expires_at: row
                    .try_get::<Option<i64>, _>("expires_at")?
                    .map(|v| uint(v, "expires_at"))
                    .transpose()?,
                started: row.try_get::<i64, _>("started")? != 0,
            })
        })
        .collect()
}

pub(super) async fn set_request_info(
    pool: &SqlitePool,
    request_id: B256,
    ends_at: u64,
    expires_at: u64,
    started: bool,
) -> Result<(), ValidatorError> {
    sqlx::query(
        "UPDATE validator_requests SET ends_at = ?, expires_at = ?, started = MAX(started, ?) \
         WHERE request_id = ?",
    )
    .bind(int(ends_at, "ends_at")?)
    .bind(int(expires_at, "expires_at")?)
    .bind(i64::from(started))
    .bind(request_id.as_slice())
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
    Ok(FollowedSlot {
        slot_id: b256(&row.try_get::<Vec<u8>, _>("slot_id")?, "slot id")?,
        request_id: b256(&row.try_get::<Vec<u8>, _>("request_id")?, "request id")?,
        slot_index: uint(row.try_get("slot_index")?, "slot index")?,
        host: address(&row.try_get::<Vec<u8>, _>("host")?, "host")?,
        filled_block: uint(row.try_get("filled_block")?, "filled block")?,
        checked_through: row
            .try_get::<Option<i64>, _>("checked_through")?
            .map(|v| uint(v, "checked_through"))
            .transpose()?,
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
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM validator_slots")
        .fetch_one(pool)
        .await?
        .try_get("n")?;
    uint(n, "slot count")
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
    .bind(int(period, "period")?)
    .bind(slot_id.as_slice())
    .execute(pool)
    .await?;
    Ok(())
}

// ----------------------------------------------------------------------------------------------
// Marks
// ----------------------------------------------------------------------------------------------

fn mark_of(row: &SqliteRow) -> Result<MarkRecord, ValidatorError> {
    let status: String = row.try_get("status")?;
    Ok(MarkRecord {
        slot_id: b256(&row.try_get::<Vec<u8>, _>("slot_id")?, "slot id")?,
        period: uint(row.try_get("period")?, "period")?,
        status: MarkStatus::parse(&status)
            .ok_or_else(|| ValidatorError::Corrupt(format!("mark status {status:?}")))?,
        attempts: u32::try_from(row.try_get::<i64, _>("attempts")?)
            .map_err(|_| ValidatorError::Corrupt("attempts out of range".to_string()))?,
        tx_hash: row
            .try_get::<Option<Vec<u8>>, _>("tx_hash")?
            .map(|h| b256(&h, "tx hash"))
            .transpose()?,
        block: row
            .try_get::<Option<i64>, _>("block")?
            .map(|v| uint(v, "block"))
            .transpose()?,
        reward: row
            .try_get::<Option<String>, _>("reward")?
            .map(|r| {
                r.parse::<U256>()
                    .map_err(|_| ValidatorError::Corrupt(format!("reward {r:?}")))
            })
            .transpose()?,
        error: row.try_get("error")?,
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
    .bind(int(first_period, "period")?)
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
    .bind(int(first_period, "period")?)
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
    .bind(slot_id.as_slice())
    .bind(int(period, "period")?)
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
    .bind(record.slot_id.as_slice())
    .bind(int(record.period, "period")?)
    .bind(record.status.as_str())
    .bind(i64::from(record.attempts))
    .bind(record.tx_hash.map(|h| h.to_vec()))
    .bind(record.block.map(|b| int(b, "block")).transpose()?)
    .bind(record.reward.map(|r| r.to_string()))
    .bind(record.error.as_deref())
    .bind(now_unix())
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
