"""A later state the name's own clause tells after its predicate, read beside it.

"was released in October but was detained again the following week" (held again), "was driven to the border but
refused to cross" (the release offered, not taken) and "was detained in 2020, sentenced and pardoned in 2022" (a
release ending the chain of arrests): the first predicate alone would give the earlier state, so the later one is
told too, and the dates (or its place last) make it the person's state.
"""

from bot.extract.cues import AGAIN_REACH, WEAK, Cue, cues
from bot.extract.lexicon import Lexicon
from bot.extract.role_reading import Reading


def held_again(L: Lexicon, text: str, direct: Cue, found: list[Cue]) -> list[Reading]:
    """A holding word told again after the name's release in its clause ("was released on October 14 ... but was
    detained again the following week", "вышел в 2015-м, но снова оказался за решеткой"): both happened, the
    later one last."""
    again = L["AGAIN"]
    return [Reading("still_held", c.start) for c in found
            if direct.role == "released" and c.start > direct.end and c.role == "still_held"
            and again.search(text, max(0, c.start - AGAIN_REACH), c.end + AGAIN_REACH)][:1]


def refused_to_go(L: Lexicon, text: str, direct: Cue, names_at: list[int]) -> list[Reading]:
    """A refusal told after the name's release in its sentence, no one else named between ("was driven to the border
    but refused to cross", "довезли до границы, но он отказался её пересекать"): the release was offered, not taken,
    and the person stays held."""
    if direct.role != "released":
        return []
    refusal = L["REFUSAL"]
    return [Reading("still_held", c.start) for c in cues(L, text)
            if c.start > direct.end and c.role == "still_held" and refusal.match(text, c.start)
            and not any(direct.end <= n < c.start for n in names_at)][:1]


def released_last(direct: Cue, found: list[Cue], names_at: list[int]) -> list[Reading]:
    """A release that ends the name's chain of past predicates ("X was detained in 2020, sentenced to eight years and
    pardoned in 2022", "Кузнечика задержали, осудили, а в 2025-м помиловали"): the arrest and the term are background,
    the release is told too (the dates, or its place last, make it the state)."""
    if direct.role not in WEAK:
        return []
    for c in (c for c in found if c.start >= direct.end):
        if c.role not in WEAK and c.role != "released" or any(direct.end <= n < c.start for n in names_at):
            # (Another state or another person between: the chain is over.)
            return []
        if c.role == "released":
            return [Reading("released", c.start)]
    return []
