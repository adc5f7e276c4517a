//! Persistence of purchases (table `purchases`, migration 0002) and of the follower's position
//! in the event log (table `chain_cursors`, follower `purchasing`). Queries are checked at run
//! time. `u64` values are stored bit for bit in SQLite's `INTEGER` (i64).

use cairn_chain::{Ask, B256, Bytes, Content, EventCursor, Request, RequestInfo, U256, request_id};
use cairn_primitives::Cid;
use sqlx::{Row, SqlitePool, sqlite::SqliteRow};

use super::{Purchase, PurchaseError, PurchaseState};

/// The follower's name in `chain_cursors`.
pub(crate) const FOLLOWER: &str = "purchasing";

const COLUMNS: &str = "id, state, cid, protected_cid, client, slots, slot_size, duration, \
    proof_probability, price_per_byte_per_second, collateral_per_byte, max_slot_loss, \
    verify_root, expiry, nonce, price, slot_roots, created_at, updated_at, tx_hash, tx_block, \
    requested_at, expires_at, ends_at, started_at, failed_at, slots_filled, slots_freed, \
    withdrawal, withdrawn, withdraw_tx, error, content_cid";

/// Local unix seconds.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

const fn to_db(value: u64) -> i64 {
    value as i64
}

const fn from_db(value: i64) -> u64 {
    value as u64
}

/// Writes a new purchase.
pub(crate) async fn insert(pool: &SqlitePool, p: &Purchase) -> Result<(), PurchaseError> {
    let ask = &p.request.ask;
    let roots: Vec<u8> = p.slot_roots.concat();
    sqlx::query(&format!(
        "INSERT INTO purchases ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, \
         ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, \
         ?29, ?30, ?31, ?32, ?33)"
    ))
    .bind(p.id.to_string())
    .bind(p.state.as_str())
    .bind(p.cid.to_string())
    .bind(p.protected_cid.to_string())
    .bind(p.request.client.to_string())
    .bind(to_db(ask.slots))
    .bind(to_db(ask.slotSize))
    .bind(to_db(ask.duration))
    .bind(to_db(ask.proofProbability))
    .bind(ask.pricePerBytePerSecond.to_string())
    .bind(ask.collateralPerByte.to_string())
    .bind(to_db(ask.maxSlotLoss))
    .bind(p.request.content.verifyRoot.to_string())
    .bind(to_db(p.request.expiry))
    .bind(p.request.nonce.to_string())
    .bind(p.price.to_string())
    .bind(roots)
    .bind(p.created_at)
    .bind(p.updated_at)
    .bind(p.tx_hash.map(|h| h.to_string()))
    .bind(p.tx_block.map(to_db))
    .bind(p.requested_at.map(to_db))
    .bind(p.expires_at.map(to_db))
    .bind(p.ends_at.map(to_db))
    .bind(p.started_at.map(to_db))
    .bind(p.failed_at.map(to_db))
    .bind(to_db(p.slots_filled))
    .bind(to_db(p.slots_freed))
    .bind(p.withdrawal.map(|w| w.to_string()))
    .bind(p.withdrawn)
    .bind(p.withdraw_tx.map(|h| h.to_string()))
    .bind(p.error.as_deref())
    .bind(p.content_cid.to_string())
    .execute(pool)
    .await?;
    Ok(())
}

/// The purchase `id`.
pub(crate) async fn load(pool: &SqlitePool, id: &B256) -> Result<Option<Purchase>, PurchaseError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM purchases WHERE id = ?1"))
        .bind(id.to_string())
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
        .bind(id.to_string())
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
    .bind(id.to_string())
    .bind(tx.map(|(hash, _)| hash.to_string()))
    .bind(tx.map(|(_, block)| to_db(block)))
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
    .bind(id.to_string())
    .bind(state.as_str())
    .bind(to_db(info.requestedAt))
    .bind(to_db(info.expiresAt))
    .bind(to_db(info.endsAt))
    .bind(to_db(info.startedAt))
    .bind(to_db(info.failedAt))
    .bind(to_db(info.slotsFilled))
    .bind(to_db(info.slotsFreed))
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
    .bind(id.to_string())
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
        .bind(id.to_string())
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
    .bind(id.to_string())
    .bind(tx.map(|h| h.to_string()))
    .bind(now())
    .execute(pool)
    .await?;
    Ok(())
}

/// Where the follower got to in the event log.
pub(crate) async fn cursor(pool: &SqlitePool) -> Result<Option<EventCursor>, PurchaseError> {
    let row = sqlx::query("SELECT block, log_index FROM chain_cursors WHERE follower = ?1")
        .bind(FOLLOWER)
        .fetch_optional(pool)
        .await?;
    row.map(|row| {
        Ok(EventCursor {
            block_number: from_db(row.try_get("block")?),
            log_index: from_db(row.try_get("log_index")?),
        })
    })
    .transpose()
}

