//! cairn's block store: datasets as 64 KiB blocks in pack files, metadata in SQLite (sqlx).
//!
//! - Writes are atomic: a [`DatasetWriter`] appends new blocks to a temporary pack file, and
//!   [`DatasetWriter::commit`] makes it durable (fsync, rename) and then records the pack, the
//!   blocks and the dataset in one SQLite transaction. A crash at any moment leaves either no
//!   dataset or the whole dataset; leftovers are removed by [`Store::open`].
//! - Blocks are deduplicated by hash and reference-counted per dataset position; deleting a
//!   dataset drops the references and removes pack files no block lives in any more.
//! - Every block read from disk is checked against its SHA-256 before it is returned, so silent
//!   disk corruption is reported ([`StoreError::Corrupt`]) instead of served.
//! - A quota bounds the bytes on disk, counting uploads in progress.
//! - A dataset fetched from the network is a [`PartialDataset`] until it is complete: its blocks,
//!   put in any order, become durable at each flush and survive restarts ([`Store::partial`]
//!   resumes), and [`PartialDataset::finish`] turns them into a stored dataset after checking
//!   them against the manifest's tree root.
//!
//! Layout of the data directory: `meta.sqlite` (+ WAL), `packs/<name>.pack`, `tmp/` (uploads in
//! progress).

mod db;
mod error;
mod index_set;
mod pack;
mod partial;
mod reader;
mod records;
mod staging;
mod store;
mod writer;

pub use error::StoreError;
pub use partial::PartialDataset;
pub use reader::DatasetReader;
pub use store::{DatasetInfo, Space, Store, StoreConfig};
pub use writer::{DatasetWriter, WriteMeta};
