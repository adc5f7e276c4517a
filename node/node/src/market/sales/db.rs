//! The host's slots in `market.sqlite` (table `sales`, migrations 0005 and 0007), in the stored
//! forms of [`crate::market::db`]. Runtime-checked queries only.

use cairn_chain::{B256, U256};
use serde::Serialize;
use sqlx::{SqlitePool, sqlite::SqliteRow};

use crate::{
    clock::unix_now as now,
    market::db::{Columns, corrupt, hex, int},
};

/// The host role's name in `chain_cursors`.
pub(crate) const ROLE: &str = "sales";

/// Where a slot this host took on is (DESIGN.md §9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SaleState {
    /// Reserving the slot on chain.
    Reserving,
    /// Fetching the storage manifest and the slot's blocks, checking them against the request.
    Downloading,
    /// Making the initial proof and sending `fillSlot`.
    Filling,
    /// The slot is ours: proving in every period that requires it.
    Proving,
    /// The request ended: collecting payment and collateral with `freeSlot`.
    Payout,
    /// Paid; the slot's data was released.
    Finished,
    /// The request was cancelled (or ended) before this host filled the slot.
    Cancelled,
    /// The slot was lost (slashed out, the request failed, or the data did not match).
    Failed,
    /// Someone else took the slot first.
    Ignored,
    /// An error this host cannot recover from.
    Errored,
}

impl SaleState {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reserving => "reserving",
            Self::Downloading => "downloading",
            Self::Filling => "filling",
            Self::Proving => "proving",
            Self::Payout => "payout",
            Self::Finished => "finished",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Ignored => "ignored",
            Self::Errored => "errored",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "reserving" => Self::Reserving,
            "downloading" => Self::Downloading,
            "filling" => Self::Filling,
            "proving" => Self::Proving,
            "payout" => Self::Payout,
            "finished" => Self::Finished,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "ignored" => Self::Ignored,
            "errored" => Self::Errored,
            _ => return None,
        })
    }

    /// True once nothing more happens to the slot.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Self::Finished | Self::Cancelled | Self::Failed | Self::Ignored | Self::Errored
        )
    }

    /// True while the slot's space (and collateral, once filled) is taken from its availability.
    pub fn holds_resources(self) -> bool {
        !self.is_terminal()
    }
}

/// An amount as a decimal string.
fn decimal<S: serde::Serializer>(value: &U256, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// A slot this host took on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Sale {
    /// `slotId`.
    #[schema(value_type = String)]
    pub slot_id: B256,
    /// The storage request.
    #[schema(value_type = String)]
    pub request_id: B256,
    /// The slot's index in it.
    pub slot_index: u64,
    /// Where it is.
    pub state: SaleState,
    /// The availability it uses.
    pub availability_id: i64,
    /// Bytes stored.
    pub slot_size: u64,
    /// Token units locked once filled (a decimal string, like every amount in the API).
    #[schema(value_type = String)]
    #[serde(serialize_with = "decimal")]
    pub collateral: U256,
    /// The request's storage manifest (`content.cid`), once read.
    pub content_cid: Option<String>,
    /// The slot's dataset in the store, once downloaded.
    pub slot_cid: Option<String>,
    /// The `fillSlot` transaction.
    pub fill_tx: Option<String>,
    /// Chain time the slot was filled at.
    pub filled_at: Option<u64>,
    /// Proofs submitted so far.
    pub proofs: u64,
    /// The last period a proof was submitted for.
    pub last_proof_period: Option<u64>,
    /// The `freeSlot` transaction that collected the payout.
    pub payout_tx: Option<String>,
    /// Why it ended badly.
    pub error: Option<String>,
    /// Local unix seconds this host began getting the slot's data.
    pub data_since: Option<i64>,
    /// For a slot taken in repair: what the repair did and where it is.
    pub repair: Option<super::repair::RepairRecord>,
    /// Local unix seconds.
    pub created_at: i64,
    /// Local unix seconds.
    pub updated_at: i64,
}

