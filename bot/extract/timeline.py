"""When each part of an article happens, for the people it names: the time of each state word.

A date, a month or a year told in a clause, or opening its sentence or paragraph, times the words after it; "earlier"
or "Нагадаем" only place them vaguely before the news. `people.find_names` weighs a person's readings by these times:
the latest state wins.
"""

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.dates import time_markers
from bot.extract.text import Sentence

# "Earlier", "Ранее", "Нагадаем" with no date: before the news, by how much unknown.
EARLIER = dt.timedelta(days=8)
# How far after a word its clause may still tell its time ("was released on health grounds in July 2024"), and
# how far into a sentence its opening adverbial stands ("In September last year, ...").
CLAUSE_REACH = 60
OPENING_REACH = 40
_CLAUSE_END = re.compile(r"[,;:.!?()\u2014\u2013]|\s(?:and|і|и|та|а|but|но|але)\s")
# A year before a comma or a full stop ("freed at the end of his term in 2023."): `dates` reads no year followed by
# "." or "," (to spare "2,023" and decimals), so the mark is blanked, keeping every offset.
_YEAR_PUNCTUATION = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)[.,](?=\s|$)")
# How many words a section's heading line may have ("December 13, 2025: 123 freed").
HEADING_WORDS = 12
# Where in the heading line its date starts (at the very start, past a bullet or a quotation mark).
HEADING_DATE_AT = 2


class Times:
    """When each part of the article happens: the time markers of each sentence, in lemma offsets; a date, a
    month or a year is explicit, "earlier" or "Нагадаем" only vague."""

    def __init__(self, sentences: list[Sentence], published: dt.date | None) -> None:
        self.sentences = sentences
        self.published = published
        self._explicit: dict[int, list[tuple[int, dt.date]]] = {}

    def explicit(self, s: Sentence) -> list[tuple[int, dt.date]]:
        """The dates, months and years of `s` (read once, when first asked for)."""
        if s.index not in self._explicit:
            self._explicit[s.index] = [(s.plain_view.at(pos), day)
                                       for pos, day in time_markers(_YEAR_PUNCTUATION.sub(r"\1 ", s.unquoted),
                                                                    self.published)]
        return self._explicit[s.index]

    def vague(self, s: Sentence) -> list[tuple[int, dt.date]]:
        """"Earlier", "Ранее", "Нагадаем" in `s`: before the news, by how much unknown."""
        if self.published is None:
            return []
        # "Дзесяць гадоў таму": the number before "years ago" makes it an exact time (`explicit`), not a vague one; so
        # does any date before the word in its sentence ("Статкевич в сентябре отказался ... — тогда его вернули в
        # колонию": "then" is that September, not some time before the news).
        exact = [at for at, _ in self.explicit(s)]
        # A "then" after a date told earlier in the paragraph is that date too ("У вересні 2025-го до Литви доправили
        # 52 людей. Статкевич тоді відмовився ..."): `at` finds it there.
        then = s.lex.derived("then", lambda L: r"(?:" + L.source("THEN") + ")")
        return [(m.start(), self.published - EARLIER) for m in s.lex["BACKGROUND"].finditer(s.plain)
                if not any(at < m.start() for at in exact)
                and not (then.fullmatch(m.group()) and self._dated_earlier_in_paragraph(s))]

    def _dated_earlier_in_paragraph(self, s: Sentence) -> bool:
        """Whether a sentence before `s` in its paragraph tells a date, a month or a year."""
        for j in range(s.index - 1, -1, -1):
            if self.sentences[j].para != s.para:
                return False
            if self.explicit(self.sentences[j]):
                return True
        return False

    def at(self, s: Sentence, pos: int | None) -> dt.date | None:
        """The time of lemma offset `pos` of `s`: a date right after it in its clause ("was released ... in July
        2024"), else a marker before it in its clause or opening the sentence ("In September last year, ..."),
        else the paragraph's so far. A date inside a clause between ("X, who in 2022 won the prize, is
        serving ...") is that clause's."""
        text = s.plain
        if pos is not None:
            clause_end = _CLAUSE_END.search(text, pos)
            end = min(pos + CLAUSE_REACH, clause_end.start() if clause_end else len(text))
            after = [day for at, day in self.explicit(s) if pos < at < end]
            if after:
                return after[0]
        opening = _CLAUSE_END.search(text)
        opening_end = min(OPENING_REACH, opening.start() if opening else len(text))
        before = [(at, day) for at, day in sorted(self.explicit(s) + self.vague(s))
                  if pos is None or (at <= pos and (at < opening_end or not _CLAUSE_END.search(text, at, pos)))]
        if before:
            return before[-1][1]
        # "Среди помилованных были ..." opening a paragraph details the group the paragraph before dated.
        opens_list = s.lex.derived("list_or_including_first", lambda L: r"^\W*(?:" + L.source("LIST_INTRO") + "|"
                                   + L.source("INCLUDING") + ")").search(s.plain)
        paragraphs = (s.para, s.para - 1) if opens_list else (s.para,)
        for earlier in self._before(s):
            if earlier.para not in paragraphs:
                break
            if self.explicit(earlier):
                return self.explicit(earlier)[-1][1]
        return self._heading(s)

    def _heading(self, s: Sentence) -> dt.date | None:
        """The date of a section's heading line right above the paragraph ("September 11, 2025: 52 freed, one goes
        back"): a chronology dates each section so."""
        above = []
        for x in self._before(s):
            if x.para < s.para - 1:
                break
            if x.para == s.para - 1:
                above.append(x)
        if len(above) != 1 or len(above[0].text.split()) > HEADING_WORDS or above[0].text.rstrip()[-1:] in ".!?»\"”":
            return None
        # (The date opens the line, as in a chronology; a headline's "last year" inside it dates nothing.)
        found = [day for at, day in self.explicit(above[0]) if at <= HEADING_DATE_AT]
        return found[0] if found else None

    def _before(self, s: Sentence) -> Iterator[Sentence]:
        """The sentences before `s`, nearest first (walked by index: copying the list before each sentence made a long
        page quadratic)."""
        for j in range(min(s.index, len(self.sentences)) - 1, -1, -1):
            yield self.sentences[j]

    def near(self, s: Sentence, pos: int | None) -> dt.date | None:
        """The date nearest to `pos` in its own sentence ("was sentenced in 2021 to 14 years")."""
        found = self.explicit(s) or self.vague(s)
        if not found:
            return None
        return min(found, key=lambda m: abs(m[0] - (pos or 0)))[1]

    def of(self, s: Sentence, pos: int | None, role: str) -> dt.date | None:
        """The time of a reading: a past arrest or sentence only by its own sentence's date, a state by the
        marker of its clause or the paragraph's."""
        return self.near(s, pos) if role in ("sentenced", "held_weak") else self.at(s, pos)
