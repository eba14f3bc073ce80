"""Read the hedge in front of a figure ("over", "почти", "каля") as a contract qualifier."""

import re

from bot.extract.lexicon import QUALIFIERS

_PATTERNS = tuple(
    (re.compile(rf"(?:^|\W){re.escape(phrase)}\s*$", re.IGNORECASE), qualifier) for phrase, qualifier in QUALIFIERS
)


def qualifier_before(text: str) -> str:
    """The qualifier ending `text` (the words right before a number), else "exact"."""
    tail = text[-40:]
    for pattern, qualifier in _PATTERNS:
        if pattern.search(tail):
            return qualifier
    return "exact"
