"""How far to trust each figure the extractor read: "high", "medium" or "low", from its evidence.

The rules are per kind of figure, from what went wrong on articles the rules had not seen (see
docs/extract-corpus.md, "Confidence, calibrated"): a round's size is trusted when the headline or lead states it and the
article repeats it, dates it or names who announced it (one the article gives no day at all is otherwise low); its
day when the round's own sentence fixes it; its make-up as far as the round itself; a prisoner count when a named
source (Viasna) gives it; a running total or a death toll never fully. A figure told only inside a quotation is low.
The trust gate stores this per claim and sends "low" figures to the moderators' review queue.
"""

from dataclasses import dataclass

from bot.extract.text import Sentence

MAKEUP = ("women", "men", "chronically_ill", "disabled", "over_50", "with_children")


@dataclass(frozen=True)
class Basis:
    """What a figure was read from: its first sentence, how many sentences state it, whether it is only quoted,
    hedged ("about 20"), in the headline or lead, given by a named source, and (for the round and its day)
    whether the round's own sentence fixes the day."""

    sentence: Sentence
    repeated: int = 1
    quoted: bool = False
    hedged: bool = False
    lead: bool = False
    sourced: bool = False
    own_day: bool = False
    # Whether the article fixes the round's day anywhere (its event_date is not null).
    dated: bool = True


def _round_level(basis: Basis) -> str:
    if basis.lead and not basis.hedged and (basis.repeated >= 2 or basis.own_day or basis.sourced):
        return "high"
    # A round the article gives no day at all was, on the sixth round's blind batches, wrong every time it was not
    # "high" (a headline's monthly statistic, a forecast's earlier round, the people of an anniversary's round).
    return "medium" if (basis.lead or basis.repeated >= 2) and basis.dated else "low"


def level(field: str, basis: Basis, round_level: str = "low") -> str:
    """The trust level one figure's evidence earns; make-up figures share the round's (`round_level`)."""
    if basis.quoted:
        return "low"
    if field == "pardoned":
        return _round_level(basis)
    if field == "event_date":
        return "high" if basis.own_day else "medium" if basis.lead else "low"
    if field in MAKEUP:
        return round_level
    if field == "political_prisoners":
        return "high" if basis.sourced else "medium"
    if field in ("cumulative_released", "died_in_custody"):
        return "medium" if basis.sourced or basis.repeated >= 2 else "low"
    return "medium" if basis.lead else "low"


def assess(bases: dict[str, Basis]) -> dict[str, str]:
    """The contract's `confidence` object: each figure field that has a value, mapped to its level."""
    round_level = level("pardoned", bases["pardoned"]) if "pardoned" in bases else "low"
    return {name: level(name, basis, round_level) for name, basis in bases.items()}
