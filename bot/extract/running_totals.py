"""Decide whether a count of released people is a running total or a period's statistic rather than one round.

"Since July, more than 300 have been freed", "уже больше трехсот", "за месяц вышли 48", "in 2024, 250 were released":
the span, the "already", the period or the first year makes the figure a sum over many rounds, which the article's
round must not take.
"""

import re

from bot.extract.dates import find_dates
from bot.extract.lexicon import Lexicon, ordinal_pattern
from bot.extract.mentions import Mention, dated_here, has_date
from bot.extract.numbers import find_numbers
from bot.extract.released_count import CONTRAST
from bot.extract.verbs import TOTAL_RAISED_TO, clause_before


def _already_right_before(L: Lexicon) -> re.Pattern:
    """"уже больше трехсот", "вже помилували понад 250": "already" on the figure or its verb."""
    return L.derived("already_right_before", lambda L: r"(?:^|\W)(?:" + L.source("ALREADY")
                     + r")\s+(?:[^\W\d]+\s+){0,2}$|(?:^|\W)(?:" + L.source("ALREADY") + r")\s*$")


def _already_before_its_verb(L: Lexicon) -> re.Pattern:
    """"170 человек уже вернулись", "170 people have already returned": "already" between the count and its verb."""
    return L.derived("already_before_verb", lambda L: r"^\s*(?:[^\W\d]+\s+){0,2}?(?:" + L.source("ALREADY")
                     + r")\s+(?:[^\W\d]+\s+)?(?:" + L.source("RELEASE") + r")")


def _has_span(m: Mention, context: str, number_at: int | None = None) -> bool:
    """A span of time the count runs over ("since July", "з пачатку") that is not a detention's ("detained since"),
    nor another clause's ("Since July he has pardoned hundreds, while US deals freed 66 more": `number_at` is where
    the count stands in `context`)."""
    L = m.lex
    detention = L.derived("detention_before", lambda L: r"(?:" + L.source("ARREST") + r"|" + L.source("HELD_STRONG")
                          + r")\W+(?:[^\W\d]+\W+){0,3}$")
    # "In the largest release so far, 123 were freed": the span ranks that release among others.
    superlative = L.derived("superlative_before", lambda L: r"(?<!\w)(?:" + L.source("SUPERLATIVE")
                            + r")\W+(?:[^\W\d]+\W+){0,2}$")
    # "Since he began pardoning people in July 2024, more than 270 have been released": a span clause before the figure.
    spans = [*L["CUMULATIVE"].finditer(context), *L["SPAN_CLAUSE"].finditer(context)]
    for span in spans:
        if number_at is not None and span.end() <= number_at and CONTRAST.search(context[span.end():number_at]):
            continue
        # "Це вже не перша подібна хвиля: з липня звільнив понад 100": a colon or dash ends the ordinal's clause.
        before = re.split(r"[:;\u2014\u2013]", context[max(0, span.start() - 50):span.start()])[-1]
        # "detained since the summer of 2024", "his sixth such move since July": the span is another phrase's.
        if (not detention.search(before) and not ordinal_pattern(m.sentence.langs).search(before[-30:])
                and not superlative.search(before)):
            return True
    # "помилував близько 300 людей, ..., відтоді як влітку 2024 року почав": a span clause after the figure.
    return bool(L["SPAN_CLAUSE"].search(m.rest)) and not re.search(r"\d", m.rest[:L["SPAN_CLAUSE"].search(m.rest).start()])


def total_kind(m: Mention, context: str, number_at: int | None = None) -> str | None:
    """"cumulative" for a span ("since July", "already"), "total" for a bare "in total" that may be the round."""
    L = m.lex
    if dated_here(m):
        # "including 30 people on August 16": a count with its own day is a round, whatever span came before.
        return None
    if TOTAL_RAISED_TO.search((m.prefix or m.before)[-90:]):
        # "pardoned 25 people on Friday, taking the total number of people freed to 600": the round's day is its own.
        return "cumulative"
    if (_has_span(m, context, number_at) or (L["TOTAL_WEAK"].search(context) and L["ALREADY"].search(context))
            or _over_several_rounds(m)):
        return "cumulative"
    if (_already_right_before(L).search(m.bare_before) or _already_before_its_verb(L).match(m.after)) and not has_date(m):
        # "Я помиловал уже больше трехсот человек", "Больш за 170 чалавек ужо вярнуліся": "already" on the figure
        # itself, or between it and its verb, makes it a running total.
        return "cumulative"
    if _freed_this_way(m) and not has_date(m):
        # "By Viasna's count, more than 250 have been freed this way": every release of the practice told before.
        return "cumulative"
    if L["TOTAL_WEAK"].search(context):
        # "In total, 23 were pardoned on Saturday": a fixed day makes it this round's size.
        return None if has_date(m) else "total"
    return None


def _over_several_rounds(m: Mention) -> bool:
    """"more than 100 have walked free in the four rounds", "за пять волн вышли 150": a count told over a number of
    rounds (two or more) sums them."""
    L = m.lex
    over = L.derived("over_rounds", lambda L: r"(?:^|\W)(?:" + L.source("OVER_ROUNDS") + r")\s+(?:[^\W\d]+\s+)?$")
    series = L.derived("series_nouns", lambda L: r"^\s*(?:[^\W\d]+\s+)?(?:" + L.source("SERIES_NOUNS") + r")(?!\w)")
    # (The count of rounds is a number of its own, where the count's `before` and `after` stop: the sentence's opening
    # and the rest of its clause are read.)
    before = re.split(r"[.;:!?]\s|[\u2014\u2013]", m.prefix or m.bare_before)[-1]
    clause = re.split(r"[.;:!?]\s|[\u2014\u2013]", m.rest)[0]
    return any(n.value >= 2 and over.search(text[:n.start]) and series.match(text[n.end:])
               for text in (before, clause) for n in find_numbers(text))


def _freed_this_way(m: Mention) -> bool:
    """"250 political prisoners have been freed this way", "таким путём вышли 250": the count's clause sums up a way of
    releasing people the article told before, not one round."""
    return bool(m.lex["THIS_WAY"].search(clause_before(m.bare_before) + " | " + m.after))


_BEFORE_EVENT = re.compile(r"\s+(?:до|да|before|ahead of)(?!\w)", re.IGNORECASE)


def period_end(L: Lexicon, text: str) -> int:
    """Where the last calendar period of `text` ends ("за месяц", "during the month"), or -1; "за тиждень до
    «виборів»" (a week before an event) is a time, not a period."""
    ends = [m.end() for m in L["PERIOD"].finditer(text) if not _BEFORE_EVENT.match(text, m.end())]
    return ends[-1] if ends else -1


def in_the_first_year(m: Mention) -> bool:
    """"In 2024, 250 people ... were released", "У 2024 годзе на волю выйшлі 250": the releases of the year the pardons
    began (July 2024) are the series' total to its end; the year stands alone before the count, no month or day."""
    opening = m.sentence.unquoted[:m.num.start]
    clause = re.split(r"[;.]\s", opening)[-1]
    year = re.search(r"(?:^|\W)(?:in|during|throughout|за|у|ў|в)\s+2024(?!\d)", clause, re.IGNORECASE)
    return year is not None and not dated_here(m) and not find_dates(clause, None)
