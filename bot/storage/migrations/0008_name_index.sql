-- The name index, stored (bot/names/README.md): every spelling of every prisoner folded to keys,
-- an inverted index of those keys, and the one-deletion neighbourhood of the stems for typos.
-- Every process reads it; nothing is built at start. Written by bot/storage/name_index.py for the
-- prisoners listed in name_keys_pending, which triggers fill whenever a name or alias changes.

-- One row per spelling kept for search, in the order of the prisoner's names (English,
-- Belarusian, Russian, then aliases); keys are space-separated, one per word.
CREATE TABLE name_spellings (
    prisoner_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    spelling    TEXT NOT NULL,
    fulls       TEXT NOT NULL,
    stems       TEXT NOT NULL,
    fines       TEXT NOT NULL,
    patronymic  INTEGER NOT NULL,   -- index of the patronymic word, -1 if none
    script      TEXT NOT NULL CHECK (script IN ('latin', 'cyrillic')),
    PRIMARY KEY (prisoner_id, position)
) WITHOUT ROWID;

-- Inverted index: a word's full key or stem → the prisoners having it.
CREATE TABLE name_postings (
    form        TEXT NOT NULL,
    prisoner_id INTEGER NOT NULL,
    PRIMARY KEY (form, prisoner_id)
) WITHOUT ROWID;

-- Typos: every stem under itself and under each string one letter shorter. Stems nobody has any
-- more stay (a hit is always checked against the postings).
CREATE TABLE name_deletions (
    variant TEXT NOT NULL,
    stem    TEXT NOT NULL,
    PRIMARY KEY (variant, stem)
) WITHOUT ROWID;

-- Prisoners whose names changed since their keys were written.
CREATE TABLE name_keys_pending (prisoner_id INTEGER PRIMARY KEY);

-- The version of the folding rules the keys were made with (bot.names.normalize.FOLD_VERSION):
-- when the rules change, every prisoner's keys are made again.
CREATE TABLE name_index_version (fold_version INTEGER NOT NULL);
INSERT INTO name_index_version (fold_version) VALUES (1);

CREATE TRIGGER prisoner_added_to_name_index AFTER INSERT ON prisoners
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (new.id);
END;

CREATE TRIGGER prisoner_renamed_in_name_index AFTER UPDATE OF name_en, name_be, name_ru ON prisoners
WHEN old.name_en IS NOT new.name_en OR old.name_be IS NOT new.name_be OR old.name_ru IS NOT new.name_ru
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (new.id);
END;

CREATE TRIGGER prisoner_removed_from_name_index AFTER DELETE ON prisoners
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (old.id);
END;

CREATE TRIGGER alias_added_to_name_index AFTER INSERT ON prisoner_aliases
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (new.prisoner_id);
END;

CREATE TRIGGER alias_changed_in_name_index AFTER UPDATE ON prisoner_aliases
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (old.prisoner_id), (new.prisoner_id);
END;

CREATE TRIGGER alias_removed_from_name_index AFTER DELETE ON prisoner_aliases
BEGIN
    INSERT OR IGNORE INTO name_keys_pending (prisoner_id) VALUES (old.prisoner_id);
END;

-- Existing databases: every prisoner known so far gets keys when the database is next opened
-- (bot.directory.PrisonerDirectory.load).
INSERT INTO name_keys_pending (prisoner_id) SELECT id FROM prisoners;
