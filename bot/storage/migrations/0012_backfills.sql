-- Where each `pardonwatch backfill` walk through a feed's history stands, so that an interrupted walk
-- resumes at the page it had reached (items already read are skipped by feed_items_seen).
CREATE TABLE backfills (
    feed_url    TEXT PRIMARY KEY,
    since       TEXT NOT NULL,             -- the walk stops at items older than this date
    next_url    TEXT,                      -- the page to read next; NULL once the walk is finished
    paging      TEXT,                      -- how the site pages: 'link' (RFC 5005), 'paged' or 'page' (?paged=N)
    pages_read  INTEGER NOT NULL DEFAULT 0,
    items_read  INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    finished_at TEXT
);
