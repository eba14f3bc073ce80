"""The Matrix transport's own state: its session (device, token, sync position) and room notes."""

from __future__ import annotations

from dataclasses import dataclass, field

import aiosqlite

from bot.storage.db import transaction
from bot.storage.lock import TaskLock

PLATFORM = "matrix"


@dataclass(frozen=True)
class MatrixSession:
    user_id: str
    device_id: str | None
    access_token: str | None = field(repr=False)
    next_batch: str | None


class MatrixStateStore:
    def __init__(self, conn: aiosqlite.Connection, lock: TaskLock):
        self._conn = conn
        self._lock = lock

    async def session(self, user_id: str) -> MatrixSession | None:
        async with self._conn.execute(
            "SELECT user_id, device_id, access_token, next_batch FROM matrix_session WHERE user_id = ?", (user_id,)
        ) as cur:
            row = await cur.fetchone()
        return MatrixSession(row[0], row[1], row[2], row[3]) if row else None

    async def save_login(self, user_id: str, device_id: str | None, access_token: str | None) -> None:
        """Remember the device and token of a login; a new device starts without a sync position."""
        await self._conn.execute(
            "INSERT INTO matrix_session (user_id, device_id, access_token) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET"
            "   next_batch = CASE WHEN device_id IS excluded.device_id THEN next_batch END,"
            "   device_id = excluded.device_id, access_token = excluded.access_token",
            (user_id, device_id, access_token),
        )

    async def save_next_batch(self, user_id: str, next_batch: str) -> None:
        await self._conn.execute(
            "UPDATE matrix_session SET next_batch = ? WHERE user_id = ?", (next_batch, user_id)
        )

    async def forget_token(self, user_id: str) -> None:
        """The homeserver no longer accepts the stored token (logged out elsewhere)."""
        await self._conn.execute("UPDATE matrix_session SET access_token = NULL WHERE user_id = ?", (user_id,))

    async def encryption_noticed(self, room_id: str) -> bool:
        async with self._conn.execute(
            "SELECT encryption_noticed_at IS NOT NULL FROM matrix_rooms WHERE room_id = ?", (room_id,)
        ) as cur:
            row = await cur.fetchone()
        return bool(row and row[0])

    async def mark_encryption_noticed(self, room_id: str, now: str) -> bool:
        """Record the notice; False when it had already been given (so it is given only once)."""
        cur = await self._conn.execute(
            "INSERT INTO matrix_rooms (room_id, encryption_noticed_at) VALUES (?, ?)"
            " ON CONFLICT (room_id) DO UPDATE SET encryption_noticed_at = excluded.encryption_noticed_at"
            " WHERE matrix_rooms.encryption_noticed_at IS NULL",
            (room_id, now),
        )
        return cur.rowcount == 1

    async def move_room(self, old_room_id: str, new_room_id: str) -> bool:
        """Carry a room's language and subscriptions over to its upgraded room; True if anything moved."""
        async with transaction(self._conn, self._lock):
            moved_language = await self._conn.execute(
                "INSERT INTO chats (platform, chat_id, language)"
                " SELECT platform, ?, language FROM chats WHERE platform = ? AND chat_id = ?"
                " ON CONFLICT (platform, chat_id) DO NOTHING",
                (new_room_id, PLATFORM, old_room_id),
            )
            await self._conn.execute("DELETE FROM chats WHERE platform = ? AND chat_id = ?", (PLATFORM, old_room_id))
            moved_subscriptions = await self._conn.execute(
                "UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE platform = ? AND chat_id = ?",
                (new_room_id, PLATFORM, old_room_id),
            )
            await self._conn.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?", (PLATFORM, old_room_id)
            )
        return moved_language.rowcount > 0 or moved_subscriptions.rowcount > 0
