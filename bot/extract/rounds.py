"""Find the round's ordinal: "the eighth round", "восьмой этап помилования", "восьмая хваля"."""

import datetime as dt
import re

from bot.extract.dates import time_markers, timeline_entries
from bot.extract.lexicon import MONTHS, Lexicon, ordinal_pattern, ordinal_value
from bot.extract.morph import analyses
from bot.extract.numbers import find_numbers
from bot.extract.text import Sentence
from bot.extract.verbs import releases

_UP_TO_TWO_WORDS = re.compile(r"^[\s\"“”«»'’-]*(?:[^\W\d]+[\s\"“”«»'’-]+){0,2}?")
# "Это не первое помилование", "not the first time": a negated ordinal numbers nothing.
_NOT = re.compile(r"(?:^|\W)(?:not|не|ня|ні)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# How many words after an ordinal may tell its span ("the first time in more than four years").
LOCAL_WORDS = 7
# The text read after an ordinal: its noun, and a span within LOCAL_WORDS words of long ones ("перше звільнення
# політв'язнів за посередництва Вашингтона з моменту інавгурації").
AFTER_CHARS = 90
# A time marker after "since"/"from" in the clause spans the series ("the fifth since the releases began in July"),
# and one of "this" summer or year is current: neither dates the ordinal's round in the past.
_SPAN_OPENER = re.compile(r"(?<!\w)(?:since|from|с|со|з|са|із|от|ад|від)(?!\w)", re.IGNORECASE)
_THIS = re.compile(r"(?<!\w)(?:this|эт\w+|гэт\w+|ц(?:ього|ієї|им|ьому|ю|я|е|ей))\s+$", re.IGNORECASE)
# An ordinal's clause told at a time more than a month before publication numbers an earlier round.
PAST_DAYS = 31
# "December 7th", "7-го декабря", "7-га снежня": a day of the month written like an ordinal is a date.
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{_MONTH})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTH})(?!\w)", re.IGNORECASE)
_SUCH = re.compile(r"\s+(?:such|подобн\w+|так\w+|падобн\w+|подібн\w+)(?!\w)", re.IGNORECASE)
_OWN_NOUN = re.compile(r"\s+[^\W\d]{4,}")
_CLAUSE_BREAK = re.compile(r"[,;:.()\u2014\u2013]")
# The pardons began in July 2024 and many outlets count the decrees from August's ("четверте помилування з серпня",
# "the third such group since the middle of August"): an ordinal counted "since" a later time ("первое помилование с
# марта") counts within a span of its own, not the series ("the ninth group since July 2024", "восьмое с лета 2024").
SERIES_BEGAN = dt.date(2024, 9, 1)
# The series' first round was in July 2024: no ordinal of it numbers a round told before that.
PARDONS_BEGAN = dt.date(2024, 7, 1)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SINCE = re.compile(r"(?:since|after|before|following|с|со|з|са|із|после|пасля|після|до|да)\s+(?:the\s+)?$",
                    re.IGNORECASE)


_NOUN_AND_BREAK = re.compile(r"\s+[^\W\d]+\s*[:\u2014\u2013]\s*")


def _enumerated_part(s: Sentence, text: str, end: int) -> bool:
    """Whether the ordinal's noun is followed by a dash or colon and a count that nothing releases ("Друга група — 12
    жінок"; "The ninth round: 25 people walked free" numbers the round)."""
    head = _NOUN_AND_BREAK.match(text, end)
    if head is None or not any(n.start == head.end() and n.kind == "count" for n in find_numbers(text)):
        return False
    return not releases(s.lex, s.plain_view.span(head.end(), len(text)))


def _other_noun(L: Lexicon, word: str) -> bool:
    """Whether `word` (a lemma) is read as a noun that is no round's, where a morphological analyser knows the
    language (Russian, Ukrainian)."""
    if L["ROUND_TIME"].fullmatch(word) or L["TRANSFER_SERIES"].fullmatch(word):
        return False
    return any("NOUN" in analyses(word, lang)[0].tags for lang in L.langs if lang in ("ru", "uk"))


