-- The request's content.cid is the storage manifest (slot roots and slot datasets, see
-- docs/PROTOCOL.md "Storage manifest") rather than the protected dataset itself. NULL in rows
-- written before: their content.cid was protected_cid.
ALTER TABLE purchases ADD COLUMN content_cid TEXT;
