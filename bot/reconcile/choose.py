"""Choosing one value per field: correction > official statement > majority of outlets > newest.

The other values are kept with their sources, so a reply can say "52 (51 and 50 in other reports)".
"""

from __future__ import annotations

import re
from collections import defaultdict

from bot.facts import ROUND_FIELDS, ChosenValue, Claim, RoundView, Source
from bot.timeline import order_keys


def _newest_first(sources: list[Source]) -> str:
    return max((s.published or "" for s in sources), default="")


def choose_value(claims: list[Claim], correction: int | str | None = None) -> ChosenValue | None:
    """Pick the value for one field of one round from its claims (and a moderator's correction)."""
    by_value: dict[int | str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_value[claim.value].append(claim)
    if correction is not None:
        rule, value = "correction", correction
    elif not by_value:
        return None
    else:
        rule, value = _pick(by_value)
    chosen_claims = by_value.get(value, [])
    # Other values by how many outlets give them, then from the highest: "52 (51 and 50 in other reports)".
    ranked = sorted(sorted(by_value.items(), key=lambda kv: kv[0], reverse=True),
                    key=lambda kv: -independent_sources(kv[1]))
    others = [(other, _distinct_sources(cs)) for other, cs in ranked if other != value]
    qualifier = _qualifier(chosen_claims) if chosen_claims else "exact"
    return ChosenValue(value=value, qualifier=qualifier, rule=rule, sources=_distinct_sources(chosen_claims),
                       others=others)


def _pick(by_value: dict[int | str, list[Claim]]) -> tuple[str, int | str]:
    official = {v: cs for v, cs in by_value.items() if any(c.official for c in cs)}
    if len(official) == 1:
        return "official", next(iter(official))
    pool = official or by_value
    ranked = sorted(pool.items(),
                    key=lambda kv: (independent_sources(kv[1]), _newest_first([c.source for c in kv[1]])),
                    reverse=True)
    top_outlets = independent_sources(ranked[0][1])
    tied = [v for v, cs in ranked if independent_sources(cs) == top_outlets]
    rule = "majority" if len(tied) == 1 and len(pool) > 1 else ("official" if official else "newest")
    if len(pool) == 1:
        rule = "official" if official else "majority"
    return rule, ranked[0][0]


# How outlets mark a copy of another outlet's story, in each language: "AP (via Salem Radio Network)",
# "The Associated Press (Yahoo copy)", "ТАСС (через Sputnik)".
_VIA_WORDS = ("via", "через", "праз")
_COPY_WORDS = ("copy", "reprint", "копия", "перепечатка", "копія", "перадрук")
_SYNDICATION = re.compile(
    r"\s*\((?:(?:" + "|".join(_VIA_WORDS) + r")\b[^)]*|[^)]*\b(?:" + "|".join(_COPY_WORDS) + r"))\)\s*$",
    re.IGNORECASE)


def outlet_key(outlet: str) -> str:
    """One key per independent outlet: "The Associated Press (via Salem Radio Network)" and "The
    Associated Press (Yahoo copy)" are the AP."""
    return _SYNDICATION.sub("", outlet).strip().casefold()


def independent_sources(claims: list[Claim]) -> int:
    """How many independent sources stand behind these claims: copies of one outlet, and articles
    telling one story (bot/reconcile/stories.py), count once."""
    parent: dict[object, object] = {}

    def root(node: object) -> object:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for claim in claims:
        # An article joins its outlet's group and its story's group: either link makes two claims one source.
        parent[root(("story", claim.story))] = root(("outlet", outlet_key(claim.source.outlet)))
    return len({root(("outlet", outlet_key(c.source.outlet))) for c in claims})


def _qualifier(claims: list[Claim]) -> str:
    # An exact statement beats a hedged one for the same number.
    qualifiers = [c.qualifier for c in claims]
    return "exact" if "exact" in qualifiers else max(set(qualifiers), key=qualifiers.count)


def _distinct_sources(claims: list[Claim]) -> list[Source]:
    seen: dict[tuple[str, str | None], Source] = {}
    for c in sorted(claims, key=lambda c: c.source.published or "", reverse=True):
        seen.setdefault((c.source.outlet, c.source.url), c.source)
    return list(seen.values())


def build_round_views(claims: list[Claim], corrections: dict[tuple[int, str], int | str]) -> list[RoundView]:
    """One view per round that has visible claims, newest first (by date, then id)."""
    by_round: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_round[claim.round_id].append(claim)
    views = []
    for round_id, round_claims in by_round.items():
        fields = {}
        for name in ROUND_FIELDS:
            field_claims = [c for c in round_claims if c.field == name]
            chosen = choose_value(field_claims, corrections.get((round_id, name)))
            if chosen:
                fields[name] = chosen
        views.append(RoundView(id=round_id, fields=fields,
                               sources=_distinct_sources(round_claims)))
    return chronological(views)[::-1]


def chronological(views: list[RoundView]) -> list[RoundView]:
    """The rounds oldest first, by date; a round dated only to its month or year is placed after the
    rounds of that period the bot knew before it (round ids grow in the order the bot learned)."""
    by_id = sorted(views, key=lambda v: v.id)
    keys = order_keys((v.id, v.date) for v in by_id)
    return sorted(by_id, key=lambda v: (keys[v.id], v.id))


def latest_round(views: list[RoundView]) -> RoundView | None:
    """The round with the newest date; a round without any date never counts as the latest.

    Dates are the event date where known, else the earliest report's publication date, so an
    article published today about a 2015 pardon is placed in 2015, not today.
    """
    dated = chronological([v for v in views if v.date])
    return dated[-1] if dated else None
