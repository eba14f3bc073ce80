"""What the watch notifier reads and remembers: status entries of people the news touched, and the
last status change noticed for each (public facts about prisoners, never about who watches them)."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class StatusRow:
    """One status entry as the notifier weighs it."""

    id: int
    prisoner_id: int
    status: str
    since: str | None
    source: str | None
    url: str | None
    origin: str  # seed | registry | article | moderator
    article_id: int | None


@dataclass(frozen=True)
class Noticed:
    """The status last noticed for a prisoner, and the entry it came from."""

    status: str
    since: str | None
    status_id: int | None


class NoticeStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def touched_statuses(self) -> list[StatusRow]:
        """Every status entry of the people that news or a moderator gave a status, or that a change
        was noticed for before (an undone /status leaves them without news)."""
        async with self._conn.execute(
            "SELECT id, prisoner_id, status, since, source, url, origin, article_id FROM prisoner_statuses"
            " WHERE prisoner_id IN (SELECT prisoner_id FROM prisoner_statuses WHERE origin IN ('article', 'moderator')"
            "                       UNION SELECT prisoner_id FROM status_notices)"
        ) as cur:
            return [StatusRow(*r) for r in await cur.fetchall()]

    async def noticed(self) -> dict[int, Noticed]:
        async with self._conn.execute("SELECT prisoner_id, status, since, status_id FROM status_notices") as cur:
            return {r[0]: Noticed(r[1], r[2], r[3]) for r in await cur.fetchall()}

    async def remember(self, prisoner_id: int, noticed: Noticed) -> None:
        await self._conn.execute(
            "INSERT INTO status_notices (prisoner_id, status, since, status_id) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (prisoner_id) DO UPDATE SET status = excluded.status, since = excluded.since,"
            " status_id = excluded.status_id",
            (prisoner_id, noticed.status, noticed.since, noticed.status_id))

    async def evidence(self, prisoner_id: int, article_id: int) -> str | None:
        """The sentence of the article that names the person (as the extractor quoted it)."""
        async with self._conn.execute(
            "SELECT evidence FROM mentions WHERE prisoner_id = ? AND article_id = ?", (prisoner_id, article_id)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None
