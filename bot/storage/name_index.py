"""The stored name index, written: folded keys of the prisoners whose names changed.

Triggers (migration 0008) list in ``name_keys_pending`` every prisoner whose names or aliases
were added, changed or removed, by any process. :meth:`NameKeyStore.update_pending` folds their
names again and writes only the spellings, postings and typo stems that differ, so an unchanged
name costs nothing and the keys always follow the names (call it in the same transaction).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import aiosqlite

from bot.facts import Prisoner
from bot.names.normalize import FOLD_VERSION
from bot.names.spellings import FoldedName, deletions, fold_spellings

# A prisoner's aliases in one fixed order (their index), joined by \x1f; `p` is the prisoners row.
ALIASES_OF_P = "(SELECT group_concat(alias, char(31)) FROM prisoner_aliases a WHERE a.prisoner_id = p.id)"
SPELLING_COLUMNS = "position, spelling, fulls, stems, fines, patronymic, script"

# Prisoners folded per round trip: big enough to batch the SQL, small enough for constant memory.
BATCH = 500


def spelling_values(position: int, name: FoldedName) -> tuple:
    """One ``name_spellings`` row (without the prisoner id), in :data:`SPELLING_COLUMNS` order."""
    return (position, name.raw, " ".join(name.fulls), " ".join(name.stems), " ".join(name.fines),
            name.patronymic, name.script)


def folded_from_values(values: Sequence) -> FoldedName:
    """The :class:`FoldedName` of a ``name_spellings`` row read in :data:`SPELLING_COLUMNS` order."""
    _, raw, fulls, stems, fines, patronymic, script = values
    return FoldedName(raw, tuple(fulls.split()), tuple(stems.split()), tuple(fines.split()), patronymic, script)


def _forms(rows: Iterable[tuple]) -> set[str]:
    return {form for row in rows for form in (*row[2].split(), *row[3].split())}


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


class NameKeyStore:
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

    async def update_pending(self, limit: int | None = None) -> int:
        """Write the keys of (up to ``limit``) prisoners waiting for them; return how many were done."""
        done = 0
        while limit is None or done < limit:
            size = BATCH if limit is None else min(BATCH, limit - done)
            async with self._conn.execute(
                "SELECT prisoner_id FROM name_keys_pending ORDER BY prisoner_id LIMIT ?", (size,)
            ) as cur:
                ids = [r[0] for r in await cur.fetchall()]
            if not ids:
                break
            await self._rewrite(ids)
            await self._conn.execute(f"DELETE FROM name_keys_pending WHERE prisoner_id IN ({_marks(ids)})", ids)  # noqa: S608
            done += len(ids)
        return done

    async def check_fold_version(self) -> bool:
        """When the keys were made by other folding rules, drop them and queue every prisoner; True if so."""
        async with self._conn.execute("SELECT fold_version FROM name_index_version") as cur:
            (version,) = await cur.fetchone()
        if version == FOLD_VERSION:
            return False
        for table in ("name_spellings", "name_postings", "name_deletions"):
            await self._conn.execute(f"DELETE FROM {table}")  # noqa: S608 — fixed table names
        await self._conn.execute("INSERT OR IGNORE INTO name_keys_pending (prisoner_id) SELECT id FROM prisoners")
        await self._conn.execute("UPDATE name_index_version SET fold_version = ?", (FOLD_VERSION,))
        return True

    async def _names(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        sql = f"SELECT p.id, p.name_en, p.name_be, p.name_ru, {ALIASES_OF_P} FROM prisoners p WHERE p.id IN ({_marks(ids)})"  # noqa: S608
        async with self._conn.execute(sql, ids) as cur:
            rows = await cur.fetchall()
        return {r[0]: Prisoner(id=r[0], external_id=None, name_en=r[1], name_be=r[2], name_ru=r[3], sentence=None,
                               source_url=None, aliases=tuple(r[4].split("\x1f")) if r[4] else ()).all_names
                for r in rows}

    async def _stored(self, ids: list[int]) -> dict[int, list[tuple]]:
        sql = f"SELECT prisoner_id, {SPELLING_COLUMNS} FROM name_spellings WHERE prisoner_id IN ({_marks(ids)}) ORDER BY prisoner_id, position"  # noqa: S608
        stored: dict[int, list[tuple]] = {}
        async with self._conn.execute(sql, ids) as cur:
            for r in await cur.fetchall():
                stored.setdefault(r[0], []).append(tuple(r[1:]))
        return stored

    async def _rewrite(self, ids: list[int]) -> None:
        names = await self._names(ids)
        stored = await self._stored(ids)
        changed: dict[int, list[tuple]] = {}
        for pid in ids:
            rows = [spelling_values(i, name) for i, name in enumerate(fold_spellings(names.get(pid, ())))]
            if rows != stored.get(pid, []):
                changed[pid] = rows
        if not changed:
            return
        pids = list(changed)
        await self._conn.execute(f"DELETE FROM name_spellings WHERE prisoner_id IN ({_marks(pids)})", pids)  # noqa: S608
        insert = f"INSERT INTO name_spellings (prisoner_id, {SPELLING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
        await self._conn.executemany(insert, [(pid, *row) for pid, rows in changed.items() for row in rows])
        gone, added, stems = [], [], set()
        for pid, rows in changed.items():
            old, new = _forms(stored.get(pid, [])), _forms(rows)
            gone.extend((form, pid) for form in old - new)
            added.extend((form, pid) for form in new - old)
            stems.update(stem for row in rows for stem in row[3].split())
        await self._conn.executemany("DELETE FROM name_postings WHERE form = ? AND prisoner_id = ?", gone)
        await self._conn.executemany("INSERT INTO name_postings (form, prisoner_id) VALUES (?, ?)", added)
        await self._add_stems(stems)

    async def _add_stems(self, stems: set[str]) -> None:
        """Index the typo neighbourhood of stems not indexed yet."""
        if not stems:
            return
        wanted = list(stems)
        sql = f"SELECT stem FROM name_deletions WHERE variant = stem AND variant IN ({_marks(wanted)})"  # noqa: S608
        async with self._conn.execute(sql, wanted) as cur:
            known = {r[0] for r in await cur.fetchall()}
        await self._conn.executemany(
            "INSERT OR IGNORE INTO name_deletions (variant, stem) VALUES (?, ?)",
            [(variant, stem) for stem in stems - known for variant in deletions(stem) | {stem}])
