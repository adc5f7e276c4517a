-- cairn block store metadata. Block bytes live in pack files under packs/; this database says which
-- blocks exist, where, how many dataset positions reference them, and which datasets are complete.
-- A dataset row is written in the same transaction as its blocks, so a dataset is listed only once
-- every block it needs is durable.

CREATE TABLE packs (
    name TEXT PRIMARY KEY NOT NULL,   -- file name under packs/
    size INTEGER NOT NULL              -- bytes on disk
) STRICT;

CREATE TABLE blocks (
    hash BLOB PRIMARY KEY NOT NULL,    -- SHA-256 of the block (32 bytes)
    pack TEXT NOT NULL REFERENCES packs (name),
    offset INTEGER NOT NULL,           -- byte offset in the pack
    refs INTEGER NOT NULL              -- dataset positions that reference the block
) STRICT, WITHOUT ROWID;

CREATE INDEX blocks_by_pack ON blocks (pack);

CREATE TABLE datasets (
    cid TEXT PRIMARY KEY NOT NULL,     -- manifest CID
    manifest BLOB NOT NULL,            -- canonical manifest encoding
    byte_len INTEGER NOT NULL,
    block_count INTEGER NOT NULL,
    protected INTEGER NOT NULL,        -- 1 for an erasure-coded dataset
    created_at INTEGER NOT NULL,       -- unix seconds
    expires_at INTEGER                 -- unix seconds; NULL = kept until deleted
) STRICT;

CREATE INDEX datasets_by_expiry ON datasets (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE dataset_blocks (
    dataset TEXT NOT NULL REFERENCES datasets (cid),
    idx INTEGER NOT NULL,              -- leaf index in the dataset tree
    hash BLOB NOT NULL REFERENCES blocks (hash),
    PRIMARY KEY (dataset, idx)
) STRICT, WITHOUT ROWID;

CREATE INDEX dataset_blocks_by_hash ON dataset_blocks (hash);

-- Blocks whose last reference went away, found without scanning the table.
CREATE INDEX blocks_unreferenced ON blocks (refs) WHERE refs <= 0;
