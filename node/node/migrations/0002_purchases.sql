-- The client's storage requests (purchasing, DESIGN.md §9). A row is written, as 'submitting',
-- before the requestStorage transaction is sent, so that a crash at any step can be resumed:
-- the request's terms below rebuild the exact request (and its id), which is looked up on chain.
-- Hashes, ids and addresses are 0x-hex text; token amounts are decimal text (uint256).
CREATE TABLE purchases (
    -- requestId = keccak256(abi.encode(request))
    id TEXT PRIMARY KEY NOT NULL,
    -- submitting | submitted | started | finished | failed | cancelled | errored
    state TEXT NOT NULL,
    -- the dataset the client asked to store, and its protected (erasure-coded) form
    cid TEXT NOT NULL,
    protected_cid TEXT NOT NULL,
    -- the request (IMarketplace.Request); content.cid is protected_cid's binary form
    client TEXT NOT NULL,
    slots INTEGER NOT NULL,
    slot_size INTEGER NOT NULL,
    duration INTEGER NOT NULL,
    proof_probability INTEGER NOT NULL,
    price_per_byte_per_second TEXT NOT NULL,
    collateral_per_byte TEXT NOT NULL,
    max_slot_loss INTEGER NOT NULL,
    verify_root TEXT NOT NULL,
    expiry INTEGER NOT NULL,
    nonce TEXT NOT NULL,
    -- what the client pays up front: slots * slotSize * duration * pricePerBytePerSecond
    price TEXT NOT NULL,
    -- the N slot roots, 32 bytes each (big-endian field elements), in slot order
    slot_roots BLOB NOT NULL,
    -- local unix seconds
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    -- the requestStorage transaction (NULL until known)
    tx_hash TEXT,
    tx_block INTEGER,
    -- chain times and counters (getRequestInfo), NULL until the request was seen on chain
    requested_at INTEGER,
    expires_at INTEGER,
    ends_at INTEGER,
    started_at INTEGER,
    failed_at INTEGER,
    slots_filled INTEGER NOT NULL DEFAULT 0,
    slots_freed INTEGER NOT NULL DEFAULT 0,
    -- the client's withdrawal after the end: the amount (written before the transaction is sent),
    -- whether it is done, and the transaction (NULL when nothing had to be sent)
    withdrawal TEXT,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    withdraw_tx TEXT,
    -- why an 'errored' purchase could not be submitted
    error TEXT
) STRICT;

CREATE INDEX purchases_by_created ON purchases (created_at, id);
