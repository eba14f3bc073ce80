-- Notifications of watches (issue #16). A chat with watches gets a subscription of purpose 'watch'
-- (its language; the outbox's target), and the outbox gets a kind 'watch': one message about one
-- status change to one chat, tied to no round (a chat may get two about one round). `notice` is a keyed hash
-- naming that message (bot/watch/keys.py), so it is queued once; the row is deleted when the platform
-- has it (docs/watch.md). SQLite cannot change a CHECK or a NOT NULL in place: both tables are
-- rebuilt as in 0015.

ALTER TABLE subscriptions RENAME TO subscriptions_before_0021;

CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    thread_id  TEXT NOT NULL DEFAULT '',    -- a forum topic, or '' for the whole chat
    language   TEXT NOT NULL CHECK (language IN ('en', 'be', 'ru')),
    with_chart INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    policy     TEXT NOT NULL DEFAULT 'confirmed' CHECK (policy IN ('confirmed', 'fast')),
    purpose    TEXT NOT NULL DEFAULT 'rounds' CHECK (purpose IN ('rounds', 'modchat', 'moderator', 'watch')),
    UNIQUE (platform, chat_id, thread_id, purpose)
);

INSERT INTO subscriptions (id, platform, chat_id, thread_id, language, with_chart, created_at, policy, purpose)
SELECT id, platform, chat_id, thread_id, language, with_chart, created_at, policy, purpose
FROM subscriptions_before_0021;

ALTER TABLE outbox RENAME TO outbox_before_0021;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    round_id        INTEGER REFERENCES rounds(id) ON DELETE CASCADE,  -- NULL for a watch's notification
    kind            TEXT NOT NULL DEFAULT 'post' CHECK (kind IN ('post', 'card', 'reminder', 'watch')),
    body_json       TEXT NOT NULL,             -- the rendered post (a Reply as canonical JSON)
    content_hash    TEXT NOT NULL,             -- sha256 of body_json: the content that should be shown
    sent_hash       TEXT,                      -- the content last accepted by the platform
    message_id      TEXT,                      -- the platform's message id once posted; later changes edit it
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,   -- unix time; a rate limit or backoff moves it forward
    last_error      TEXT,                      -- the error's type only, never any user text
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    notice          TEXT,                      -- kind 'watch': the keyed hash naming the message
    UNIQUE (subscription_id, round_id, kind),
    CHECK ((kind = 'watch') = (notice IS NOT NULL))
);

INSERT INTO outbox (id, subscription_id, round_id, kind, body_json, content_hash, sent_hash, message_id, state,
                    attempts, next_attempt_at, last_error, created_at, updated_at)
SELECT id, subscription_id, round_id, kind, body_json, content_hash, sent_hash, message_id, state,
       attempts, next_attempt_at, last_error, created_at, updated_at
FROM outbox_before_0021;

DROP TABLE outbox_before_0021;
DROP TABLE subscriptions_before_0021;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_by_message ON outbox(message_id) WHERE message_id IS NOT NULL;
CREATE UNIQUE INDEX outbox_watch_notice ON outbox(subscription_id, notice) WHERE notice IS NOT NULL;

-- The last status change the bot took notice of, per prisoner: a change notifies watchers once, and
-- a notified change that is later withdrawn is corrected. Kept for every prisoner whose status news
-- touched, watched or not, so it says nothing about watches; public facts only.
CREATE TABLE status_notices (
    prisoner_id INTEGER PRIMARY KEY REFERENCES prisoners(id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    since       TEXT,
    status_id   INTEGER          -- the status entry it came from (no reference: /undo may delete it)
);
