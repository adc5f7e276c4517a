//! Persistence of purchases (table `purchases`, migrations 0002 and 0006), in the stored forms of
//! [`crate::market::db`]. Queries are checked at run time.

use cairn_chain::{Ask, B256, Bytes, Content, Request, RequestInfo, U256, request_id};
use cairn_primitives::Cid;
use sqlx::{Row, SqlitePool, sqlite::SqliteRow};

use super::{Purchase, PurchaseError, PurchaseState};
use crate::{
    clock::unix_now as now,
    market::db::{self, Columns, hex, int, opt_int},
};

/// Purchasing's name in `chain_cursors`.
pub(crate) const ROLE: &str = "purchasing";

const COLUMNS: &str = "id, state, cid, protected_cid, client, slots, slot_size, duration, \
    proof_probability, price_per_byte_per_second, collateral_per_byte, max_slot_loss, \
    verify_root, expiry, nonce, price, slot_roots, created_at, updated_at, tx_hash, tx_block, \
    requested_at, expires_at, ends_at, started_at, failed_at, slots_filled, slots_freed, \
    withdrawal, withdrawn, withdraw_tx, error, content_cid";

/// Writes a new purchase.
pub(crate) async fn insert(pool: &SqlitePool, p: &Purchase) -> Result<(), PurchaseError> {
    let ask = &p.request.ask;
    let roots: Vec<u8> = p.slot_roots.concat();
    sqlx::query(&format!(
        "INSERT INTO purchases ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, \
         ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, \
         ?29, ?30, ?31, ?32, ?33)"
    ))
    .bind(hex(p.id))
    .bind(p.state.as_str())
    .bind(p.cid.to_string())
    .bind(p.protected_cid.to_string())
    .bind(hex(p.request.client))
    .bind(int(ask.slots)?)
    .bind(int(ask.slotSize)?)
    .bind(int(ask.duration)?)
    .bind(int(ask.proofProbability)?)
    .bind(ask.pricePerBytePerSecond.to_string())
    .bind(ask.collateralPerByte.to_string())
    .bind(int(ask.maxSlotLoss)?)
    .bind(hex(p.request.content.verifyRoot))
    .bind(int(p.request.expiry)?)
    .bind(hex(p.request.nonce))
    .bind(p.price.to_string())
    .bind(roots)
    .bind(p.created_at)
    .bind(p.updated_at)
    .bind(p.tx_hash.map(hex))
    .bind(opt_int(p.tx_block)?)
    .bind(opt_int(p.requested_at)?)
    .bind(opt_int(p.expires_at)?)
    .bind(opt_int(p.ends_at)?)
    .bind(opt_int(p.started_at)?)
    .bind(opt_int(p.failed_at)?)
    .bind(int(p.slots_filled)?)
    .bind(int(p.slots_freed)?)
    .bind(p.withdrawal.map(|w| w.to_string()))
    .bind(p.withdrawn)
    .bind(p.withdraw_tx.map(hex))
    .bind(p.error.as_deref())
    .bind(p.content_cid.to_string())
    .execute(pool)
    .await?;
    Ok(())
}

/// The purchase `id`.
pub(crate) async fn load(pool: &SqlitePool, id: &B256) -> Result<Option<Purchase>, PurchaseError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM purchases WHERE id = ?1"))
        .bind(hex(id))
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(decode).transpose()
}

/// Every purchase, oldest first.
pub(crate) async fn list(pool: &SqlitePool) -> Result<Vec<Purchase>, PurchaseError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM purchases ORDER BY created_at, rowid"
    ))
    .fetch_all(pool)
    .await?;
    rows.iter().map(decode).collect()
}

/// Purchases with something left to do (see [`Purchase::is_done`]), oldest first.
pub(crate) async fn unfinished(pool: &SqlitePool) -> Result<Vec<Purchase>, PurchaseError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM purchases
         WHERE state != 'errored'
           AND NOT (state IN ('finished', 'failed', 'cancelled') AND withdrawn = 1)
         ORDER BY created_at, rowid"
    ))
    .fetch_all(pool)
    .await?;
    rows.iter().map(decode).collect()
}

/// Removes a purchase whose request was refused before anything existed on chain.
pub(crate) async fn delete(pool: &SqlitePool, id: &B256) -> Result<(), PurchaseError> {
    sqlx::query("DELETE FROM purchases WHERE id = ?1")
        .bind(hex(id))
        .execute(pool)
        .await?;
    Ok(())
}

/// The request is on chain: `submitting` becomes `submitted` (a later state is kept), and the
/// transaction is recorded when known.
pub(crate) async fn mark_submitted(
    pool: &SqlitePool,
    id: &B256,
    tx: Option<(B256, u64)>,
) -> Result<(), PurchaseError> {
    sqlx::query(
        "UPDATE purchases SET
            state = CASE WHEN state = 'submitting' THEN 'submitted' ELSE state END,
            tx_hash = COALESCE(?2, tx_hash),
            tx_block = COALESCE(?3, tx_block),
            updated_at = ?4
         WHERE id = ?1",
    )
    .bind(hex(id))
    .bind(tx.map(|(hash, _)| hex(hash)))
    .bind(opt_int(tx.map(|(_, block)| block))?)
    .bind(now())
    .execute(pool)
    .await?;
    Ok(())
}

