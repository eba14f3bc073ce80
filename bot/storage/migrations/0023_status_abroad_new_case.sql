-- Two more statuses a watch tells of (issue #16): 'abroad' (freed and taken or expelled abroad: a
-- release) and 'new_case' (a new sentence or criminal case: still held). SQLite cannot change a
-- CHECK in place, so the table is rebuilt as in 0015 and 0021, keeping every row and its id (a
-- moderator's audit entry and status_notices name status entries by id). No table references
-- prisoner_statuses, so renaming it moves no foreign key.

ALTER TABLE prisoner_statuses RENAME TO prisoner_statuses_before_0023;

CREATE TABLE prisoner_statuses (
    id          INTEGER PRIMARY KEY,
    prisoner_id INTEGER NOT NULL REFERENCES prisoners(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('held', 'released', 'died', 'unknown', 'abroad', 'new_case')),
    since       TEXT,
    source      TEXT,
    url         TEXT,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('seed', 'registry', 'article', 'moderator')),
    created_at  TEXT NOT NULL
);

INSERT INTO prisoner_statuses (id, prisoner_id, status, since, source, url, article_id, origin, created_at)
SELECT id, prisoner_id, status, since, source, url, article_id, origin, created_at
FROM prisoner_statuses_before_0023;

DROP TABLE prisoner_statuses_before_0023;
CREATE INDEX prisoner_statuses_by_prisoner ON prisoner_statuses(prisoner_id);
-- As in 0007: a registry import states each person's status once per date.
CREATE UNIQUE INDEX prisoner_statuses_registry ON prisoner_statuses(prisoner_id, status, coalesce(since, ''))
    WHERE origin = 'registry';
