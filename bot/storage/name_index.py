"""The stored name index, written: folded keys of the prisoners whose names changed.

Triggers (migration 0008) list in ``name_keys_pending`` every prisoner whose names or aliases
were added, changed or removed, by any process. :meth:`NameKeyStore.update_pending` folds their
names again and rewrites a prisoner's entry and inverted-index document only when they differ, and
adds the typo neighbourhood of stems seen for the first time; call it in the transaction that
changed the names, so that keys always follow names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import aiosqlite

from bot.names.normalize import FOLD_VERSION
from bot.names.spellings import deletions
from bot.names.stored import IndexEntry, decode_spellings, forms_document, index_entry

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
            rows = await self._conn.execute_fetchall(
                "SELECT prisoner_id FROM name_keys_pending ORDER BY prisoner_id LIMIT ?", (size,))
            ids = [r[0] for r in rows]
            if not ids:
                break
            await self._rewrite(ids, folded or {})
            await self._conn.execute(f"DELETE FROM name_keys_pending WHERE prisoner_id IN ({_marks(ids)})", ids)  # noqa: S608
            done += len(ids)
        return done

    async def check_fold_version(self) -> bool:
        """When the keys were made by other folding rules, drop them and queue every prisoner; True if so."""
        async with self._conn.execute("SELECT fold_version FROM name_index_version") as cur:
            (version,) = await cur.fetchone()
        if version == FOLD_VERSION:
            return False
        await self._conn.execute("DELETE FROM name_entries")
        await self._conn.execute("DELETE FROM name_stems")
        await self._conn.execute("INSERT INTO name_forms (name_forms) VALUES ('delete-all')")
        await self._conn.execute("INSERT INTO name_typos (name_typos) VALUES ('delete-all')")
        await self._conn.execute("INSERT OR IGNORE INTO name_keys_pending (prisoner_id) SELECT id FROM prisoners")
        await self._conn.execute("UPDATE name_index_version SET fold_version = ?", (FOLD_VERSION,))
        return True

    async def merge_segments(self) -> None:
        """Merge the full-text indexes' segments after a bulk write (a query then reads one per key)."""
        await self._conn.execute("INSERT INTO name_forms (name_forms) VALUES ('optimize')")
        await self._conn.execute("INSERT INTO name_typos (name_typos) VALUES ('optimize')")

    async def _names(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        sql = f"SELECT p.id, p.name_en, p.name_be, p.name_ru, {ALIASES_OF_P} FROM prisoners p WHERE p.id IN ({_marks(ids)})"  # noqa: S608
        rows = await self._conn.execute_fetchall(sql, ids)
        # As Prisoner.all_names gives them: non-empty, each once, English, Belarusian, Russian, aliases.
        return {r[0]: tuple(dict.fromkeys(n for n in (r[1], r[2], r[3], *(r[4].split("\x1f") if r[4] else ())) if n))
                for r in rows}

    async def _stored(self, ids: list[int]) -> dict[int, str]:
        sql = f"SELECT prisoner_id, spellings FROM name_entries WHERE prisoner_id IN ({_marks(ids)})"  # noqa: S608
        return {r[0]: r[1] for r in await self._conn.execute_fetchall(sql, ids)}

    async def _rewrite(self, ids: list[int], folded: Mapping[tuple[str, ...], IndexEntry]) -> None:
        names = await self._names(ids)
        stored = await self._stored(ids)
        gone: list[tuple[int, str]] = []
        entries: list[tuple[int, str]] = []
        documents: list[tuple[int, str]] = []
        stems: set[str] = set()
        for pid in ids:
            spellings = names.get(pid, ())
            entry = folded.get(spellings) or index_entry(spellings)
            text = entry.spellings or None
            old = stored.get(pid)
            if text == old:
                continue
            if old is not None:
                # A contentless FTS5 document is removed by giving its exact old text.
                gone.append((pid, forms_document(decode_spellings(old))))
            if text is not None:
                entries.append((pid, text))
                documents.append((pid, entry.document))
                stems.update(entry.stems)
        kept = {pid for pid, _ in entries}
        removed = [pid for pid, _ in gone if pid not in kept]
        await self._conn.executemany("INSERT INTO name_forms (name_forms, rowid, forms) VALUES ('delete', ?, ?)", gone)
        if removed:
            await self._conn.execute(f"DELETE FROM name_entries WHERE prisoner_id IN ({_marks(removed)})", removed)  # noqa: S608
        # An upsert, not INSERT OR REPLACE: a replaced row would fire no delete trigger, and the
        # entry count (migration 0024) would count it twice.
        await self._conn.executemany("INSERT INTO name_entries (prisoner_id, spellings) VALUES (?, ?)"
                                     " ON CONFLICT (prisoner_id) DO UPDATE SET spellings = excluded.spellings", entries)
        await self._conn.executemany("INSERT INTO name_forms (rowid, forms) VALUES (?, ?)", documents)
        await self._add_stems(stems)

    async def _add_stems(self, stems: set[str]) -> None:
        """Index the typo neighbourhood of stems not indexed yet."""
        if not stems:
            return
        wanted = list(stems)
        known = await self._conn.execute_fetchall(f"SELECT stem FROM name_stems WHERE stem IN ({_marks(wanted)})", wanted)  # noqa: S608
        new = sorted(stems - {r[0] for r in known})
        if not new:
            return
        ((last,),) = await self._conn.execute_fetchall("SELECT coalesce(max(id), 0) FROM name_stems")
        numbered = list(enumerate(new, last + 1))
        await self._conn.executemany("INSERT INTO name_stems (id, stem) VALUES (?, ?)", numbered)
        await self._conn.executemany(
            "INSERT INTO name_typos (rowid, variants) VALUES (?, ?)",
            [(sid, " ".join(sorted(deletions(stem) | {stem}))) for sid, stem in numbered])
