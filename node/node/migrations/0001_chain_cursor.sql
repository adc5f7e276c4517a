-- Where each chain follower (purchasing, sales, validator) got to in the marketplace's event log:
-- it resumes after (block, log_index) on restart.
CREATE TABLE chain_cursors (
    follower TEXT PRIMARY KEY NOT NULL,
    block INTEGER NOT NULL,
    log_index INTEGER NOT NULL
) STRICT;
