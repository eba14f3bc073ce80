-- The name index, stored (bot/names/README.md): every spelling of every prisoner folded to keys,
-- an inverted index of those keys, and the one-deletion neighbourhood of their stems for typos.
-- Every process reads it; nothing is built at start. Written by bot/storage/name_index.py for the
-- prisoners listed in name_keys_pending, which triggers fill whenever a name or alias changes.

-- Each prisoner's spellings kept for search, in the order of their names (English, Belarusian,
-- Russian, then aliases): spelling, full keys, stems, finer keys, patronymic word, script
-- (bot.names.spellings.FoldedName), fields separated by char(31), spellings by char(30), keys by spaces.
CREATE TABLE name_entries (
    prisoner_id INTEGER PRIMARY KEY,
    spellings   TEXT NOT NULL
);

-- Inverted index: one document per prisoner (rowid = prisoner id) holding the full keys and stems of
-- all their words. FTS5 writes it in sorted segments, far faster than row-by-row index inserts.
CREATE VIRTUAL TABLE name_forms USING fts5(
    forms, content='', columnsize=0, detail=none, tokenize='unicode61 remove_diacritics 0');
-- Its distinct keys in order, for a word typed as the start of a name ("Aleks").
CREATE VIRTUAL TABLE name_form_terms USING fts5vocab(name_forms, row);

-- Typos: every stem once, and a document per stem holding the stem and each string one letter
-- shorter. Stems nobody has any more stay (a hit is always checked against name_forms).
CREATE TABLE name_stems (
    id   INTEGER PRIMARY KEY,
    stem TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE name_typos USING fts5(
    variants, content='', columnsize=0, detail=none, tokenize='unicode61 remove_diacritics 0');

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