# "восьмая с июля прошлого года группа", "восьмая з ліпеня мінулага года група": a span told between the ordinal and
# its noun, within this many words.
SPAN_THEN_NOUN_WORDS = 6


def _noun_after_span(L: Lexicon, rest: str) -> bool:
    """Whether a span ("с июля прошлого года", "за почти четыре года") opens the words after the ordinal and a round
    noun ends it."""
    clause = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    gap = L["YEARS_GAP"].match(clause.lstrip())
    if gap:
        after_gap = clause.lstrip()[gap.end():].split()[:SPAN_THEN_NOUN_WORDS]
        return any(L["ROUND_NOUNS"].fullmatch(w.strip("\"“”«»'’")) for w in after_gap)
    words = [w.strip("\"“”«»'’") for w in clause.split()[:SPAN_THEN_NOUN_WORDS + 1]]
    return (bool(words) and bool(_SPAN_OPENER.fullmatch(words[0]))
            and any(L["ROUND_NOUNS"].fullmatch(w) for w in words[2:]))


# How many words after a first may tell the gap before it ("the first such release of political prisoners in almost
# four years").
GAP_WORDS = 10


def _opens_the_series(L: Lexicon, after: str, value: int, published: dt.date | None) -> bool:
    """"The first such release in almost four years", "первое за четыре года освобождение", told while the series was
    opening (before the decrees of its first autumn): the first release after a gap of years is the series' first
    round, not a novelty of its own kind."""
    if value != 1 or published is None or not PARDONS_BEGAN <= published < SERIES_BEGAN:
        return False
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    words = list(re.finditer(r"\S+", clause))
    head = clause[:words[GAP_WORDS].start()] if len(words) > GAP_WORDS else clause
    return bool(L["YEARS_GAP"].search(head))


def _round_noun_follows(L: Lexicon, rest: str, release_in_sentence: bool) -> bool:
    if _noun_after_span(L, rest):
        return True
    head = _UP_TO_TWO_WORDS.match(rest)
    window = rest[: (head.end() if head else 0) + 30]
    for i, w in enumerate(window.split()[:4]):
        w = w.strip("\"“”«»'’,.;:()")
        if L["ROUND_NOUNS"].fullmatch(w):
            return True
        if i == 0 and _other_noun(L, w):
            # "перший заступник голови партії", "первый заместитель": the ordinal's own noun is another's.
            return False
        if L["PEOPLE"].fullmatch(w):
            # "стаў першым палітвязнем, чыё вызваленне ...": the ordinal numbers a person, not a round.
            return False
        if L["ROUND_TIME"].fullmatch(w) and release_in_sentence:
            return True
    return False


def _of_transfers(L: Lexicon, after: str) -> bool:
    """"Це вже третя така передача", "the second group of Ukrainians": the ordinal counts the handovers of Ukrainians
    (its noun, or the people of its noun, within its first words), not the pardon rounds."""
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return any(L["TRANSFER_SERIES"].fullmatch(w.strip("\"“”«»'’,.;:()")) for w in clause.split()[:4])


def _is_local(L: Lexicon, after: str, published: dt.date | None = None) -> bool:
    """"second in a week", "третя така передача цього року": an ordinal counted within a span, not the series."""
    clause = re.split(r"[,;:.()\u2014\u2013]", after, maxsplit=1)[0]
    words = list(re.finditer(r"\S+", clause))[:LOCAL_WORDS]
    head = clause[:words[-1].end()] if words else ""
    if published is not None and published.year == SERIES_BEGAN.year and L["SERIES_SEASON"].search(head):
        # "the second group freed this summer" in 2024: the pardons began that summer, the span is the series'.
        return False
    # "the eighth such pardon since the summer" counts the whole series; "the first since the election" does not.
    # "the sixth round ... since July" counts the series; "the first time in more than four years since the releases
    # began" has a span of its own before the series'.
    local, series = L["LOCAL_SPAN"].search(head), L["CUMULATIVE"].search(clause)
    # "з початку року" (since the start of the year) holds the series' "з початку": the longer span is the ordinal's.
    return local is not None and (series is None or local.start() < series.start()
                                  or (local.start() == series.start() and local.end() > series.end()))


