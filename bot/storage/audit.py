"""The audit log of moderators' changes: who, when, before, after, why; and which were undone."""

from __future__ import annotations

import json
from dataclasses import dataclass

import aiosqlite

# What stands in the log for the id of someone who used /forget.
FORGOTTEN = "forgotten"


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

    async def forget_user(self, platform: str, user_id: str) -> tuple[int, int]:
        """Replace a user's id with FORGOTTEN wherever the log holds it; the changes stay audited.

        The id is the author (`actor`) of their own changes, and the subject of changes about them:
        the `target` and the before/after of /mod add|remove, and of an undo of those. Returns
        (entries they made, entries about them)."""
        actor, target = f"{platform}:{user_id}", f"user:{platform}:{user_id}"
        quoted = json.dumps(user_id, ensure_ascii=False)  # the id as it appears inside the JSON
        async with self._conn.execute(
            "SELECT id, actor, target, before_json, after_json FROM audit_log"
            " WHERE actor = ? OR target = ? OR instr(before_json, ?) OR instr(after_json, ?)",
            (actor, target, quoted, quoted),
        ) as cur:
            rows = await cur.fetchall()
        made = about = 0
        for row in rows:
            new_actor = FORGOTTEN if row["actor"] == actor else row["actor"]
            new_target = f"user:{platform}:{FORGOTTEN}" if row["target"] == target else row["target"]
            before, after = (_forget_in_json(row[column], platform, user_id) for column in ("before_json", "after_json"))
            if (new_target, before, after) != (row["target"], row["before_json"], row["after_json"]):
                about += 1
            made += new_actor != row["actor"]
            await self._conn.execute(
                "UPDATE audit_log SET actor = ?, target = ?, before_json = ?, after_json = ? WHERE id = ?",
                (new_actor, new_target, before, after, row["id"]))
        return made, about


def _forget_in_json(text: str | None, platform: str, user_id: str) -> str | None:
    """The JSON with every {"platform": platform, "user": user_id} naming FORGOTTEN instead."""
    if not text:
        return text
    value = json.loads(text)
    forgotten = _forget_in(value, platform, user_id)
    return text if forgotten == value else json.dumps(forgotten, ensure_ascii=False)


def _forget_in(value: object, platform: str, user_id: str) -> object:
    if isinstance(value, list):
        return [_forget_in(v, platform, user_id) for v in value]
    if not isinstance(value, dict):
        return value
    value = {k: _forget_in(v, platform, user_id) for k, v in value.items()}
    if value.get("platform") == platform and value.get("user") == user_id:
        value["user"] = FORGOTTEN
    return value