/// Saves the follower's position (the last event handled).
pub(crate) async fn save_cursor(
    pool: &SqlitePool,
    cursor: EventCursor,
) -> Result<(), PurchaseError> {
    sqlx::query(
        "INSERT INTO chain_cursors (follower, block, log_index) VALUES (?1, ?2, ?3)
         ON CONFLICT (follower) DO UPDATE SET block = excluded.block, log_index = excluded.log_index",
    )
    .bind(FOLLOWER)
    .bind(to_db(cursor.block_number))
    .bind(to_db(cursor.log_index))
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
    fn parsed<T: std::str::FromStr>(text: &str, what: &str) -> Result<T, String>
    where
        T::Err: std::fmt::Display,
    {
        text.parse::<T>()
            .map_err(|e| format!("{what} {text:?}: {e}"))
    }
    let text = |name: &str| -> Result<String, PurchaseError> { Ok(row.try_get(name)?) };
    let opt_text = |name: &str| -> Result<Option<String>, PurchaseError> { Ok(row.try_get(name)?) };
    let int = |name: &str| -> Result<u64, PurchaseError> { Ok(from_db(row.try_get(name)?)) };
    let opt_int = |name: &str| -> Result<Option<u64>, PurchaseError> {
        Ok(row.try_get::<Option<i64>, _>(name)?.map(from_db))
    };
    let opt_hash = |name: &str| -> Result<Option<B256>, PurchaseError> {
        opt_text(name)?
            .map(|t| parsed::<B256>(&t, name).map_err(corrupt))
            .transpose()
    };

    let id: B256 = parsed(&id_text, "id").map_err(corrupt)?;
    let state: PurchaseState = text("state")?.parse().map_err(corrupt)?;
    let cid: Cid = parsed(&text("cid")?, "cid").map_err(corrupt)?;
    let protected_cid: Cid = parsed(&text("protected_cid")?, "protected_cid").map_err(corrupt)?;
    let content_cid: Cid = match opt_text("content_cid")? {
        Some(text) => parsed(&text, "content_cid").map_err(corrupt)?,
        None => protected_cid,
    };
    let to_u256 = |name: &str| -> Result<U256, PurchaseError> {
        parsed::<U256>(&text(name)?, name).map_err(corrupt)
    };
    let request = Request {
        client: parsed(&text("client")?, "client").map_err(corrupt)?,
        ask: Ask {
            slots: int("slots")?,
            slotSize: int("slot_size")?,
            duration: int("duration")?,
            proofProbability: int("proof_probability")?,
            pricePerBytePerSecond: to_u256("price_per_byte_per_second")?,
            collateralPerByte: to_u256("collateral_per_byte")?,
            maxSlotLoss: int("max_slot_loss")?,
        },
        content: Content {
            cid: Bytes::from(content_cid.to_bytes()),
            verifyRoot: parsed(&text("verify_root")?, "verify_root").map_err(corrupt)?,
        },
        expiry: int("expiry")?,
        nonce: parsed(&text("nonce")?, "nonce").map_err(corrupt)?,
    };
    if request_id(&request) != id {
        return Err(corrupt(
            "the stored request terms do not hash to the purchase id".into(),
        ));
    }
    let roots: Vec<u8> = row.try_get("slot_roots")?;
    if !roots.len().is_multiple_of(32) {
        return Err(corrupt(format!("slot_roots has {} bytes", roots.len())));
    }
    let slot_roots = roots
        .chunks_exact(32)
        .map(|c| {
            let mut root = [0u8; 32];
            root.copy_from_slice(c);
            root
        })
        .collect();
    let withdrawal = opt_text("withdrawal")?
        .map(|t| parsed::<U256>(&t, "withdrawal").map_err(corrupt))
        .transpose()?;
    Ok(Purchase {
        id,
        state,
        content_cid,
        cid,
        protected_cid,
        price: to_u256("price")?,
        request,
        slot_roots,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        tx_hash: opt_hash("tx_hash")?,
        tx_block: opt_int("tx_block")?,
        requested_at: opt_int("requested_at")?,
        expires_at: opt_int("expires_at")?,
        ends_at: opt_int("ends_at")?,
        started_at: opt_int("started_at")?,
        failed_at: opt_int("failed_at")?,
        slots_filled: int("slots_filled")?,
        slots_freed: int("slots_freed")?,
        withdrawal,
        withdrawn: row.try_get("withdrawn")?,
        withdraw_tx: opt_hash("withdraw_tx")?,
        error: opt_text("error")?,
    })
}