def _since_later(L: Lexicon, after: str, value: int, published: dt.date | None) -> bool:
    """Whether the ordinal's clause counts since a time after the series began ("с марта", "since May 2025"), not
    since the series' own start ("since the summer", "с июля", "since July 2024"); "the first since" any time ("Це
    перше з 2020 року звільнення") is a novelty, never round one."""
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    opener = _SPAN_OPENER.search(clause)
    if opener is None or len(clause[:opener.start()].split()) > LOCAL_WORDS:
        return False
    since = clause[opener.end():]
    years = [int(y) for y in _YEAR.findall(since)]
    markers = time_markers(since, published)
    if value == 1:
        return bool(years or markers)
    if L["CUMULATIVE"].search(clause) and not years:
        # "since the summer", "с июля" with no year: the series' own span.
        return False
    return any(y > SERIES_BEGAN.year for y in years) or any(day >= SERIES_BEGAN for _, day in markers)


def _clause_at(s: Sentence, start: int) -> tuple[int, int]:
    """The bounds of the clause of the unquoted text around position `start`."""
    text = s.unquoted
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, start)), len(text))
    return begin, end


_WHEN_CLAUSE = re.compile(r",\s*(?:коли|когда|калі|when|that)\s", re.IGNORECASE)


def _in_release_clause(s: Sentence, start: int) -> bool:
    """Whether the ordinal at `start` shares its clause with a release verb ("ужо дзявяты раз з ліпеня памілоўвае"),
    not another verb's ("..., на якім ён шосты раз пойдзе ў кандыдаты")."""
    begin, end = _clause_at(s, start)
    text = s.unquoted
    if _WHEN_CLAUSE.match(text, end):
        # "дев'ятий раз, коли Лукашенко милує", "the ninth time that": the clause the time opens is its own.
        end = _clause_at(s, _WHEN_CLAUSE.match(text, end).end())[1]
    clause = s.plain_view.span(begin, end)
    return bool(s.lex["RELEASE"].search(clause) or s.lex["RELEASE_ONGOING"].search(clause))


def _told_of_the_past(s: Sentence, start: int, published: dt.date | None) -> bool:
    """Whether the ordinal at `start` numbers an earlier round: its clause tells the past ("In the first round last
    year", "У першай хвалі летась", "previously") by a marker or a time a month or more before publication."""
    text = s.unquoted
    begin, end = _clause_at(s, start)
    clause = s.plain_view.span(begin, end)
    if any(not _SPAN_OPENER.search(clause[:found.start()]) for found in s.lex["BACKGROUND"].finditer(clause)):
        # "the 13th release since July last year": a past time inside the span tells when the count began.
        return True
    if published is None:
        return False
    limit = published - dt.timedelta(days=PAST_DAYS)
    own = text[begin:end]
    return any(day < limit and not _SPAN_OPENER.search(own[:pos]) and not _THIS.search(own[max(0, pos - 12):pos])
               for pos, day in time_markers(own, published))


_OTHER_ROUND_BREAK = re.compile(r"[:;\u2014\u2013]")


def _before_other_round(text: str) -> str:
    """The part of a sentence that tells another round before that round's figures ("... и второе за неделю: 18 января
    помиловал 23"), or "" when a figure comes first."""
    cut = _OTHER_ROUND_BREAK.search(text)
    if cut is None or any(n.start < cut.start() for n in find_numbers(text) if n.kind == "count"):
        return ""
    return text[:cut.start()]


# "Thursday's pardon of 16 people, the 12th since July 2024, came ...": an ordinal set off by a comma, with no noun.
_APPOSED = re.compile(r",\s*(?:the\s+)?$", re.IGNORECASE)


