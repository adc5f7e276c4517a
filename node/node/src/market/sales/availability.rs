//! Availabilities: what a host offers. A storage request's slot is taken only if an availability
//! has room for it, accepts its duration and price, and can lock its collateral.

use cairn_chain::U256;
use sqlx::SqlitePool;

use crate::market::db::{Columns, int};

/// What a host offers, as given to [`Availabilities::add`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvailabilityParams {
    /// Bytes of slots it may hold.
    pub total_size: u64,
    /// Longest request duration accepted, seconds.
    pub max_duration: u64,
    /// Lowest price accepted, token units per byte per second.
    pub min_price_per_byte_per_second: U256,
    /// Most collateral locked for its slots together, token units.
    pub max_collateral: U256,
}

/// A stored availability.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Availability {
    /// Its id.
    pub id: i64,
    /// The offer.
    pub params: AvailabilityParams,
    /// Unix seconds.
    pub created_at: i64,
}

/// Why an availability was refused or could not be read.
#[derive(Debug, thiserror::Error)]
pub enum AvailabilityError {
    /// The offer cannot work.
    #[error("invalid availability: {0}")]
    Invalid(String),
    /// More than the store has free.
    #[error("{requested} bytes offered but the store has {free} bytes free")]
    NoSpace {
        /// Bytes offered.
        requested: u64,
        /// Bytes free in the store's quota, minus what other availabilities offer.
        free: u64,
    },
    /// The database failed.
    #[error("market.sqlite: {0}")]
    Db(#[from] sqlx::Error),
}

/// Largest value SQLite's INTEGER holds (sizes and durations are stored as i64).
const MAX_INTEGER: u64 = i64::MAX as u64;

impl AvailabilityParams {
    /// Checks the offer on its own.
    pub fn validate(&self) -> Result<(), AvailabilityError> {
        let invalid = |m: &str| Err(AvailabilityError::Invalid(m.to_owned()));
        if self.total_size == 0 {
            return invalid("totalSize must be more than 0");
        }
        if self.total_size > MAX_INTEGER {
            return invalid("totalSize is too large");
        }
        if self.max_duration == 0 {
            return invalid("maxDuration must be more than 0");
        }
        if self.max_duration > MAX_INTEGER {
            return invalid("maxDuration is too large");
        }
        Ok(())
    }

    /// True when a slot of `slot_size` bytes for `duration` seconds at `price_per_byte_per_second`
    /// with `collateral` to lock fits, given `used_size` bytes and `locked_collateral` already
    /// taken by this availability's slots.
    pub fn accepts(
        &self,
        slot_size: u64,
        duration: u64,
        price_per_byte_per_second: U256,
        collateral: U256,
        used_size: u64,
        locked_collateral: U256,
    ) -> bool {
        used_size
            .checked_add(slot_size)
            .is_some_and(|total| total <= self.total_size)
            && duration <= self.max_duration
            && price_per_byte_per_second >= self.min_price_per_byte_per_second
            && locked_collateral
                .checked_add(collateral)
                .is_some_and(|total| total <= self.max_collateral)
    }
}

/// The host's availabilities in `market.sqlite`.
#[derive(Debug, Clone)]
pub struct Availabilities {
    db: SqlitePool,
}

fn decode(row: &sqlx::sqlite::SqliteRow) -> Result<Availability, AvailabilityError> {
    let row = Columns(row);
    Ok(Availability {
        id: row.i64("id")?,
        params: AvailabilityParams {
            total_size: row.u64("total_size")?,
            max_duration: row.u64("max_duration")?,
            min_price_per_byte_per_second: row.parsed("min_price_per_byte_per_second")?,
            max_collateral: row.parsed("max_collateral")?,
        },
        created_at: row.i64("created_at")?,
    })
}

impl Availabilities {
    /// The availabilities in `db` (a `market.sqlite` pool).
    pub fn new(db: SqlitePool) -> Self {
        Self { db }
    }

    /// Every availability, oldest first.
    pub async fn list(&self) -> Result<Vec<Availability>, AvailabilityError> {
        let rows = sqlx::query("SELECT * FROM availabilities ORDER BY id")
            .fetch_all(&self.db)
            .await?;
        rows.iter().map(decode).collect()
    }

