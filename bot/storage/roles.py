"""Moderators, identified by platform id only."""

from __future__ import annotations

import aiosqlite


class RoleStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def is_moderator(self, platform: str, user_id: str) -> bool:
        # Asked on every command: one trip to the database thread (execute, fetch and close in one).
        return bool(await self._conn.execute_fetchall(
            "SELECT 1 FROM roles WHERE platform = ? AND user_id = ? AND role = 'moderator'", (platform, user_id)))

    async def granted_at(self, platform: str, user_id: str) -> str | None:
        async with self._conn.execute(
            "SELECT granted_at FROM roles WHERE platform = ? AND user_id = ?", (platform, user_id)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def add_moderator(self, platform: str, user_id: str, now: str) -> bool:
        cur = await self._conn.execute(
            "INSERT OR IGNORE INTO roles (platform, user_id, role, granted_at) VALUES (?, ?, 'moderator', ?)",
            (platform, user_id, now),
        )
        return cur.rowcount == 1

    async def remove_moderator(self, platform: str, user_id: str) -> bool:
        cur = await self._conn.execute("DELETE FROM roles WHERE platform = ? AND user_id = ?", (platform, user_id))
        return cur.rowcount == 1

    async def moderators(self) -> list[tuple[str, str]]:
        async with self._conn.execute("SELECT platform, user_id FROM roles ORDER BY platform, user_id") as cur:
            return [(r[0], r[1]) for r in await cur.fetchall()]
