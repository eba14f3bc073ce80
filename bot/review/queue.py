"""What puts a round in the moderators' review queue: a new round, a conflicting figure, or a figure
the extractor was not sure of.

A round waits until a moderator approves, rejects or corrects it (bot/moderation/review.py); a
later report can put an approved round back in the queue (a new conflicting figure), never a
rejected one (a moderator can undo the rejection), nor a round of the project's checked record
(seeded from seeds/facts.json): a later report joins such a round without asking moderators.
"""

from __future__ import annotations

from bot.storage import Database
from bot.storage.articles import NewClaim

# Outlets number the rounds differently ("the sixth", "the fifth"): that is no conflict worth a look.
_NOT_CONFLICTS = ("round_ordinal",)


async def queue_for_review(db: Database, round_id: int, article_id: int, new_round: bool, claims: list[NewClaim],
                           now: str) -> list[str]:
    """Queue the round if this article's report (its `claims`, already stored) makes it new, conflicting
    or uncertain; return the reasons ("new_round", "conflict:<field>", "low:<field>")."""
    review = await db.reviews.get(round_id)
    if review.decision == "rejected":
        return []
    others = [c for c in await db.rounds.claims_of(round_id) if c.article_id != article_id]
    if any(c.seeded for c in others):
        return []  # a round of the project's checked record (the seeds): confirmed, never queued
    why = ["new_round"] if new_round else []
    for claim in claims:
        values = {c.value for c in others if c.field == claim.field}
        # A value no other report gave, where others gave one: a report repeating a disputed value adds nothing.
        if claim.field not in _NOT_CONFLICTS and values and claim.value not in values:
            why.append(f"conflict:{claim.field}")
    why.extend(f"low:{c.field}" for c in claims if c.confidence == "low")
    if why:
        await db.reviews.enqueue(round_id, why, now)
    return why
