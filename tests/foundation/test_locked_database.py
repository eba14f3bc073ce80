"""Another process holding the database's write lock: reads go on, writes fail clearly and safely."""

import sqlite3

from bot.storage import db as dbmod


async def test_commands_are_answered_while_another_writer_holds_the_lock(app, ask, config, monkeypatch):
    blocker = sqlite3.connect(config.db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("INSERT INTO rounds (created_at) VALUES ('2025-01-01')")
    try:
        # WAL readers never wait for a writer.
        assert "Latest pardon round" in await ask("/latest", "en")
        assert "Ales Bialiatski" in await ask("/prisoner Bialiatski", "en")
        await app.db.conn.execute("PRAGMA busy_timeout = 200")
        reply = await ask("/lang be", "en")
        assert "Something went wrong" in reply  # "database is locked", said without a traceback
    finally:
        blocker.rollback()
        blocker.close()
    await app.db.conn.execute(f"PRAGMA busy_timeout = {dbmod.BUSY_TIMEOUT_MS}")
    assert await ask("/lang be", "en") == "Цяпер я буду адказваць тут па-беларуску."
