"""Turn each counted number in the article into a Mention: the lemmas before and after it, quoted or not."""

import re
from dataclasses import dataclass
from functools import cached_property

from bot.extract.dates import find_dates, timeline_entries
from bot.extract.lexicon import Lexicon
from bot.extract.numbers import Num, find_numbers, joined_ranges
from bot.extract.qualifiers import qualifier_at
from bot.extract.text import Sentence

# A clause ends at punctuation or a dash; "1,278" never reaches here because numbers are cut out first.
CLAUSE_END = re.compile(r"[,;:!?()\u2014\u2013]|\.(?:\s|$)| but | while | whereas | но | але | а | проте | однак ")
# A news report states a few dozen figures; tables of thousands are not reports, and scanning them is waste.
MAX_MENTIONS = 500
# A dash right after the number, or after its noun or "of them", is a copula ("двое — инвалиды", "одна людина – з
# інвалідністю", "Шесть из них — родители"), not a clause break.
_LEADING_DASH = re.compile(r"^(\s*(?:[^\W\d]+\s+){0,2})[\u2014\u2013-]\s")
_ASIDE = re.compile(r"(?<=\w),[^,]{3,80},")
_OLD_YEAR = re.compile(r"(?:^|\W)(?:in|в|во|у|ў)\s+(?:[^\W\d]+\s+)?(19\d\d|20[01]\d|202[0-3])(?!\d)",
                       re.IGNORECASE)
# How much of a sentence's opening can hold a marker of the past ("Ранее", "In 2015,").
OPENING_CHARS = 25


def _when_before(lex: Lexicon) -> re.Pattern:
    return lex.derived("when_before", lambda L: r"(?:^|\W)(?:" + L.source("WHEN") + r")\s+(?:[^\W\d]+\s+){0,3}$")


def without_relative_asides(lex: Lexicon, text: str, start: int = 0) -> str:
    """`text[start:]` with the asides that hold a relative clause blanked out (", the blogger who tried to run five
    years ago and whose wife has led ... since 2020,"): the times told there are the aside's, not the main verb's."""
    aside = lex.derived("relative_aside", lambda L: r"(?<=\w),\s*(?:[^,;]{0,60}?\s)?(?:" + L.source("RELATIVE")
                        + r")(?!\w)[^,;]{0,250},")
    masked = list(text[start:])
    for m in aside.finditer(text):
        for i in range(max(m.start() + 1, start), m.end() - 1):
            masked[i - start] = " "
    return "".join(masked)


@dataclass(frozen=True)
class Mention:
    """A count in a sentence with the lemma text that decides what it counts.

    `before` runs from the previous count (or the sentence start) to the number, `bare_before` to the
    hedge in front of it ("still holds" of "still holds more than 1,150"); `after` runs to the end of
    the clause, `after_long` up to 80 characters, `rest` up to 150.
    """

    sentence: Sentence
    num: Num
    before: str
    bare_before: str
    after: str
    after_long: str
    rest: str
    opening: str
    quoted: bool
    qualifier: str
    # The lemma text of the sentence up to the number (`before` is its tail), to see clauses that open earlier.
    prefix: str = ""
    # The lemma text of the sentence before it in its paragraph (unquoted), which a bare "the total" may sum up.
    previous: str = ""
    # Whether the sentence is an entry of a chronology ("3 июля: 18 человек" among other such lines).
    in_timeline: bool = False

    @property
    def value(self) -> int:
        return self.num.value

    @property
    def lex(self) -> Lexicon:
        return self.sentence.lex

    @property
    def in_past_year(self) -> bool:
        """Whether the words before date the figure to a year before the 2024 pardons ("In 2015, ...")."""
        # "Viasna, the center founded in 1996, says": a year inside an aside dates the aside only.
        before = _ASIDE.sub(",", self._without_relative_asides(self.before))
        years = list(_OLD_YEAR.finditer(before))
        # "In 2015 there were a few dozen; today Viasna counts about 1,150": a "now" after the year opens today's
        # clause, whose figure the year does not date.
        return bool(years) and not self.lex["NOW"].search(before[years[-1].end():])

    def _without_relative_asides(self, text: str) -> str:
        """`text` (the tail of `prefix`) with its relative-clause asides blanked out, wherever they opened."""
        prefix = self.prefix if self.prefix.endswith(text) else text
        return without_relative_asides(self.lex, prefix, len(prefix) - len(text))

    # (Read once per count, like `is_background`: the rules over events ask it of every pair of counts.)
    @cached_property
    def is_old(self) -> bool:
        """Whether the words before place the event in the past: "In 2015, ...", "Earlier this month", "when 18"."""
        return self._told_as_past("PAST")

    @cached_property
    def is_background(self) -> bool:
        """Like is_old, but a month with no day ("з ліпеня 2024 года", "у ліпені 2024") is not the past here, and
        a reminder ("Нагадаем, што з ліпеня ... больш за 300") repeats a figure that still holds."""
        return self._told_as_past("BACKGROUND", "REMINDER")

    def _told_as_past(self, field: str, ignored: str | None = None) -> bool:
        background = self.lex[field]
        # "Since July last year": a span the figure runs over is no marker of the past.
        spans = self.lex.derived(f"spans_besides_{ignored}", lambda L: "|".join(
            f"(?:{L.source(name)})" for name in ("CUMULATIVE", ignored) if name))
        # "X, the blogger who tried to run five years ago and whose wife ..., was freed": a relative clause's times
        # are its own, not the release's.
        before, opening = (spans.sub(" ", self._without_relative_asides(text)) for text in (self.before, self.opening))
        # "the freeing of 14 prisoners earlier this month": the marker can also follow the count closely.
        head = " ".join(self.after.split()[:5])
        return bool(self.in_past_year or background.search(before) or background.search(opening)
                    or background.search(head) or _when_before(self.lex).search(self.before[-40:])
                    or self.in_timeline)


