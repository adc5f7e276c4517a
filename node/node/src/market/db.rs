//! `market.sqlite`: the state of the node's market roles (purchases, sales, availabilities, the
//! validator's slots and marks, each role's place in the event log), in the data directory (WAL,
//! synchronous=FULL), separate from the block store's metadata. Schema in `node/node/migrations/`
//! (embedded, applied on open). Queries are checked at run time (`sqlx::query`); each role owns
//! its tables, and every role stores chain values the one way this module defines:
//!
//! - chain integers (`u64`: blocks, periods, times, sizes, counters) are SQLite `INTEGER`s,
//!   converted checked ([`int`] on the way in, [`Columns::u64`] on the way out): a value above
//!   `i64::MAX` is refused with an encode error, never wrapped or clamped, and a negative number
//!   read back is a corrupt row;
//! - ids, hashes and addresses are `0x`-hex `TEXT` ([`hex`]), token amounts decimal `TEXT`;
//! - local times are unix seconds from [`crate::clock::unix_now`].

use std::{fmt::Display, path::Path, str::FromStr, time::Duration};

use sqlx::{
    Row, SqlitePool,
    sqlite::{
        SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
    },
};

/// Opens (creating if needed) `market.sqlite` under `data_dir` and applies the migrations.
pub async fn open(data_dir: &Path) -> Result<SqlitePool, sqlx::Error> {
    let url = format!("sqlite://{}", data_dir.join("market.sqlite").display());
    let options = SqliteConnectOptions::from_str(&url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// A chain integer as SQLite's `INTEGER`; an encode error above `i64::MAX`.
pub(crate) fn int(value: u64) -> Result<i64, sqlx::Error> {
    i64::try_from(value).map_err(|_| {
        sqlx::Error::Encode(format!("{value} does not fit in an SQLite INTEGER").into())
    })
}

/// [`int`] of an optional value.
pub(crate) fn opt_int(value: Option<u64>) -> Result<Option<i64>, sqlx::Error> {
    value.map(int).transpose()
}

/// An id, hash or address as stored: `0x`-hex text (its `Display`).
pub(crate) fn hex(value: impl Display) -> String {
    value.to_string()
}

/// A decode error naming the column and what was found there.
pub(crate) fn corrupt(column: &str, what: impl Display) -> sqlx::Error {
    sqlx::Error::Decode(format!("corrupt market.sqlite value in {column}: {what}").into())
}

/// Reads one row's columns in the stored forms above.
pub(crate) struct Columns<'r>(pub(crate) &'r SqliteRow);

impl Columns<'_> {
    /// A chain integer.
    pub(crate) fn u64(&self, column: &str) -> Result<u64, sqlx::Error> {
        let value: i64 = self.0.try_get(column)?;
        u64::try_from(value).map_err(|_| corrupt(column, value))
    }

    /// An optional chain integer.
    pub(crate) fn opt_u64(&self, column: &str) -> Result<Option<u64>, sqlx::Error> {
        let value: Option<i64> = self.0.try_get(column)?;
        value
            .map(|v| u64::try_from(v).map_err(|_| corrupt(column, v)))
            .transpose()
    }

    /// A signed integer (local unix seconds, row ids).
    pub(crate) fn i64(&self, column: &str) -> Result<i64, sqlx::Error> {
        self.0.try_get(column)
    }

    /// An optional signed integer.
    pub(crate) fn opt_i64(&self, column: &str) -> Result<Option<i64>, sqlx::Error> {
        self.0.try_get(column)
    }

    /// A flag (`0` / `1`).
    pub(crate) fn bool(&self, column: &str) -> Result<bool, sqlx::Error> {
        self.0.try_get(column)
    }

    /// Text as stored.
    pub(crate) fn text(&self, column: &str) -> Result<String, sqlx::Error> {
        self.0.try_get(column)
    }

    /// Optional text.
    pub(crate) fn opt_text(&self, column: &str) -> Result<Option<String>, sqlx::Error> {
        self.0.try_get(column)
    }

    /// Text parsed as `T` (hashes, addresses, amounts, CIDs).
    pub(crate) fn parsed<T>(&self, column: &str) -> Result<T, sqlx::Error>
    where
        T: FromStr,
        T::Err: Display,
    {
        parse(column, &self.text(column)?)
    }

    /// Optional text parsed as `T`.
    pub(crate) fn opt_parsed<T>(&self, column: &str) -> Result<Option<T>, sqlx::Error>
    where
        T: FromStr,
        T::Err: Display,
    {
        self.opt_text(column)?
            .map(|text| parse(column, &text))
            .transpose()
    }

    /// Raw bytes.
    pub(crate) fn blob(&self, column: &str) -> Result<Vec<u8>, sqlx::Error> {
        self.0.try_get(column)
    }
}

fn parse<T>(column: &str, text: &str) -> Result<T, sqlx::Error>
where
    T: FromStr,
    T::Err: Display,
{
    text.parse()
        .map_err(|e: T::Err| corrupt(column, format!("{text:?} ({e})")))
}

