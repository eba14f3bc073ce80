"""Every round as people see it now, built from all claims once per change of the data, not per command.

/latest, /rounds, /round, /total, /chart, inline answers and the review cards all start from every
round's view and state (/total and /chart from the count series too). Building them reads every
visible claim and reconciles each field of each round, which grows with history (about 0.3 s at
300 rounds on a small machine); the snapshot is kept by the database's `round_cache` and built
again only after a write that changes what it is built from, by this process or another one
(bot/storage/generation.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from bot.facts import CountPoint, RoundView
from bot.reconcile import build_round_views, chronological
from bot.reconcile.trust import RoundTrust, round_trusts
from bot.storage import Database


@dataclass(frozen=True)
class RoundSnapshot:
    """Every round with a visible report, oldest first, rejected ones included; which ones
    moderators rejected; and each round's state."""

    oldest_first: tuple[RoundView, ...]
    rejected: frozenset[int]
    trusts: Mapping[int, RoundTrust]
    shown_newest_first: tuple[RoundView, ...]  # what /total, /chart and inline answers show: no rejected round
    released: tuple[CountPoint, ...]  # the "released since July 2024" series, oldest first, as stored
    held: tuple[CountPoint, ...]  # the political prisoners series, oldest first, as stored


async def round_snapshot(db: Database) -> RoundSnapshot:
    """The rounds as the database holds them now (kept between commands until the data changes)."""
    return await db.round_cache.get(lambda: _build(db))


async def _build(db: Database) -> RoundSnapshot:
    claims = await db.rounds.all_claims(with_rejected=True)
    corrections = await db.rounds.corrections()
    reviews = await db.reviews.all()
    views = build_round_views(claims, corrections)
    rejected = frozenset(r.round_id for r in reviews.values() if r.decision == "rejected")
    decisions = {r.round_id: (r.decision, r.reason) for r in reviews.values()}
    # Each view depends on its own round's claims only, so leaving out the rejected rounds here is
    # the same as building the views from the claims of the rounds that are not rejected.
    shown = chronological([v for v in views if v.id not in rejected])[::-1]
    return RoundSnapshot(oldest_first=tuple(chronological(views)), rejected=rejected,
                         trusts=MappingProxyType(round_trusts(claims, corrections, decisions)),
                         shown_newest_first=tuple(shown),
                         released=tuple(await db.counts.series("released_total")),
                         held=tuple(await db.counts.series("political_prisoners")))
