"""Clean scraped page text (chrome, captions, banners) and split it into sentences with quote spans."""

import re
import unicodedata
from dataclasses import dataclass

from bot.extract.dates import find_dates
from bot.extract.lexicon import P

MAX_CHARS = 200_000
# No real sentence is this long; capping it keeps per-sentence scans linear on junk input.
MAX_SENTENCE = 1_500

_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD]
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)), None)
_SPACES = dict.fromkeys([0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x2008, 0x3000], " ")

# A heading after which a news page shows other stories, not the article.
_END_HEADING = re.compile(
    r"(?:latest stories|recent news|read more|read also|more news|related(?: articles| news| stories| posts)?|editors['’]? picks"
    r"|news feed|most read|most popular|you may also like|recommended(?: for you)?|more from \w+|previous"
    r"|читайте также|другие новости|похожие новости|самое читаемое|новости по теме|популярное"
    r"|чытайце таксама|іншыя навіны|больш навін|навіны па тэме|папулярнае)\s*:?", re.IGNORECASE)
_DROP_START = re.compile(
    r"^(?:also read|read more|read also|see also|related:|читайте также|читайте тоже|смотрите также"
    r"|чытайце таксама|глядзіце таксама)(?!\w)", re.IGNORECASE)
_DROP_SHORT = re.compile(
    r"^(?:subscribe|advertisement|skip to content|pre-order now|share|share this|sign up|listen|print"
    r"|\* indicates required|ok|x close|close|menu|search|log in|login|подписаться|подпишитесь|реклама"
    r"|поделиться|падпісацца|падзяліцца|рэклама)\b", re.IGNORECASE)
_CAPTION = re.compile(
    r"getty images|photo by|photo:|photo credit|/afp|/reuters|ap photo|nurphoto|фото:|фото\s*—|фота:|фота\s*—"
    r"|illustrative photo|иллюстративное фото", re.IGNORECASE)
_COOKIE = re.compile(r"cookie|куки|файлы cookie", re.IGNORECASE)
_CLOCK = re.compile(r"^(?:\d{1,2}:\d{2}\s*(?:am|pm)?|·?\s*\d+\s*min read)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "1. Name, town" / "2) Name": the number of a list item, not a count.
_NUMBERING = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d])")
_SENT_END = re.compile(r"[.!?…][\"”»’)]*$")

_SPLIT = re.compile(r"[.!?…]+[\"”»’)]*\s+")
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr no vs jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt rep sen gov"
    " u.s u.k e.g i.e т.е т.к г гг ст ч им см тыс млн руб вул пр".split())
_OPEN = "“«„\""
_CLOSE = {"“": "”", "«": "»", "„": "“”", "\"": "\""}


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, with the spans inside quotation marks and its paragraph number."""

    text: str
    index: int
    para: int
    quoted: tuple[tuple[int, int], ...] = ()

    def is_quoted(self, pos: int) -> bool:
        """Whether character `pos` of the sentence lies inside a quotation."""
        return any(a <= pos < b for a, b in self.quoted)

    def unquoted(self) -> str:
        """The sentence with quoted spans blanked out (same length, so offsets still hold)."""
        chars = list(self.text)
        for a, b in self.quoted:
            chars[a:b] = " " * (b - a)
        return "".join(chars)


def normalize(text: str) -> str:
    """NFC text without invisible marks, stress accents or exotic spaces, capped at MAX_CHARS."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SPACES)
    return "".join(c for c in text if not unicodedata.combining(c))


def _is_date_header(line: str) -> bool:
    """A short top line holding a full date and no verb of release: the site's masthead, not the story."""
    return (len(line) < 100 and bool(_YEAR.search(line)) and not _SENT_END.search(line)
            and len(line.split()) <= 12 and any(d for _, d in find_dates(line, None))
            and not P["RELEASE"].search(line))


def clean_lines(text: str) -> list[str]:
    """The article's own lines: page chrome dropped, and everything after a closing heading cut."""
    lines = [_NUMBERING.sub("", ln.strip(" \t•*|-–")) for ln in normalize(text).split("\n")]
    kept: list[str] = []
    body_chars = 0
    for line in lines:
        if not line:
            continue
        if _END_HEADING.fullmatch(line) and body_chars >= 300:
            break
        if (_DROP_START.match(line) or (len(line) < 40 and _DROP_SHORT.match(line)) or _CLOCK.match(line)
                or _CAPTION.search(line) or (_COOKIE.search(line) and len(line) > 60)):
            continue
        if len(kept) < 3 and _is_date_header(line):
            continue
        kept.append(line)
        if _SENT_END.search(line):
            body_chars += len(line)
    return kept


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


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the cleaned article, each knowing which of its characters are quoted."""
    sentences: list[Sentence] = []
    for para, line in enumerate(clean_lines(text)):
        spans = quote_spans(line)
        bounds = [0, *_split_points(line), len(line)]
        bounds = sorted({*bounds, *range(0, len(line), MAX_SENTENCE)})
        for a, b in zip(bounds, bounds[1:], strict=False):
            chunk = line[a:b]
            stripped = chunk.rstrip()
            if not stripped:
                continue
            local = tuple((max(s, a) - a, min(e, b) - a) for s, e in spans if s < b and e > a)
            sentences.append(Sentence(stripped, len(sentences), para, local))
    return sentences