/// Records the chain's view of the request: its state, times and slot counters.
pub(crate) async fn update_from_chain(
    pool: &SqlitePool,
    id: &B256,
    state: PurchaseState,
    info: &RequestInfo,
) -> Result<(), PurchaseError> {
    sqlx::query(
        "UPDATE purchases SET state = ?2, requested_at = ?3, expires_at = ?4, ends_at = ?5,
            started_at = ?6, failed_at = ?7, slots_filled = ?8, slots_freed = ?9,
            withdrawn = MAX(withdrawn, ?10), updated_at = ?11
         WHERE id = ?1",
    )
    .bind(hex(id))
    .bind(state.as_str())
    .bind(int(info.requestedAt)?)
    .bind(int(info.expiresAt)?)
    .bind(int(info.endsAt)?)
    .bind(int(info.startedAt)?)
    .bind(int(info.failedAt)?)
    .bind(int(info.slotsFilled)?)
    .bind(int(info.slotsFreed)?)
    .bind(info.clientWithdrawn)
    .bind(now())
    .execute(pool)
    .await?;
    Ok(())
}

/// The request could not be submitted.
pub(crate) async fn mark_errored(
    pool: &SqlitePool,
    id: &B256,
    reason: &str,
) -> Result<(), PurchaseError> {
    sqlx::query(
        "UPDATE purchases SET state = 'errored', error = ?2, updated_at = ?3
         WHERE id = ?1 AND state = 'submitting'",
    )
    .bind(hex(id))
    .bind(reason)
    .bind(now())
    .execute(pool)
    .await?;
    Ok(())
}

/// Records what the client is about to withdraw (before the transaction is sent).
pub(crate) async fn set_withdrawal(
    pool: &SqlitePool,
    id: &B256,
    amount: U256,
) -> Result<(), PurchaseError> {
    sqlx::query("UPDATE purchases SET withdrawal = ?2, updated_at = ?3 WHERE id = ?1")
        .bind(hex(id))
        .bind(amount.to_string())
        .bind(now())
        .execute(pool)
        .await?;
    Ok(())
}

/// The client's funds are withdrawn (by `tx`, or without a transaction when nothing was left).
pub(crate) async fn mark_withdrawn(
    pool: &SqlitePool,
    id: &B256,
    tx: Option<B256>,
) -> Result<(), PurchaseError> {
    sqlx::query(
        "UPDATE purchases SET withdrawn = 1, withdraw_tx = COALESCE(?2, withdraw_tx), updated_at = ?3
         WHERE id = ?1",
    )
    .bind(hex(id))
    .bind(tx.map(hex))
    .bind(now())
    .execute(pool)
    .await?;
    Ok(())
}

fn decode(row: &SqliteRow) -> Result<Purchase, PurchaseError> {
    let id_text: String = row.try_get("id")?;
    let corrupt = |reason: String| PurchaseError::Corrupt {
        id: id_text.clone(),
        reason,
    };
    let columns = Columns(row);
    let read = || -> Result<Purchase, sqlx::Error> {
        let row = &columns;
        let protected_cid: Cid = row.parsed("protected_cid")?;
        // Rows written before the storage manifest (0006) asked for the protected dataset.
        let content_cid: Cid = row.opt_parsed("content_cid")?.unwrap_or(protected_cid);
        let request = Request {
            client: row.parsed("client")?,
            ask: Ask {
                slots: row.u64("slots")?,
                slotSize: row.u64("slot_size")?,
                duration: row.u64("duration")?,
                proofProbability: row.u64("proof_probability")?,
                pricePerBytePerSecond: row.parsed("price_per_byte_per_second")?,
                collateralPerByte: row.parsed("collateral_per_byte")?,
                maxSlotLoss: row.u64("max_slot_loss")?,
            },
            content: Content {
                cid: Bytes::from(content_cid.to_bytes()),
                verifyRoot: row.parsed("verify_root")?,
            },
            expiry: row.u64("expiry")?,
            nonce: row.parsed("nonce")?,
        };
        Ok(Purchase {
            id: row.parsed("id")?,
            state: row.parsed::<PurchaseState>("state")?,
            content_cid,
            cid: row.parsed("cid")?,
            protected_cid,
            price: row.parsed::<U256>("price")?,
            request,
            slot_roots: slot_roots(&row.blob("slot_roots")?)?,
            created_at: row.i64("created_at")?,
            updated_at: row.i64("updated_at")?,
            tx_hash: row.opt_parsed::<B256>("tx_hash")?,
            tx_block: row.opt_u64("tx_block")?,
            requested_at: row.opt_u64("requested_at")?,
            expires_at: row.opt_u64("expires_at")?,
            ends_at: row.opt_u64("ends_at")?,
            started_at: row.opt_u64("started_at")?,
            failed_at: row.opt_u64("failed_at")?,
            slots_filled: row.u64("slots_filled")?,
            slots_freed: row.u64("slots_freed")?,
            withdrawal: row.opt_parsed::<U256>("withdrawal")?,
            withdrawn: row.bool("withdrawn")?,
            withdraw_tx: row.opt_parsed::<B256>("withdraw_tx")?,
            error: row.opt_text("error")?,
        })
    };
    let purchase = read().map_err(|e| match e {
        sqlx::Error::Decode(reason) => corrupt(reason.to_string()),
        other => PurchaseError::Db(other),
    })?;
    if request_id(&purchase.request) != purchase.id {
        return Err(corrupt(
            "the stored request terms do not hash to the purchase id".into(),
        ));
    }
    Ok(purchase)
}

/// The slot roots as stored: 32 bytes each, concatenated.
fn slot_roots(bytes: &[u8]) -> Result<Vec<[u8; 32]>, sqlx::Error> {
    if !bytes.len().is_multiple_of(32) {
        return Err(db::corrupt(
            "slot_roots",
            format!("{} bytes, not a multiple of 32", bytes.len()),
        ));
    }
    Ok(bytes
        .chunks_exact(32)
        .map(|c| {
            let mut root = [0u8; 32];
            root.copy_from_slice(c);
            root
        })
        .collect())
}
