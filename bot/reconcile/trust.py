"""A round's state: how far its figures can be trusted, from its reports and moderators' decisions.

- `rejected`: a moderator said it is not a round, or a wrong one;
- `corrected`: a moderator corrected one of its figures (and so checked it);
- `approved`: a moderator approved it as reported;
- `confirmed`: it is one of the project's own checked seed rounds (seeds/facts.json: the round's
  articles carry a seed id), or the authorities announced it, or a human rights group published it
  itself, or two independent sources agree on the number released (copies of one outlet and
  rewrites of one story count once);
- `reported`: anything else — one report so far, or reports that disagree.

Channels subscribed with the `confirmed` policy are posted a round only in the three middle states.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.facts import Claim
from bot.reconcile.choose import independent_sources, outlet_key

POSTABLE = ("confirmed", "approved", "corrected")
AGREEING_SOURCES = 2

# Human rights groups that count political prisoners, as outlets name them in each language: an
# article the group published itself is its own report.
RIGHTS_GROUPS = frozenset({
    "viasna", "human rights centre viasna", "spring96.org", "belarusian helsinki committee",
    "вясна", "праваабарончы цэнтр «вясна»", "беларускі хельсінкскі камітэт",
    "весна", "правозащитный центр «весна»", "белорусский хельсинкский комитет",
})


@dataclass(frozen=True)
class RoundTrust:
    """A round's state; for `confirmed` its basis ("outlets", "official", "rights_group" or "record"),
    the independent sources that agree on its number released, and a rejection's reason."""

    state: str
    basis: str | None = None
    sources: int = 0
    reason: str | None = None

    @property
    def postable(self) -> bool:
        """May a channel that waits for confirmation get this round?"""
        return self.state in POSTABLE


def agreeing_sources(claims: list[Claim]) -> int:
    """The most independent sources that give one and the same number released."""
    by_value: dict[int | str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.field == "pardoned":
            by_value[claim.value].append(claim)
    return max((independent_sources(cs) for cs in by_value.values()), default=0)


def _confirmation(claims: list[Claim], agreeing: int) -> str | None:
    # The project's checked record says the most: its maintainers checked the round and its sources.
    if any(c.seeded for c in claims):
        return "record"
    pardoned = [c for c in claims if c.field == "pardoned"]
    if any(c.official for c in pardoned):
        return "official"
    if any(outlet_key(c.source.outlet) in RIGHTS_GROUPS for c in pardoned):
        return "rights_group"
    if agreeing >= AGREEING_SOURCES:
        return "outlets"
    return None


def round_trust(claims: list[Claim], corrected: bool, decision: str | None = None,
                reason: str | None = None) -> RoundTrust:
    """The state of one round from its visible claims, whether a moderator corrected a figure, and a
    moderator's decision ("approved", "rejected" or None)."""
    agreeing = agreeing_sources(claims)
    if decision == "rejected":
        return RoundTrust("rejected", sources=agreeing, reason=reason)
    if corrected:
        return RoundTrust("corrected", sources=agreeing)
    if decision == "approved":
        return RoundTrust("approved", sources=agreeing)
    basis = _confirmation(claims, agreeing)
    if basis is not None:
        return RoundTrust("confirmed", basis=basis, sources=agreeing)
    return RoundTrust("reported", sources=independent_sources(claims))


def round_trusts(claims: list[Claim], corrections: dict[tuple[int, str], int | str],
                 decisions: dict[int, tuple[str | None, str | None]]) -> dict[int, RoundTrust]:
    """Every round's state; `decisions` maps a round to its moderator's (decision, reason)."""
    by_round: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_round[claim.round_id].append(claim)
    corrected = {round_id for round_id, _field in corrections}
    return {round_id: round_trust(round_claims, round_id in corrected, *decisions.get(round_id, (None, None)))
            for round_id, round_claims in by_round.items()}
