"""The stored name index, written: folded keys of the prisoners whose names changed.

Triggers (migration 0008) list in ``name_keys_pending`` every prisoner whose names or aliases
were added, changed or removed, by any process. :meth:`NameKeyStore.update_pending` folds their
names again and rewrites a prisoner's entry and inverted-index document only when they differ, and
adds the typo neighbourhood of stems seen for the first time; call it in the transaction that
changed the names, so that keys always follow names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import aiosqlite

from bot.names.normalize import FOLD_VERSION
from bot.names.stored import IndexEntry, decode_spellings, forms_document, index_entry, typo_document

# A prisoner's aliases in one fixed order (their index), joined by \x1f; `p` is the prisoners row.
ALIASES_OF_P = "(SELECT group_concat(alias, char(31)) FROM prisoner_aliases a WHERE a.prisoner_id = p.id)"

# Prisoners folded per round trip: big enough to batch the SQL, small enough for constant memory.
BATCH = 500
# A write of this many prisoners' keys is bulk: the full-text segments are merged after it.
BULK = 1000


def fts_terms(words: Iterable[str]) -> str:
    """An FTS5 query for any of ``words`` (keys are letters only; quoting keeps them plain terms)."""
    return " OR ".join(f'"{w}"' for w in words)


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


class NameKeyStore:
    """Writes the name index on the bot's connection; every write joins the caller's transaction."""

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def is_current(self) -> bool:
        """True when every prisoner's keys are written, by the current folding rules (a read only)."""
        async with self._conn.execute(
            "SELECT fold_version = ? AND NOT EXISTS (SELECT 1 FROM name_keys_pending) FROM name_index_version",
            (FOLD_VERSION,),
        ) as cur:
            (current,) = await cur.fetchone()
        return bool(current)

    async def pending(self) -> int:
        """How many prisoners wait for their keys."""
        async with self._conn.execute("SELECT count(*) FROM name_keys_pending") as cur:
            (count,) = await cur.fetchone()
        return count

    async def update_pending(self, limit: int | None = None,
                             folded: Mapping[tuple[str, ...], IndexEntry] | None = None) -> int:
        """Write the keys of (up to ``limit``) prisoners waiting for them; return how many were done.

        ``folded`` may hold some of their entries already made (by names, in stored order)."""
        done = 0
        while limit is None or done < limit:
            size = BATCH if limit is None else min(BATCH, limit - done)
            ids = [r[0] for r in await self._conn.execute_fetchall(_SELECT_PENDING, (size,))]
            if not ids:
                break
            await self._rewrite(ids, folded or {})
            await self._conn.execute(_delete_pending(ids), ids)
            done += len(ids)
        return done

    async def check_fold_version(self) -> bool:
        """When the keys were made by other folding rules, drop them and queue every prisoner; True if so."""
        async with self._conn.execute("SELECT fold_version FROM name_index_version") as cur:
            (version,) = await cur.fetchone()
        if version == FOLD_VERSION:
            return False
        await self._conn.execute("DELETE FROM name_entries")
        await self._conn.execute("UPDATE name_index_version SET entries = 0")
        await self._conn.execute("DELETE FROM name_stems")
        await self._conn.execute("INSERT INTO name_forms (name_forms) VALUES ('delete-all')")
        await self._conn.execute("INSERT INTO name_typos (name_typos) VALUES ('delete-all')")
        await self._conn.execute("INSERT OR IGNORE INTO name_keys_pending (prisoner_id) SELECT id FROM prisoners")
        await self._conn.execute("UPDATE name_index_version SET fold_version = ?", (FOLD_VERSION,))
        return True

    async def merge_segments(self) -> None:
        """Merge the full-text indexes' segments after a bulk write (a query then reads one per key)."""
        for statement in _MERGE:
            await self._conn.execute(statement)

    async def _rewrite(self, ids: list[int], folded: Mapping[tuple[str, ...], IndexEntry]) -> None:
        names = _names_by_id(await self._conn.execute_fetchall(_select_names(ids), ids))
        stored = dict(await self._conn.execute_fetchall(_select_stored(ids), ids))
        plan = KeyWrites.of(ids, names, stored, folded)
        await self._conn.executemany(_DELETE_DOCUMENT, plan.gone)
        if plan.removed:
            await self._conn.execute(_delete_entries(plan.removed), plan.removed)
        await self._conn.executemany(_UPSERT_ENTRY, plan.entries)
        if plan.counted:
            await self._conn.execute(_COUNT_ENTRIES, (plan.counted,))
        await self._conn.executemany(_INSERT_DOCUMENT, plan.documents)
        if plan.stems:
            wanted = list(plan.stems)
            known = await self._conn.execute_fetchall(_select_stems(wanted), wanted)
            ((last,),) = await self._conn.execute_fetchall(_LAST_STEM)
            numbered = _numbered_new_stems(plan.stems, known, last)
            await self._conn.executemany(_INSERT_STEM, numbered)
            await self._conn.executemany(_INSERT_TYPOS, _typo_documents(numbered, {}))


