//! The node's marketplace state: purchases (client side), sales (host side) and the validator's
//! progress, in `market.sqlite` in the data directory (WAL, synchronous=FULL), separate from the
//! block store's metadata. Schema in `node/node/migrations/` (embedded, applied on open). Queries
//! are checked at run time (`sqlx::query`), each module owning its tables.

use std::{path::Path, str::FromStr, time::Duration};

use sqlx::{
    SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
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
