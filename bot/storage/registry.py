"""Registry import and export: batched upserts of prisoners by their registry's stable id."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

import aiosqlite

from bot.facts import full_date
from bot.names import RegistryRow
from bot.names.stored import IndexEntry
from bot.storage.db import BUSY_TIMEOUT_MS
from bot.storage.name_index import ALIASES_OF_P, NameKeyWriter

# SQLite allows 32,766 host parameters per statement; batches stay far below.
_CHUNK = 500
# What an import compares a file's row with: the fields, the aliases and the statuses the registry gave.
_SELECT_KNOWN = f"SELECT p.external_id, p.id, p.name_en, p.name_be, p.name_ru, p.sentence, p.source_url, {ALIASES_OF_P}, (SELECT group_concat(s.status || ' ' || coalesce(s.since, ''), char(31)) FROM prisoner_statuses s WHERE s.prisoner_id = p.id AND s.origin = 'registry') FROM prisoners p"  # noqa: S608
# Every prisoner with the current status (the newest; a moderator's first on the same day).
_SELECT_EXPORT = f"SELECT p.id, p.external_id, p.name_en, p.name_be, p.name_ru, p.sentence, p.source_url, {ALIASES_OF_P}, s.status, s.since FROM prisoners p LEFT JOIN (SELECT prisoner_id, status, since, row_number() OVER (PARTITION BY prisoner_id ORDER BY coalesce(since, '') DESC, origin = 'moderator' DESC, id DESC) AS n FROM prisoner_statuses) s ON s.prisoner_id = p.id AND s.n = 1 ORDER BY p.id"  # noqa: S608


@dataclass
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def _fields(row: RegistryRow) -> tuple:
    return (row.name_en or None, row.name_be or None, row.name_ru or None, row.sentence or None,
            row.source_url or None)


def row_hash(row: RegistryRow) -> int:
    """A 63-bit hash of everything an import writes of a row (stored in ``prisoners.registry_row``)."""
    # The fields as _fields() gives them, an empty one as "".
    text = "\x1f".join((row.id, row.name_en, row.name_be, row.name_ru, row.sentence, row.source_url,
                        "\x1e".join(row.aliases), _status_key(row)))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


def _status_key(row: RegistryRow) -> str:
    return f"{row.status} {row.status_date.isoformat() if row.status_date else ''}"


class _Known(NamedTuple):
    """What the database holds of a registry entry, to write only what the file changes (a tuple: an
    import makes one per new person, and a frozen dataclass takes four times as long to make)."""

    id: int
    fields: tuple
    aliases: frozenset[str]
    statuses: frozenset[str]  # "status date" of the statuses the registry gave


def open_writer(path: str) -> sqlite3.Connection:
    """A connection of this thread's own to write an import with (``bot.storage.db.connect``'s settings,
    the schema already current): an import is one process's one job, so its statements need no hop to
    another thread, as the bot's asynchronous connection makes."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "synchronous = NORMAL", "foreign_keys = ON",
                   "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


