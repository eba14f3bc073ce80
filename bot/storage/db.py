"""The SQLite database: opening it safely, migrating it, and one place for transactions."""

from __future__ import annotations

import json
import os
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


# Branches get their migration numbers in advance and land in any order, so a number can land below
# the version databases already reached: these did (0014 and 0015 landed after 0017). A database
# from before the ledger below holds every migration up to its version but these.
LANDED_LATE = frozenset({14, 15})


async def _applied(conn: aiosqlite.Connection, version: int) -> set[int]:
    """The migrations this database holds, from its ledger; a database without one gets it, filled
    from its version (everything up to it but what landed late)."""
    async with conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") as cur:
        has_ledger = await cur.fetchone() is not None
    if not has_ledger:
        held = [(n,) for n, _name, _script in migrations() if n <= version and n not in LANDED_LATE]
        await conn.execute("BEGIN IMMEDIATE")
        try:
            await conn.execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY)")
            await conn.executemany("INSERT INTO schema_migrations (number) VALUES (?)", held)
        except BaseException:
            await conn.rollback()
            raise
        await conn.commit()
    async with conn.execute("SELECT number FROM schema_migrations") as cur:
        return {r[0] for r in await cur.fetchall()}


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply every shipped migration the database does not hold yet, in order, each atomically; return
    the version (`PRAGMA user_version`: the highest migration held)."""
    async with conn.execute("PRAGMA user_version") as cur:
        (version,) = await cur.fetchone()
    applied = await _applied(conn, version)
    for number, name, script in migrations():
        if number in applied:
            continue
        reached = max(version, number)
        # executescript commits what is pending first; the explicit BEGIN/COMMIT makes the step atomic.
        try:
            await conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nINSERT INTO schema_migrations (number) VALUES"
                                     f" ({number});\nPRAGMA user_version = {reached};\nCOMMIT;")
        except Exception as failure:
            if conn.in_transaction:
                await conn.rollback()
            raise MigrationFailed(f"migration {name} failed ({type(failure).__name__}: {failure})"
                                  f" and was rolled back: the database stays at version {version}") from None
        version = reached
    return version


async def integrity_check(conn: aiosqlite.Connection) -> None:
    """The check at start (``Database.open``): raise DatabaseCorrupt unless ``PRAGMA quick_check``
    answers ok.

    The quick check reads every page and finds damaged pages, broken b-trees, a bad free list and rows
    breaking NOT NULL or CHECK constraints, in about half the time of the full ``integrity_check``
    (``pardonwatch db check``, and each backup's copy), which also verifies that every index holds
    exactly its table's rows. It is skipped when :class:`CheckRecord` shows the file unchanged since
    a process that checked it closed it."""
    try:
        async with conn.execute("PRAGMA quick_check") as cur:
            rows = [r[0] for r in await cur.fetchall()]
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:  # too damaged even to be checked ("disk image is malformed")
        raise DatabaseCorrupt(str(exc)) from exc
    if rows != ["ok"]:
        raise DatabaseCorrupt("; ".join(rows[:5]))


def _file_state(path: Path) -> list[list[int] | None]:
    """Size, modification time and inode of the database file and of its write-ahead log (None: absent)."""
    states: list[list[int] | None] = []
    for file in (path, Path(f"{path}-wal")):
        try:
            st = file.stat()
        except FileNotFoundError:
            states.append(None)
        else:
            states.append([st.st_size, st.st_mtime_ns, st.st_ino])
    return states


class CheckRecord:
    """``<database>-checked``: how the last process that checked the database (or trusted such a
    record) left the file and its WAL when it closed it cleanly.

    The start-up check reads every page, a second with a large registry: a file exactly as a checked
    process left it (same size, modification time and inode of the file and its WAL) is not read
    again. Any write by anyone moves the time; a process that dies before closing leaves no record,
    since a start takes the record away."""

    def __init__(self, database: str | Path):
        self._database = Path(database)
        self._path = Path(f"{database}-checked")

    def take(self) -> bool:
        """Whether the file is as recorded; the record is removed either way (written again at close)."""
        try:
            recorded = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        self.forget()
        return recorded == _file_state(self._database)

    def write(self) -> None:
        """Record the file as it is now (call after closing the connection)."""
        if not self._database.exists():
            return
        partial = Path(f"{self._path}.partial")
        partial.write_text(json.dumps(_file_state(self._database)), encoding="utf-8")
        os.replace(partial, self._path)

    def forget(self) -> None:
        """Make the next start check the file (after a check found it damaged)."""
        self._path.unlink(missing_ok=True)


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
