-- Watches (issue #16): a private chat asks to hear when one prisoner's status changes. Who watches
-- whom is the most dangerous thing the bot could hold, so the prisoner is stored only as a keyed hash,
-- HMAC-SHA256(the operator's secret, platform, chat id and prisoner id) (bot/watch/keys.py): without
-- the secret a copy of the file does not say whom a chat watches, even by trying every prisoner id,
-- nor whether two chats watch the same person. No row id, no date: the table keeps no order of
-- creation, and the primary key orders a chat's watches by their hashes.
CREATE TABLE watches (
    platform TEXT NOT NULL,
    chat_id  TEXT NOT NULL,
    person   BLOB NOT NULL CHECK (length(person) = 32),
    PRIMARY KEY (platform, chat_id, person)
) WITHOUT ROWID;
