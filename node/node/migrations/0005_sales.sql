-- The host's slots (sales, DESIGN.md §9): one row per slot this node took on, written before the
-- first transaction for it, so that a crash at any step resumes from the recorded state. The
-- request's terms are always read again from the chain; only what the host did is kept here.
-- Ids and addresses are 0x-hex text; token amounts are decimal text (uint256).
CREATE TABLE sales (
    -- slotId = keccak256(abi.encode(requestId, slotIndex))
    slot_id TEXT PRIMARY KEY NOT NULL,
    request_id TEXT NOT NULL,
    slot_index INTEGER NOT NULL,
    -- reserving | downloading | filling | proving | payout | finished | cancelled | failed | ignored | errored
    state TEXT NOT NULL,
    -- the availability whose space and collateral the slot uses
    availability_id INTEGER NOT NULL,
    slot_size INTEGER NOT NULL,
    collateral TEXT NOT NULL,
    -- the storage manifest (content.cid) and this slot's dataset, once known
    content_cid TEXT,
    slot_cid TEXT,
    -- the fillSlot transaction and the chain time it was mined at
    fill_tx TEXT,
    filled_at INTEGER,
    -- proofs submitted, the last period proved, and the freeSlot payout
    proofs INTEGER NOT NULL DEFAULT 0,
    last_proof_period INTEGER,
    payout_tx TEXT,
    -- why the slot ended badly (failed / errored / ignored)
    error TEXT,
    -- local unix seconds
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX sales_by_request ON sales (request_id);
CREATE INDEX sales_by_state ON sales (state);