class RegistryWriter:
    """Writes an import on its own connection (:func:`open_writer`); call each method inside one of
    its transactions (:meth:`transaction`), so that people, statuses and name keys change together."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self.name_keys = NameKeyWriter(conn)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error: all or nothing."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.execute("COMMIT")

    def _known(self, external_ids: list[str]) -> dict[str, _Known]:
        marks = ",".join("?" * len(external_ids))  # only placeholders are interpolated below
        rows = self._conn.execute(f"{_SELECT_KNOWN} WHERE p.external_id IN ({marks})", external_ids).fetchall()  # noqa: S608
        return {r[0]: _Known(r[1], tuple(r[2:7]), frozenset(r[7].split("\x1f")) if r[7] else frozenset(),
                             frozenset(r[8].split("\x1f")) if r[8] else frozenset())
                for r in rows}

    def _adopt(self, rows: list[RegistryRow]) -> None:
        """Give people already known without a registry id (seed facts, articles) the id of the same name."""
        unadopted = self._conn.execute("SELECT name_en, name_be, name_ru FROM prisoners WHERE external_id IS NULL"
                                       ).fetchall()
        # Only rows naming one of them can adopt anyone: the others skip the statement (one lookup each).
        # Python's lower() equates every pair of names that SQLite's ASCII lower() equates, and more.
        english = {r[0].lower() for r in unadopted if r[0]}
        others = {name for r in unadopted for name in r[1:] if name}
        candidates = [r for r in rows if r.name_en.lower() in english or r.name_be in others or r.name_ru in others]
        self._conn.executemany(
            "UPDATE prisoners SET external_id = ? WHERE id = (SELECT id FROM prisoners WHERE external_id IS NULL"
            " AND (lower(name_en) = lower(?) OR name_be = ? OR name_ru = ?) ORDER BY id LIMIT 1)",
            [(r.id, r.name_en or None, r.name_be or None, r.name_ru or None) for r in candidates],
        )

    def _ids(self, external_ids: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(external_ids))  # only placeholders are interpolated below
        sql = f"SELECT external_id, id FROM prisoners WHERE external_id IN ({marks})"  # noqa: S608
        return dict(self._conn.execute(sql, external_ids).fetchall())

    def upsert(self, rows: list[RegistryRow], now: str, folded: Mapping[tuple[str, ...], IndexEntry] | None = None,
               typos: Mapping[str, str] | None = None) -> UpsertCounts:
        """Insert new people and write what the file changes for known ones (names, sentence, link, new
        aliases, new statuses), with their name keys; an entry the file does not change is only read.

        ``folded`` may hold the rows' name index entries already made, by their names, and ``typos``
        some of their stems' typo documents."""
        counts = UpsertCounts()
        for start in range(0, len(rows), _CHUNK):
            hashes = {r.id: row_hash(r) for r in rows[start:start + _CHUNK]}
            # A row as the last import wrote it (and nobody changed since) is only counted.
            stored = self._stored_hashes(list(hashes))
            chunk = [r for r in rows[start:start + _CHUNK] if stored.get(r.id) != hashes[r.id]]
            counts.unchanged += len(hashes) - len(chunk)
            if not chunk:
                continue
            known = self._known([r.id for r in chunk])
            if len(known) < len(chunk):
                self._adopt([r for r in chunk if r.id not in known])
                known.update(self._known([r.id for r in chunk if r.id not in known]))
            new = [r for r in chunk if r.id not in known]
            changed = [r for r in chunk if r.id in known and known[r.id].fields != _fields(r)]
            # The new are numbered here as SQLite would number them (after the largest id): reading the
            # largest id costs less than looking each new person's id up by registry id afterwards.
            ids = self._next_ids(new)
            self._conn.executemany(
                "INSERT INTO prisoners (id, name_en, name_be, name_ru, sentence, source_url, external_id, updated_at,"
                " registry_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(ids[r.id], *_fields(r), r.id, now, hashes[r.id]) for r in new],
            )
            self._conn.executemany(
                "UPDATE prisoners SET name_en = ?, name_be = ?, name_ru = ?, sentence = ?, source_url = ?,"
                " updated_at = ? WHERE external_id = ?",
                [(*_fields(r), now, r.id) for r in changed],
            )
            inserted_names: dict[int, tuple[str, ...]] = {}
            inserted: list[int] = []
            if new:
                # Just inserted: their fields are the file's, and they have no aliases or statuses yet.
                inserted = [ids[r.id] for r in new]
                known.update({r.id: _Known(ids[r.id], _fields(r), frozenset(), frozenset()) for r in new})
                # Their names as the database gives them back (Prisoner.all_names), so the name keys need
                # not read them; with two aliases or more, the order of the aliases read back is the index's.
                inserted_names = {ids[r.id]: tuple(dict.fromkeys(r.names())) for r in new if len(r.aliases) < 2}
            new_ids = {r.id for r in new}
            touched = {r.id for r in changed}
            aliases: list[tuple[int, str]] = []
            statuses: list[RegistryRow] = []
            for r in chunk:
                entry = known[r.id]
                added = [(entry.id, a) for a in r.aliases if a not in entry.aliases]
                stated = (r.status != "unknown" or r.status_date) and (
                    not entry.statuses or _status_key(r) not in entry.statuses)
                aliases.extend(added)
                if stated:
                    statuses.append(r)
                if added or stated:
                    touched.add(r.id)
            self._conn.executemany(
                "INSERT OR IGNORE INTO prisoner_aliases (prisoner_id, alias) VALUES (?, ?)", aliases)
            self._conn.executemany(
                "INSERT OR IGNORE INTO prisoner_statuses (prisoner_id, status, since, source, url, origin, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'registry', ?)",
                [(known[r.id].id, r.status, r.status_date.isoformat() if r.status_date else None, _source_name(r),
                  r.source_url or None, now) for r in statuses],
            )
            # The new are inserted with theirs; the transaction makes the hash and the row's writes one.
            self._conn.executemany("UPDATE prisoners SET registry_row = ? WHERE id = ?",
                                   [(hashes[r.id], known[r.id].id) for r in chunk if r.id not in new_ids])
            self.name_keys.update_pending(folded=folded, names=inserted_names, typos=typos, inserted=inserted)
            counts.inserted += len(new_ids)
            counts.updated += len(touched - new_ids)
            counts.unchanged += len(chunk) - len(new_ids) - len(touched - new_ids)
        return counts

    def _next_ids(self, new: list[RegistryRow]) -> dict[str, int]:
        if not new:
            return {}
        (last,) = self._conn.execute("SELECT coalesce(max(id), 0) FROM prisoners").fetchone()
        return {r.id: number for number, r in enumerate(new, last + 1)}

    def _stored_hashes(self, external_ids: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(external_ids))  # only placeholders are interpolated below
        sql = f"SELECT external_id, registry_row FROM prisoners WHERE external_id IN ({marks})"  # noqa: S608
        return dict(self._conn.execute(sql, external_ids).fetchall())

    def known_ids(self, external_ids: list[str]) -> set[str]:
        """Which of these registry ids the database has."""
        return set(self._ids(external_ids))

    def start_import(self) -> None:
        """Forget the ids of an earlier import on this connection (see :meth:`split_repeats`)."""
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_lines"
                           " (external_id TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID")
        self._conn.execute("DELETE FROM temp.import_lines")

    def split_repeats(self, rows: list[RegistryRow]) -> tuple[list[RegistryRow], list[tuple[RegistryRow, int]]]:
        """The rows whose id is new to this import (now remembered), and the rows repeating an id, each
        with the line of the id's first row. The ids are kept in a temporary table, on disk: memory
        stays the same for a file of any size."""
        first: dict[str, int] = {}
        for start in range(0, len(rows), _CHUNK):
            ids = [r.id for r in rows[start:start + _CHUNK]]
            marks = ",".join("?" * len(ids))  # only placeholders are interpolated below
            sql = f"SELECT external_id, line FROM temp.import_lines WHERE external_id IN ({marks})"  # noqa: S608
            first.update(self._conn.execute(sql, ids).fetchall())
        new: dict[str, int] = {}
        unique: list[RegistryRow] = []
        repeats: list[tuple[RegistryRow, int]] = []
        for row in rows:
            line = first.get(row.id, new.get(row.id))
            if line is None:
                new[row.id] = row.line
                unique.append(row)
            else:
                repeats.append((row, line))
        self._conn.executemany("INSERT INTO temp.import_lines (external_id, line) VALUES (?, ?)", new.items())
        return unique, repeats


class RegistryStore:
    """The registry as the bot's connection reads it."""

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def export_rows(self) -> AsyncIterator[RegistryRow]:
        """Every prisoner as a registry row, with the current status, streamed in id order."""
        async with self._conn.execute(_SELECT_EXPORT) as cur:
            async for r in cur:
                yield RegistryRow(
                    id=r[1] or f"pw-{r[0]}", name_en=r[2] or "", name_be=r[3] or "", name_ru=r[4] or "",
                    aliases=tuple(r[7].split("\x1f")) if r[7] else (), status=r[8] or "unknown",
                    status_date=full_date(r[9]), sentence=r[5] or "", source_url=r[6] or "")


def _source_name(row: RegistryRow) -> str:
    """The registry's site as the status's source ("prisoners.spring96.org"), else "registry"."""
    return (urlsplit(row.source_url).hostname or "registry") if row.source_url else "registry"