def _apposed_to_the_release(s: Sentence, text: str, start: int, after: str) -> bool:
    """An ordinal with no noun of its own, set off after a release it numbers and counted from the series' start
    ("the pardon of 16 people, the 12th since July 2024", "помилование 16 человек, 12-е с июля 2024 года")."""
    L = s.lex
    return (bool(_APPOSED.search(text[max(0, start - 8):start])) and bool(L["CUMULATIVE"].match(after.lstrip()))
            and bool(L["RELEASE"].search(s.plain_view.span(0, start))))


def find_round(sentences: list[Sentence], others: frozenset[int] = frozenset(),
               published: dt.date | None = None) -> tuple[int, Sentence] | None:
    """The ordinal of the reported round with its sentence, skipping background ("since the first round").

    `others` are the sentences that tell another round's figure ("In the first round, 8 were freed"): their
    ordinals number that round, not this one. The article's own words come first; a quote numbers the round only when
    they do not ("«Это уже пятое решение о помиловании с начала лета», — сказала пресс-секретарь").
    """
    return _find_round(sentences, others, published, quoted=False) or _find_round(sentences, others, published,
                                                                                  quoted=True)


def _find_round(sentences: list[Sentence], others: frozenset[int], published: dt.date | None,
                quoted: bool) -> tuple[int, Sentence] | None:
    timeline = timeline_entries([s.unquoted for s in sentences])
    for k, s in enumerate(sentences):
        text = s.text if quoted else s.unquoted
        view = s.view if quoted else s.plain_view
        if k in timeline:
            continue
        if s.index in others:
            # "Это девятое помилование с июля 2024 года и второе за неделю: 18 января помиловал 23": the ordinal before
            # the colon numbers this round; the other round's figure is told only after it.
            text = _before_other_round(text)
            if not text:
                continue
        L = s.lex
        # "ужо дзявяты раз памілоўвае": an imperfective verb numbers the series with "раз" or an adverb.
        release = bool(L["RELEASE"].search(s.plain) or L["RELEASE_ONGOING"].search(s.plain))
        # "першае памілаванне ў 2025 годзе і ... ужо дзявятае з ліпеня": a later ordinal shares the noun.
        noun_before = False
        for m in ordinal_pattern(s.langs).finditer(text):
            if _SINCE.search(text[max(0, m.start() - 20):m.start()]) or _NOT.search(text[max(0, m.start() - 8):m.start()]):
                continue
            if m.group("digit") and (_MONTH_BEFORE.search(text[max(0, m.start() - 15):m.start()])
                                     or _MONTH_AFTER.match(text[m.end():m.end() + 15])):
                continue
            after = view.span(m.end(), min(len(text), m.end() + AFTER_CHARS))
            adverb = bool(m.groupdict().get("adverb"))
            # "раз" and an adverb number the round only beside a release verb of their own clause.
            release_here = release and _in_release_clause(s, m.start())
            noun = ((adverb and release_here) or _round_noun_follows(L, after, release_here)
                    or _apposed_to_the_release(s, text, m.start(), after))
            # A later ordinal shares the noun only with none of its own after it ("ужо дзявятае з ліпеня", not
            # "a seventh term").
            shares = noun_before and not _OWN_NOUN.match(text[m.end():])
            value = ordinal_value(m, s.langs)
            opening = _opens_the_series(L, after, value, published)
            if value == 1 and adverb and not opening:
                # "впервые", "вперше", "упершыню" tell a novelty ("впервые с 2020 года"), not round one.
                continue
            if _enumerated_part(s, text, m.end()):
                # "Друга група — 12 жінок", "The second group: 12 women": an entry of a list of the round's parts.
                continue
            if value == 1 and _SUCH.match(text[m.end():]) and not opening:
                # "the first such release", "первое подобное освобождение": the first of its kind, not round one.
                continue
            if (noun or shares) and (opening or not _is_local(L, after, published)) \
                    and not _since_later(L, after, value, published) \
                    and not _of_transfers(L, after) \
                    and not _told_of_the_past(s, m.start(), published):
                return value, s
            noun_before = noun_before or noun
    return None