fn decode(row: &SqliteRow) -> Result<Sale, sqlx::Error> {
    let row = Columns(row);
    let state = row.text("state")?;
    Ok(Sale {
        slot_id: row.parsed("slot_id")?,
        request_id: row.parsed("request_id")?,
        slot_index: row.u64("slot_index")?,
        state: SaleState::parse(&state).ok_or_else(|| corrupt("state", &state))?,
        availability_id: row.i64("availability_id")?,
        slot_size: row.u64("slot_size")?,
        collateral: row.parsed("collateral")?,
        content_cid: row.opt_text("content_cid")?,
        slot_cid: row.opt_text("slot_cid")?,
        fill_tx: row.opt_text("fill_tx")?,
        filled_at: row.opt_u64("filled_at")?,
        proofs: row.u64("proofs")?,
        last_proof_period: row.opt_u64("last_proof_period")?,
        payout_tx: row.opt_text("payout_tx")?,
        error: row.opt_text("error")?,
        data_since: row.opt_i64("data_since")?,
        repair: row
            .opt_text("repair")?
            .map(|t| serde_json::from_str(&t).map_err(|e| corrupt("repair", e)))
            .transpose()?,
        created_at: row.i64("created_at")?,
        updated_at: row.i64("updated_at")?,
    })
}

/// Records a new slot as `reserving`; false if this host already has a row for it.
pub(crate) async fn insert(
    pool: &SqlitePool,
    slot_id: B256,
    request_id: B256,
    slot_index: u64,
    availability_id: i64,
    slot_size: u64,
    collateral: U256,
) -> Result<bool, sqlx::Error> {
    let now = now();
    let done = sqlx::query(
        "INSERT OR IGNORE INTO sales (slot_id, request_id, slot_index, state, availability_id,
            slot_size, collateral, created_at, updated_at)
         VALUES (?, ?, ?, 'reserving', ?, ?, ?, ?, ?)",
    )
    .bind(hex(slot_id))
    .bind(hex(request_id))
    .bind(int(slot_index)?)
    .bind(availability_id)
    .bind(int(slot_size)?)
    .bind(collateral.to_string())
    .bind(now)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Starts a slot this host gave up before it held it (`ignored`, `cancelled`, `errored`) again
/// as `reserving`, for a repair; false if its row is in another state.
pub(crate) async fn reopen(
    pool: &SqlitePool,
    slot_id: B256,
    availability_id: i64,
    slot_size: u64,
    collateral: U256,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE sales SET state = 'reserving', availability_id = ?, slot_size = ?, collateral = ?,
            content_cid = NULL, slot_cid = NULL, fill_tx = NULL, filled_at = NULL, proofs = 0,
            last_proof_period = NULL, payout_tx = NULL, error = NULL, data_since = NULL,
            repair = NULL, updated_at = ?
         WHERE slot_id = ? AND state IN ('ignored', 'cancelled', 'errored')",
    )
    .bind(availability_id)
    .bind(int(slot_size)?)
    .bind(collateral.to_string())
    .bind(now())
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One slot.
pub(crate) async fn load(pool: &SqlitePool, slot_id: &B256) -> Result<Option<Sale>, sqlx::Error> {
    sqlx::query("SELECT * FROM sales WHERE slot_id = ?")
        .bind(hex(slot_id))
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(decode)
        .transpose()
}

/// Every slot, newest first.
pub(crate) async fn all(pool: &SqlitePool) -> Result<Vec<Sale>, sqlx::Error> {
    sqlx::query("SELECT * FROM sales ORDER BY created_at DESC, slot_id")
        .fetch_all(pool)
        .await?
        .iter()
        .map(decode)
        .collect()
}

/// Slots still in progress.
pub(crate) async fn active(pool: &SqlitePool) -> Result<Vec<Sale>, sqlx::Error> {
    Ok(all(pool)
        .await?
        .into_iter()
        .filter(|s| !s.state.is_terminal())
        .collect())
}

