"""Feeds, their validators and health, and the items already seen in them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

# Values per lookup statement: two columns of 400 stay under the 999 parameters of older SQLite builds.
_CHUNK = 400


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    outlet: str
    lang: str | None
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    consecutive_failures: int
    next_check: str | None
    body_hash: str | None = None    # of the last body whose every new item was handled


@dataclass(frozen=True)
class SeenItem:
    feed_url: str
    guid: str
    link: str | None
    item_hash: str
    relevant: bool
    article_id: int | None
    seen_at: str


@dataclass(frozen=True)
class SeenReports:
    """Which of the asked links and item hashes a relevant item of any feed already had."""

    links: frozenset[str]
    hashes: frozenset[str]


def _feed(row: aiosqlite.Row) -> Feed:
    return Feed(id=row["id"], url=row["url"], outlet=row["outlet"], lang=row["lang"],
                interval_seconds=row["interval_seconds"], etag=row["etag"], last_modified=row["last_modified"],
                last_success=row["last_success"], last_error=row["last_error"],
                last_error_at=row["last_error_at"], consecutive_failures=row["consecutive_failures"],
                next_check=row["next_check"], body_hash=row["body_hash"])


class FeedStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def add(self, *, url: str, outlet: str, lang: str | None, interval_seconds: int, now: str) -> bool:
        """Add a feed; False when a feed with this address is already there (it is left unchanged)."""
        cur = await self._conn.execute(
            "INSERT OR IGNORE INTO feeds (url, outlet, lang, interval_seconds, added_at) VALUES (?, ?, ?, ?, ?)",
            (url, outlet, lang, interval_seconds, now),
        )
        return cur.rowcount == 1

    async def remove(self, url: str) -> bool:
        cur = await self._conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cur.rowcount == 1

    async def get(self, url: str) -> Feed | None:
        async with self._conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)) as cur:
            row = await cur.fetchone()
        return _feed(row) if row else None

    async def all(self) -> list[Feed]:
        async with self._conn.execute("SELECT * FROM feeds ORDER BY outlet, url") as cur:
            return [_feed(row) for row in await cur.fetchall()]

    async def due(self, now: str) -> list[Feed]:
        """Feeds whose next check has come (or that were never checked), the longest waiting first."""
        async with self._conn.execute(
            "SELECT * FROM feeds WHERE next_check IS NULL OR next_check <= ? ORDER BY next_check, id", (now,)
        ) as cur:
            return [_feed(row) for row in await cur.fetchall()]

    async def last_feed_success(self) -> str | None:
        """When any feed was last read successfully (ISO time, UTC), or None when none ever was."""
        # Asked by most commands (their freshness line): one trip to the database thread.
        [(value,)] = await self._conn.execute_fetchall("SELECT max(last_success) FROM feeds")
        return value

    async def next_due(self) -> str | None:
        """The earliest next check of any feed (None when there are no feeds or one is due now)."""
        async with self._conn.execute(
            "SELECT min(coalesce(next_check, '')) FROM feeds"
        ) as cur:
            (value,) = await cur.fetchone()
        return value or None

    async def record_success(self, feed_id: int, *, etag: str | None, last_modified: str | None, now: str,
                             next_check: str, body_hash: str | None) -> None:
        await self._conn.execute(
            "UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, last_success = ?, consecutive_failures = 0,"
            " next_check = ? WHERE id = ?",
            (etag, last_modified, body_hash, now, next_check, feed_id),
        )

    async def record_failure(self, feed_id: int, *, error: str, now: str, next_check: str) -> None:
        await self._conn.execute(
            "UPDATE feeds SET last_error = ?, last_error_at = ?, consecutive_failures = consecutive_failures + 1,"
            " next_check = ? WHERE id = ?",
            (error, now, next_check, feed_id),
        )

    async def seen_guids(self, feed_url: str, guids: Sequence[str]) -> frozenset[str]:
        """The given GUIDs already seen in this feed."""
        found: set[str] = set()
        for start in range(0, len(guids), _CHUNK):
            chunk = guids[start:start + _CHUNK]
            rows = await self._conn.execute_fetchall(
                f"SELECT guid FROM feed_items_seen WHERE feed_url = ? AND guid IN ({','.join('?' * len(chunk))})",  # noqa: S608
                (feed_url, *chunk))
            found.update(row[0] for row in rows)
        return frozenset(found)

    async def seen_reports(self, links: Sequence[str], hashes: Sequence[str]) -> SeenReports:
        """The given links and item hashes that a relevant item of any feed already had."""
        found: dict[str, set[str]] = {"link": set(), "item_hash": set()}
        for start in range(0, max(len(links), len(hashes)), _CHUNK):
            link_chunk, hash_chunk = links[start:start + _CHUNK], hashes[start:start + _CHUNK]
            # Both parts in one statement, each on its own index; the column names are code, not input.
            rows = await self._conn.execute_fetchall(
                f"SELECT 'link', link FROM feed_items_seen WHERE link IN ({','.join('?' * len(link_chunk))})"  # noqa: S608
                " AND relevant UNION ALL SELECT 'item_hash', item_hash FROM feed_items_seen"
                f" WHERE item_hash IN ({','.join('?' * len(hash_chunk))}) AND relevant",
                (*link_chunk, *hash_chunk))
            for column, value in rows:
                found[column].add(value)
        return SeenReports(frozenset(found["link"]), frozenset(found["item_hash"]))

    async def mark_seen(self, items: Sequence[SeenItem]) -> None:
        await self._conn.executemany(
            "INSERT OR IGNORE INTO feed_items_seen (feed_url, guid, link, item_hash, relevant, article_id, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i.feed_url, i.guid, i.link, i.item_hash, int(i.relevant), i.article_id, i.seen_at) for i in items],
        )

    async def count_seen(self) -> int:
        async with self._conn.execute("SELECT count(*) FROM feed_items_seen") as cur:
            (count,) = await cur.fetchone()
        return count

    async def setting(self, key: str) -> str | None:
        async with self._conn.execute("SELECT value FROM feed_settings WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_setting(self, key: str, value: str) -> None:
        await self._conn.execute(
            "INSERT INTO feed_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