    /// Adds an offer after checking it and that the offers together fit in `store_free` bytes.
    pub async fn add(
        &self,
        params: AvailabilityParams,
        store_free: u64,
    ) -> Result<Availability, AvailabilityError> {
        params.validate()?;
        let mut tx = self.db.begin_with("BEGIN IMMEDIATE").await?;
        // IMMEDIATE: read-then-write without SQLITE_BUSY when another connection writes.
        let offered: i64 =
            sqlx::query_scalar("SELECT COALESCE(SUM(total_size), 0) FROM availabilities")
                .fetch_one(&mut *tx)
                .await?;
        let free = store_free.saturating_sub(u64::try_from(offered).unwrap_or(u64::MAX));
        if params.total_size > free {
            return Err(AvailabilityError::NoSpace {
                requested: params.total_size,
                free,
            });
        }
        let now = crate::clock::unix_now();
        let row = sqlx::query(
            "INSERT INTO availabilities (total_size, max_duration, min_price_per_byte_per_second, \
             max_collateral, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING *",
        )
        .bind(int(params.total_size)?)
        .bind(int(params.max_duration)?)
        .bind(params.min_price_per_byte_per_second.to_string())
        .bind(params.max_collateral.to_string())
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let availability = decode(&row)?;
        tx.commit().await?;
        Ok(availability)
    }

    /// Removes an offer; `false` if there was none with that id.
    pub async fn remove(&self, id: i64) -> Result<bool, AvailabilityError> {
        let done = sqlx::query("DELETE FROM availabilities WHERE id = ?1")
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(done.rows_affected() > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer() -> AvailabilityParams {
        AvailabilityParams {
            total_size: 1 << 20,
            max_duration: 3600,
            min_price_per_byte_per_second: U256::from(2),
            max_collateral: U256::from(1000),
        }
    }

    #[test]
    fn offers_accept_what_fits() {
        let o = offer();
        let ok = |size, duration, price: u64, collateral: u64, used, locked: u64| {
            o.accepts(
                size,
                duration,
                U256::from(price),
                U256::from(collateral),
                used,
                U256::from(locked),
            )
        };
        assert!(ok(1 << 20, 3600, 2, 1000, 0, 0));
        assert!(!ok((1 << 20) + 1, 3600, 2, 10, 0, 0), "too large");
        assert!(!ok(1 << 19, 3600, 2, 10, (1 << 19) + 1, 0), "no room left");
        assert!(!ok(1, 3601, 2, 10, 0, 0), "too long");
        assert!(!ok(1, 3600, 1, 10, 0, 0), "too cheap");
        assert!(!ok(1, 3600, 2, 600, 0, 401), "too much collateral");
        assert!(!ok(u64::MAX, 1, 2, 1, u64::MAX, 0), "no overflow");
        assert!(offer().validate().is_ok());
        for bad in [
            AvailabilityParams {
                total_size: 0,
                ..offer()
            },
            AvailabilityParams {
                max_duration: 0,
                ..offer()
            },
            AvailabilityParams {
                total_size: u64::MAX,
                ..offer()
            },
        ] {
            assert!(bad.validate().is_err(), "{bad:?}");
        }
    }

    #[tokio::test]
    async fn offers_are_persisted_and_bounded_by_free_space() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = crate::market::db::open(dir.path()).await.expect("db");
        let availabilities = Availabilities::new(db.clone());
        let first = availabilities.add(offer(), 3 << 20).await.expect("fits");
        let second = availabilities.add(offer(), 3 << 20).await.expect("fits");
        let err = availabilities
            .add(
                AvailabilityParams {
                    total_size: (1 << 20) + 1,
                    ..offer()
                },
                3 << 20,
            )
            .await
            .expect_err("only 1 MiB left");
        assert!(matches!(err, AvailabilityError::NoSpace { free, .. } if free == 1 << 20));
        assert!(
            availabilities
                .add(
                    AvailabilityParams {
                        total_size: 0,
                        ..offer()
                    },
                    3 << 20
                )
                .await
                .is_err()
        );
        drop(availabilities);
        let reopened = Availabilities::new(db);
        assert_eq!(
            reopened.list().await.expect("list"),
            vec![first.clone(), second]
        );
        assert!(reopened.remove(first.id).await.expect("remove"));
        assert!(!reopened.remove(first.id).await.expect("gone"));
        assert_eq!(reopened.list().await.expect("list").len(), 1);
    }
}
