-- Trust before broadcast (docs/moderation.md, "States of a round"): the extractor's confidence in
-- each figure, which articles are copies of one story, and each round's review: a moderator's
-- verdict and its wait in the review queue. (The project's own checked seed facts are the articles
-- with a seed_id, migration 0011.)

-- How sure the extractor was of a figure; "medium" where it did not say (every claim stored so far).
ALTER TABLE round_claims ADD COLUMN confidence TEXT NOT NULL DEFAULT 'medium'
    CHECK (confidence IN ('high', 'medium', 'low'));

-- The first stored article of the same story, when this one is a rewrite or copy of it: one story
-- counts as one source, whichever outlets carry it.
ALTER TABLE articles ADD COLUMN story_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;

-- A sample of each article's five-word phrases, hashed (never the text), to recognise rewrites.
CREATE TABLE article_phrases (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    phrase     INTEGER NOT NULL,
    PRIMARY KEY (article_id, phrase)
) WITHOUT ROWID;
CREATE INDEX article_phrases_by_phrase ON article_phrases(phrase);

-- One row per round that a moderator decided on or that waits for review. Rounds stored before this
-- migration have none: they were posted already, and their state follows from their reports.
CREATE TABLE round_reviews (
    round_id      INTEGER PRIMARY KEY REFERENCES rounds(id) ON DELETE CASCADE,
    decision      TEXT CHECK (decision IN ('approved', 'rejected')),  -- NULL: no verdict
    reason        TEXT,                         -- the moderator's reason, shown in a retraction
    audit_id      INTEGER REFERENCES audit_log(id),  -- the decision's audit entry (who, when)
    waiting_since TEXT,                         -- in the review queue since; NULL: nothing waits
    why_json      TEXT NOT NULL DEFAULT '[]',   -- why it waits: ["new_round", "conflict:pardoned", "low:women"]
    reminded_at   TEXT                          -- when moderators were reminded of it (once)
);
CREATE INDEX round_reviews_waiting ON round_reviews(waiting_since) WHERE waiting_since IS NOT NULL;
