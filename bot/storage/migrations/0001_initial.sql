-- The facts: articles (each report, with its outlet and link), the rounds they describe, and the
-- per-article claims behind every figure. A figure is never stored without the article it came from.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT,                      -- canonical link, tracking parameters removed
    outlet       TEXT NOT NULL,
    title        TEXT,
    lang         TEXT,
    published    TEXT,                      -- ISO date; may be partial ("2024-12") for seed facts
    content_hash TEXT,
    is_report    INTEGER NOT NULL DEFAULT 1,
    hidden       INTEGER NOT NULL DEFAULT 0, -- a moderator said it is not a report
    added_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX articles_by_hash ON articles(content_hash) WHERE content_hash IS NOT NULL;

CREATE TABLE rounds (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
);

-- One claim per article and field: "article A says the round's `pardoned` is 31".
-- `value` has no type affinity: integers for counts and ordinals, ISO text for event_date.
CREATE TABLE round_claims (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds(id),
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field      TEXT NOT NULL CHECK (field IN ('event_date', 'pardoned', 'women', 'men', 'chronically_ill',
                                              'disabled', 'over_50', 'with_children', 'round_ordinal')),
    value      NOT NULL,
    qualifier  TEXT NOT NULL DEFAULT 'exact',
    source     TEXT,                        -- who states it, when the article says (e.g. the president's office)
    official   INTEGER NOT NULL DEFAULT 0,  -- stated by the authorities themselves
    evidence   TEXT,                        -- the sentence it was read from
    UNIQUE (article_id, field)
);
CREATE INDEX round_claims_by_round ON round_claims(round_id);

-- A moderator's value for a field wins over every claim, and survives re-extraction.
CREATE TABLE round_corrections (
    round_id   INTEGER NOT NULL REFERENCES rounds(id),
    field      TEXT NOT NULL,
    value      NOT NULL,
    audit_id   INTEGER REFERENCES audit_log(id),
    PRIMARY KEY (round_id, field)
);

-- Dated counts: political prisoners still held, released since July 2024, deaths in custody.
CREATE TABLE counts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('political_prisoners', 'released_total', 'died_in_custody')),
    value      INTEGER NOT NULL CHECK (value >= 0),
    qualifier  TEXT NOT NULL DEFAULT 'exact',
    as_of      TEXT NOT NULL,               -- the date the figure was stated (the article's date)
    source     TEXT,                        -- who counts (Viasna, human rights groups, …)
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence   TEXT,
    UNIQUE (kind, article_id)
);
CREATE INDEX counts_by_kind_date ON counts(kind, as_of);

CREATE TABLE prisoners (
    id          INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,                -- a registry's stable id, when imported
    name_en     TEXT,
    name_be     TEXT,
    name_ru     TEXT,
    sentence    TEXT,
    source_url  TEXT,
    updated_at  TEXT NOT NULL,
    CHECK (coalesce(name_en, name_be, name_ru) IS NOT NULL)
);

CREATE TABLE prisoner_aliases (
    prisoner_id INTEGER NOT NULL REFERENCES prisoners(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    UNIQUE (prisoner_id, alias)
);

-- Status history: the newest entry is the current status; a moderator's entry wins on the same day.
CREATE TABLE prisoner_statuses (
    id          INTEGER PRIMARY KEY,
    prisoner_id INTEGER NOT NULL REFERENCES prisoners(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('held', 'released', 'died', 'unknown')),
    since       TEXT,
    source      TEXT,
    url         TEXT,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('seed', 'registry', 'article', 'moderator')),
    created_at  TEXT NOT NULL
);
CREATE INDEX prisoner_statuses_by_prisoner ON prisoner_statuses(prisoner_id);

-- Where an article names a prisoner, and in which role.
CREATE TABLE mentions (
    prisoner_id INTEGER NOT NULL REFERENCES prisoners(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('released', 'still_held', 'other')),
    as_written  TEXT NOT NULL,
    evidence    TEXT,
    UNIQUE (prisoner_id, article_id)
);

-- Chats: only the platform id and the chosen language; nothing about the people in them.
CREATE TABLE chats (
    platform TEXT NOT NULL,
    chat_id  TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('en', 'be', 'ru')),
    PRIMARY KEY (platform, chat_id)
);

CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    thread_id  TEXT NOT NULL DEFAULT '',    -- a forum topic, or '' for the whole chat
    language   TEXT NOT NULL CHECK (language IN ('en', 'be', 'ru')),
    with_chart INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (platform, chat_id, thread_id)
);

-- Moderators, by platform id only. Owners come from configuration, not from here.
CREATE TABLE roles (
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('moderator')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    actor       TEXT NOT NULL,              -- "platform:user_id"
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT,
    created_at  TEXT NOT NULL,
    undone_at   TEXT
);
CREATE INDEX audit_by_actor ON audit_log(actor, id);
