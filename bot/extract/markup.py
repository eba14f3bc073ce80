"""Turn an article's markup back into plain paragraphs: HTML tags and entities, Markdown marks, hard wraps.

Articles reach the extractor as text, but text copied from a feed's HTML body, a Markdown export or an
e-mail keeps its form: "<p>…</p>", "&laquo;", "**Ales Bialiatski**", or a paragraph broken into lines of
72–80 characters. The extractor reads one paragraph per line, so each of these would split a sentence or
glue marks to a name. Plain text passes through unchanged.
"""

import html
import re

from bot.extract.given_names import first_name, first_names, plain
from bot.extract.morph import fold_be

# A tag that ends a block of text (a paragraph, a line break, a list item, a heading, a table row). Its attributes
# are bounded, so text full of unclosed "<p" stays linear to read.
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|figure"
                        r"|figcaption|header|footer)\b[^<>]{0,2000}>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"<\s*/?\s*(?:a|span|strong|em|b|i|u|small|sup|sub|font|time|mark|abbr|cite|q|img)\b"
                         r"[^<>]{0,2000}>", re.IGNORECASE)
# A script or style block opens: never story text.
_SCRIPT_OPEN = re.compile(r"<\s*(script|style)\b", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# Markdown: "**bold**", "__bold__", a heading's "## ", a link "[text](https://…)".
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|/)[^()\[\]\s]{0,2000}\)")

_SENTENCE_END = re.compile(r"[.!?…:;][\"”»’)]*$")
# A document is hard-wrapped when its lines are no longer than this and most of them are full.
_WIDEST_WRAP = 120
_MIN_WRAPPED_LINES = 4


def plain_text(text: str) -> str:
    """The text with HTML tags and entities, Markdown emphasis and hard line wraps undone."""
    if _BLOCK_TAG.search(text) or _INLINE_TAG.search(text):
        text = _without_scripts(text)
        text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if _ENTITY.search(text):
        text = html.unescape(text)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub("", _EMPHASIS.sub(r"\2", text))
    return join_split_names(unwrap(text))


def _without_scripts(text: str) -> str:
    """The text without its script and style blocks (an unclosed one is left for the tag pass)."""
    kept: list[str] = []
    low = text.lower()
    start = 0
    while opening := _SCRIPT_OPEN.search(text, start):
        end = low.find("</" + opening.group(1).lower(), opening.end())
        if end < 0:
            break
        close = low.find(">", end)
        kept.append(text[start:opening.start()])
        start = close + 1 if close >= 0 else len(text)
    kept.append(text[start:])
    return "".join(kept)


def unwrap(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs; text written one paragraph per line is left alone.

    A greedy wrap breaks a line only where the next word would not fit, so a line is a wrap when it plus
    the next line's first word would pass the document's width. Headlines and paragraph ends are shorter.
    """
    lines = text.split("\n")
    width = max((len(ln.rstrip()) for ln in lines), default=0)
    if width > _WIDEST_WRAP:
        return text
    wraps = [i for i in range(len(lines) - 1) if _is_wrap(lines[i], lines[i + 1], width)]
    open_ended = [i for i in wraps if not _SENTENCE_END.search(lines[i].rstrip())]
    filled = sum(1 for ln in lines if ln.strip())
    # Text written one paragraph per line rarely has a near-full line that stops mid-sentence.
    if len(wraps) < _MIN_WRAPPED_LINES or len(wraps) * 5 < filled or len(open_ended) * 3 < len(wraps) * 2:
        return text
    joined = set(wraps)
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and i - 1 in joined:
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


# A row of a table written as text ends in its figure after a colon or dash ("Палітвязняў цяпер: 1 110"): a page of such
# short rows is no wrapped paragraph.
_TABLE_ROW = re.compile(r"[:\u2014\u2013]\s*\d[\d\s.,\u00a0\u202f]*$")


def _is_wrap(line: str, following: str, width: int) -> bool:
    line, following = line.rstrip(), following.strip()
    if not line.strip() or not following or _TABLE_ROW.search(line):
        return False
    return len(line) + 1 + len(following.split()[0]) > width


def _join(line: str, following: str) -> str:
    line, following = line.rstrip(), following.strip()
    # A wrap after a hyphen splits a compound ("Minsk-\nbased", "політ-\nв'язні"): its halves join again, hyphen
    # kept, since a typed hyphen cannot be told from a typesetter's.
    if line.endswith("-") and line[-2:-1].isalpha():
        return line + following
    return f"{line} {following}"


# A line of prose (or a list item) that stops mid-sentence on a first name: "Among those freed was Siarhei" over
# "Tsikhanouski, the blogger ...". (A line of a name alone is a list's, and so is one that ends a sentence.)
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_][\w'’-]*)$")
_FIRST_WORD = re.compile(r"^([^\W\d_][\w'’-]*)(?=[\s,;:.)—–-]|$)")
_BULLET = re.compile(r"^\s*[—–•*-]\s")
_PROSE_WORDS = 4


def join_split_names(text: str) -> str:
    """Join a line that breaks a name after its first name to the line with the surname ("… was Siarhei\nTsikhanouski,
    …", "— Ігар\nКарней, 55 гадоў"); other lines stay."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and _breaks_a_name(lines[i - 1], line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _breaks_a_name(line: str, following: str) -> bool:
    line, following = line.rstrip(), following.strip()
    last, first = _LAST_WORD.search(line), _FIRST_WORD.match(following)
    if last is None or first is None or _SENTENCE_END.search(line):
        return False
    prose = len(line.split()) >= _PROSE_WORDS or bool(_BULLET.match(line))
    name, surname = last.group(1), first.group(1)
    return (prose and name[:1].isupper() and surname[:1].isupper() and any(c.islower() for c in surname)
            and first_name(name) is not None and not _is_first_name_as_written(surname))


def _is_first_name_as_written(word: str) -> bool:
    """A first name in the nominative ("Алена"), not a surname that looks declined from one ("Аляксандраў")."""
    return any(fold_be(plain(word)) == fold_be(name) for name, _ in first_names(word))
