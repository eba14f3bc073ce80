"""The audit log of moderators' changes: who, when, before, after, why; and which were undone."""

from __future__ import annotations

import json
from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class AuditEntry:
    id: int
    actor: str
    action: str
    target: str
    before: object
    after: object
    reason: str | None
    created_at: str
    undone_at: str | None


def _entry(r: aiosqlite.Row) -> AuditEntry:
    return AuditEntry(
        id=r["id"], actor=r["actor"], action=r["action"], target=r["target"],
        before=json.loads(r["before_json"]) if r["before_json"] else None,
        after=json.loads(r["after_json"]) if r["after_json"] else None,
        reason=r["reason"], created_at=r["created_at"], undone_at=r["undone_at"],
    )


class AuditStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def record(self, *, actor: str, action: str, target: str, before: object, after: object,
                     reason: str | None, now: str) -> int:
        cur = await self._conn.execute(
            "INSERT INTO audit_log (actor, action, target, before_json, after_json, reason, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (actor, action, target, json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False),
             reason, now),
        )
        return cur.lastrowid

    async def set_after(self, entry_id: int, after: object) -> None:
        """Fill in the state after a change, when it is only known once the change is made."""
        await self._conn.execute("UPDATE audit_log SET after_json = ? WHERE id = ?",
                                 (json.dumps(after, ensure_ascii=False), entry_id))

    async def recent(self, limit: int = 10) -> list[AuditEntry]:
        async with self._conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)) as cur:
            return [_entry(r) for r in await cur.fetchall()]

    async def get(self, entry_id: int) -> AuditEntry | None:
        async with self._conn.execute("SELECT * FROM audit_log WHERE id = ?", (entry_id,)) as cur:
            row = await cur.fetchone()
        return _entry(row) if row else None

    async def last_active(self, actor: str) -> AuditEntry | None:
        """The actor's newest change that has not been undone."""
        async with self._conn.execute(
            "SELECT * FROM audit_log WHERE actor = ? AND undone_at IS NULL AND action != 'undo'"
            " ORDER BY id DESC LIMIT 1",
            (actor,),
        ) as cur:
            row = await cur.fetchone()
        return _entry(row) if row else None

    async def mark_undone(self, entry_id: int, now: str) -> None:
        await self._conn.execute("UPDATE audit_log SET undone_at = ? WHERE id = ?", (now, entry_id))

    async def forget_actor(self, actor: str) -> int:
        """Replace an actor's id in the log with a placeholder (the changes themselves stay audited)."""
        cur = await self._conn.execute("UPDATE audit_log SET actor = 'forgotten' WHERE actor = ?", (actor,))
        return cur.rowcount
