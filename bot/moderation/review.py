"""Moderators' verdicts on rounds: approve one as reported, or reject it (it is retracted everywhere).

Either takes the round out of the review queue. The review as it was is kept in the audit entry,
so /undo puts the round back exactly (in the queue, with its earlier verdict).
"""

from __future__ import annotations

from dataclasses import replace

from bot.moderation.changes import Actor, Change, Recorder, Refused, finished, record
from bot.storage import Database
from bot.storage.reviews import Review


async def require_round(db: Database, round_id: int) -> None:
    """Refuse a round that does not exist or has no report."""
    if not await db.rounds.exists(round_id) or not await db.rounds.articles_of(round_id):
        raise Refused("no_round", round=round_id)


def decided(review: Review, decision: str | None, reason: str | None, audit_id: int | None) -> Review:
    """The review after a moderator's verdict: out of the queue (the reminder, if any, stays sent)."""
    return replace(review, decision=decision, reason=reason, audit_id=audit_id, waiting_since=None, why=())


async def decide(db: Database, actor: Actor, round_id: int, decision: str, reason: str | None) -> Change:
    """Approve (`decision="approved"`) or reject (`"rejected"`) a round, with an optional reason."""
    await require_round(db, round_id)
    review = await db.reviews.get(round_id)
    if review.decision == decision and not review.waiting:
        raise Refused("already_" + decision, round=round_id)
    action = "approve" if decision == "approved" else "reject"
    rec = Recorder(action, f"round:{round_id}", reason=reason,
                   before={"round": round_id, "review": review.snapshot()})
    async with db.transaction():
        audit_id = await record(db, actor, rec)
        after = decided(review, decision, reason, audit_id)
        await db.reviews.put(after)
        await db.audit.set_after(audit_id, {"round": round_id, "review": after.snapshot()})
    return await finished(db, audit_id, (round_id,))
