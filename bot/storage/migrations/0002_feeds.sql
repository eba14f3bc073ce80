-- Feeds the bot polls, with their HTTP validators and health, and the items already seen in them.
CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT NOT NULL UNIQUE,
    outlet               TEXT NOT NULL,
    lang                 TEXT CHECK (lang IS NULL OR lang IN ('en', 'be', 'ru')),  -- a hint, shown in the list
    interval_seconds     INTEGER NOT NULL CHECK (interval_seconds > 0),
    etag                 TEXT,
    last_modified        TEXT,
    last_success         TEXT,
    last_error           TEXT,              -- a short reason ("HTTP 500", "timeout"), never page content
    last_error_at        TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_check           TEXT,              -- NULL: due now
    added_at             TEXT NOT NULL
);

-- One row per item ever seen, relevant or not, so that nothing is processed twice across restarts.
-- Keyed by the feed's address rather than its id: removing and re-adding a feed reposts nothing.
CREATE TABLE feed_items_seen (
    id         INTEGER PRIMARY KEY,
    feed_url   TEXT NOT NULL,
    guid       TEXT NOT NULL,
    link       TEXT,                        -- canonical link, tracking parameters removed
    item_hash  TEXT NOT NULL,               -- hash of the item's title and summary words
    relevant   INTEGER NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    seen_at    TEXT NOT NULL,
    UNIQUE (feed_url, guid)
);
CREATE INDEX feed_items_seen_by_link ON feed_items_seen(link) WHERE link IS NOT NULL;
CREATE INDEX feed_items_seen_by_hash ON feed_items_seen(item_hash);

-- Small facts about the feed list itself ("seeded": the default list was loaded once).
CREATE TABLE feed_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
