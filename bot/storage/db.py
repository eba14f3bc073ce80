"""The SQLite database: opening it safely, migrating it, and one place for transactions."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

from bot.storage.lock import TaskLock

_MIGRATION_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")
BUSY_TIMEOUT_MS = 5000


class DatabaseCorrupt(RuntimeError):
    """SQLite's check of the file found a problem: restore from a backup (see README)."""


class MigrationFailed(RuntimeError):
    """A migration step failed and was rolled back: the database is as it was before the step."""


def migrations() -> list[tuple[int, str, str]]:
    """The numbered migration scripts shipped with the package, in order."""
    found = []
    for entry in resources.files("bot.storage").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.fullmatch(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


async def connect(path: str | Path) -> aiosqlite.Connection:
    """Open the database file with WAL, foreign keys and a busy timeout, and bring its schema up to date."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        conn.row_factory = aiosqlite.Row
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        # What is deleted or overwritten is zeroed in the file, not left in free space (see /forget).
        await conn.execute("PRAGMA secure_delete = ON")
        await migrate(conn)
    except sqlite3.DatabaseError as exc:
        await conn.close()
        if isinstance(exc, sqlite3.OperationalError):
            raise
        raise DatabaseCorrupt(str(exc)) from exc
    except BaseException:
        await conn.close()
        raise
    return conn


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply every migration newer than `PRAGMA user_version`, each atomically; return the new version."""
    async with conn.execute("PRAGMA user_version") as cur:
        (version,) = await cur.fetchone()
    for number, name, script in migrations():
        if number <= version:
            continue
        # executescript commits what is pending first; the explicit BEGIN/COMMIT makes the step atomic.
        try:
            await conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except Exception as failure:
            if conn.in_transaction:
                await conn.rollback()
            raise MigrationFailed(f"migration {name} failed ({type(failure).__name__}: {failure})"
                                  f" and was rolled back: the database stays at version {version}") from None
        version = number
    return version


async def integrity_check(conn: aiosqlite.Connection) -> None:
    """The check at every start (``Database.open``): raise DatabaseCorrupt unless ``PRAGMA quick_check``
    answers ok.

    The quick check reads every page and finds damaged pages, broken b-trees, a bad free list and rows
    breaking NOT NULL or CHECK constraints, in about half the time of the full ``integrity_check``
    (``pardonwatch db check``, and each backup's copy), which also verifies that every index holds
    exactly its table's rows: a check whose cost grows with the registry has no place in each start."""
    try:
        async with conn.execute("PRAGMA quick_check") as cur:
            rows = [r[0] for r in await cur.fetchall()]
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:  # too damaged even to be checked ("disk image is malformed")
        raise DatabaseCorrupt(str(exc)) from exc
    if rows != ["ok"]:
        raise DatabaseCorrupt("; ".join(rows[:5]))


async def truncate_wal(conn: aiosqlite.Connection) -> bool:
    """Copy the write-ahead log into the database file and empty it; False if a reader kept it busy."""
    async with conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cur:
        busy, _, _ = await cur.fetchone()
    return not busy


@asynccontextmanager
async def transaction(conn: aiosqlite.Connection, lock: TaskLock) -> AsyncIterator[aiosqlite.Connection]:
    """BEGIN IMMEDIATE … COMMIT under the writer lock, rolled back on any error: all or nothing.

    A transaction opened inside another one (same task) joins it.
    """
    async with lock:
        if conn.in_transaction:
            yield conn
            return
        await conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            await conn.rollback()
            raise
        else:
            await conn.commit()
