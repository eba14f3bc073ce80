-- What the operator's view (`pardonwatch status`, the metrics) needs beyond the other tables.

-- Each backup made with `pardonwatch db backup`: where it went, when, how big, and its own check.
CREATE TABLE backups (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    made_at     TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    integrity   TEXT NOT NULL
);

-- The running bot's sign of life, renewed every 30 seconds; the container's health check reads it.
CREATE TABLE heartbeats (
    process     TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    beat_at     TEXT NOT NULL,
    stopped_at  TEXT
);
