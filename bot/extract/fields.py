"""Decide which field each counted number belongs to, and pick the article's figure for each field."""

import re
from dataclasses import dataclass, replace

from bot.extract.dates import find_dates
from bot.extract.lexicon import P
from bot.extract.mentions import Mention, people_follow, prisoners_follow
from bot.extract.qualifiers import without_qualifier
from bot.extract.sources import source_of

# A sentence longer than a list row ("- one person with a disability;") tells a story.
STORY_WORDS = 6
MAKEUP = ("women", "men", "chronically_ill", "disabled", "over_50", "with_children")
_MAKEUP_PATTERNS = (("chronically_ill", P["CHRONIC"]), ("disabled", P["DISABLED"]),
                    ("over_50", P["OVER_50"]), ("with_children", P["CHILDREN"]))
# "with", "с", "з" introducing a trait of the people just counted.
_WITH = re.compile(r"^\s*(?:with|who have|having|с|со|з|са|имеющ\w*|які маюць|якія маюць)\s", re.IGNORECASE)
_SOON = re.compile(r"^\W*(?:[^\W\d]+\W+)?$")
# "bringing the total released since July to 230", "bring to 48 the number": no people noun needed.
_TOTAL_TO = re.compile(r"(?:total|bring|brought)\w*\W(?:.*\W)?(?:to|at)(?:\s+[^\W\d]+){0,2}\s*$", re.IGNORECASE)
# "Seven of the 16 are women": the 16 is the whole, the seven its part.
_OF_BEFORE = re.compile(r"\s*(?:of|из|з|са)\s+(?:the\s+)?", re.IGNORECASE)
_OF_WHOLE = re.compile(r"^\s*(?:of|из|з|са)\s+(?:the\s+)?(?:\d+|them|those|these|них|іх)"
                       r"(?:\s+(?:released|freed|pardoned|освобожд[её]нных|помилованных|вызваленых|памілаваных))?"
                       r"(?:\s+(?:are|were|have|had|—|–|-))?\s", re.IGNORECASE)
