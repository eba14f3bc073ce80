-- The number of prisoners in the name index, kept beside the index: ranking weighs every word by it,
-- and counting name_entries reads the whole table (tens of MiB with a large registry) in every
-- process that searches. Triggers keep it exact whoever writes the index (bot/storage/name_index.py
-- writes entries with an upsert, so a rewritten entry counts once).
ALTER TABLE name_index_version ADD COLUMN entries INTEGER NOT NULL DEFAULT 0;
UPDATE name_index_version SET entries = (SELECT count(*) FROM name_entries);

CREATE TRIGGER name_entry_counted AFTER INSERT ON name_entries
BEGIN
    UPDATE name_index_version SET entries = entries + 1;
END;

CREATE TRIGGER name_entry_uncounted AFTER DELETE ON name_entries
BEGIN
    UPDATE name_index_version SET entries = entries - 1;
END;
