"""Decide which field each counted number belongs to, and pick the article's figure for each field."""

import re
from dataclasses import dataclass

from bot.extract.lexicon import P
from bot.extract.mentions import Mention, people_follow
from bot.extract.sources import source_of

MAKEUP = ("women", "men", "chronically_ill", "disabled", "over_50", "with_children")
_MAKEUP_PATTERNS = (("chronically_ill", P["CHRONIC"]), ("disabled", P["DISABLED"]),
                    ("over_50", P["OVER_50"]), ("with_children", P["CHILDREN"]))
_SOON = re.compile(r"^\W*(?:[^\W\d]+\W+)?$")
# "bringing the total released since July to 230": a total needs no people noun after it.
_TOTAL_TO = re.compile(r"total\w*\W.*(?:to|at)\s*$|всего|усяго|агулам", re.IGNORECASE)
_WISH = re.compile(r"(?:^|\W)(?:" + P["DEMAND"].pattern + r")\W+(?:[^\W\d]+\W+){0,3}$", re.IGNORECASE)
_HELD_BEFORE = re.compile(r"(?:" + P["HELD_BEFORE"].pattern + r")\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"^\W*(?:%|years?|months?|weeks?|days?|hours?|decades?|лет|год\w*|месяц\w*|недел\w*|дн\w*|час\w*"
    r"|гад\w*|месяц\w*|тыдн\w*|дзён|сутак|суток)(?!\w)", re.IGNORECASE)
_VERB_RIGHT_BEFORE = re.compile(
    r"(?:" + P["RELEASE"].pattern + r")\s+(?:another|more|a further|ещё|еще|яшчэ)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Classified:
    """A mention with the field it was read as."""

    field: str
    mention: Mention

    @property
    def source(self) -> str | None:
        s = self.mention.sentence
        return source_of(s.text)


def _last(pattern: re.Pattern, text: str) -> int:
    pos = -1
    for m in pattern.finditer(text):
        pos = m.end()
    return pos


def _word_right_after(pattern: re.Pattern, after: str) -> bool:
    m = pattern.search(after)
    return bool(m) and bool(_SOON.match(after[:m.start()]))


def _makeup_field(m: Mention) -> str | None:
    if P["ARREST"].search(m.after):
        return None
    if _word_right_after(P["WOMEN"], m.after):
        return "women"
    if _word_right_after(P["MEN"], m.after):
        return "men"
    head = " ".join(m.after.split()[:8])
    hits = [(p.search(head).start(), name) for name, p in _MAKEUP_PATTERNS[:2] + _MAKEUP_PATTERNS[3:]
            if p.search(head)]
    over = P["OVER_50"].search(" ".join(m.after_long.split()[:8]))
    if over:
        hits.append((over.start(), "over_50"))
    return min(hits)[1] if hits else None


def is_wish(text: str, start: int) -> bool:
    """Whether the release word at `start` is demanded or hoped for ("called for the release of")."""
    return bool(_WISH.search(text[max(0, start - 40):start]))


def _last_release(text: str) -> int:
    pos = -1
    for m in P["RELEASE"].finditer(text):
        if not is_wish(text, m.start()):
            pos = m.end()
    return pos


def _released_here(m: Mention) -> bool:
    """A release verb governs the number: nearer than any arrest verb before it, or the first verb after it."""
    if _last_release(m.before) > _last(P["ARREST"], m.before):
        return True
    rel, arr = P["RELEASE"].search(m.rest), P["ARREST"].search(m.rest)
    return bool(rel) and not (arr and arr.start() < rel.start()) and not is_wish(m.rest, rel.start())


def classify(m: Mention) -> str | None:
    """The contract field this mention states, or None for background numbers."""
    if _TIME_UNIT.match(m.after):
        return None
    context = m.before + " " + m.after
    if P["DEATH"].search(m.after) and (people_follow(m) or P["DEATH"].search(m.after.split(" ", 3)[-1])):
        return "died_in_custody"
    makeup = _makeup_field(m)
    if makeup:
        return makeup
    subcount = P["SUBCOUNT"].match(m.after.lstrip())
    if subcount:
        return None
    people = people_follow(m) or bool(re.search(r"(?:^|\W)(?:another|more|ещё|еще|яшчэ)\s*$", m.before))
    released = _released_here(m)
    if (people or _TOTAL_TO.search(m.before[-60:])) and released and P["CUMULATIVE"].search(context):
        return "cumulative_released"
    if _HELD_BEFORE.search(m.before[-80:]) and not released:
        return "political_prisoners"
    if people and not released and P["HELD"].search(context) and not P["ARREST"].search(m.after):
        if not P["NEW"].search(m.after.split()[0] if m.after.split() else ""):
            return "political_prisoners"
    if released and (people or _VERB_RIGHT_BEFORE.search(m.before)):
        if not P["ARREST"].search(m.after):
            return "pardoned"
    return None


def classify_all(ms: list[Mention]) -> list[Classified]:
    """Mentions that state a field, in reading order."""
    out = []
    for m in ms:
        field = classify(m)
        if field:
            out.append(Classified(field, m))
    return out


def pick(cands: list[Classified], field: str, prefer_sourced: bool = False) -> Classified | None:
    """The article's own statement of `field`: unquoted and current first, quotes only as a fallback."""
    own = [c for c in cands if c.field == field and not c.mention.is_old]
    plain = [c for c in own if not c.mention.quoted]
    pool = plain or own
    if prefer_sourced:
        sourced = [c for c in pool if c.source]
        pool = sourced or pool
    return pool[0] if pool else None
