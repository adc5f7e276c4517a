-- Partial datasets: fetches from the network in progress, resumable after a restart. Their blocks
-- are ordinary blocks (in packs, deduplicated); `blocks.refs` now counts dataset positions *and*
-- partial positions, so a block held only by an unfinished fetch is never collected, and finishing
-- a fetch moves its positions to dataset_blocks without changing any count.

CREATE TABLE partial_datasets (
    cid TEXT PRIMARY KEY NOT NULL,     -- manifest CID of the dataset being fetched
    manifest BLOB NOT NULL,            -- canonical manifest encoding
    started_at INTEGER NOT NULL        -- unix seconds
) STRICT;

CREATE TABLE partial_blocks (
    dataset TEXT NOT NULL REFERENCES partial_datasets (cid),
    idx INTEGER NOT NULL,              -- leaf index in the dataset tree
    hash BLOB NOT NULL REFERENCES blocks (hash),
    PRIMARY KEY (dataset, idx)
) STRICT, WITHOUT ROWID;

CREATE INDEX partial_blocks_by_hash ON partial_blocks (hash);

-- The manifest's tree root, to find a stored dataset by root (several datasets may share one: the
-- same bytes under another file name). Set by every insert; rows older than this migration are
-- filled in by Store::open (it needs the manifest decoded).
ALTER TABLE datasets ADD COLUMN tree_root BLOB;

CREATE INDEX datasets_by_root ON datasets (tree_root);
