"""Read the hedge in front of a figure ("over", "почти", "каля") as a contract qualifier."""

import re

from bot.extract.lexicon import QUALIFIERS

_BY_PHRASE = {phrase: qualifier for phrase, qualifier in QUALIFIERS}
# QUALIFIERS is sorted longest first, so "more than" is tried before a bare "more".
_TAIL = re.compile(r"(?:^|\W)(" + "|".join(re.escape(p) for p, _ in QUALIFIERS) + r")\s*$", re.IGNORECASE)


def qualifier_before(text: str) -> str:
    """The qualifier ending `text` (the words right before a number), else "exact"."""
    m = _TAIL.search(text[-40:])
    return _BY_PHRASE[m.group(1).lower()] if m else "exact"


def without_qualifier(text: str) -> str:
    """`text` with the hedge right before the number cut off ("still holds more than " -> "still holds")."""
    m = _TAIL.search(text)
    return text[:m.start(1)] if m else text
