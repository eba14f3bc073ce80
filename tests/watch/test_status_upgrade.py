"""Migration 0023 lets a status be `abroad` or `new_case`: a database of the first release (version 7)
and one written just before it keep every status entry, with its id, and the rules 0001 and 0007 set."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.app import open_app
from bot.config import Config
from bot.storage.db import migrations
from tests.conftest import fixed_clock

FIRST_RELEASE = [n for n, _name, _script in migrations() if n <= 7]
BEFORE_0023 = [n for n, _name, _script in migrations() if n < 23]
INSERT_STATUS = ("INSERT INTO prisoner_statuses (id, prisoner_id, status, since, source, url, article_id, origin,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
# Every column, in the order of INSERT_STATUS.
STATUSES_AS_STORED = ("SELECT id, prisoner_id, status, since, source, url, article_id, origin, created_at"
                      " FROM prisoner_statuses WHERE id <= 11 ORDER BY id")


def old_database(path: Path, numbers: list[int]) -> list[tuple]:
    """A database holding those migrations (with the ledger when the code of the time kept one), two
    prisoners with statuses of every origin; the status rows as stored."""
    with sqlite3.connect(path) as conn:
        for number, _name, script in migrations():
            if number in numbers:
                conn.executescript(script)
        if max(numbers) > 7:
            conn.execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY)")
            conn.executemany("INSERT INTO schema_migrations VALUES (?)", [(n,) for n in numbers])
        conn.execute(f"PRAGMA user_version = {max(numbers)}")
        conn.execute("INSERT INTO articles (id, outlet, url, published, added_at) VALUES"
                     " (4, 'Nasha Niva', 'https://nashaniva.example/znak', '2025-01-24', 'x')")
        conn.execute("INSERT INTO prisoners (id, name_en, name_ru, updated_at) VALUES (1, 'Maxim Znak', 'Максим Знак',"
                     " 'x'), (2, 'Ihar Losik', 'Игорь Лосик', 'x')")
        conn.executemany(INSERT_STATUS, [
            (3, 1, "held", "2024-06-01", "Viasna", None, None, "seed", "2024-06-01T00:00:00"),
            (7, 1, "released", "2025-01-24", "Nasha Niva", "https://nashaniva.example/znak", 4, "article", "x"),
            (8, 2, "held", "2024-01-01", "Viasna", "https://prisoners.spring96.org/", None, "registry", "x"),
            (9, 2, "died", None, "a moderator's source", None, None, "moderator", "x"),
            (11, 2, "unknown", None, None, None, None, "registry", "x"),
        ])
        return conn.execute(STATUSES_AS_STORED).fetchall()


@pytest.mark.parametrize("numbers", [FIRST_RELEASE, BEFORE_0023], ids=["first release (7)", "just before 0023"])
async def test_an_old_database_keeps_every_status_and_accepts_abroad_and_new_case(tmp_path, numbers):
    path = tmp_path / "old.sqlite3"
    before = old_database(path, numbers)
    async with open_app(Config(db_path=path), clock=fixed_clock, seed=False) as app:
        for status in ("abroad", "new_case"):
            await app.db.prisoners.add_status(1, status=status, since="2025-01-30", source="Viasna", url=None,
                                              origin="moderator", now="x")
        assert [s.status for s in await app.db.prisoners.statuses(1)][:2] == ["new_case", "abroad"]
    with sqlite3.connect(path) as conn:
        after = conn.execute(STATUSES_AS_STORED).fetchall()
        assert after == before
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):  # still one status of a kind per date from a registry
            conn.execute("INSERT INTO prisoner_statuses (prisoner_id, status, since, origin, created_at)"
                          " VALUES (2, 'held', '2024-01-01', 'registry', 'x')")
        with pytest.raises(sqlite3.IntegrityError):  # and only the known statuses
            conn.execute("INSERT INTO prisoner_statuses (prisoner_id, status, origin, created_at)"
                         " VALUES (2, 'jailed', 'moderator', 'x')")
