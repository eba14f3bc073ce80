"""Read explicit and relative dates in a sentence and resolve them against the publication date."""

import datetime as dt
import re
from functools import lru_cache

from bot.extract.lexicon import ALL_LANGS, LANG_TABLES, MONTHS, NUMBER_WORDS, RELATIVE_DAYS, WEEKDAYS, lexicon

# How many sentences' time markers are kept (a long page has a few thousand sentences).
SENTENCES_CACHED = 8192
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"(?<!\w)(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
                        rf"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?(?!\w)"
                        rf"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.IGNORECASE)
# "14.03.2025", and "14.03" with no year where the month is written in two digits and no decimal or unit follows
# ("2.5 million", "1.25%" are no dates).
_NUMERIC = re.compile(r"(?<![\d.,])(?P<d>\d{1,2})\.(?:(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)"
                      r"|(?P<m2>0[1-9]|1[0-2])(?![\d%]|[.,]\d|\s*(?:%|млн|млрд|mln|million|billion|тыс|тис|thousand)))")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
_WEEKDAY = re.compile(r"(?<!\w)(?P<w>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\w*",
                      re.IGNORECASE)
# Words that begin like a weekday and are none: "четверте", "четвертое", "чацвёртае" (fourth), "у середині",
# "в середине", "у серадзіне" (in the middle of), "четверо", "четверых", "чацвёра" (four people).
_NOT_A_WEEKDAY = re.compile(r"(?:четверт|чацьверт|чацверт|середин|серадзін)\w*|четвер(?:о|ых|ым|ыми|ьох|ьом)"
                            r"|чацв[её]ра|чацвяр\w+", re.IGNORECASE)
_RELATIVE = re.compile(r"(?<!\w)(?P<r>" + "|".join(RELATIVE_DAYS) + r")(?!\w)", re.IGNORECASE)
# "since the first round on July 3": a date after such a word, in the same clause, is background.
# Short prepositions ("с", "з") only count right before the date; they are everywhere else.
# A comma ends the span: "whose wife has led the opposition since 2020, was freed on Saturday".
_BACKGROUND = re.compile(r"(?:^|[^\w.])(?:since|после|пасля|начиная|пачынаючы)\s[^.;,]{0,40}$"
                         # "ahead of March 8": the holiday's date, not the event's.
                         r"|(?:^|[^\w.])(?:from|after|until|before|ahead of|с|со|до|з|са|да|ад)\s+(?:the\s+)?$",
                         re.IGNORECASE)


# A holiday's name, and a clause or apposition that dates it, right before a date ("ahead of Independence Day on July
# 3", "накануне Дня Независимости, который в Беларуси отмечают 3 июля", "da Dnia Voli 25 sakavika"): the date is the
# holiday's, never a candidate for an event. Case-sensitive: a holiday's name is capitalised.
_HOLIDAY_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?:{LANG_TABLES[lang].HOLIDAY})" for lang in ALL_LANGS) + r")"
    r"(?:\s*,\s*(?:" + "|".join(f"(?:{LANG_TABLES[lang].HOLIDAY_CLAUSE})" for lang in ALL_LANGS)
    + r")(?!\w)[^,.;:()]{0,50}?)?\s*(?:,\s*|\(\s*|[\u2014\u2013-]\s*|on\s+)?$")


_ON_THE_DAY = re.compile(r"(?:^|[^\w-])(?:on|в|у|ў)\s+$", re.IGNORECASE)
# An English holiday's name is a run of capitalised words, which may start with a capitalised "On".
_ON_OPENS = re.compile(r"On\s")


def _is_holiday(text: str, m: re.Match) -> bool:
    """Whether the date `m` names a holiday: "8 Марта", "8 Сакавіка" (a Cyrillic month written with a capital after
    its day is the holiday's name), or a date right after a holiday's name or the clause that dates it."""
    month = m.group("m")
    if m.re is _DAY_MONTH and not month.isascii() and month[0].isupper() and month[1:].islower():
        return True
    window = text[max(0, m.start() - 120):m.start()]
    holiday = _HOLIDAY_BEFORE.search(window)
    # "On Independence Day, July 3, Lukashenko pardoned 16", "у Дзень Волі, 25 сакавіка,": the event falls on the day.
    return bool(holiday) and not (_ON_THE_DAY.search(window[:holiday.start()]) or _ON_OPENS.match(holiday.group()))


_LAST_BEFORE = re.compile(r"(?<!\w)(?:last|past|прошл\w+|минувш\w+|минул\w+|мінул\w+)\s+$", re.IGNORECASE)
_ENTRY_MARK = re.compile(r"\s*[:\u2014\u2013-]")


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_value(raw: str | None) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    return MONTHS.get(raw.lower().rstrip("."))


def _explicit(m: re.Match, published: dt.date | None) -> dt.date | None:
    month = _month_value(m.group("m") or (m.group("m2") if "m2" in m.re.groupindex else None))
    day = int(m.group("d"))
    if month is None:
        return None
    if m.group("y"):
        return _safe_date(int(m.group("y")), month, day)
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if found and found > published + dt.timedelta(days=3):
        found = _safe_date(published.year - 1, month, day)
    return found


