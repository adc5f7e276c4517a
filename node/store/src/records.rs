//! Statements shared by the write paths (commit, partial flush and finish, delete, abandon), run
//! inside their callers' transactions.

use cairn_primitives::{BlockHash, Cid, Manifest};
use sqlx::SqliteConnection;

use crate::{StoreError, staging::Sealed};

/// A pack file no live block lives in any more, deleted from the database by [`sweep`]; its file
/// is removed after the commit ([`crate::Store::remove_dead_packs`]).
#[derive(Debug)]
pub(crate) struct DeadPack {
    pub(crate) name: String,
    pub(crate) size: i64,
}

/// A block hash read from a BLOB column.
pub(crate) fn hash_from_row(bytes: Vec<u8>) -> Result<BlockHash, StoreError> {
    <[u8; 32]>::try_from(bytes)
        .map(BlockHash)
        .map_err(|_| StoreError::InvalidWrite("stored hash is not 32 bytes".into()))
}

/// Records a sealed pack and its blocks (with no references yet). A block another pack got first
/// keeps its place (its copy here is dead weight until the pack is collected).
pub(crate) async fn insert_pack(
    conn: &mut SqliteConnection,
    sealed: &Sealed,
) -> Result<(), StoreError> {
    let size = sealed.size as i64;
    sqlx::query!(
        "INSERT INTO packs (name, size) VALUES (?1, ?2)",
        sealed.name,
        size
    )
    .execute(&mut *conn)
    .await?;
    let mut rows = String::from("[");
    for (i, (hash, offset)) in sealed.blocks.iter().enumerate() {
        if i > 0 {
            rows.push(',');
        }
        rows.push_str(&format!("[\"{}\",{offset}]", hash.to_hex()));
    }
    rows.push(']');
    sqlx::query!(
        r#"INSERT INTO blocks (hash, pack, offset, refs)
           SELECT unhex(json_extract(value, '$[0]')), ?1, json_extract(value, '$[1]'), 0
           FROM json_each(?2) WHERE true
           ON CONFLICT (hash) DO NOTHING"#,
        sealed.name,
        rows
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// True if dataset `cid` is stored.
pub(crate) async fn dataset_exists(
    conn: &mut SqliteConnection,
    cid: &str,
) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar!(
        r#"SELECT 1 AS "one!: i64" FROM datasets WHERE cid = ?1"#,
        cid
    )
    .fetch_optional(&mut *conn)
    .await?
    .is_some())
}

/// Inserts the dataset row for `manifest` (its positions are the caller's).
pub(crate) async fn insert_dataset(
    conn: &mut SqliteConnection,
    cid: &Cid,
    manifest: &Manifest,
    created_at: i64,
    expires_at: Option<i64>,
) -> Result<(), StoreError> {
    let cid_text = cid.to_string();
    let encoded = manifest.encode();
    let byte_len = manifest.byte_len as i64;
    let block_count = manifest.block_count as i64;
    let protected = manifest.protection.is_some();
    let tree_root = manifest.tree_root.0.to_vec();
    sqlx::query!(
        "INSERT INTO datasets (cid, manifest, byte_len, block_count, protected, created_at, expires_at, tree_root)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        cid_text,
        encoded,
        byte_len,
        block_count,
        protected,
        created_at,
        expires_at,
        tree_root
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Deletes the blocks whose last reference the caller dropped, then the packs left without a
/// block; returns those packs.
pub(crate) async fn sweep(conn: &mut SqliteConnection) -> Result<Vec<DeadPack>, StoreError> {
    // Only the caller's change can have brought blocks to zero (partial index blocks_unreferenced).
    sqlx::query!("DELETE FROM blocks WHERE refs <= 0")
        .execute(&mut *conn)
        .await?;
    let dead = sqlx::query!(
        "DELETE FROM packs WHERE NOT EXISTS (SELECT 1 FROM blocks WHERE blocks.pack = packs.name) RETURNING name, size"
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(dead
        .into_iter()
        .map(|row| DeadPack {
            name: row.name,
            size: row.size,
        })
        .collect())
}
