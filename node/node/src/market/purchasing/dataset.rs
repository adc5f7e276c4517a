//! The protected dataset a request is for: an existing one for the same data, K and M, or a new
//! one made with [`crate::protect`].

use cairn_primitives::{Cid, Manifest};
use cairn_store::{Store, StoreError};

use super::PurchaseError;

/// The original dataset `cid`'s manifest (`DatasetNotFound` when it is not stored).
pub(crate) async fn manifest(store: &Store, cid: &Cid) -> Result<Manifest, PurchaseError> {
    match store.manifest(cid).await {
        Ok(manifest) => Ok(manifest),
        Err(StoreError::NotFound(_)) => Err(PurchaseError::DatasetNotFound(*cid)),
        Err(err) => Err(err.into()),
    }
}

/// The protected form of dataset `cid` (whose manifest is `manifest`) with `k` data and `m`
/// parity slots: `cid` itself if it is protected that way, a stored protected dataset of the same
/// original data and shape, or a newly protected one. Callers serialise calls (two concurrent
/// protections of the same data would do the work twice).
pub(crate) async fn protected(
    store: &Store,
    cid: &Cid,
    manifest: &Manifest,
    k: u32,
    m: u32,
) -> Result<(Cid, Manifest), PurchaseError> {
    if let Some(protection) = &manifest.protection {
        let layout = protection.layout;
        if (layout.k, layout.m) == (k, m) {
            return Ok((*cid, manifest.clone()));
        }
        return Err(PurchaseError::ProtectedDifferently {
            cid: *cid,
            k: layout.k,
            m: layout.m,
        });
    }
    for dataset in store.list().await? {
        let candidate = &dataset.manifest;
        if let Some(protection) = &candidate.protection
            && protection.original_root == manifest.tree_root
            && (protection.layout.k, protection.layout.m) == (k, m)
            && protection.layout.data_blocks == manifest.block_count
            && candidate.byte_len == manifest.byte_len
        {
            return Ok((dataset.cid, dataset.manifest));
        }
    }
    Ok(crate::protect(store, cid, k, m).await?)
}
