"""Rounds' reviews: a moderator's verdict on a round, and the round's wait in the review queue."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import aiosqlite


@dataclass(frozen=True)
class Review:
    """What moderators have done about a round (`decision`) and whether it waits for them."""

    round_id: int
    decision: str | None = None
    reason: str | None = None
    audit_id: int | None = None
    waiting_since: str | None = None
    why: tuple[str, ...] = ()  # "new_round", "conflict:<field>", "low:<field>"
    reminded_at: str | None = None
    decided_by: str | None = field(default=None, compare=False)  # the audit entry's actor, when read

    @property
    def waiting(self) -> bool:
        return self.waiting_since is not None

    def snapshot(self) -> dict:
        """The stored fields as JSON, for the audit log (undo puts them back exactly)."""
        return {"decision": self.decision, "reason": self.reason, "audit_id": self.audit_id,
                "waiting_since": self.waiting_since, "why": list(self.why), "reminded_at": self.reminded_at}

    @classmethod
    def from_snapshot(cls, round_id: int, data: dict | None) -> Review:
        data = data or {}
        return cls(round_id=round_id, decision=data.get("decision"), reason=data.get("reason"),
                   audit_id=data.get("audit_id"), waiting_since=data.get("waiting_since"),
                   why=tuple(data.get("why") or ()), reminded_at=data.get("reminded_at"))


@dataclass(frozen=True)
class QueueSummary:
    """How many rounds wait for review, and how long the oldest has waited."""

    waiting: int
    oldest_age: dt.timedelta | None


_SELECT = """
SELECT r.round_id, r.decision, r.reason, r.audit_id, r.waiting_since, r.why_json, r.reminded_at, a.actor
FROM round_reviews r LEFT JOIN audit_log a ON a.id = r.audit_id
"""


def _review(row: aiosqlite.Row) -> Review:
    return Review(round_id=row[0], decision=row[1], reason=row[2], audit_id=row[3], waiting_since=row[4],
                  why=tuple(json.loads(row[5] or "[]")), reminded_at=row[6], decided_by=row[7])


class ReviewStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def get(self, round_id: int) -> Review:
        """The round's review; a round nobody reviewed and that waits for nothing gets an empty one."""
        async with self._conn.execute(_SELECT + " WHERE r.round_id = ?", (round_id,)) as cur:
            row = await cur.fetchone()
        return _review(row) if row else Review(round_id=round_id)

    async def all(self) -> dict[int, Review]:
        """Every stored review by round."""
        async with self._conn.execute(_SELECT) as cur:
            return {r[0]: _review(r) for r in await cur.fetchall()}

    async def decided_by(self, actor: str) -> list[int]:
        """The rounds whose current verdict this person gave (their review cards name them)."""
        async with self._conn.execute(
            "SELECT r.round_id FROM round_reviews r JOIN audit_log a ON a.id = r.audit_id WHERE a.actor = ?"
            " ORDER BY r.round_id", (actor,)
        ) as cur:
            return [r[0] for r in await cur.fetchall()]

    async def rejected(self) -> set[int]:
        """The rounds moderators rejected."""
        async with self._conn.execute("SELECT round_id FROM round_reviews WHERE decision = 'rejected'") as cur:
            return {r[0] for r in await cur.fetchall()}

    async def put(self, review: Review) -> None:
        """Store a round's review exactly as given."""
        await self._conn.execute(
            "INSERT INTO round_reviews (round_id, decision, reason, audit_id, waiting_since, why_json, reminded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id) DO UPDATE SET decision = excluded.decision,"
            " reason = excluded.reason, audit_id = excluded.audit_id, waiting_since = excluded.waiting_since,"
            " why_json = excluded.why_json, reminded_at = excluded.reminded_at",
            (review.round_id, review.decision, review.reason, review.audit_id, review.waiting_since,
             json.dumps(list(review.why)), review.reminded_at))

    async def enqueue(self, round_id: int, why: list[str], now: str) -> None:
        """Put a round in the review queue (or add reasons to its wait); the wait keeps its start."""
        current = await self.get(round_id)
        reasons = tuple(dict.fromkeys([*current.why, *why])) if current.waiting else tuple(dict.fromkeys(why))
        await self.put(Review(round_id=round_id, decision=current.decision, reason=current.reason,
                              audit_id=current.audit_id, waiting_since=current.waiting_since or now,
                              why=reasons, reminded_at=current.reminded_at))

    async def waiting(self) -> list[Review]:
        """The rounds waiting for review, longest waiting first."""
        async with self._conn.execute(
            _SELECT + " WHERE r.waiting_since IS NOT NULL ORDER BY r.waiting_since, r.round_id"
        ) as cur:
            return [_review(r) for r in await cur.fetchall()]

    async def due_reminders(self, waiting_before: str) -> list[int]:
        """Rounds waiting since before the given time whose moderators were never reminded."""
        async with self._conn.execute(
            "SELECT round_id FROM round_reviews WHERE waiting_since IS NOT NULL AND waiting_since <= ?"
            " AND reminded_at IS NULL ORDER BY waiting_since, round_id", (waiting_before,)
        ) as cur:
            return [r[0] for r in await cur.fetchall()]

    async def mark_reminded(self, round_id: int, now: str) -> None:
        await self._conn.execute("UPDATE round_reviews SET reminded_at = ? WHERE round_id = ?", (now, round_id))

    async def review_queue_summary(self, now: dt.datetime) -> QueueSummary:
        """How many rounds wait for review and the oldest one's age (for `pardonwatch status`)."""
        async with self._conn.execute(
            "SELECT count(*), min(waiting_since) FROM round_reviews WHERE waiting_since IS NOT NULL"
        ) as cur:
            count, oldest = await cur.fetchone()
        age = now - dt.datetime.fromisoformat(oldest) if oldest else None
        return QueueSummary(waiting=count, oldest_age=age)
