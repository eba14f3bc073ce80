-- Matrix: the bot's own session (device, access token, sync position) so that a restart neither
-- logs in as a new device nor replays old messages; and per-room facts the bot must remember.
CREATE TABLE matrix_session (
    user_id      TEXT PRIMARY KEY,          -- the bot's own Matrix ID
    device_id    TEXT,
    access_token TEXT,
    next_batch   TEXT                       -- the sync token after the last handled sync
);

-- Only rooms the bot has something to remember about; nothing about the people in them.
CREATE TABLE matrix_rooms (
    room_id               TEXT PRIMARY KEY,
    encryption_noticed_at TEXT               -- when the bot said it cannot read encrypted rooms
);