# "45 were freed after their terms, and 31 were recognised": a new clause with its own subject and verb.
_CONTRAST = re.compile(r"[;]|,\s*(?:and|but|while|whereas|а|но|и|але|і|ды)\s", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]")
_PARTIAL_BEFORE = re.compile(r"(?:^|\W)(?:" + P["PARTIAL"].pattern + r")\s+(?:[^\W\d]+\s+){0,6}$", re.IGNORECASE)
# "29 were pardoned", "200 have been freed": the verb right after the number says what it counts.
_RELEASE_RIGHT_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(" + P["RELEASE"].pattern + ")", re.IGNORECASE)
_ALREADY_RIGHT_BEFORE = re.compile(r"(?:^|\W)(?:" + P["ALREADY"].pattern + r")\s*$", re.IGNORECASE)
_WISH = re.compile(r"(?:^|\W)(?:" + P["DEMAND"].pattern + r")\W+(?:[^\W\d]+\W+){0,3}$", re.IGNORECASE)
_HELD_BEFORE = re.compile(r"(?:" + P["HELD_BEFORE"].pattern + r")\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)
# A row of a table written as text: a short label, a dash or colon, and the figure ending the line.
_LABEL = re.compile(r"\s*([^\W\d][^:\u2014\u2013]{1,60}?)\s*[:\u2014\u2013-]\s*")
# "Пасля памілавання ў Беларусі 1 203 палітвязні": the country right before a prisoner count holds them.
_IN_COUNTRY_BEFORE = re.compile(r"(?:" + P["IN_COUNTRY"].pattern + r")(?:\s+(?:now|still|сейчас|теперь|цяпер|зараз))?\s+$",
                                re.IGNORECASE)
# "Around 1,230 remain in prison": a holding verb right after the figure.
_HELD_RIGHT_AFTER = re.compile(r"^\s*(?:" + P["HELD_STRONG"].pattern + ")", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"^\W*(?:%|years?|months?|weeks?|days?|hours?|decades?|лет|год\w*|месяц\w*|недел\w*|дн\w*|час\w*"
    r"|гад\w*|месяц\w*|тыдн\w*|дзён|сутак|суток"
    # "около десяти утра", "at 10 a.m.": a time of day.
    r"|утра|вечера|ночи|раніцы|вечара|ночы|a\.m\.|p\.m\.|am|pm|o['’]clock)(?!\w)", re.IGNORECASE)
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
    if P["ARREST"].search(m.after) or _OF_BEFORE.fullmatch(m.before):
        return None
    text = m.sentence.unquoted()
    if (m.value == 1 and len(text.split()) > STORY_WORDS
            and not (P["RELEASE"].search(text) or P["SUBCOUNT"].search(text) or P["LIST_INTRO"].search(text))):
        # "Адна жанчына спынілася на прыступцы": a person in a story, not the round's make-up ("1 инвалид" in a list is).
        return None
    label = _LABEL.fullmatch(m.sentence.text[:m.num.start]) if not m.after.strip(" .;") else None
    whole = _OF_WHOLE.match(m.after_long)
    # A table row "Жанчыны — 12" / "Women: 12" reads like "12 women".
    after = label.group(1) if label else m.after_long[whole.end():] if whole else m.after
    for field, noun in (("women", P["WOMEN"]), ("men", P["MEN"])):
        if _word_right_after(noun, after):
            # "одна женщина с инвалидностью", "a woman with a disability": the narrower group is counted.
            rest = after[noun.search(after).end():]
            head = " ".join(rest.split()[:4]) if _WITH.match(rest) else ""
            narrower = [name for name, pattern in _MAKEUP_PATTERNS[:2] if pattern.search(head)]
            return narrower[0] if narrower else field
    head = " ".join(after.split()[:8])
    hits = [(p.search(head).start(), name) for name, p in _MAKEUP_PATTERNS[:2] + _MAKEUP_PATTERNS[3:]
            if p.search(head)]
    over = P["OVER_50"].search(" ".join(m.after_long.split()[:10]))
    # "5 чалавек, старэйшых за 50 гадоў": the comma does not end the description, another figure does.
    beyond = P["OVER_50"].search(m.rest[:50])
    if over:
        hits.append((over.start(), "over_50"))
    elif beyond and not re.search(r"\d", m.rest[:beyond.start()]):
        hits.append((beyond.start(), "over_50"))
    return min(hits)[1] if hits else None


def is_wish(text: str, start: int) -> bool:
    """Whether the release word at `start` is demanded or hoped for ("called for the release of")."""
    wish = _WISH.search(text[max(0, start - 40):start])
    # "it could confirm the release of": the modal goes with the confirming, the release happened.
    return bool(wish) and not P["CONFIRM"].search(wish.group())


def _last_release(text: str) -> int:
    pos = -1
    for m in P["RELEASE"].finditer(text):
        if not is_wish(text, m.start()):
            pos = m.end()
    return pos


def _clause_before(before: str) -> str:
    """The words of `before` in the number's own clause."""
    cut = -1
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    return before[cut:] if cut >= 0 else before


def _total_kind(m: Mention, context: str) -> str | None:
    """"cumulative" for a span ("since July", "already"), "total" for a bare "in total" that may be the round."""
    if P["CUMULATIVE"].search(context) or (P["TOTAL_WEAK"].search(context) and P["ALREADY"].search(context)):
        return "cumulative"
    if _ALREADY_RIGHT_BEFORE.search(without_qualifier(m.before)) and not find_dates(m.sentence.unquoted(), None):
        # "Я помиловал уже больше трехсот человек": "already" on the figure itself makes it a running total.
        return "cumulative"
    if P["TOTAL_WEAK"].search(context):
        # "In total, 23 were pardoned on Saturday": a fixed day makes it this round's size.
        return None if find_dates(m.sentence.unquoted(), None) else "total"
    return None


def _held_framing(m: Mention) -> bool:
    """"the number of political prisoners stands at 1,190": the framing is nearer than any release word."""
    tail = m.before[-80:]
    held = _HELD_BEFORE.search(tail)
    if held is None or P["RELEASE"].search(m.after):
        return False
    return len(m.before) - len(tail) + held.start() > _last_release(m.before)


def _released_here(m: Mention) -> bool:
    """A release verb governs the number: nearer than any arrest or holding verb before it, or the first verb after it."""
    last = _last_release(m.before)
    if (last > _last(P["ARREST"], m.before) and last > _last(P["REMAIN"], m.before)
            and not _CONTRAST.search(m.before[last:])):
        return True
    if P["REMAIN"].search(_clause_before(m.before)):
        # "counts about 1,150 political prisoners, the same as when the releases began": held, not freed.
        return False
    rel, arr = P["RELEASE"].search(m.rest), P["ARREST"].search(m.rest)
    if rel and P["WHEN"].search(m.rest[:rel.start()]):
        return False
    return bool(rel) and not (arr and arr.start() < rel.start()) and not is_wish(m.rest, rel.start())


def _label_field(m: Mention, label: str) -> str | None:
    """A table row "Палітвязняў у Беларусі: 1 230" or "Вызвалена з ліпеня: 196": the label says what is counted."""
    as_text = replace(m, before="", after=label, after_long=label, rest=label)
    released = any(not is_wish(label, r.start()) for r in P["RELEASE"].finditer(label))
    if released and P["CUMULATIVE"].search(label) and not P["SERVED"].search(label):
        return "cumulative_released"
    if not released and prisoners_follow(as_text) and (P["HELD"].search(label) or P["IN_COUNTRY"].search(label)):
        return "political_prisoners"
    return None


def classify(m: Mention) -> str | None:
    """The contract field this mention states, or None for background numbers."""
    if _TIME_UNIT.match(m.after):
        return None
    context = m.before + " " + m.after
    if P["DEATH"].search(m.after) and (people_follow(m) or P["DEATH"].search(m.after.split(" ", 3)[-1])):
        return "died_in_custody"
    label = _LABEL.fullmatch(m.sentence.text[:m.num.start]) if not m.after.strip(" .;") else None
    row = _label_field(m, label.group(1)) if label and not _makeup_field(m) else None
    if row:
        return row
    makeup = _makeup_field(m)
    if makeup:
        return makeup
    subcount = P["SUBCOUNT"].match(m.after.lstrip())
    if subcount:
        return None
    clause = _clause_before(m.before)
    if P["DEATH"].search(clause[-40:]) and people_follow(m):
        return "died_in_custody"
    if _held_framing(m) and P["ARREST"].search(clause):
        # "new arrests have kept the number of political prisoners at nearly 1,250"
        return "political_prisoners"
    if _last(P["ARREST"], clause) > _last_release(clause) or _PARTIAL_BEFORE.search(m.before[-50:]):
        return None
    if P["SERVED"].search(m.after_long) or P["SERVED"].search(clause):
        return None
    people = (people_follow(m) or bool(re.search(r"(?:^|\W)(?:another|more|ещё|еще|яшчэ)\s*$", m.before))
              or bool((after := _RELEASE_RIGHT_AFTER.match(m.after)) and not P["RELEASE_NOUN"].fullmatch(after.group(1))))
    released = _released_here(m)
    if released and P["PERIOD"].search(m.sentence.text[:m.num.start]):
        # "За месяц на свободу вышли 48": a statistic over a period, not a round or a total since July.
        return None
    wide = m.sentence.text[max(0, m.num.start - 200):m.num.start] + " " + m.after
    total = _total_kind(m, wide) if released and (people or _TOTAL_TO.search(m.before[-60:])) else None
    if total:
        return "cumulative_released" if total == "cumulative" else "bare_total"
    if _HELD_RIGHT_AFTER.match(m.after) and not _released_here(m):
        return "political_prisoners"
    if _held_framing(m) or (_IN_COUNTRY_BEFORE.search(m.before) and prisoners_follow(m)
                            and not P["RELEASE"].search(m.after) and not P["ARREST"].search(m.after)):
        return "political_prisoners"
    arrest_after = P["ARREST"].search(m.after) and not P["HELD_STRONG"].search(m.after)
    if prisoners_follow(m) and not released and P["HELD"].search(context) and not arrest_after:
        # "1,200 new political prisoners", "прызнаныя яшчэ больш за 250": newly recognised, not the total.
        near = without_qualifier(m.before).split()[-1:] + m.after.split()[:1]
        if not any(P["NEW"].fullmatch(w.strip(",.:;«»\"")) for w in near):
            return "political_prisoners"
    if released and (people or _VERB_RIGHT_BEFORE.search(m.before)):
        if not P["ARREST"].search(m.after):
            return "pardoned"
    return None


def classify_all(ms: list[Mention]) -> list[Classified]:
    """Mentions that state a field, in reading order."""
    out = [Classified(field, m) for m in ms if (field := classify(m))]
    rounds = [c.mention.value for c in out if c.field == "pardoned"]
    # A bare "in total" is cumulative only beside a smaller round count; alone it is the round's size.
    return [Classified("cumulative_released" if any(v < c.mention.value for v in rounds) else "pardoned", c.mention)
            if c.field == "bare_total" else c for c in out]


def pick(cands: list[Classified], field: str, prefer_sourced: bool = False) -> Classified | None:
    """The article's own statement of `field`: unquoted and current first, quotes only as a fallback."""
    own = [c for c in cands if c.field == field and not c.mention.is_old]
    if not own and field == "political_prisoners":
        # A standing count said "earlier" still holds; one dated in a past year does not.
        own = [c for c in cands if c.field == field and not c.mention.in_past_year]
    plain = [c for c in own if not c.mention.quoted]
    pool = plain or own
    if field == "political_prisoners":
        # A standing count ("у Беларусі 1 216") beats the month's newly recognised ("Прызнаныя — 57").
        pool = [c for c in pool if not P["RECOGNISED"].search(c.mention.before)] or pool
    if field == "pardoned":
        # "nearly two dozen" in the headline yields to the body's "released 16".
        pool = [c for c in pool if c.mention.qualifier == "exact"] or pool
    if prefer_sourced:
        sourced = [c for c in pool if c.source]
        pool = sourced or pool
    return pool[0] if pool else None
