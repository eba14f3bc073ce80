"""What a date's clause says: the day of the pardon's own act, of its announcement or of a rights group's count, a
dateline's day, a day told as past or pointed back to ("that day"), and a page stamped after midnight."""

import datetime as dt
import re

from bot.extract.dates import calendar_days, find_dates
from bot.extract.mentions import without_relative_asides
from bot.extract.numbers import find_numbers
from bot.extract.sources import source_of
from bot.extract.text import Sentence
from bot.extract.verbs import releases

# "WARSAW, March 20 (Reuters) -": the wire's dateline is the filing day, a fallback for the event's.
DATELINE = re.compile(r"^[^\W\d][^\W\d ,.'-]*(?:[ .'-]+[^\W\d]+){0,3},\s+[^()]{3,30}\([^()]{2,20}\)\s*[-\u2013\u2014]")
# "July 3, 2025 - ...", "MINSK, 3 July -": a date that opens the story before a dash is its filing day, a fallback too.
DATE_DATELINE = re.compile(r"^\W*(?:[^\W\d][^\W\d ,.'-]*(?:[ .'-]+[^\W\d]+){0,3},\s+)?(?:[^\W\d]+\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d]+)"
                           r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()]{2,20}\))?\s*[-\u2013\u2014]")
# "Мінск, 5 сакавіка (БЕЛТА) –", "Київ, 23 листопада /Укрінформ/.", "MINSK, March 5 (BelTA) –": a dateline opening a
# lead paragraph, whose day is the "today" of that paragraph.
DATELINE_DAY = re.compile(r"^\W*(?:[^\W\d][^\W\d ,.'-]*(?:[ .'-]+[^\W\d]+){0,3},\s+)?(?:[^\W\d]+\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d]+)"
                          r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()]{2,20}\)|/[^/]{2,20}/)?\s*(?:[-\u2013\u2014]|\.(?:\s|$))")
ANNOUNCE = re.compile(r"announc|statement|reported|said|confirm|learned|объяв|сообщ|заяв|абвясц|паведам|оголос|повідом|заяв"
                      r"|известно|вядома|відомо|подтверд|пацвердз|пацьвердз|абвясьц|підтверд",
                      re.IGNORECASE)
# The pardon's own act told apart from its announcement: the decree signed, the prisoners across the border ("The
# decree was signed on Friday", "Указ подписан в пятницу", "They crossed into Lithuania on Thursday"). Its day is the
# round's, where the statement of the round gives only the day it was announced.
ACT = re.compile(r"(?:decree|указ|ўказ)\w*\W+(?:\w+\W+){0,3}?(?:signed|dated|подписа\w*|падпіса\w*|підписа\w*"
                 r"|датирова\w*|датава\w*|датова\w*)"
                 r"|(?:signed|подписа\w*|падпіса\w*|підписа\w*)\W+(?:\w+\W+){0,3}?(?:decree|указ|ўказ)"
                 r"|crossed (?:into|the border)|(?:пересекл|перасяклі|перасек|перетнул)\w*\s+(?:\w+\s+){0,2}?"
                 r"(?:границ|мяж|кордон)"
                 # "The prisoners arrived in Vilnius on Thursday evening": the freed arriving, not an envoy.
                 r"|(?:prisoners|detainees|they|freed|released)\s+(?:\w+\s+){0,2}?arrived"
                 # "The prisoners were bused to the Lithuanian border", "Их вывезли к литовской границе".
                 r"|(?:bused|driven|taken|brought|transported)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:\w+\s+)?border"
                 r"|(?:вывез|вывоз|вывезл|вывязл|вывез|вывезен|вывезены|вивез|вивозил)\w*\s+(?:\w+\s+){0,2}?"
                 r"(?:к|на|да|до)\s+(?:\w+\s+)?(?:границ|мяж|кордон)", re.IGNORECASE)


