"""Reconcile the classified figures of an article: parts of a group told after it, groups told in parts, a
bare "in total" as the round or a running total, and the article's own figure for each field."""

import re

from bot.extract.fields import Classified, classify, freeing_all_demanded
from bot.extract.mentions import Mention, people_follow
from bot.extract.part_counts import beside_an_earlier_round, including, named_before, told_as_part
from bot.extract.verbs import clause_before, releases

_PART_BREAK = re.compile(r"[\u2014\u2013:]|\s-\s")
ROUND_FIELDS = ("pardoned", "partial_one", "subgroup")


def _without_parts(out: list[Classified]) -> list[Classified]:
    """Drop a release count that details the one before it in its sentence.

    "освободили трех заключенных — гражданина США и двух граждан Беларуси": after a dash, a colon or
    "including", the two are a part of the three.
    """
    kept: list[Classified] = []
    for c in out:
        earlier = next((k for k in reversed(kept) if k.mention.sentence is c.mention.sentence
                        and k.field in ROUND_FIELDS), None)
        if c.field in ROUND_FIELDS and earlier is not None and earlier.mention.value > c.mention.value:
            view = c.mention.sentence.plain_view
            between = view.span(earlier.mention.num.end, c.mention.num.start)
            if _PART_BREAK.search(between) or including(c.mention.lex).search(between + " "):
                continue
        kept.append(c)
    return kept


# What joins two counts told as the parts of one group: "five Belarusians and nine foreign citizens",
# "114 человек передали Украине, еще девятерых", "31 грамадзяніна Ўкраіны, ..., а таксама двух сьвятароў".
_PART_JOIN = re.compile(r"\s*(?:[^\W\d]+[\s,]+){0,4}?(?:and|и|і|та|й|а|еще|ещё|яшчэ|ще|таксама|также|також)\s+"
                        r"(?:еще\s+|ещё\s+|яшчэ\s+|ще\s+)?", re.IGNORECASE)


def joined_count(m: Mention, ms: list[Mention]) -> Mention | None:
    """The count of people joined to `m` as another part of its group ("31 Ukrainians and two Catholic priests")."""
    if m.lex["TOTAL_WEAK"].search(clause_before(m.bare_before)):
        # "Всего на свободе 123, ещё девятерых вывезли в Литву": the total already holds the other part.
        return None
    nxt = next((n for n in ms if n.sentence is m.sentence and n.num.start > m.num.start), None)
    if nxt is None or not _PART_JOIN.fullmatch(m.sentence.text[m.num.end:nxt.num.start]):
        return None
    if not m.lex["PEOPLE"].search(" ".join(nxt.after.split()[:3])) and not releases(m.lex, nxt.before + nxt.after):
        return None
    if m.lex["RECOGNISED"].search(nxt.after) and not releases(m.lex, nxt.after):
        # "освободили 19 ... и еще 23 человека признали политзаключенными": the other count is not released.
        return None
    return nxt


def _a_group_told_before(c: Classified) -> bool:
    """"Усі троє досі перебувають в ув'язненні", "All three remain in prison": the people just named, held; not the
    count of political prisoners."""
    words = c.mention.bare_before.split()
    return (c.field == "political_prisoners" and bool(words) and bool(c.mention.lex["ALL_OF"].fullmatch(words[-1]))
            and not freeing_all_demanded(c.mention))


def classify_all(ms: list[Mention]) -> list[Classified]:
    """Mentions that state a field, in reading order."""
    out = _without_parts([c for m in ms if (field := classify(m)) and not _a_group_told_before(c := Classified(field, m))])
    out = _parts_told_elsewhere(out, ms)
    current = [c for c in out if c.field in ("pardoned", "partial_one", "subgroup") and not c.mention.is_old]
    rounds = [c.mention.value + (named_before(c.mention) if c.field == "partial_one" else 0)
              for c in current if c.field != "subgroup"]
    # A round told in parts: "31 украінца і двух сьвятароў" sums to the "33" told after it.
    rounds += [c.mention.value + joined.value for c in current if (joined := joined_count(c.mention, ms))]
    # A bare "in total" is cumulative only beside a smaller round count; alone, or as the sum of the groups told
    # before it ("31 Ukrainians ... two priests ... 33 in all"), it is the round's size.
    # A nationality's group ("31 громадзянін Украіны") is no round alone but is one of the parts a total adds up.
    groups = [c.mention.value for c in current if c.field == "subgroup"]
    # "114 reached Ukraine ... In all, 123 were released and another nine went to Lithuania": a smaller bare count
    # beside the total is one more part it adds up.
    totals = [c.mention.value for c in out if c.field == "bare_total" and not c.mention.is_old]

    def running(c: Classified) -> bool:
        value = c.mention.value
        smaller = {v for v in rounds if v < value}
        parts = {v for v in [*rounds, *groups, *totals] if v < value}
        return (bool(smaller) and sum(smaller) != value and sum(parts) != value and value not in rounds
                and not _sums_the_parts(c.mention, ms))
    # The groups a total adds up ("31 Ukrainians ... two priests ... 33 in all") are parts of the round it states.
    summed = {v for c in out if c.field == "bare_total" and not running(c)
              for v in _parts_summing_to(c.mention.value, [*rounds, *groups, *totals])}
    return [Classified("cumulative_released" if running(c) else "pardoned", c.mention) if c.field == "bare_total"
            else Classified("subgroup", c.mention) if c.field == "pardoned" and c.mention.value in summed
            else Classified("cumulative_released", c.mention) if c.field == "pardoned"
            and beside_an_earlier_round(c.mention, ms) else c
            for c in out]