class NameKeyWriter:
    """:class:`NameKeyStore`'s writes on a connection of the standard library's ``sqlite3`` (a registry
    import's own, ``bot.storage.registry.open_writer``): the same statements, with no thread hop."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def update_pending(self, folded: Mapping[tuple[str, ...], IndexEntry] | None = None,
                       names: Mapping[int, tuple[str, ...]] | None = None,
                       typos: Mapping[str, str] | None = None, inserted: Sequence[int] = ()) -> int:
        """Write the keys of every prisoner waiting for them, and of the people this transaction
        ``inserted`` with a registry row's hash (which are not queued, migration 0027); return how many
        were done (see :meth:`NameKeyStore.update_pending`). ``names`` may hold some prisoners' names as
        the database would give them back (people this transaction inserted): those are not read;
        ``typos`` some stems' typo documents already made (``bot.names.stored.folded_batch``)."""
        done = 0
        for start in range(0, len(inserted), BATCH):
            ids = list(inserted[start:start + BATCH])
            self._rewrite(ids, folded or {}, names or {}, typos or {})
            done += len(ids)
        while ids := [r[0] for r in self._conn.execute(_SELECT_PENDING, (BATCH,))]:
            self._rewrite(ids, folded or {}, names or {}, typos or {})
            self._conn.execute(_delete_pending(ids), ids)
            done += len(ids)
        return done

    def merge_segments(self) -> None:
        """See :meth:`NameKeyStore.merge_segments`."""
        for statement in _MERGE:
            self._conn.execute(statement)

    def _rewrite(self, ids: list[int], folded: Mapping[tuple[str, ...], IndexEntry],
                 known: Mapping[int, tuple[str, ...]], typos: Mapping[str, str]) -> None:
        names = {pid: known[pid] for pid in ids if pid in known}
        if unread := [pid for pid in ids if pid not in known]:
            names.update(_names_by_id(self._conn.execute(_select_names(unread), unread)))
        stored = dict(self._conn.execute(_select_stored(ids), ids))
        plan = KeyWrites.of(ids, names, stored, folded)
        self._conn.executemany(_DELETE_DOCUMENT, plan.gone)
        if plan.removed:
            self._conn.execute(_delete_entries(plan.removed), plan.removed)
        self._conn.executemany(_UPSERT_ENTRY, plan.entries)
        if plan.counted:
            self._conn.execute(_COUNT_ENTRIES, (plan.counted,))
        self._conn.executemany(_INSERT_DOCUMENT, plan.documents)
        if plan.stems:
            wanted = list(plan.stems)
            known = self._conn.execute(_select_stems(wanted), wanted).fetchall()
            (last,) = self._conn.execute(_LAST_STEM).fetchone()
            numbered = _numbered_new_stems(plan.stems, known, last)
            self._conn.executemany(_INSERT_STEM, numbered)
            self._conn.executemany(_INSERT_TYPOS, _typo_documents(numbered, typos))


