-- Repair (issue 14): when this host began getting the slot's data (local unix seconds; a host that
-- cannot get it within its data timeout gives the slot up), and, for a slot taken in repair, what
-- the repair did as JSON (sales::repair::RepairRecord: lost slots, step, progress, bytes fetched,
-- surviving slot datasets fetched for the decode, rebuilt slots of other hosts served from here).
ALTER TABLE sales ADD COLUMN data_since INTEGER;
ALTER TABLE sales ADD COLUMN repair TEXT;
