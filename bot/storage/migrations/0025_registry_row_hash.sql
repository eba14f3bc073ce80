-- What the last registry import wrote of each person, as a hash of the file's row (id, names, aliases,
-- status and date, sentence, link: bot/storage/registry.py, row_hash). A re-import skips a row whose
-- hash is the stored one without reading anything else of the person. Anything else that changes
-- what the import wrote (a name, the sentence or link, a removed alias, a removed registry status)
-- clears the hash, so that the next import compares that person field by field again.
ALTER TABLE prisoners ADD COLUMN registry_row INTEGER;

CREATE TRIGGER registry_row_outdated_by_an_edit AFTER UPDATE OF name_en, name_be, name_ru, sentence, source_url,
    external_id ON prisoners
WHEN new.registry_row IS old.registry_row AND old.registry_row IS NOT NULL
BEGIN
    UPDATE prisoners SET registry_row = NULL WHERE id = new.id;
END;

CREATE TRIGGER registry_row_outdated_by_an_alias_removed AFTER DELETE ON prisoner_aliases
BEGIN
    UPDATE prisoners SET registry_row = NULL WHERE id = old.prisoner_id AND registry_row IS NOT NULL;
END;

CREATE TRIGGER registry_row_outdated_by_an_alias_changed AFTER UPDATE ON prisoner_aliases
BEGIN
    UPDATE prisoners SET registry_row = NULL WHERE id = old.prisoner_id AND registry_row IS NOT NULL;
END;

CREATE TRIGGER registry_row_outdated_by_a_status_removed AFTER DELETE ON prisoner_statuses
WHEN old.origin = 'registry'
BEGIN
    UPDATE prisoners SET registry_row = NULL WHERE id = old.prisoner_id AND registry_row IS NOT NULL;
END;
