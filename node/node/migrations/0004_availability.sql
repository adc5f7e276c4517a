-- What a host offers to the marketplace (sales): space for slots up to a duration, at a minimum
-- price, with a cap on the collateral it locks. Token amounts are decimal text (uint256).
CREATE TABLE availabilities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    total_size INTEGER NOT NULL,          -- bytes of slots this availability may hold
    max_duration INTEGER NOT NULL,        -- longest request it accepts, seconds
    min_price_per_byte_per_second TEXT NOT NULL,
    max_collateral TEXT NOT NULL,         -- most collateral locked for its slots together
    created_at INTEGER NOT NULL           -- unix seconds
) STRICT;
