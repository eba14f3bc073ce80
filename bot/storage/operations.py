"""What the operator's view reads and the bot records about itself: backups and its heartbeat."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class Backup:
    path: str
    made_at: str
    size_bytes: int
    integrity: str


@dataclass(frozen=True)
class Heartbeat:
    started_at: str
    beat_at: str
    stopped_at: str | None


class OperationsStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def record_backup(self, backup: Backup) -> None:
        await self._conn.execute(
            "INSERT INTO backups (path, made_at, size_bytes, integrity) VALUES (?, ?, ?, ?)",
            (backup.path, backup.made_at, backup.size_bytes, backup.integrity))

    async def last_backup(self) -> Backup | None:
        async with self._conn.execute(
            "SELECT path, made_at, size_bytes, integrity FROM backups ORDER BY made_at DESC, id DESC LIMIT 1"
        ) as cur:
            row = await cur.fetchone()
        return Backup(*row) if row else None

    async def beat(self, process: str, started_at: str, now: str) -> None:
        """The process is alive now (a new start replaces the previous run's row)."""
        await self._conn.execute(
            "INSERT INTO heartbeats (process, started_at, beat_at) VALUES (?, ?, ?)"
            " ON CONFLICT (process) DO UPDATE SET started_at = excluded.started_at, beat_at = excluded.beat_at,"
            " stopped_at = NULL", (process, started_at, now))

    async def stopped(self, process: str, now: str) -> None:
        """The process stopped cleanly (a crash leaves only an old heartbeat)."""
        await self._conn.execute("UPDATE heartbeats SET stopped_at = ? WHERE process = ?", (now, process))

    async def heartbeat(self, process: str) -> Heartbeat | None:
        async with self._conn.execute(
            "SELECT started_at, beat_at, stopped_at FROM heartbeats WHERE process = ?", (process,)
        ) as cur:
            row = await cur.fetchone()
        return Heartbeat(*row) if row else None

    async def schema_version(self) -> int:
        async with self._conn.execute("PRAGMA user_version") as cur:
            (version,) = await cur.fetchone()
        return version

    async def rounds_seen(self) -> tuple[int, int | None, str | None]:
        """How many rounds there are, and the newest one's id and the time the bot first stored it."""
        async with self._conn.execute(
            "SELECT (SELECT count(*) FROM rounds), id, created_at FROM rounds ORDER BY created_at DESC, id DESC LIMIT 1"
        ) as cur:
            row = await cur.fetchone()
        return (row[0], row[1], row[2]) if row else (0, None, None)

    async def oldest_pending_post(self) -> str | None:
        """When the longest-waiting post (new or edited) was last queued or retried."""
        async with self._conn.execute("SELECT min(updated_at) FROM outbox WHERE state = 'pending'") as cur:
            (at,) = await cur.fetchone()
        return at

    async def failed_posts(self, limit: int) -> list[tuple[str, int, str | None, str]]:
        """The newest posts given up on: platform, round, the platform's error, when."""
        async with self._conn.execute(
            "SELECT s.platform, o.round_id, o.last_error, o.updated_at FROM outbox o"
            " JOIN subscriptions s ON s.id = o.subscription_id WHERE o.state = 'failed'"
            " ORDER BY o.updated_at DESC, o.id DESC LIMIT ?", (limit,)
        ) as cur:
            return [(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()]