@dataclass
class KeyWrites:
    """What rewriting some prisoners' keys writes: the planning both writers share."""

    gone: list[tuple[int, str]]  # (prisoner, old document) to take out of name_forms
    removed: list[int]  # prisoners left with no entry
    entries: list[tuple[int, str]]  # name_entries rows written
    documents: list[tuple[int, str]]  # name_forms documents written
    stems: set[str]  # the written entries' stems (their typo neighbourhood is added when new)
    counted: int = 0  # entries added less entries removed: the change of the index's entry count

    @classmethod
    def of(cls, ids: list[int], names: Mapping[int, tuple[str, ...]], stored: Mapping[int, str],
           folded: Mapping[tuple[str, ...], IndexEntry]) -> KeyWrites:
        """Fold each prisoner's names (or take them from ``folded``), keeping only what differs from ``stored``."""
        plan = cls([], [], [], [], set())
        for pid in ids:
            spellings = names.get(pid, ())
            entry = folded.get(spellings) or index_entry(spellings)
            text = entry.spellings or None
            old = stored.get(pid)
            if text == old:
                continue
            if old is not None:
                # A contentless FTS5 document is removed by giving its exact old text.
                plan.gone.append((pid, forms_document(decode_spellings(old))))
            if text is not None:
                plan.entries.append((pid, text))
                plan.documents.append((pid, entry.document))
                plan.stems.update(entry.stems)
        kept = {pid for pid, _ in plan.entries}
        plan.removed = [pid for pid, _ in plan.gone if pid not in kept]
        plan.counted = sum(stored.get(pid) is None for pid in kept) - len(plan.removed)
        return plan


_SELECT_PENDING = "SELECT prisoner_id FROM name_keys_pending ORDER BY prisoner_id LIMIT ?"
_MERGE = ("INSERT INTO name_forms (name_forms) VALUES ('optimize')",
          "INSERT INTO name_typos (name_typos) VALUES ('optimize')")
_DELETE_DOCUMENT = "INSERT INTO name_forms (name_forms, rowid, forms) VALUES ('delete', ?, ?)"
# An upsert, not INSERT OR REPLACE (which deletes the row and inserts it again).
_UPSERT_ENTRY = ("INSERT INTO name_entries (prisoner_id, spellings) VALUES (?, ?)"
                 " ON CONFLICT (prisoner_id) DO UPDATE SET spellings = excluded.spellings")
# The entry count (migration 0024) is kept here, by the only writer of name_entries (migration 0027).
_COUNT_ENTRIES = "UPDATE name_index_version SET entries = entries + ?"
_INSERT_DOCUMENT = "INSERT INTO name_forms (rowid, forms) VALUES (?, ?)"
_LAST_STEM = "SELECT coalesce(max(id), 0) FROM name_stems"
_INSERT_STEM = "INSERT INTO name_stems (id, stem) VALUES (?, ?)"
_INSERT_TYPOS = "INSERT INTO name_typos (rowid, variants) VALUES (?, ?)"


def _delete_pending(ids: Sequence) -> str:
    return f"DELETE FROM name_keys_pending WHERE prisoner_id IN ({_marks(ids)})"  # noqa: S608


def _delete_entries(ids: Sequence) -> str:
    return f"DELETE FROM name_entries WHERE prisoner_id IN ({_marks(ids)})"  # noqa: S608


def _select_names(ids: Sequence) -> str:
    return f"SELECT p.id, p.name_en, p.name_be, p.name_ru, {ALIASES_OF_P} FROM prisoners p WHERE p.id IN ({_marks(ids)})"  # noqa: S608


def _select_stored(ids: Sequence) -> str:
    return f"SELECT prisoner_id, spellings FROM name_entries WHERE prisoner_id IN ({_marks(ids)})"  # noqa: S608


def _select_stems(stems: Sequence) -> str:
    return f"SELECT stem FROM name_stems WHERE stem IN ({_marks(stems)})"  # noqa: S608


def _names_by_id(rows: Iterable[Sequence]) -> dict[int, tuple[str, ...]]:
    # As Prisoner.all_names gives them: non-empty, each once, English, Belarusian, Russian, aliases.
    return {r[0]: tuple(dict.fromkeys(n for n in (r[1], r[2], r[3], *(r[4].split("\x1f") if r[4] else ())) if n))
            for r in rows}


def _numbered_new_stems(stems: set[str], known: Iterable[Sequence], last: int) -> list[tuple[int, str]]:
    """The stems not indexed yet, numbered after the last one."""
    return list(enumerate(sorted(stems - {r[0] for r in known}), last + 1))


def _typo_documents(numbered: list[tuple[int, str]], made: Mapping[str, str]) -> list[tuple[int, str]]:
    """Each new stem's name_typos document (``made`` may hold some already)."""
    return [(sid, made.get(stem) or typo_document(stem)) for sid, stem in numbered]
