-- Fewer writes per person for a registry import (bot/names/README.md, "Eleventh round").
--
-- The number of entries in the name index (migration 0024) is kept by the code that writes the index
-- (bot/storage/name_index.py, the only writer of name_entries), once per batch of prisoners, instead
-- of by a trigger updating the same row once per entry (200,000 times in an import of 200,000).
DROP TRIGGER name_entry_counted;
DROP TRIGGER name_entry_uncounted;

-- A person inserted by a registry import (the only insert that carries the row's hash, migration
-- 0025) has their keys written by the import itself, in the same transaction: queueing them in
-- name_keys_pending, only to read the queue back and empty it, was a write and a delete per person.
-- Every other insert is queued as before (seed facts, articles, moderators).
DROP TRIGGER prisoner_added_to_name_index;
CREATE TRIGGER prisoner_added_to_name_index AFTER INSERT ON prisoners
WHEN new.registry_row IS NULL
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (new.id);
END;
