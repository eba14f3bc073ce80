"""Rounds' states as stored: their claims, corrections and moderators' decisions, read together."""

from __future__ import annotations

from bot.reconcile.trust import RoundTrust, round_trust, round_trusts
from bot.storage import Database


async def load_trusts(db: Database) -> dict[int, RoundTrust]:
    """The state of every round with visible reports, rejected rounds included."""
    decisions = {r.round_id: (r.decision, r.reason) for r in (await db.reviews.all()).values()}
    return round_trusts(await db.rounds.all_claims(with_rejected=True), await db.rounds.corrections(), decisions)


async def load_trust(db: Database, round_id: int) -> RoundTrust:
    """The state of one round."""
    review = await db.reviews.get(round_id)
    corrected = bool(await db.rounds.corrections_of(round_id))
    return round_trust(await db.rounds.claims_of(round_id), corrected, review.decision, review.reason)
