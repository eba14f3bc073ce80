-- The outbox: one row per (subscription, round) holding the post to deliver, so that auto-posts
-- survive crashes and restarts. A row is marked 'sending' (committed) before the network call and
-- 'sent' with the platform's message id after it; see docs/outbox.md for the exact guarantee.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    round_id        INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
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
    UNIQUE (subscription_id, round_id)
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
