-- Subscriptions get a policy (post a round once confirmed or approved, or at its first report) and
-- a purpose: auto-posts of rounds, or review cards for moderators (the moderators' chat set with
-- /modchat, or one Telegram moderator's private chat). One chat can be both, so the purpose joins
-- the unique key; SQLite cannot change that in place, so the table is rebuilt, and the outbox with
-- it (its rows point at subscriptions). The outbox also gets a kind: a round's post, its review card
-- and the reminder about it are three messages, each delivered once.

-- Renaming makes the outbox's foreign key follow the old table until both are rebuilt.
ALTER TABLE subscriptions RENAME TO subscriptions_before_0015;

CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    thread_id  TEXT NOT NULL DEFAULT '',    -- a forum topic, or '' for the whole chat
    language   TEXT NOT NULL CHECK (language IN ('en', 'be', 'ru')),
    with_chart INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    policy     TEXT NOT NULL DEFAULT 'confirmed' CHECK (policy IN ('confirmed', 'fast')),
    purpose    TEXT NOT NULL DEFAULT 'rounds' CHECK (purpose IN ('rounds', 'modchat', 'moderator')),
    UNIQUE (platform, chat_id, thread_id, purpose)
);

-- Existing subscriptions keep posting at once where a person subscribed their own Telegram chat
-- (positive ids); groups, channels and Matrix rooms now wait for confirmation (the new default).
INSERT INTO subscriptions (id, platform, chat_id, thread_id, language, with_chart, created_at, policy)
SELECT id, platform, chat_id, thread_id, language, with_chart, created_at,
       CASE WHEN platform = 'telegram' AND chat_id NOT LIKE '-%' THEN 'fast' ELSE 'confirmed' END
FROM subscriptions_before_0015;

-- Telegram moderators get review cards in their private chats (until an owner sets a moderators' chat).
INSERT INTO subscriptions (platform, chat_id, thread_id, language, created_at, purpose)
SELECT 'telegram', r.user_id, '', coalesce(c.language, 'en'), r.granted_at, 'moderator'
FROM roles r LEFT JOIN chats c ON c.platform = 'telegram' AND c.chat_id = r.user_id
WHERE r.platform = 'telegram' AND r.role = 'moderator';

ALTER TABLE outbox RENAME TO outbox_before_0015;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    round_id        INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'post' CHECK (kind IN ('post', 'card', 'reminder')),
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
    UNIQUE (subscription_id, round_id, kind)
);

INSERT INTO outbox (id, subscription_id, round_id, body_json, content_hash, sent_hash, message_id, state,
                    attempts, next_attempt_at, last_error, created_at, updated_at)
SELECT id, subscription_id, round_id, body_json, content_hash, sent_hash, message_id, state,
       attempts, next_attempt_at, last_error, created_at, updated_at
FROM outbox_before_0015;

DROP TABLE outbox_before_0015;
DROP TABLE subscriptions_before_0015;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
-- Finding the round of a card a moderator reacted to (Matrix ✅ / ❌).
CREATE INDEX outbox_by_message ON outbox(message_id) WHERE message_id IS NOT NULL;
