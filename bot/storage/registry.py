"""Registry import and export: batched upserts of prisoners by their registry's stable id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiosqlite

from bot.facts import full_date
from bot.names import RegistryRow

# SQLite allows 32,766 host parameters per statement; batches stay far below.
_CHUNK = 500


@dataclass
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def _fields(row: RegistryRow) -> tuple:
    return (row.name_en or None, row.name_be or None, row.name_ru or None, row.sentence or None,
            row.source_url or None)


class RegistryStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def _existing(self, ids: list[str]) -> dict[str, tuple]:
        marks = ",".join("?" * len(ids))  # only placeholders are interpolated below
        sql = f"SELECT external_id, id, name_en, name_be, name_ru, sentence, source_url FROM prisoners WHERE external_id IN ({marks})"  # noqa: S608
        async with self._conn.execute(sql, ids) as cur:
            return {r[0]: (r[1], tuple(r[2:])) for r in await cur.fetchall()}

    async def _adopt(self, rows: list[RegistryRow]) -> None:
        """Give people already known without a registry id (seed facts, articles) the id of the same name."""
        await self._conn.executemany(
            "UPDATE prisoners SET external_id = ? WHERE id = (SELECT id FROM prisoners WHERE external_id IS NULL"
            " AND (lower(name_en) = lower(?) OR name_be = ? OR name_ru = ?) ORDER BY id LIMIT 1)",
            [(r.id, r.name_en or None, r.name_be or None, r.name_ru or None) for r in rows],
        )

    async def upsert(self, rows: list[RegistryRow], now: str) -> UpsertCounts:
        """Insert new people, update changed ones, leave the rest; aliases and statuses are added once."""
        counts = UpsertCounts()
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start:start + _CHUNK]
            existing = await self._existing([r.id for r in chunk])
            await self._adopt([r for r in chunk if r.id not in existing])
            existing = await self._existing([r.id for r in chunk])
            new = [r for r in chunk if r.id not in existing]
            changed = [r for r in chunk if r.id in existing and existing[r.id][1] != _fields(r)]
            counts.inserted += len(new)
            counts.updated += len(changed)
            counts.unchanged += len(chunk) - len(new) - len(changed)
            await self._conn.executemany(
                "INSERT INTO prisoners (name_en, name_be, name_ru, sentence, source_url, external_id, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*_fields(r), r.id, now) for r in new],
            )
            await self._conn.executemany(
                "UPDATE prisoners SET name_en = ?, name_be = ?, name_ru = ?, sentence = ?, source_url = ?,"
                " updated_at = ? WHERE external_id = ?",
                [(*_fields(r), now, r.id) for r in changed],
            )
            ids = {ext: pid for ext, (pid, _) in (await self._existing([r.id for r in chunk])).items()}
            await self._conn.executemany(
                "INSERT OR IGNORE INTO prisoner_aliases (prisoner_id, alias) VALUES (?, ?)",
                [(ids[r.id], alias) for r in chunk for alias in r.aliases],
            )
            await self._conn.executemany(
                "INSERT OR IGNORE INTO prisoner_statuses (prisoner_id, status, since, source, url, origin, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'registry', ?)",
                [(ids[r.id], r.status, r.status_date.isoformat() if r.status_date else None, _source_name(r),
                  r.source_url or None, now)
                 for r in chunk if r.status != "unknown" or r.status_date],
            )
        return counts

    async def changed_ids(self, external_ids: list[str]) -> list[int]:
        """Internal ids of the given registry ids (to refresh the name index after an import)."""
        found: list[int] = []
        for start in range(0, len(external_ids), _CHUNK):
            found.extend(pid for pid, _ in (await self._existing(external_ids[start:start + _CHUNK])).values())
        return found

    async def export_rows(self) -> AsyncIterator[RegistryRow]:
        """Every prisoner as a registry row, with the current status, streamed in id order."""
        async with self._conn.execute(
            "SELECT p.id, p.external_id, p.name_en, p.name_be, p.name_ru, p.sentence, p.source_url,"
            " (SELECT group_concat(alias, char(31)) FROM prisoner_aliases a WHERE a.prisoner_id = p.id),"
            " s.status, s.since"
            " FROM prisoners p LEFT JOIN (SELECT prisoner_id, status, since, row_number() OVER ("
            "   PARTITION BY prisoner_id ORDER BY coalesce(since, '') DESC, origin = 'moderator' DESC, id DESC) AS n"
            "   FROM prisoner_statuses) s ON s.prisoner_id = p.id AND s.n = 1"
            " ORDER BY p.id"
        ) as cur:
            async for r in cur:
                yield RegistryRow(
                    id=r[1] or f"pw-{r[0]}", name_en=r[2] or "", name_be=r[3] or "", name_ru=r[4] or "",
                    aliases=tuple(r[7].split("\x1f")) if r[7] else (), status=r[8] or "unknown",
                    status_date=full_date(r[9]), sentence=r[5] or "", source_url=r[6] or "")


def _source_name(row: RegistryRow) -> str:
    """The registry's site as the status's source ("prisoners.spring96.org"), else "registry"."""
    return (urlsplit(row.source_url).hostname or "registry") if row.source_url else "registry"
