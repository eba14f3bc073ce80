"""Per-chat settings (the reply language) and auto-post subscriptions."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class Subscription:
    id: int
    platform: str
    chat_id: str
    thread_id: str
    language: str
    with_chart: bool


class ChatStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def language(self, platform: str, chat_id: str) -> str | None:
        async with self._conn.execute(
            "SELECT language FROM chats WHERE platform = ? AND chat_id = ?", (platform, chat_id)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_language(self, platform: str, chat_id: str, language: str) -> None:
        await self._conn.execute(
            "INSERT INTO chats (platform, chat_id, language) VALUES (?, ?, ?)"
            " ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language",
            (platform, chat_id, language),
        )

    async def subscribe(self, platform: str, chat_id: str, thread_id: str, language: str, now: str,
                        with_chart: bool = False) -> bool:
        """Subscribe a chat (or topic); returns False when it already was (its language is updated)."""
        cur = await self._conn.execute(
            "INSERT INTO subscriptions (platform, chat_id, thread_id, language, with_chart, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, chat_id, thread_id) DO NOTHING",
            (platform, chat_id, thread_id, language, int(with_chart), now),
        )
        if cur.rowcount == 0:
            await self._conn.execute(
                "UPDATE subscriptions SET language = ?, with_chart = ? WHERE platform = ? AND chat_id = ? AND thread_id = ?",
                (language, int(with_chart), platform, chat_id, thread_id),
            )
            return False
        return True

    async def unsubscribe(self, platform: str, chat_id: str, thread_id: str | None = None) -> int:
        """Remove a chat's subscription (one topic, or all of the chat's when thread_id is None)."""
        if thread_id is None:
            cur = await self._conn.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?", (platform, chat_id)
            )
        else:
            cur = await self._conn.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND thread_id = ?",
                (platform, chat_id, thread_id),
            )
        return cur.rowcount

    async def subscriptions(self, platform: str | None = None, chat_id: str | None = None) -> list[Subscription]:
        async with self._conn.execute(
            "SELECT id, platform, chat_id, thread_id, language, with_chart FROM subscriptions"
            " WHERE (? IS NULL OR platform = ?) AND (? IS NULL OR chat_id = ?) ORDER BY id",
            (platform, platform, chat_id, chat_id),
        ) as cur:
            rows = await cur.fetchall()
        return [Subscription(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> int:
        """A chat got a new id (a Telegram group upgraded to a supergroup): it keeps its settings.

        Returns how many subscriptions moved."""
        await self._conn.execute("UPDATE OR IGNORE chats SET chat_id = ? WHERE platform = ? AND chat_id = ?",
                                 (new_chat_id, platform, old_chat_id))
        cur = await self._conn.execute(
            "UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE platform = ? AND chat_id = ?",
            (new_chat_id, platform, old_chat_id))
        return cur.rowcount

    async def forget_chat(self, platform: str, chat_id: str) -> dict[str, int]:
        """Delete the chat's language and subscriptions; return how many rows of each went."""
        subs = await self.unsubscribe(platform, chat_id)
        cur = await self._conn.execute("DELETE FROM chats WHERE platform = ? AND chat_id = ?", (platform, chat_id))
        return {"language": cur.rowcount, "subscriptions": subs}
