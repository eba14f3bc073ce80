"""Upgrades: migrations run at start; a database of the released schema (version 7) is brought up to
date with its data, and a migration that fails leaves the database exactly as it was."""

from __future__ import annotations

import sqlite3

import bot.storage.db as dbmod
from bot.cli import main
from bot.storage import Database
from tests.conftest import table_dump


def _version(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _released_database(path) -> None:
    """A database as the first release left it: migrations up to 7, with a chat's language in it."""
    with sqlite3.connect(path) as conn:
        for number, _name, script in dbmod.migrations():
            if number <= 7:
                conn.executescript(script)
                conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("INSERT INTO chats (platform, chat_id, language) VALUES ('telegram', '42', 'be')")


async def test_a_released_database_gets_the_operations_tables_and_keeps_its_data(tmp_path):
    path = tmp_path / "released.sqlite3"
    _released_database(path)
    db = await Database.open(path)
    assert await db.chats.language("telegram", "42") == "be"
    assert await db.operations.last_backup() is None
    assert await db.operations.heartbeat("bot") is None
    await db.close()
    assert _version(path) >= 13


def test_a_failing_migration_at_start_up_stops_the_bot_and_changes_nothing(tmp_path, monkeypatch, capsys):
    path = tmp_path / "bot.sqlite3"
    assert main(["--db", str(path), "ask", "/lang be", "--user", "42"]) == 0
    capsys.readouterr()
    version, before = _version(path), table_dump(path)
    broken = (version + 1, f"{version + 1:04d}_broken.sql",
              "CREATE TABLE half_done (x);\nUPDATE chats SET language = 'ru';\nINSERT INTO nowhere VALUES (1);")
    shipped = dbmod.migrations
    monkeypatch.setattr(dbmod, "migrations", lambda: [*shipped(), broken])

    code = main(["--db", str(path), "ask", "/latest"])

    err = capsys.readouterr().err
    assert code == 3
    assert f"migration {broken[1]} failed" in err and f"stays at version {version}" in err
    assert _version(path) == version
    assert table_dump(path) == before