#[cfg(test)]
mod tests {
    use cairn_chain::{Address, B256, U256};

    use super::*;

    #[tokio::test]
    async fn values_round_trip_and_out_of_range_ones_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pool = open(dir.path()).await.expect("open");
        assert!(int(u64::MAX).is_err(), "never wrapped or clamped");
        assert_eq!(int(i64::MAX as u64).expect("fits"), i64::MAX);
        let id = B256::repeat_byte(0xab);
        let host = Address::repeat_byte(0x12);
        let row = sqlx::query(
            "SELECT ? AS n, ? AS id, ? AS host, ? AS amount, -1 AS negative, NULL AS missing, 'zz' AS bad",
        )
        .bind(int(7).expect("int"))
        .bind(hex(id))
        .bind(hex(host))
        .bind(U256::from(10).pow(U256::from(30)).to_string())
        .fetch_one(&pool)
        .await
        .expect("select");
        let row = Columns(&row);
        assert_eq!(row.u64("n").expect("n"), 7);
        assert_eq!(row.parsed::<B256>("id").expect("id"), id);
        assert_eq!(row.parsed::<Address>("host").expect("host"), host);
        assert_eq!(
            row.parsed::<U256>("amount").expect("amount"),
            U256::from(10).pow(U256::from(30))
        );
        assert!(
            row.u64("negative").is_err(),
            "a negative chain integer is corrupt"
        );
        assert_eq!(row.opt_u64("missing").expect("null"), None);
        assert_eq!(row.opt_parsed::<B256>("missing").expect("null"), None);
        let err = row.parsed::<B256>("bad").expect_err("not a hash");
        assert!(err.to_string().contains("in bad"), "{err}");
    }

    #[tokio::test]
    async fn migration_0008_turns_the_validators_bytes_into_hex_text() {
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(
                SqliteConnectOptions::from_str("sqlite::memory:")
                    .expect("url")
                    .foreign_keys(true),
            )
            .await
            .expect("memory db");
        for sql in [
            include_str!("../../migrations/0001_chain_cursor.sql"),
            include_str!("../../migrations/0003_validator.sql"),
        ] {
            sqlx::raw_sql(sql)
                .execute(&pool)
                .await
                .expect("older schema");
        }
        let (request, slot, host, tx) = (
            B256::repeat_byte(0x0a),
            B256::repeat_byte(0xb1),
            Address::repeat_byte(0xc2),
            B256::repeat_byte(0xd3),
        );
        sqlx::raw_sql(&format!(
            "INSERT INTO validator_state VALUES (1, 31337, x'{m}', 7);
             INSERT INTO validator_requests (request_id, ends_at) VALUES (x'{r}', 100);
             INSERT INTO validator_slots VALUES (x'{s}', x'{r}', 2, x'{h}', 9, 4);
             INSERT INTO validator_marks VALUES (x'{s}', 5, 'marked', 1, x'{t}', 11, '3', NULL, 0);",
            m = "42".repeat(20),
            r = "0a".repeat(32),
            s = "b1".repeat(32),
            h = "c2".repeat(20),
            t = "d3".repeat(32),
        ))
        .execute(&pool)
        .await
        .expect("rows");
        sqlx::raw_sql(include_str!("../../migrations/0008_market_ids_as_text.sql"))
            .execute(&pool)
            .await
            .expect("0008");
        let row = sqlx::query(
            "SELECT s.slot_id, s.request_id, s.host, s.checked_through, r.ends_at, r.failed_at, \
             m.tx_hash, v.marketplace FROM validator_slots s \
             JOIN validator_requests r USING (request_id) \
             JOIN validator_marks m USING (slot_id) JOIN validator_state v",
        )
        .fetch_one(&pool)
        .await
        .expect("converted rows");
        let row = Columns(&row);
        assert_eq!(row.parsed::<B256>("slot_id").expect("slot"), slot);
        assert_eq!(row.parsed::<B256>("request_id").expect("request"), request);
        assert_eq!(row.parsed::<Address>("host").expect("host"), host);
        assert_eq!(row.parsed::<B256>("tx_hash").expect("tx"), tx);
        assert_eq!(
            row.parsed::<Address>("marketplace").expect("marketplace"),
            Address::repeat_byte(0x42)
        );
        assert_eq!(row.opt_u64("checked_through").expect("through"), Some(4));
        assert_eq!(row.opt_u64("ends_at").expect("ends"), Some(100));
        assert_eq!(row.opt_u64("failed_at").expect("failed"), None);
        // The slot still belongs to its request: deleting the request cascades.
        sqlx::query("DELETE FROM validator_requests")
            .execute(&pool)
            .await
            .expect("delete");
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM validator_slots")
            .fetch_one(&pool)
            .await
            .expect("count");
        assert_eq!(left, 0);
    }
}
