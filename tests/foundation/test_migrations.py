"""The schema is versioned with PRAGMA user_version and migrated in order, keeping existing data."""

import sqlite3

import aiosqlite
import pytest

from bot.storage import Database
from bot.storage.db import migrate, migrations


def _version(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


async def test_a_new_database_gets_every_migration(tmp_path):
    db = await Database.open(tmp_path / "new.sqlite3")
    await db.close()
    assert _version(tmp_path / "new.sqlite3") == migrations()[-1][0]


async def test_an_existing_version_1_database_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    number, _, script = migrations()[0]
    with sqlite3.connect(path) as conn:
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("INSERT INTO chats (platform, chat_id, language) VALUES ('telegram', '42', 'be')")
    db = await Database.open(path)
    assert await db.chats.language("telegram", "42") == "be"
    await db.close()
    assert _version(path) == migrations()[-1][0]


async def test_migrating_twice_changes_nothing(tmp_path):
    path = tmp_path / "twice.sqlite3"
    db = await Database.open(path)
    version = await migrate(db.conn)
    assert version == migrations()[-1][0]
    await db.close()


async def test_the_database_runs_in_wal_mode_with_foreign_keys(tmp_path):
    db = await Database.open(tmp_path / "wal.sqlite3")
    async with db.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with db.conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    await db.close()


async def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    import bot.storage.db as dbmod

    path = tmp_path / "fail.sqlite3"
    db = await Database.open(path)
    await db.close()
    version = _version(path)
    broken = [*migrations(), (version + 1, f"{version + 1:04d}_broken.sql",
                              "CREATE TABLE half_done (x); INSERT INTO nowhere VALUES (1);")]
    monkeypatch.setattr(dbmod, "migrations", lambda: broken)
    conn = await aiosqlite.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError, match="broken"):
        await dbmod.migrate(conn)
    await conn.close()
    assert _version(path) == version
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
