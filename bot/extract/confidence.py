"""How far to trust each figure the extractor read: "high", "medium" or "low", from its evidence.

A figure gains trust where the headline and lead state it and the article repeats it, where it comes
with official phrasing or a named source (the press service, Viasna); it loses trust when it is hedged
("about 20"), told only inside a quotation, or only in a late paragraph. The trust gate stores this per
claim and sends "low" figures to the moderators' review queue.
"""

from dataclasses import dataclass

from bot.extract.sources import source_of
from bot.extract.text import Sentence

LEVELS = ("low", "medium", "high")
# The headline and lead of a story; a figure first told after this many sentences is told late.
LEAD_SENTENCES = 4
LATE_SENTENCES = 10


@dataclass(frozen=True)
class Basis:
    """What a figure was read from: its first sentence, how many sentences state it, quoted, hedged."""

    sentence: Sentence
    repeated: int = 1
    quoted: bool = False
    hedged: bool = False


def level(basis: Basis) -> str:
    """The trust level one figure's evidence earns."""
    score = 0
    score += basis.sentence.index < LEAD_SENTENCES
    score += basis.repeated >= 2
    score += source_of(basis.sentence.text) is not None
    score -= basis.hedged
    score -= 2 * basis.quoted
    score -= basis.sentence.index >= LATE_SENTENCES and basis.repeated < 2
    return LEVELS[max(0, min(2, score))]


def assess(bases: dict[str, Basis]) -> dict[str, str]:
    """The contract's `confidence` object: each figure field that has a value, mapped to its level."""
    return {name: level(basis) for name, basis in bases.items()}