def _parts_told_elsewhere(out: list[Classified], ms: list[Mention]) -> list[Classified]:
    """A count the article gives once as a part of the round ("Більшість із них — 114 людей — передали Україні") is
    that part wherever else it is told ("114 людей передали Україні" in the headline), beside a larger round."""
    parts = {m.value for m in ms if told_as_part(m)}
    largest = max((c.mention.value for c in out if c.field == "pardoned"), default=0)
    return [Classified("subgroup", c.mention) if c.field == "pardoned" and c.mention.value in parts
            and c.mention.value < largest else c for c in out]


def _parts_summing_to(total: int, values: list[int]) -> set[int]:
    """The distinct smaller values when there are at least two and they add up to `total`, else none."""
    parts = {v for v in values if v < total}
    return parts if len(parts) >= 2 and sum(parts) == total else set()


def _sums_the_parts(m: Mention, ms: list[Mention]) -> bool:
    """Whether "in total N" adds up the groups of people told just before it: "114 people who were handed over to
    Ukraine, and nine others who were taken to Lithuania. In total, 123 prisoners were freed."."""
    s = m.sentence
    parts = [n for n in ms if n.num.start < m.num.start and n.sentence is s
             or n.sentence.index == s.index - 1 and n.sentence.para == s.para]
    people = [n.value for n in parts if people_follow(n) or re.match(r"\s*(?:other|more|others)\b", n.after)]
    return len(people) >= 2 and sum(people) == m.value


def pick(cands: list[Classified], field: str, prefer_sourced: bool = False) -> Classified | None:
    """The article's own statement of `field`: unquoted and current first, quotes only as a fallback."""
    own = [c for c in cands if c.field == field and not c.mention.is_old]
    if not own and field == "political_prisoners":
        # A standing count said "earlier" still holds; one dated in a year before the pardons does not.
        own = [c for c in cands if c.field == field and not c.mention.in_past_year]
    if not own and field == "cumulative_released":
        # A running total counted "from the first release in July 2024" is one; "last year, by the end of July" is not.
        own = [c for c in cands if c.field == field and not c.mention.is_background and not c.mention.in_past_year]
    plain = [c for c in own if not c.mention.quoted]
    pool = plain or own
    if field == "political_prisoners":
        # A standing count ("у Беларусі 1 216") beats the month's newly recognised ("Прызнаныя — 57"), and a
        # count of political prisoners beats one of "people" ("20 people held incommunicado").
        # "With the 11 people recognised on Monday, the list has grown to 1,140": a count recognised is the new ones.
        pool = [c for c in pool if not c.mention.lex["RECOGNISED"].search(
            clause_before(c.mention.before) + " " + c.mention.after)] or pool
        # "В 2022 году их было почти 1 500. Сейчас их 1 126": the count told for the present is today's.
        pool = [c for c in pool if c.mention.lex["NOW"].search(c.mention.before)] or pool
        pool = [c for c in pool if c.mention.qualifier == "exact"] or pool
        pool = [c for c in pool if c.mention.lex["POLITICAL"].search(" ".join(c.mention.after.split()[:3]))] or pool
    if field == "pardoned":
        # "nearly two dozen" in the headline yields to the body's "released 16".
        pool = [c for c in pool if c.mention.qualifier == "exact"] or pool
    if prefer_sourced:
        sourced = [c for c in pool if c.source]
        pool = sourced or pool
    if field == "cumulative_released" and pool:
        # A running total only grows: the largest stated is the latest ("115 so far" beside "30 in August").
        return max(pool, key=lambda c: c.mention.value)
    return pool[0] if pool else None
