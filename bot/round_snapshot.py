"""Every round as people see it now, built from all claims once per change of the data, not per command.

/latest, /rounds, /round, /total, /chart, inline answers and the review cards all start from every
round's view and state (/total and /chart from the count series too). Building them reads every
visible claim and reconciles each field of each round, which grows with history (about 0.3 s at
300 rounds on a small machine); the snapshot is kept by the database's `round_cache` and built
again only after a write that changes what it is built from, by this process or another one
(bot/storage/generation.py).

The answers built from the rounds alone (/latest, /total, /rounds, /round) are kept with the snapshot
too, per command and language (`kept_answer`): a new snapshot starts without any, so a change of the
data shows in the very next answer, and the cost of a command no longer includes formatting every
round it lists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.facts import CountPoint, RoundView
from bot.reconcile import build_round_views, chronological
from bot.reconcile.trust import RoundTrust, round_trusts
from bot.reply import Reply
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
    # Answers built from this snapshot, by (command, language, ...): see `kept_answer`.
    answers: dict[Hashable, Reply] = field(default_factory=dict, compare=False, repr=False)


async def round_snapshot(db: Database) -> RoundSnapshot:
    """The rounds as the database holds them now (kept between commands until the data changes)."""
    return await db.round_cache.get(lambda: _build(db))


MAX_KEPT_ANSWERS = 2000  # per snapshot: every round in three languages and a few prefixes


async def kept_answer(rounds: RoundSnapshot, key: Hashable, build: Callable[[], Awaitable[Reply]]) -> Reply:
    """The answer `build()` gives for `key`, built once per snapshot; a copy, which the caller may extend.

    `build` must depend on nothing but the data the snapshot is built from and what `key` holds (the
    command, its language and prefix, the round it names): never on the time or on who asks."""
    kept = rounds.answers.get(key)
    if kept is None:
        kept = await build()
        if len(rounds.answers) >= MAX_KEPT_ANSWERS:
            rounds.answers.clear()
        rounds.answers[key] = kept
    return dataclasses.replace(kept, lines=[list(line) for line in kept.lines], buttons=list(kept.buttons))


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
