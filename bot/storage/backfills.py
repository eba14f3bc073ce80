"""Where each walk through a feed's history stands (`pardonwatch backfill`)."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class BackfillPosition:
    feed_url: str
    since: str
    next_url: str | None
    paging: str | None
    pages_read: int
    items_read: int
    finished_at: str | None


class BackfillStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def get(self, feed_url: str) -> BackfillPosition | None:
        async with self._conn.execute(
            "SELECT feed_url, since, next_url, paging, pages_read, items_read, finished_at FROM backfills"
            " WHERE feed_url = ?", (feed_url,)
        ) as cur:
            row = await cur.fetchone()
        return BackfillPosition(*row) if row else None

    async def save(self, position: BackfillPosition, now: str) -> None:
        """Record the walk's position (the page to read next, or NULL with `finished_at` when done)."""
        await self._conn.execute(
            "INSERT INTO backfills (feed_url, since, next_url, paging, pages_read, items_read, updated_at, finished_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url) DO UPDATE SET since = excluded.since,"
            " next_url = excluded.next_url, paging = excluded.paging, pages_read = excluded.pages_read,"
            " items_read = excluded.items_read, updated_at = excluded.updated_at, finished_at = excluded.finished_at",
            (position.feed_url, position.since, position.next_url, position.paging, position.pages_read,
             position.items_read, now, position.finished_at),
        )
