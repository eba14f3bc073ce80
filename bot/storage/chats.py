"""Per-chat settings (the reply language), auto-post subscriptions, and where review cards go.

A subscription's `purpose` is "rounds" (auto-posts of pardon rounds, with a `policy`), "modchat"
(the moderators' chat an owner set with /modchat) or "moderator" (one Telegram moderator's private
chat, used while the platform has no moderators' chat).
"""

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
    policy: str = "fast"  # "fast": post at the first report; "confirmed": once confirmed or approved
    purpose: str = "rounds"


_SELECT = "SELECT id, platform, chat_id, thread_id, language, with_chart, policy, purpose FROM subscriptions"


def _subscription(r: tuple) -> Subscription:
    return Subscription(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7])


class ChatStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def language(self, platform: str, chat_id: str) -> str | None:
        # Asked on every command: one trip to the database thread (execute, fetch and close in one).
        rows = await self._conn.execute_fetchall(
            "SELECT language FROM chats WHERE platform = ? AND chat_id = ?", (platform, chat_id))
        return rows[0][0] if rows else None

    async def set_language(self, platform: str, chat_id: str, language: str) -> None:
        await self._conn.execute(
            "INSERT INTO chats (platform, chat_id, language) VALUES (?, ?, ?)"
            " ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language",
            (platform, chat_id, language),
        )

    async def subscribe(self, platform: str, chat_id: str, thread_id: str, language: str, now: str,
                        with_chart: bool = False, policy: str = "fast") -> bool:
        """Subscribe a chat (or topic) to auto-posts; returns False when it already was (its language and
        policy are updated). The /subscribe handler always names the policy; the default is the outbox's
        plain behaviour, posting at once."""
        cur = await self._conn.execute(
            "INSERT INTO subscriptions (platform, chat_id, thread_id, language, with_chart, created_at, policy)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, chat_id, thread_id, purpose) DO NOTHING",
            (platform, chat_id, thread_id, language, int(with_chart), now, policy),
        )
        if cur.rowcount == 0:
            await self._conn.execute(
                "UPDATE subscriptions SET language = ?, with_chart = ?, policy = ?"
                " WHERE platform = ? AND chat_id = ? AND thread_id = ? AND purpose = 'rounds'",
                (language, int(with_chart), policy, platform, chat_id, thread_id),
            )
            return False
        return True

    async def subscription(self, platform: str, chat_id: str, thread_id: str) -> Subscription | None:
        """The chat's (or topic's) auto-post subscription, if it has one."""
        async with self._conn.execute(
            _SELECT + " WHERE platform = ? AND chat_id = ? AND thread_id = ? AND purpose = 'rounds'",
            (platform, chat_id, thread_id),
        ) as cur:
            row = await cur.fetchone()
        return _subscription(row) if row else None

    async def unsubscribe(self, platform: str, chat_id: str, thread_id: str | None = None,
                          purpose: str | None = None) -> int:
        """Remove a chat's subscriptions (one topic, or all of the chat's when thread_id is None; one
        purpose, or every purpose when None: a chat that blocked the bot gets nothing any more)."""
        cur = await self._conn.execute(
            "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND (? IS NULL OR thread_id = ?)"
            " AND (? IS NULL OR purpose = ?)",
            (platform, chat_id, thread_id, thread_id, purpose, purpose),
        )
        return cur.rowcount

    async def subscriptions(self, platform: str | None = None, chat_id: str | None = None) -> list[Subscription]:
        """Auto-post subscriptions (optionally of one platform or chat)."""
        async with self._conn.execute(
            _SELECT + " WHERE purpose = 'rounds' AND (? IS NULL OR platform = ?) AND (? IS NULL OR chat_id = ?)"
            " ORDER BY id",
            (platform, platform, chat_id, chat_id),
        ) as cur:
            rows = await cur.fetchall()
        return [_subscription(r) for r in rows]

    async def review_chats(self) -> list[Subscription]:
        """Where review cards go: on each platform its moderators' chat, or else (Telegram) each
        moderator's private chat. The language is the chat's own choice where it made one."""
        async with self._conn.execute(
            "SELECT s.id, s.platform, s.chat_id, s.thread_id, coalesce(c.language, s.language), s.with_chart,"
            " s.policy, s.purpose FROM subscriptions s"
            " LEFT JOIN chats c ON c.platform = s.platform AND c.chat_id = s.chat_id"
            " WHERE s.purpose = 'modchat' OR (s.purpose = 'moderator' AND NOT EXISTS ("
            "   SELECT 1 FROM subscriptions m WHERE m.purpose = 'modchat' AND m.platform = s.platform))"
            " ORDER BY s.id"
        ) as cur:
            return [_subscription(r) for r in await cur.fetchall()]

    async def set_modchat(self, platform: str, chat_id: str, thread_id: str, language: str, now: str) -> None:
        """Make this chat (or topic) the platform's one moderators' chat."""
        await self._conn.execute("DELETE FROM subscriptions WHERE platform = ? AND purpose = 'modchat'", (platform,))
        await self._conn.execute(
            "INSERT INTO subscriptions (platform, chat_id, thread_id, language, created_at, purpose)"
            " VALUES (?, ?, ?, ?, ?, 'modchat')", (platform, chat_id, thread_id, language, now))

    async def set_moderator_chat(self, platform: str, user_id: str, present: bool, now: str) -> None:
        """Give a Telegram moderator's private chat review cards (or stop them); other platforms have none."""
        if platform != "telegram":
            return
        if not present:
            await self.unsubscribe(platform, user_id, purpose="moderator")
            return
        language = await self.language(platform, user_id) or "en"
        await self._conn.execute(
            "INSERT INTO subscriptions (platform, chat_id, thread_id, language, created_at, purpose)"
            " VALUES (?, ?, '', ?, ?, 'moderator') ON CONFLICT DO NOTHING", (platform, user_id, language, now))

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
