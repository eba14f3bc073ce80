"""Feeds, their validators and health, and the items already seen in them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import aiosqlite

# SQLite's limit on parameters is large, but a bounded chunk keeps every statement small.
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
class SeenKeys:
    """Which of the asked keys are already known: GUIDs of this feed, links and hashes of any feed."""

    guids: frozenset[str]
    links: frozenset[str]
    hashes: frozenset[str]


def _feed(row: aiosqlite.Row) -> Feed:
    return Feed(id=row["id"], url=row["url"], outlet=row["outlet"], lang=row["lang"],
                interval_seconds=row["interval_seconds"], etag=row["etag"], last_modified=row["last_modified"],
                last_success=row["last_success"], last_error=row["last_error"],
                last_error_at=row["last_error_at"], consecutive_failures=row["consecutive_failures"],
                next_check=row["next_check"])


_SEEN_COLUMNS = ("guid", "link", "item_hash")


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


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
        async with self._conn.execute("SELECT max(last_success) FROM feeds") as cur:
            (value,) = await cur.fetchone()
        return value

    async def next_due(self) -> str | None:
        """The earliest next check of any feed (None when there are no feeds or one is due now)."""
        async with self._conn.execute(
            "SELECT min(coalesce(next_check, '')) FROM feeds"
        ) as cur:
            (value,) = await cur.fetchone()
        return value or None

    async def record_success(self, feed_id: int, *, etag: str | None, last_modified: str | None, now: str,
                             next_check: str) -> None:
        await self._conn.execute(
            "UPDATE feeds SET etag = ?, last_modified = ?, last_success = ?, consecutive_failures = 0,"
            " next_check = ? WHERE id = ?",
            (etag, last_modified, now, next_check, feed_id),
        )

    async def record_failure(self, feed_id: int, *, error: str, now: str, next_check: str) -> None:
        await self._conn.execute(
            "UPDATE feeds SET last_error = ?, last_error_at = ?, consecutive_failures = consecutive_failures + 1,"
            " next_check = ? WHERE id = ?",
            (error, now, next_check, feed_id),
        )

    async def seen_keys(self, feed_url: str, guids: Sequence[str], links: Sequence[str],
                        hashes: Sequence[str]) -> SeenKeys:
        """The given GUIDs already seen in this feed, and links and item hashes already seen in any feed."""
        return SeenKeys(frozenset(await self._seen("guid", guids, feed_url)),
                        frozenset(await self._seen("link", links)),
                        frozenset(await self._seen("item_hash", hashes)))

    async def _seen(self, column: str, values: Sequence[str], feed_url: str | None = None) -> set[str]:
        """Which of `values` are already in `column` (within one feed when `feed_url` is given)."""
        assert column in _SEEN_COLUMNS  # the column name is code, never input
        # A literal feed_url condition (not "? IS NULL OR …") keeps the (feed_url, guid) index usable.
        in_feed, feed_params = ("feed_url = ? AND ", (feed_url,)) if feed_url is not None else ("", ())
        found: set[str] = set()
        for chunk in _chunks(list(values)):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {column} FROM feed_items_seen WHERE {in_feed}{column} IN ({marks})"  # noqa: S608
            async with self._conn.execute(sql, (*feed_params, *chunk)) as cur:
                found.update(row[0] for row in await cur.fetchall())
        return found

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
