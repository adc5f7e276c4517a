//! Which market state still needs a stored dataset, so that nothing deletes data something else
//! uses: `DELETE /data/{cid}` answers 409 naming the holders, and a host giving a slot up deletes
//! only the datasets no other sale or purchase holds.
//!
//! - A **purchase** holds, until its request has started (hosts fetch from the client until
//!   then), the dataset it was made for, the protected dataset, the storage manifest and the slot
//!   datasets the storage manifest lists. Once the request started the client may delete them: the
//!   hosts keep the data and repair it among themselves.
//! - A **sale** (a slot this node is taking, holds or is paid for, until it ends) holds the
//!   request's storage manifest, the slot's dataset and what a repair of it fetched or rebuilt
//!   for others.
//!
//! (Blocks shared by several datasets are reference-counted by the store: deleting a dataset
//! never takes blocks another one uses.)

use std::fmt;

use cairn_chain::B256;
use cairn_primitives::Cid;
use cairn_store::Store;
use sqlx::SqlitePool;

use super::{
    purchasing::{self, PurchaseState},
    sales,
};

/// Something that needs a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holder {
    /// A purchase whose request hosts may still fetch from this node.
    Purchase {
        /// The request id.
        id: B256,
        /// Its state.
        state: PurchaseState,
    },
    /// A slot this node takes or holds.
    Sale {
        /// The slot id.
        slot_id: B256,
        /// Its state.
        state: sales::SaleState,
    },
}

impl fmt::Display for Holder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Purchase { id, state } => write!(f, "purchase {id} ({state})"),
            Self::Sale { slot_id, state } => {
                write!(f, "sale of slot {slot_id} ({})", state.as_str())
            }
        }
    }
}

/// Every holder of `cid`, except the sale of slot `except` (the one releasing its data).
pub async fn holders(
    db: &SqlitePool,
    store: &Store,
    cid: &Cid,
    except: Option<B256>,
) -> Result<Vec<Holder>, sqlx::Error> {
    let text = cid.to_string();
    let mut found = Vec::new();
    for sale in sales::db::active(db).await? {
        if Some(sale.slot_id) == except {
            continue;
        }
        let repair = sale
            .repair
            .as_ref()
            .map(sales::repair::held)
            .unwrap_or_default();
        let holds = [&sale.content_cid, &sale.slot_cid]
            .into_iter()
            .flatten()
            .chain(repair.iter())
            .any(|held| *held == text);
        if holds {
            found.push(Holder::Sale {
                slot_id: sale.slot_id,
                state: sale.state,
            });
        }
    }
    let purchases = purchasing::db::unfinished(db)
        .await
        .map_err(|err| match err {
            purchasing::PurchaseError::Db(err) => err,
            other => sqlx::Error::Decode(other.to_string().into()),
        })?;
    for purchase in purchases {
        if !matches!(
            purchase.state,
            PurchaseState::Submitting | PurchaseState::Submitted
        ) {
            continue;
        }
        let mut holds = [purchase.cid, purchase.protected_cid, purchase.content_cid].contains(cid);
        if !holds && let Ok(manifest) = crate::dataset::load(store, &purchase.content_cid).await {
            holds = manifest.slots.iter().any(|slot| slot.dataset == *cid);
        }
        if holds {
            found.push(Holder::Purchase {
                id: purchase.id,
                state: purchase.state,
            });
        }
    }
    Ok(found)
}

/// The holders as one phrase ("sale of slot 0x… (proving), purchase 0x… (submitted)").
pub fn describe(holders: &[Holder]) -> String {
    holders
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use cairn_chain::U256;
    use cairn_store::StoreConfig;

    use super::*;
    use crate::market::sales::db as sales_db;

    #[tokio::test]
    async fn a_sale_releasing_its_data_keeps_what_another_sale_holds() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = crate::market::db::open(dir.path()).await.expect("db");
        let store = Store::open(StoreConfig {
            data_dir: dir.path().to_path_buf(),
            quota_bytes: 1 << 20,
        })
        .await
        .expect("store");
        let cid = |n: u8| Cid::for_block(&[n]);
        let (manifest, mine, theirs) = (cid(1), cid(2), cid(3));
        let (a, b) = (B256::repeat_byte(0xa), B256::repeat_byte(0xb));
        for (slot, slot_cid) in [(a, mine), (b, theirs)] {
            let inserted = sales_db::insert(&db, slot, B256::ZERO, 0, 1, 65536, U256::ZERO)
                .await
                .expect("insert");
            assert!(inserted);
            sales_db::set_downloaded(&db, &slot, &manifest.to_string(), &slot_cid.to_string())
                .await
                .expect("downloaded");
        }
        // Sale a gives its slot up: the storage manifest is b's too, its slot dataset only its own.
        let held = holders(&db, &store, &manifest, Some(a))
            .await
            .expect("holders");
        assert_eq!(
            held,
            vec![Holder::Sale {
                slot_id: b,
                state: sales::SaleState::Filling
            }]
        );
        assert!(describe(&held).contains("filling"), "{}", describe(&held));
        assert!(
            holders(&db, &store, &mine, Some(a))
                .await
                .expect("holders")
                .is_empty()
        );
        assert_eq!(
            holders(&db, &store, &mine, None)
                .await
                .expect("holders")
                .len(),
            1
        );
        // An ended sale holds nothing.
        sales_db::set_state(&db, &b, sales::SaleState::Finished, None)
            .await
            .expect("finished");
        assert!(
            holders(&db, &store, &manifest, Some(a))
                .await
                .expect("holders")
                .is_empty()
        );
    }
}
