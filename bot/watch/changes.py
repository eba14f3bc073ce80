"""Which prisoners' trusted status changed since the bot last took notice: the news that notifies.

Trusted: a moderator's /status, the registry's and the seed facts' statuses, and a status read off
an article whose round is confirmed, approved or corrected (the trust gate, bot/reconcile/trust.py).
A single unconfirmed report, a hidden article or a rejected round's report changes nothing. A change
whose earlier notified status is no longer trusted (its round rejected, its /status undone) is a
correction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.reconcile.trust import RoundTrust, round_trusts
from bot.storage import Database
from bot.storage.notices import Noticed, StatusRow

NEWS = ("article", "moderator")
BACKGROUND = ("seed", "registry")


@dataclass(frozen=True)
class StatusChange:
    """A prisoner's new trusted status; `correction` when the one noticed before was withdrawn."""

    prisoner_id: int
    current: StatusRow | None  # None: nothing trusted is known any more
    round_id: int | None
    correction: bool
    withdrawn: Noticed | None  # what was noticed before


def _current_first(rows: list[StatusRow]) -> list[StatusRow]:
    """The order of /prisoner: newest date first, a moderator's entry first on one date, then the newest entry."""
    return sorted(rows, key=lambda r: (r.since or "", r.origin == "moderator", r.id), reverse=True)


def _trusted(row: StatusRow, article_round: dict[int, int], trusts: dict[int, RoundTrust]) -> bool:
    if row.origin != "article":
        return True
    round_id = article_round.get(row.article_id) if row.article_id is not None else None
    return round_id is not None and round_id in trusts and trusts[round_id].postable


def _round_of(row: StatusRow | None, article_round: dict[int, int]) -> int | None:
    """The round of the article a status was read off (None for a moderator's or the registry's)."""
    if row is None or row.article_id is None:
        return None
    return article_round.get(row.article_id)


def detect(rows: list[StatusRow], noticed: dict[int, Noticed], article_round: dict[int, int],
           trusts: dict[int, RoundTrust]) -> tuple[list[StatusChange], dict[int, Noticed]]:
    """The changes to announce, and what to remember as noticed for each prisoner looked at."""
    by_prisoner: dict[int, list[StatusRow]] = defaultdict(list)
    for row in rows:
        by_prisoner[row.prisoner_id].append(row)
    changes: list[StatusChange] = []
    remember: dict[int, Noticed] = {}
    for prisoner_id, entries in by_prisoner.items():
        trusted = _current_first([r for r in entries if _trusted(r, article_round, trusts)])
        current = trusted[0] if trusted else None
        now = Noticed(current.status, current.since, current.id) if current else Noticed("unknown", None, None)
        before = noticed.get(prisoner_id)
        if before is None:
            # Never looked at: the change, if any, is from the background record to the trusted news.
            background = [r for r in trusted if r.origin in BACKGROUND]
            was = background[0].status if background else "unknown"
            if current is not None and current.origin in NEWS and current.status != was:
                changes.append(StatusChange(prisoner_id, current, _round_of(current, article_round),
                                            correction=False, withdrawn=None))
        elif before.status != now.status:
            withdrawn = before.status_id not in {r.id for r in trusted}
            changes.append(StatusChange(prisoner_id, current, _round_of(current, article_round),
                                        correction=withdrawn, withdrawn=before if withdrawn else None))
        if before != now:
            remember[prisoner_id] = now
    return changes, remember


async def status_changes(db: Database) -> list[StatusChange]:
    """Find the trusted status changes not noticed yet and remember them as noticed (call inside the
    transaction that queues their notifications: both commit together or neither does)."""
    claims = await db.rounds.all_claims(with_rejected=True)
    decisions = {r.round_id: (r.decision, r.reason) for r in (await db.reviews.all()).values()}
    trusts = round_trusts(claims, await db.rounds.corrections(), decisions)
    article_round = {c.article_id: c.round_id for c in claims}
    changes, remember = detect(await db.notices.touched_statuses(), await db.notices.noticed(), article_round,
                               trusts)
    for prisoner_id, noticed in remember.items():
        await db.notices.remember(prisoner_id, noticed)
    return changes
