"""Watches: which chat watches someone, the person stored only as a keyed hash (bot/watch/keys.py).

A chat with watches also has one subscription of purpose 'watch' (its language, and the outbox's
target for its notifications); it goes when the chat's last watch goes.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.storage.db import truncate_wal


@dataclass(frozen=True)
class Watch:
    """One watch with where its notifications go: the chat's 'watch' subscription and language."""

    platform: str
    chat_id: str
    person: bytes
    subscription_id: int | None = None
    language: str = "en"


class WatchStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def add(self, platform: str, chat_id: str, person: bytes, language: str, today: str) -> bool:
        """Store a watch and the chat's notification target (in `language`); False when the chat
        already had the watch. The target's date is the day only (`today`)."""
        await self._conn.execute(
            "INSERT INTO subscriptions (platform, chat_id, thread_id, language, created_at, purpose)"
            " VALUES (?, ?, '', ?, ?, 'watch') ON CONFLICT DO UPDATE SET language = excluded.language",
            (platform, chat_id, language, today))
        cur = await self._conn.execute(
            "INSERT OR IGNORE INTO watches (platform, chat_id, person) VALUES (?, ?, ?)", (platform, chat_id, person))
        return cur.rowcount == 1

    async def remove(self, platform: str, chat_id: str, person: bytes) -> bool:
        """Delete a watch (and the chat's target with its last one); False when the chat did not have it."""
        cur = await self._conn.execute(
            "DELETE FROM watches WHERE platform = ? AND chat_id = ? AND person = ?", (platform, chat_id, person))
        await self._drop_target_if_unused(platform, chat_id)
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
        """Every watch of a chat that can be written to, with the language of its messages: the chat's own
        choice, else the one it watched in. A chat without a target (a Matrix room upgraded meanwhile) is
        skipped until it watches again."""
        async with self._conn.execute(
            "SELECT w.platform, w.chat_id, w.person, s.id, coalesce(c.language, s.language) FROM watches w"
            " JOIN subscriptions s ON s.platform = w.platform AND s.chat_id = w.chat_id AND s.purpose = 'watch'"
            " LEFT JOIN chats c ON c.platform = w.platform AND c.chat_id = w.chat_id"
        ) as cur:
            return [Watch(r[0], r[1], bytes(r[2]), r[3], r[4]) for r in await cur.fetchall()]

    async def queue(self, watch: Watch, notice: str, body_json: str, content_hash: str, now: str) -> bool:
        """Queue one notification to the watch's chat, once per `notice`; False when it was queued before.
        It names no round: one chat may get several about one round (two people it watches), and a
        round merged away must not take an undelivered one with it."""
        cur = await self._conn.execute(
            "INSERT INTO outbox (subscription_id, round_id, kind, notice, body_json, content_hash, created_at,"
            " updated_at) VALUES (?, NULL, 'watch', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (watch.subscription_id, notice, body_json, content_hash, now, now))
        return cur.rowcount == 1

    async def pending_notices(self) -> int:
        """Notifications not delivered yet (their text names the person: they go once delivered)."""
        async with self._conn.execute("SELECT count(*) FROM outbox WHERE kind = 'watch'") as cur:
            (n,) = await cur.fetchone()
        return n

    async def wipe_delivered(self) -> bool:
        """Once no notification waits, empty the write-ahead log, which still holds the pages of the
        delivered ones (the file itself zeroes deleted rows: secure_delete). False when one waits or a
        reader kept the log busy (its pages then go at a later checkpoint)."""
        if await self.pending_notices():
            return False
        return await truncate_wal(self._conn)

    async def forget_chat(self, platform: str, chat_id: str) -> int:
        """Delete the chat's watches, its target and its undelivered notifications; return how many watches went."""
        cur = await self._conn.execute("DELETE FROM watches WHERE platform = ? AND chat_id = ?", (platform, chat_id))
        await self._drop_target_if_unused(platform, chat_id)
        return cur.rowcount

    async def _drop_target_if_unused(self, platform: str, chat_id: str) -> None:
        # Its undelivered notifications go with it (the outbox's rows cascade).
        await self._conn.execute(
            "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND purpose = 'watch'"
            " AND NOT EXISTS (SELECT 1 FROM watches WHERE platform = ? AND chat_id = ?)",
            (platform, chat_id, platform, chat_id))