/// Moves a slot to `state`, recording `error` when given.
pub(crate) async fn set_state(
    pool: &SqlitePool,
    slot_id: &B256,
    state: SaleState,
    error: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sales SET state = ?, error = COALESCE(?, error), updated_at = ? WHERE slot_id = ?",
    )
    .bind(state.as_str())
    .bind(error)
    .bind(now())
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    Ok(())
}

/// Records when this host began getting the slot's data (kept if set already) and the request's
/// storage manifest; returns the former.
pub(crate) async fn start_data(
    pool: &SqlitePool,
    slot_id: &B256,
    content_cid: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "UPDATE sales SET data_since = COALESCE(data_since, ?), content_cid = ?, updated_at = ?
         WHERE slot_id = ?",
    )
    .bind(now())
    .bind(content_cid)
    .bind(now())
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    let since: Option<i64> = sqlx::query_scalar("SELECT data_since FROM sales WHERE slot_id = ?")
        .bind(hex(slot_id))
        .fetch_one(pool)
        .await?;
    Ok(since.unwrap_or_else(now))
}

/// Saves the slot's repair record.
pub(crate) async fn set_repair(
    pool: &SqlitePool,
    slot_id: &B256,
    repair: &super::repair::RepairRecord,
) -> Result<(), sqlx::Error> {
    let text = serde_json::to_string(repair).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query("UPDATE sales SET repair = ?, updated_at = ? WHERE slot_id = ?")
        .bind(text)
        .bind(now())
        .bind(hex(slot_id))
        .execute(pool)
        .await?;
    Ok(())
}

/// The slot's dataset, recorded before it is fetched or rebuilt, so that a slot given up before
/// it is downloaded still releases what was stored of it.
pub(crate) async fn set_slot_cid(
    pool: &SqlitePool,
    slot_id: &B256,
    slot_cid: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sales SET slot_cid = ?, updated_at = ? WHERE slot_id = ?")
        .bind(slot_cid)
        .bind(now())
        .bind(hex(slot_id))
        .execute(pool)
        .await?;
    Ok(())
}

/// The slot's data is stored and checked: `filling` next.
pub(crate) async fn set_downloaded(
    pool: &SqlitePool,
    slot_id: &B256,
    content_cid: &str,
    slot_cid: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sales SET state = 'filling', content_cid = ?, slot_cid = ?, updated_at = ?
         WHERE slot_id = ?",
    )
    .bind(content_cid)
    .bind(slot_cid)
    .bind(now())
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    Ok(())
}

/// The slot is filled: `proving` next.
pub(crate) async fn set_filled(
    pool: &SqlitePool,
    slot_id: &B256,
    fill_tx: Option<&str>,
    filled_at: u64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sales SET state = 'proving', fill_tx = COALESCE(?, fill_tx), filled_at = ?,
            updated_at = ? WHERE slot_id = ?",
    )
    .bind(fill_tx)
    .bind(int(filled_at)?)
    .bind(now())
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    Ok(())
}

/// A proof for `period` was accepted.
pub(crate) async fn record_proof(
    pool: &SqlitePool,
    slot_id: &B256,
    period: u64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sales SET proofs = proofs + 1, last_proof_period = ?, updated_at = ?
         WHERE slot_id = ? AND (last_proof_period IS NULL OR last_proof_period < ?)",
    )
    .bind(int(period)?)
    .bind(now())
    .bind(hex(slot_id))
    .bind(int(period)?)
    .execute(pool)
    .await?;
    Ok(())
}

/// The payout was collected: `finished`.
pub(crate) async fn set_paid(
    pool: &SqlitePool,
    slot_id: &B256,
    payout_tx: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sales SET state = 'finished', payout_tx = COALESCE(?, payout_tx), updated_at = ?
         WHERE slot_id = ?",
    )
    .bind(payout_tx)
    .bind(now())
    .bind(hex(slot_id))
    .execute(pool)
    .await?;
    Ok(())
}
