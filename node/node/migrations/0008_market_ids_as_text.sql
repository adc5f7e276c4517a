-- One encoding across market.sqlite (src/market/db.rs): ids, hashes and addresses are 0x-hex TEXT,
-- as purchases and sales store them; the validator's tables (0003) stored raw bytes. Rows are
-- converted in place. validator_requests gains failed_at: a failed request's slots are still
-- followed, because proofs missed in periods that ended before the failure can be marked until
-- failed_at + timeout (docs/PROTOCOL.md).

CREATE TABLE validator_state_v2 (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    chain_id INTEGER NOT NULL,
    marketplace TEXT NOT NULL,
    start_block INTEGER NOT NULL
) STRICT;
INSERT INTO validator_state_v2 (id, chain_id, marketplace, start_block)
    SELECT id, chain_id, '0x' || lower(hex(marketplace)), start_block FROM validator_state;
DROP TABLE validator_state;
ALTER TABLE validator_state_v2 RENAME TO validator_state;

-- ends_at / expires_at / failed_at are read from getRequestInfo (NULL until then; failed_at stays
-- NULL unless the request failed).
CREATE TABLE validator_requests_v2 (
    request_id TEXT PRIMARY KEY NOT NULL,
    ends_at INTEGER,
    expires_at INTEGER,
    started INTEGER NOT NULL DEFAULT 0,
    failed_at INTEGER
) STRICT;
INSERT INTO validator_requests_v2 (request_id, ends_at, expires_at, started)
    SELECT '0x' || lower(hex(request_id)), ends_at, expires_at, started FROM validator_requests;

CREATE TABLE validator_slots_v2 (
    slot_id TEXT PRIMARY KEY NOT NULL,
    request_id TEXT NOT NULL REFERENCES validator_requests_v2 (request_id) ON DELETE CASCADE,
    slot_index INTEGER NOT NULL,
    host TEXT NOT NULL,
    filled_block INTEGER NOT NULL,
    checked_through INTEGER
) STRICT;
INSERT INTO validator_slots_v2 (slot_id, request_id, slot_index, host, filled_block, checked_through)
    SELECT '0x' || lower(hex(slot_id)), '0x' || lower(hex(request_id)), slot_index,
        '0x' || lower(hex(host)), filled_block, checked_through
    FROM validator_slots;
-- The child table first, so that dropping the parent cascades into nothing.
DROP TABLE validator_slots;
DROP TABLE validator_requests;
ALTER TABLE validator_requests_v2 RENAME TO validator_requests;
ALTER TABLE validator_slots_v2 RENAME TO validator_slots;
CREATE INDEX validator_slots_by_request ON validator_slots (request_id);

CREATE TABLE validator_marks_v2 (
    slot_id TEXT NOT NULL,
    period INTEGER NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    tx_hash TEXT,
    block INTEGER,
    reward TEXT,
    error TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (slot_id, period)
) STRICT;
INSERT INTO validator_marks_v2
    SELECT '0x' || lower(hex(slot_id)), period, status, attempts,
        CASE WHEN tx_hash IS NULL THEN NULL ELSE '0x' || lower(hex(tx_hash)) END,
        block, reward, error, updated_at
    FROM validator_marks;
DROP TABLE validator_marks;
ALTER TABLE validator_marks_v2 RENAME TO validator_marks;
