"""Split the article's own lines into sentences that know their quotations, language and lemmas."""

import re
from dataclasses import dataclass
from functools import cached_property

from bot.extract.chrome import clean_lines
from bot.extract.language import segment_language
from bot.extract.lexicon import Lexicon, lexicon
from bot.extract.morph import LemmaView, lemma_view

# No real sentence is this long; capping it keeps per-sentence scans linear on junk input.
MAX_SENTENCE = 1_500

_SPLIT = re.compile(r"[.!?…]+[\"”»’)]*\s+")
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr no vs jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt rep sen gov"
    " u.s u.k e.g i.e т.е т.к г гг ст ч им см тыс млн руб вул пр".split())
_OPEN = "“«„\""
_CLOSE = {"“": "”", "«": "»", "„": "“”", "\"": "\""}


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: its quotation spans, paragraph, language and lemma views.

    `lang` is the language the sentence is written in; a quotation in another language ("«Я помиловал
    ...», — сказаў ён") keeps its own in `quote_langs`, so each part is read with its own words.
    """

    text: str
    index: int
    para: int
    quoted: tuple[tuple[int, int], ...] = ()
    lang: str = "en"
    quote_langs: tuple[str, ...] = ()

    @cached_property
    def langs(self) -> tuple[str, ...]:
        """Every language the sentence is written in, sorted (the key of its lexicon)."""
        return tuple(sorted({self.lang, *self.quote_langs}))

    @cached_property
    def lex(self) -> Lexicon:
        """The field patterns of the sentence's languages."""
        return lexicon(self.langs)

    @cached_property
    def view(self) -> LemmaView:
        """The lemma view of the whole sentence, quotations read in their own language."""
        return lemma_view(self.text, self.lang, tuple(zip(self.quoted, self.quote_langs, strict=True)))

    @cached_property
    def plain_view(self) -> LemmaView:
        """The lemma view of the sentence with its quotations blanked out."""
        return lemma_view(self.unquoted, self.lang)

    @cached_property
    def plain(self) -> str:
        """The lemma text of the sentence outside quotations (what the field patterns read)."""
        return self.plain_view.text

    def is_quoted(self, pos: int) -> bool:
        """Whether character `pos` of the sentence lies inside a quotation."""
        return any(a <= pos < b for a, b in self.quoted)

    @cached_property
    def unquoted(self) -> str:
        """The sentence with quoted spans blanked out (same length, so offsets still hold)."""
        # Cached: the rules ask for the sentence outside its quotations again and again.
        return _outside(self.text, self.quoted)


def quote_spans(line: str) -> list[tuple[int, int]]:
    """Spans of `line` inside quotation marks; an unclosed quote runs to the end of the paragraph."""
    spans, i, n = [], 0, len(line)
    while i < n:
        ch = line[i]
        if ch in _OPEN and not (ch == "\"" and i and line[i - 1].isalnum()):
            closers = _CLOSE[ch]
            j = i + 1
            while j < n and line[j] not in closers:
                j += 1
            # Short quoted terms («Вясна», "pardons") are names or irony, not someone else's statement.
            if len(line[i + 1:j].split()) >= 4:
                spans.append((i, min(j + 1, n)))
            i = j + 1
        else:
            i += 1
    return spans


def _split_points(line: str) -> list[int]:
    points = []
    for m in _SPLIT.finditer(line):
        head = line[:m.start()].rsplit(None, 1)
        word = head[-1].lower().strip("(\"“«") if head else ""
        nxt = line[m.end():m.end() + 1]
        if word in _ABBREV or (len(word) == 1 and word.isalpha()) or not nxt:
            continue
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPEN or nxt in "(‘'—–"):
            continue
        points.append(m.end())
    return points


def _outside(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def split_sentences(text: str, lang: str = "en") -> list[Sentence]:
    """Sentences of the cleaned article (in `lang`), each knowing its quotations and its own language."""
    return sentences_of(clean_lines(text), lang)


def sentences_of(lines: list[str], lang: str) -> list[Sentence]:
    """Sentences of the article's own lines (see chrome.clean_lines), one paragraph per line."""
    sentences: list[Sentence] = []
    for para, line in enumerate(lines):
        spans = quote_spans(line)
        bounds = [0, *_split_points(line), len(line)]
        bounds = sorted({*bounds, *range(0, len(line), MAX_SENTENCE)})
        for a, b in zip(bounds, bounds[1:], strict=False):
            chunk = line[a:b]
            stripped = chunk.rstrip()
            if not stripped:
                continue
            local = tuple((max(s, a) - a, min(e, b) - a) for s, e in spans if s < b and e > a)
            own = segment_language(_outside(stripped, local), lang)
            quote_langs = tuple(segment_language(stripped[qa:qb], own) for qa, qb in local)
            sentences.append(Sentence(stripped, len(sentences), para, local, own, quote_langs))
    return sentences
