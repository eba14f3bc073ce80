"""Read the hedge in front of a figure ("over", "почти", "каля") as a contract qualifier."""

import re

from bot.extract.lexicon import QUALIFIERS

_BY_PHRASE = {phrase: qualifier for phrase, qualifier in QUALIFIERS}
# QUALIFIERS is sorted longest first, so "more than" is tried before a bare "more"; "more than a thousand"
# hedges the thousand.
_TAIL = re.compile(r"(?:^|\W)(" + "|".join(re.escape(p) for p, _ in QUALIFIERS) + r")\s*(?:an?\s+)?$",
                   re.IGNORECASE)


def qualifier_before(text: str) -> str:
    """The qualifier ending `text` (the words right before a number), else "exact"."""
    return qualifier_at(text)[0]


def qualifier_at(text: str) -> tuple[str, int]:
    """The qualifier ending `text` and the offset where it starts (len(text) when there is none)."""
    m = _TAIL.search(text)
    return (_BY_PHRASE[m.group(1).lower()], m.start(1)) if m else ("exact", len(text))
