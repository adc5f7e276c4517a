-- The validator (src/validator/): the filled slots it follows and what it did about missing proofs.
-- Ids and addresses are raw bytes (32 and 20); periods, blocks and times are integers.

-- The chain and marketplace this database follows, and the block the validator first started from
-- (used while no event was handled yet, so that a restart starts from the same place).
CREATE TABLE validator_state (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    chain_id INTEGER NOT NULL,
    marketplace BLOB NOT NULL,
    start_block INTEGER NOT NULL
) STRICT;

-- Requests with followed slots. ends_at / expires_at are read once from getRequestInfo (NULL until
-- then); started is set by RequestStarted or by that read.
CREATE TABLE validator_requests (
    request_id BLOB PRIMARY KEY NOT NULL,
    ends_at INTEGER,
    expires_at INTEGER,
    started INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Filled slots (SlotFilled adds; SlotFreed, SlotAbandoned, SlotPaid, RequestFailed and the request's
-- end remove). Every period up to checked_through is settled for the slot (NULL: none yet).
CREATE TABLE validator_slots (
    slot_id BLOB PRIMARY KEY NOT NULL,
    request_id BLOB NOT NULL REFERENCES validator_requests (request_id) ON DELETE CASCADE,
    slot_index INTEGER NOT NULL,
    host BLOB NOT NULL,
    filled_block INTEGER NOT NULL,
    checked_through INTEGER
) STRICT;

CREATE INDEX validator_slots_by_request ON validator_slots (request_id);

-- Missing proofs: one row per (slot, period) the validator tried to mark or saw marked.
-- status: marked (by this validator), marked_by_other, proof_received, not_required, timed_out,
-- failed (attempts exhausted), retry (a failed attempt, tried again on a later pass).
-- reward: decimal token units paid to this validator (from its ProofMissed event).
CREATE TABLE validator_marks (
    slot_id BLOB NOT NULL,
    period INTEGER NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    tx_hash BLOB,
    block INTEGER,
    reward TEXT,
    error TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (slot_id, period)
) STRICT;
