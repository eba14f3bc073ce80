"""Turn each counted number in the article into a Mention: its words before and after, quoted or not."""

import re
from dataclasses import dataclass

from bot.extract.dates import is_timeline_entry
from bot.extract.lexicon import P
from bot.extract.numbers import Num, find_numbers
from bot.extract.qualifiers import qualifier_before
from bot.extract.text import Sentence

# A clause ends at punctuation or a dash; "1,278" never reaches here because numbers are cut out first.
_CLAUSE_END = re.compile(r"[,;:!?()\u2014\u2013]|\.(?:\s|$)| but | while | whereas | но | але | а ")
# A news report states a few dozen figures; tables of thousands are not reports, and scanning them is waste.
MAX_MENTIONS = 500
_LEADING_DASH = re.compile(r"^\s*[\u2014\u2013-]\s")
_WHEN_BEFORE = re.compile(r"(?:^|\W)(?:" + P["WHEN"].pattern + r")\s+(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)
_ASIDE = re.compile(r"(?<=\w),[^,]{3,80},")
_OLD_YEAR = re.compile(r"(?:^|\W)(?:in|в|во|у|ў)\s+(?:[^\W\d]+\s+)?(19\d\d|20[01]\d|202[0-3])(?!\d)",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A count in a sentence with the text that decides what it counts."""

    sentence: Sentence
    num: Num
    before: str
    after: str
    after_long: str
    rest: str
    quoted: bool
    qualifier: str

    @property
    def value(self) -> int:
        return self.num.value

    @property
    def in_past_year(self) -> bool:
        """Whether the words before date the figure to a year before the 2024 pardons ("In 2015, ...")."""
        # "Viasna, the center founded in 1996, says": a year inside an aside dates the aside only.
        return bool(_OLD_YEAR.search(_ASIDE.sub(",", self.before)))

    @property
    def is_old(self) -> bool:
        """Whether the words before place the event in the past: "In 2015, ...", "Earlier this month", "when 18"."""
        opening = self.sentence.text[:min(25, self.num.start)]
        # "the freeing of 14 prisoners earlier this month": the marker can also follow the count closely.
        head = " ".join(self.after.split()[:5])
        return bool(self.in_past_year or P["BACKGROUND"].search(self.before)
                    or P["BACKGROUND"].search(opening) or P["BACKGROUND"].search(head)
                    or _WHEN_BEFORE.search(self.before[-40:]) or is_timeline_entry(self.sentence.text))


def _people_soon(after: str, max_words: int = 3, nouns: re.Pattern = P["PEOPLE"]) -> bool:
    words = after.split()[:max_words]
    head = " ".join(words)
    m = nouns.search(head)
    if not m:
        return False
    between = head[:m.start()].split()
    return all(P["PEOPLE_FILLER"].fullmatch(w.strip("\"“”«»,")) for w in between)


def people_follow(m: Mention) -> bool:
    """Whether the number counts people ("31 political prisoners", "23 Belarusians", "20 человек")."""
    return _people_soon(m.after)


def prisoners_follow(m: Mention) -> bool:
    """Whether the number counts prisoners as a whole ("1,150 political prisoners"), not a subset of them."""
    return _people_soon(m.after, nouns=P["PRISONERS"])


def mentions(sentences: list[Sentence]) -> list[Mention]:
    """Every count-like number of the article, in reading order."""
    found: list[Mention] = []
    for s in sentences:
        if len(found) >= MAX_MENTIONS:
            break
        plain, raw = s.unquoted(), s.text
        nums = find_numbers(raw)
        counts = [n for n in nums if n.kind == "count"]
        for i, n in enumerate(counts):
            quoted = s.is_quoted(n.start)
            text = raw if quoted else plain
            prev_end = counts[i - 1].end if i else 0
            next_start = counts[i + 1].start if i + 1 < len(counts) else len(text)
            before = text[prev_end:n.start]
            # A dash right after the number is a copula ("двое — инвалиды"), not a clause break.
            tail = _LEADING_DASH.sub(" ", text[n.end:next_start], count=1)
            cut = _CLAUSE_END.search(tail)
            after = tail[:cut.start()] if cut else tail
            long_tail = _LEADING_DASH.sub(" ", text[n.end:n.end + 80], count=1)
            cut = _CLAUSE_END.search(long_tail)
            after_long = long_tail[:cut.start()] if cut else long_tail
            found.append(Mention(s, n, before, after, after_long, text[n.end:n.end + 150], quoted,
                                 qualifier_before(text[max(0, n.start - 40):n.start])))
    return found
