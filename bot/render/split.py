"""Splitting long replies into messages that fit a platform's size limit, measured the platform's way."""

import unicodedata
from collections.abc import Callable, Iterable

_ZWJ = "\u200d"
_ENTITY_MAX = 10  # the longest entity the renderers write is "&quot;"; a little room beyond it
_SPACE_WINDOW = 200  # a cut moves back to a space at most this far


def utf16_len(text: str) -> int:
    """The length as Telegram counts it: UTF-16 code units, so a character beyond U+FFFF (most emoji) is 2."""
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def pack_lines(lines: Iterable[str], limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Join rendered lines with newlines into as few chunks as fit `limit` (as `measure` counts, at
    least one per character and adding up over a concatenation: `len`, `utf16_len`).

    A line is never cut in the middle unless it alone exceeds the limit; then it is cut where a
    reader would (see `cut_point`). Renderers pass only lines whose markup survives that: escaped
    text with no tags.
    """
    chunks: list[str] = []
    current, size = "", 0  # the chunk being filled and its measure
    for line in lines:
        # At least one unit per character: the first limit + 1 characters tell whether the line fits,
        # and when it does, they are the whole line.
        while (line_size := measure(line[: limit + 1])) > limit:
            cut = cut_point(line, limit, measure)
            if current:
                chunks.append(current)
                current, size = "", 0
            chunks.append(line[:cut])
            line = line[cut:]
        # Measures add up over a concatenation: each line is measured once, not every chunk again.
        if not current:
            current, size = line, line_size
        elif size + 1 + line_size <= limit:
            current, size = f"{current}\n{line}", size + 1 + line_size
        else:
            chunks.append(current)
            current, size = line, line_size
    if current.strip():
        chunks.append(current)
    return [c.strip("\n") for c in chunks if c.strip()]


def cut_point(text: str, limit: int, measure: Callable[[str], int] = len) -> int:
    """Where to cut `text` so that the head fits `limit`: never inside an HTML entity ("&amp;"), never
    between a character and what joins onto it (an accent, an emoji's skin tone, the halves of a
    flag), and at a space when there is one near the end."""
    low, high = 1, min(len(text), limit)  # the longest prefix that fits, by bisection
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    cut = low
    amp = text.rfind("&", max(0, cut - _ENTITY_MAX), cut)
    if amp > 0 and ";" not in text[amp:cut]:
        cut = amp
    while cut > 1 and _joins_previous(text, cut):
        cut -= 1
    space = text.rfind(" ", max(0, cut - _SPACE_WINDOW), cut)
    return space + 1 if space > 0 else cut


def _joins_previous(text: str, i: int) -> bool:
    """Whether text[i] belongs to the character before it, so that no cut may fall between them."""
    c, before = text[i], text[i - 1]
    if unicodedata.combining(c) or c == _ZWJ or before == _ZWJ:
        return True
    code = ord(c)
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True  # variation selectors, skin tones, the tags of subdivision flags
    if _regional_indicator(c):  # a flag is two of these: cut only before the first of a pair
        run = 0
        while i - run - 1 >= 0 and _regional_indicator(text[i - run - 1]):
            run += 1
        return run % 2 == 1
    return False


def _regional_indicator(c: str) -> bool:
    return 0x1F1E6 <= ord(c) <= 0x1F1FF