def find_dates(text: str, published: dt.date | None) -> list[tuple[int, dt.date | None]]:
    """(position, date) for each date-like phrase; relative days need `published`, else the date is None."""
    found: list[tuple[int, dt.date | None]] = []
    holidays: set[int] = set()
    for pattern in (_MONTH_DAY, _DAY_MONTH, _NUMERIC, _ISO):
        for m in pattern.finditer(text):
            if pattern in (_MONTH_DAY, _DAY_MONTH) and _is_holiday(text, m):
                holidays.add(m.start())
                continue
            if _BACKGROUND.search(text[max(0, m.start() - 48):m.start()]):
                continue
            found.append((m.start(), _explicit(m, published)))
    explicit_starts = {pos for pos, _ in found}
    for m in _WEEKDAY.finditer(text):
        if _BACKGROUND.search(text[max(0, m.start() - 48):m.start()]) or _NOT_A_WEEKDAY.fullmatch(m.group()):
            continue
        gap = re.match(r"[\s,]{1,3}", text[m.end():])
        if gap and m.end() + gap.end() in explicit_starts:
            # "В четверг, 4 сентября": the date itself says the day.
            continue
        wd = WEEKDAYS[m.group("w").lower()]
        day = None
        if published is not None:
            back = (published.weekday() - wd) % 7
            if back == 0 and _LAST_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                # "Минулої суботи" in a Saturday's paper is a week ago, not today.
                back = 7
            day = published - dt.timedelta(days=back)
        found.append((m.start(), day))
    explicit = {pos: day for pos, day in found}
    for m in _RELATIVE.finditer(text):
        offset = RELATIVE_DAYS[m.group("r").lower()]
        follows = text[m.end():m.end() + 4]
        gap = len(follows) - len(follows.lstrip())
        if offset and m.end() + gap in holidays:
            # "Напярэдадні 8 Сакавіка", "к 8 Марта": the eve of a holiday fixes no day by itself.
            continue
        if offset and m.end() + gap in explicit:
            # "накануне 3 июля" is the day before that date, which then stands for nothing itself.
            day = explicit.pop(m.end() + gap)
            found = [(p, d) for p, d in found if p != m.end() + gap]
            found.append((m.start(), day - dt.timedelta(days=1) if day else None))
            continue
        # "напередодні «виборів»": the name of the event may be quoted.
        if offset and lexicon(ALL_LANGS)["EVE_OF"].match(text[m.end():m.end() + 30].lstrip(" «“„\"'")):
            continue
        found.append((m.start(), published + dt.timedelta(days=offset) if published else None))
    return sorted(found, key=lambda p: p[0])


def calendar_days(text: str, published: dt.date | None) -> list[dt.date]:
    """The days `text` fixes by a calendar date ("22 лістапада", "November 22", "22.11.2025"), not by a weekday or a
    relative word."""
    starts = {m.start() for p in (_MONTH_DAY, _DAY_MONTH, _NUMERIC, _ISO) for m in p.finditer(text)}
    return [day for pos, day in find_dates(text, published) if pos in starts and day is not None]


