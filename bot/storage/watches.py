"""Watches: which chat watches someone, the person stored only as a keyed hash (bot/watch/keys.py).

A chat with watches also has one subscription of purpose 'watch' (its language, and the outbox's
target for its notifications); it goes when the chat's last watch goes.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class Watch:
    platform: str
    chat_id: str
    person: bytes


class WatchStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def add(self, platform: str, chat_id: str, person: bytes) -> bool:
        """Store a watch; False when the chat already had it."""
        cur = await self._conn.execute(
            "INSERT OR IGNORE INTO watches (platform, chat_id, person) VALUES (?, ?, ?)", (platform, chat_id, person))
        return cur.rowcount == 1

    async def remove(self, platform: str, chat_id: str, person: bytes) -> bool:
        """Delete a watch; False when the chat did not have it."""
        cur = await self._conn.execute(
            "DELETE FROM watches WHERE platform = ? AND chat_id = ? AND person = ?", (platform, chat_id, person))
        return cur.rowcount == 1

    async def of_chat(self, platform: str, chat_id: str) -> set[bytes]:
        async with self._conn.execute(
            "SELECT person FROM watches WHERE platform = ? AND chat_id = ?", (platform, chat_id)) as cur:
            return {bytes(r[0]) for r in await cur.fetchall()}

    async def count(self, platform: str, chat_id: str) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM watches WHERE platform = ? AND chat_id = ?", (platform, chat_id)) as cur:
            (n,) = await cur.fetchone()
        return n

    async def all(self) -> list[Watch]:
        """Every watch: a status change is matched against each one's hash."""
        async with self._conn.execute("SELECT platform, chat_id, person FROM watches") as cur:
            return [Watch(r[0], r[1], bytes(r[2])) for r in await cur.fetchall()]

    async def forget_chat(self, platform: str, chat_id: str) -> int:
        """Delete the chat's watches; return how many went."""
        cur = await self._conn.execute("DELETE FROM watches WHERE platform = ? AND chat_id = ?", (platform, chat_id))
        return cur.rowcount