def _people_soon(m: Mention, nouns: str, max_words: int = 3) -> bool:
    words = m.after.split()[:max_words]
    head = " ".join(words)
    found = m.lex[nouns].search(head)
    if not found:
        return False
    between = head[:found.start()].split()
    return all(m.lex["PEOPLE_FILLER"].fullmatch(w.strip("\"“”«»,")) for w in between)


def people_follow(m: Mention) -> bool:
    """Whether the number counts people ("31 political prisoners", "23 Belarusians", "20 человек")."""
    return _people_soon(m, "PEOPLE")


def prisoners_follow(m: Mention) -> bool:
    """Whether the number counts prisoners as a whole ("1,150 political prisoners"), not a subset of them."""
    return _people_soon(m, "PRISONERS")


def _clause(tail: str) -> str:
    tail = _LEADING_DASH.sub(r"\1 ", tail, count=1)
    cut = CLAUSE_END.search(tail)
    return tail[:cut.start()] if cut else tail


def mentions(sentences: list[Sentence]) -> list[Mention]:
    """Every count-like number of the article, in reading order."""
    found: list[Mention] = []
    timeline = timeline_entries([s.text for s in sentences])
    for k, s in enumerate(sentences):
        if len(found) >= MAX_MENTIONS:
            break
        counts = joined_ranges(s.text, [n for n in find_numbers(s.text) if n.kind == "count"])
        if not counts:
            continue
        plain = s.unquoted
        for i, n in enumerate(counts):
            quoted = s.is_quoted(n.start)
            raw = s.text if quoted else plain
            view = s.view if quoted else s.plain_view
            lemmas = view.text
            a, b = view.at(n.start), view.at(n.end)
            prev_end = view.at(counts[i - 1].end) if i else 0
            next_start = view.at(counts[i + 1].start) if i + 1 < len(counts) else len(lemmas)
            window = max(0, n.start - 40)
            qualifier, hedge = qualifier_at(raw[window:n.start])
            bare_end = max(prev_end, view.at(window + hedge))
            found.append(Mention(
                sentence=s, num=n, before=lemmas[prev_end:a], bare_before=lemmas[prev_end:bare_end],
                after=_clause(lemmas[b:next_start]), after_long=_clause(lemmas[b:b + 80]), rest=lemmas[b:b + 150],
                opening=lemmas[:view.at(min(OPENING_CHARS, n.start))], quoted=quoted, qualifier=qualifier,
                prefix=lemmas[:a],
                previous=sentences[k - 1].plain if k and sentences[k - 1].para == s.para else "",
                in_timeline=k in timeline))
    return found


def has_date(m: Mention) -> bool:
    """Whether the count's sentence gives a date outside quotes."""
    return bool(find_dates(m.sentence.unquoted, None))


def dated_here(m: Mention) -> bool:
    """A date right after the count, in its own clause ("30 people on August 16", "52 человека 11 сентября")."""
    tail = m.sentence.unquoted[m.num.end:m.num.end + 45]
    cut = re.search(r"[,;:()\u2014\u2013]|\.\s", tail)
    return bool(find_dates(tail[:cut.start()] if cut else tail, None))