# A month with no day ("in September", "у верасні 2025 года"); English abbreviations and "may" are words too.
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 and m != "may"), key=len, reverse=True))
_MONTH_ALONE = re.compile(rf"(?<![\d.])(?<!\d\s)(?<!\w)(?P<m>{_MONTH_NAMES})(?!\w)(?!\s+\d{{1,2}}(?!\d))"
                          rf"(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.IGNORECASE)
_YEAR_ALONE = re.compile(r"(?<![\d.,/-])(?P<y>(?:19|20)\d\d)(?![\d.,/])")
# "ten years ago", "год таму": (number or number word, unit).
_AGO = re.compile(r"(?P<n>\d{1,2}|[^\W\d]+)\s+(?:years?\s+ago|гадоў\s+таму|гады\s+таму|год\s+таму|лет\s+назад"
                  r"|года?\s+назад|років\s+тому|роки\s+тому)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{_MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*$", re.IGNORECASE)
_LAST_YEAR = re.compile(r"last year|летась|у мінулым годзе|мінулага года|в прошлом году|прошлого года|торік"
                        r"|минулого року|у минулому році"
                        # A season of last year ("last summer", "минулого літа"): about its middle, July.
                        r"|last (?:summer|spring|autumn|fall|winter)|прошл\w+ (?:летом|лета|осенью|осени|весной|весны|зимой|зимы)"
                        r"|мінул\w+ (?:летам|лета|восенню|восені|вясной|вясны|зімой|зімы)"
                        r"|минул\w+ (?:літа|влітку|осені|восени|весни|навесні|зими|взимку)", re.IGNORECASE)
# A season with no year: its first month, this year or, if that is still to come, last year's.
_SEASONS = {4: r"spring|весной|вясной|увесну|навесні|весною", 7: r"summer|летом|летам|улетку|улетку|влітку|улітку",
            10: r"autumn|fall|осенью|восенню|увосень|восени|восені", 1: r"winter|зимой|зімой|узімку|взимку|узимку"}
_SEASON = re.compile("|".join(rf"(?P<s{month}>(?<!\w)(?:{words})(?!\w))" for month, words in _SEASONS.items()),
                     re.IGNORECASE)
_LAST_MONTH = re.compile(r"last month|у мінулым месяцы|мінулага месяца|в прошлом месяце|минулого місяця", re.IGNORECASE)


def time_markers(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """When the parts of a sentence happen: (position, day) for each date, a month or a year alone ("in June",
    "у 2015 годзе"), "ten years ago" and "last year", in reading order (needs the publication date)."""
    return list(_time_markers(text, published))


# (Read once per sentence and publication date: the timeline, the events and the rounds each ask of the same sentences.)
@lru_cache(maxsize=SENTENCES_CACHED)
def _time_markers(text: str, published: dt.date | None) -> tuple[tuple[int, dt.date], ...]:
    if published is None:
        return ()
    found = []
    ago = [(m.start(), m.end()) for m in _AGO.finditer(text)]
    for pos, day in find_dates(text, published):
        # "Ten years ago today": the day is the anniversary's, not a day of its own.
        if day is not None and not any(b <= pos <= b + 8 for _, b in ago):
            found.append((pos, day))
    for m in _MONTH_ALONE.finditer(text):
        month = MONTHS[m.group("m").lower()]
        year = int(m.group("y")) if m.group("y") else published.year - (month > published.month)
        found.append((m.start(), dt.date(year, month, 1)))
    for m in [*_YEAR_ALONE.finditer(text), *_LAST_YEAR.finditer(text)]:
        # The year of "August 22, 2015", "у верасні 2025 года", "September last year" belongs to its date.
        if not _MONTH_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            year = int(m.group("y")) if m.re is _YEAR_ALONE else published.year - 1
            found.append((m.start(), dt.date(year, 7, 1)))
    for m in _SEASON.finditer(text):
        month = int(m.lastgroup[1:])
        found.append((m.start(), dt.date(published.year - (month > published.month), month, 1)))
    for m in _LAST_MONTH.finditer(text):
        found.append((m.start(), published - dt.timedelta(days=30)))
    for m in _AGO.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS.get(m.group("n").lower(), 1)
        found.append((m.start(), published.replace(year=published.year - n, day=min(published.day, 28))))
    return tuple(sorted(found, key=lambda p: p[0]))


def months_told(text: str, published: dt.date | None) -> set[tuple[int, int]]:
    """(year, month) of each time in `text` precise to a month — a date, a month or a season ("осенью", "in June"),
    not a year alone nor a span ("since July 2024"): the months a chronology walks through."""
    if published is None:
        return set()
    found = {(day.year, day.month) for _, day in find_dates(text, published) if day is not None}
    for pattern in (_MONTH_ALONE, _SEASON):
        for m in pattern.finditer(text):
            if _BACKGROUND.search(text[max(0, m.start() - 48):m.start()]) or _SPAN_BEFORE.search(text[:m.start()]):
                continue
            if pattern is _MONTH_ALONE:
                month = MONTHS[m.group("m").lower()]
                year = int(m.group("y")) if m.group("y") else published.year - (month > published.month)
            else:
                month = int(m.lastgroup[1:])
                year = published.year - (month > published.month)
            found.add((year, month))
    return found


# "since the summer of", "з ліпеня", "с лета": a span's start, not a month the text tells of.
_SPAN_BEFORE = re.compile(r"(?:^|\W)(?:since|from|с|со|з|са|із|від|ад|от)\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+)?$", re.IGNORECASE)


def is_timeline_entry(text: str) -> bool:
    """Whether the line opens with a date and a colon or dash ("3 июля: 18 человек"), a timeline of the past."""
    text = text.lstrip(" \u2014\u2013-•*")
    for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _ISO):
        m = pattern.match(text)
        if m and _ENTRY_MARK.match(text, m.end()):
            return True
    return False


_LIST_MARK = re.compile(r"\s*[\u2014\u2013•*-]")


def timeline_entries(texts: list[str]) -> frozenset[int]:
    """The positions of the lines that are entries of a chronology: lines opening with a date and a colon or dash, two
    or more of them or one written as a list item ("— 3 июля: 18 человек"). A lone one with no list mark is a
    headline's dateline ("March 14: Lukashenko pardons 15"), not a list of the past."""
    entries = frozenset(k for k, text in enumerate(texts) if is_timeline_entry(text))
    if len(entries) == 1 and not _LIST_MARK.match(texts[next(iter(entries))]):
        return frozenset()
    return entries


def parse_iso(value: str) -> dt.date:
    """A YYYY-MM-DD string as a date; raises ValueError otherwise."""
    return dt.date.fromisoformat(value.strip())