def stamped_late(day: dt.date, told: list[Sentence], published: dt.date | None) -> dt.date:
    """The round's day, or the calendar date its statements give the day before it when `day` is the publication day:
    "Сёння памілаваў 20" over "22 лістапада памілаваў 20", "Сьогодні, 22 листопада" in a page stamped after midnight
    on the 23rd — the relative word was written the evening before the stamp."""
    if published is None or day != published:
        return day
    eve = published - dt.timedelta(days=1)
    return eve if any(eve in calendar_days(s.unquoted, published) for s in told) else day


_RIGHTS_GROUPS = ("Viasna", "human rights groups")
# Where a date's clause ends: punctuation, or "that" opening what was confirmed or reported.
_DAY_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s(?:that|что|што|що)\s", re.IGNORECASE)


def _date_clause(s: Sentence, pos: int) -> tuple[int, int]:
    """The bounds of the clause of the date at `pos` in the unquoted text."""
    text = s.unquoted
    begin = max((m.end() for m in _DAY_CLAUSE.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in _DAY_CLAUSE.finditer(text, pos)), len(text))
    return begin, end


# "As of the morning of July 4", "по состоянию на 4 июля", "па стане на", "станом на": the day a count stood at.
_AS_OF = re.compile(r"(?:as of|по состоянию на|па стане на|станом на)(?:\s+[^\W\d]+){0,4}\s*$", re.IGNORECASE)


def _as_of(s: Sentence, pos: int) -> bool:
    begin, _ = _date_clause(s, pos)
    return bool(_AS_OF.search(s.unquoted[begin:pos]))


def report_day(s: Sentence, pos: int) -> bool:
    """Whether the date at `pos` is the day something was confirmed, reported or announced: its clause has such a verb
    and no release ("Viasna confirmed on the morning of 4 July", "Об этом в среду сообщил канал"), or it is the day a
    count stood at ("As of July 4, Viasna has confirmed the release of eight")."""
    if _as_of(s, pos):
        return True
    begin, end = _date_clause(s, pos)
    clause = s.unquoted[begin:end]
    if not ANNOUNCE.search(clause) or ACT.search(clause):
        return False
    # "announced on Friday the release of 52", "В пятницу объявил об освобождении": a release named by a noun is what
    # was announced; a release verb ("freed 52 on Thursday, the envoy said") tells the day of the release itself.
    told = releases(s.lex, s.plain_view.span(begin, end))
    return all(s.lex["RELEASE_NOUN"].fullmatch(r.group()) for r in told)


def told_by_rights_group(s: Sentence, pos: int) -> bool:
    """Whether a rights group reports a count of its own on the day at `pos` ("В среду «Вясна» сообщила, что среди них
    5 политзаключенных"): its later count, not the announcement of the round ("Rights groups confirmed on Wednesday
    that they include seriously ill prisoners" still dates it)."""
    begin, end = _date_clause(s, pos)
    text = s.unquoted
    if _as_of(s, pos):
        # "As of the morning of July 4, Viasna has confirmed the release of eight": the group's count of that day.
        return source_of(text) in _RIGHTS_GROUPS
    return (source_of(text[begin:end]) in _RIGHTS_GROUPS
            and any(n.kind == "count" for n in find_numbers(text[end:])))


def told_as_past(s: Sentence, pos: int) -> bool:
    """Whether the clause of the date at `pos` tells the past ("Ранее, 11 сентября, ...", "In June, ...")."""
    clause_start = max((m.end() for m in re.finditer(r"[;.!?]\s", s.unquoted[:pos])), default=0)
    return bool(s.lex["PAST"].search(without_relative_asides(s.lex, s.plain_view.span(clause_start, pos))))


def that_day(s: Sentence, sentences: list[Sentence], published: dt.date | None) -> list[tuple[int, dt.date | None]]:
    """The date "в тот день" / "that day" points back to: the last one in its paragraph or the one before."""
    if not s.lex["THAT_DAY"].search(s.plain):
        return []
    for earlier in reversed(sentences[:s.index]):
        if earlier.para < s.para - 1:
            break
        found = find_dates(earlier.unquoted, published)
        if found:
            return found[-1:]
    return []
