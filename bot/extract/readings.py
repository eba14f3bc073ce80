"""What an article's sentences tell of a person, and the one state all of it adds up to.

Each sentence that tells of a person gives them a `DatedReading`: a role, the time it is told for (a date, or now), how
directly the sentence tells it, and the sentence itself. `person_key` decides which names are one person, so that
their readings are weighed together. `state` then takes the latest strong reading: freed in 2015 and "taken back
to prison" now is held; "returned to the colony" in September and pardoned in February is freed; an arrest or a
sentence dated after the latest release (a re-arrest) makes the person held again. One who died in custody or was
tried in absentia is neither freed nor held; a relative gets no role unless a clause of their own gives one; a
stock list of the best-known prisoners does not undo a release the article tells of one of them. Kept apart from
the walk over the sentences (`people.find_names`) so that the rules of weighing read in one place.
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from bot.extract.cues import PRIORITY, STRONG
from bot.extract.latin import to_lacinka
from bot.extract.name_forms import given_name_first, surname_key


@dataclass(frozen=True)
class DatedReading:
    """What one sentence tells of a person: a role, when, how directly, and the sentence that tells it."""

    role: str
    when: dt.date | None  # None: now
    # How directly the sentence tells it: 2 the person's own clause, 1 a relative clause describing them,
    # 0 borrowed from around (a list's lead-in, the sentence before, a pronoun after).
    own: int
    evidence: str
    # Told in a stock list of the best-known prisoners ("Still behind bars are A, B, C and D").
    stock: bool = False


@dataclass
class Person:
    """A person as the article names them, with everything its sentences tell of them."""

    name: str
    nominative: str
    readings: list[DatedReading] = field(default_factory=list)
    # Whether any reading tells a relative (kept as the readings come: a long page gives a person hundreds of them).
    relative: bool = False


# The letters of a first name that tell two people of one surname apart.
FIRST_NAME_KEY = 3


@lru_cache(maxsize=4096)
def person_key(nominative: str) -> str:
    """Who a name stands for: the surname's key and the first name's first letters, vowels kept ("Siarhei" and
    "Sviatlana" differ, and so do "Volha" and "Aleh" Babič, a couple)."""
    words = given_name_first(nominative).split()
    first = ""
    if len(words) > 1:
        plain = unicodedata.normalize("NFKD", to_lacinka(words[0]).casefold())
        first = "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c))[:FIRST_NAME_KEY]
    return surname_key(nominative) + "|" + first


def not_yet(readings: list[DatedReading], now: dt.date) -> list[DatedReading]:
    """A release told for a later year than the article's ("Вызваліцца ён павінен у 2027 годзе") has not happened: the
    person waits for it, still held."""
    return [DatedReading("wished", r.when, r.own, r.evidence, r.stock) if r.role == "released" and r.when is not None
            and now != dt.date.max and r.when.year > now.year else r for r in readings]


def _latest(readings: list[DatedReading], now: dt.date) -> DatedReading | None:
    strong = [r for r in readings if r.role in STRONG]
    return max(strong, key=lambda r: (r.when or now, r.own, PRIORITY[r.role])) if strong else None


def state(readings: list[DatedReading], now: dt.date) -> str:
    """The person's state by the article: their latest strong reading; arrested again after a release is held;
    only arrested or sentenced is held; dead or under restricted freedom is neither."""
    if any(r.role in ("died", "abroad") for r in readings):
        return "other"
    best = _latest(readings, now)
    if any(r.role == "relative" for r in readings) and (best is None or best.own < 2):
        # A relative who speaks of the prisoner is not one, unless a clause of their own says so.
        return "other"
    weak = [r for r in readings if r.role in ("sentenced", "held_weak")]
    if best is None:
        # Only arrested or sentenced, or named as one whose release is wished for ("could be freed").
        return "still_held" if weak or any(r.role == "wished" for r in readings) else "other"
    if best.role == "released" and any(r.when and r.when > (best.when or now) for r in weak):
        # "памілаваны ў лістападзе 2024-га ... Гэтым летам яго затрымалі зноў": held again.
        return "still_held"
    if best.stock and best.when is None and any(r.role == "released" for r in readings) and not any(
            r.role == "still_held" and not r.stock for r in readings):
        # "У червні на волю вийшов Сергій Тихановський ... За ґратами залишаються ..., Сергій Тихановський": a stock
        # list of the best-known prisoners does not undo a release the article tells, unless it tells him held again.
        return "released"
    return "other" if best.role == "restricted" else best.role


def evidence(readings: list[DatedReading], now: dt.date) -> str:
    """The sentence that tells the person's state: their latest strong reading's, else the first that tells a role."""
    best = _latest(readings, now)
    if best is not None:
        return best.evidence
    said = [r for r in readings if r.role != "other"]
    return (said or readings)[0].evidence
