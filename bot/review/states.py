"""Rounds' states as stored: their claims, corrections and moderators' decisions, read together."""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import Claim, RoundView
from bot.reconcile import build_round_views
from bot.reconcile.trust import RoundTrust, round_trust
from bot.round_snapshot import round_snapshot
from bot.storage import Database
from bot.storage.reviews import Review


@dataclass(frozen=True)
class RoundUnderReview:
    """One round as moderators see it: its view, state, review and the claims behind it."""

    view: RoundView
    trust: RoundTrust
    review: Review
    claims: list[Claim]


async def load_trusts(db: Database) -> dict[int, RoundTrust]:
    """The state of every round with visible reports, rejected rounds included."""
    return dict((await round_snapshot(db)).trusts)


async def load_round(db: Database, round_id: int) -> RoundUnderReview | None:
    """One round with its state and review, rejected or not; None when it has no visible report."""
    claims = await db.rounds.claims_of(round_id)
    if not claims:
        return None
    corrections = await db.rounds.corrections_of(round_id)
    view = build_round_views(claims, {(round_id, f): c["value"] for f, c in corrections.items()})[0]
    review = await db.reviews.get(round_id)
    return RoundUnderReview(view, round_trust(claims, bool(corrections), review.decision, review.reason), review,
                            claims)


async def load_trust(db: Database, round_id: int) -> RoundTrust | None:
    """The state of one round (None when it has no visible report)."""
    found = await load_round(db, round_id)
    return found.trust if found else None
