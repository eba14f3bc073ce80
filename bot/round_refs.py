"""How people name a round: by its place in the bot's list (`/round 8`) or by its date, written the
way they write dates (`2025-09-11`, `11.09.2025`, `11 September 2025`, `11 сентября 2025`,
`11 верасня 2025`, `December 2024`).

A round's number is its place in the list of rounds since the first, oldest first: the number
`/rounds` and `/latest` show, and the one moderators type (`/approve 21`) and review cards show. A
round that moderators rejected keeps its number, so that rejecting (or un-rejecting) a round never
renumbers the others, but /rounds and /latest skip it; `/round 21` says that it was rejected.
Outlets' own ordinals ("the eighth round") are never a round's number.
Month names come from the CLDR data of each reply language (Babel), in every form a date uses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_month_names

from bot.commands import command_number
from bot.facts import RoundView
from bot.i18n import LANGUAGES
from bot.round_snapshot import RoundSnapshot, round_snapshot
from bot.storage import Database
from bot.timeline import within

_YEAR = re.compile(r"(20[0-9][0-9])")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?")
_NUMERIC = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})")
_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2})\.?\s+(\w+)\.?,?\s+([0-9]{4})")
_MONTH_DAY_YEAR = re.compile(r"(\w+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})")
_MONTH_YEAR = re.compile(r"(\w+)\.?\s+([0-9]{4})")
# "11 сентября 2025 г.", "11 верасня 2025 года": the word for "year" after a date.
_YEAR_WORD = re.compile(r"\s*(?:г\.?|года|году|год|гадзе)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RoundRef:
    """A round named by its place in the list, or by a day, month ("2024-12") or year ("2026")."""

    place: int | None = None
    date: str | None = None


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every month name of every reply language, in its wide and short, format and stand-alone forms."""
    names: dict[str, int] = {}
    for language in LANGUAGES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, locale=language).items():
                    names[name.casefold().rstrip(".")] = number
    return names


def _day(year: str, month: int | None, day: str) -> str | None:
    try:
        return dt.date(int(year), month or 0, int(day)).isoformat() if month else None
    except ValueError:
        return None


def parse_round_ref(words: str) -> RoundRef | None:
    """The round a user names, or None when the words are neither a number nor a date."""
    words = _YEAR_WORD.sub("", " ".join(words.split())).strip()
    # A place has at most three digits: four digits are a year.
    if (place := command_number(words, high=999)) is not None:
        return RoundRef(place=place)
    if _YEAR.fullmatch(words):
        return RoundRef(date=words)
    months = month_numbers()
    date: str | None = None
    if match := _ISO.fullmatch(words):
        year, month, day = match.groups()
        if day:
            date = _day(year, int(month), day)
        elif 1 <= int(month) <= 12:
            date = f"{year}-{int(month):02d}"
    elif match := _NUMERIC.fullmatch(words):
        date = _day(match.group(3), int(match.group(2)), match.group(1))
    elif match := _DAY_MONTH_YEAR.fullmatch(words):
        date = _day(match.group(3), months.get(match.group(2).casefold()), match.group(1))
    elif match := _MONTH_DAY_YEAR.fullmatch(words):
        date = _day(match.group(3), months.get(match.group(1).casefold()), match.group(2))
    elif (match := _MONTH_YEAR.fullmatch(words)) and match.group(1).casefold() in months:
        date = f"{match.group(2)}-{months[match.group(1).casefold()]:02d}"
    return RoundRef(date=date) if date else None


@dataclass(frozen=True)
class Resolved:
    """The rounds a reference names (with their places), and the nearest ones when it names none."""

    matches: list[tuple[int, RoundView]]
    nearest: list[tuple[int, RoundView]]


def resolve(ref: RoundRef, numbered: list[tuple[int, RoundView]]) -> Resolved:
    """The rounds of the numbered list (oldest first) that `ref` names: by place, by the same date, by a
    date in the month or year asked for, or by a month or year that contains the day asked for."""
    if ref.place is not None:
        return Resolved([(p, v) for p, v in numbered if p == ref.place], [])
    asked = ref.date or ""
    same = [(p, v) for p, v in numbered if v.date == asked]
    inside = [(p, v) for p, v in numbered if v.date and (within(v.date, asked) or within(asked, v.date))]
    matches = same or inside
    if matches:
        return Resolved(matches, [])
    before = [(p, v) for p, v in numbered if v.date and v.date < asked]
    after = [(p, v) for p, v in numbered if v.date and v.date > asked and not v.date.startswith(asked)]
    return Resolved([], before[-1:] + after[:1])


@dataclass(frozen=True)
class NumberedRounds:
    """Every round with its number (its place, oldest first), rejected rounds included: they keep their
    number but are `shown` nowhere."""

    numbered: list[tuple[int, RoundView]]
    rejected: frozenset[int]

    @classmethod
    def of(cls, rounds: RoundSnapshot) -> NumberedRounds:
        """The snapshot's rounds, numbered."""
        return cls(list(enumerate(rounds.oldest_first, start=1)), rounds.rejected)

    def shown(self) -> list[tuple[int, RoundView]]:
        """The rounds people see in /rounds and /latest, oldest first: every round but the rejected."""
        return [(p, v) for p, v in self.numbered if v.id not in self.rejected]

    def places(self) -> dict[int, int]:
        """Each round's number by its stored id."""
        return {view.id: place for place, view in self.numbered}

    def stable_ref(self, round_id: int) -> str | None:
        """How a button or reaction names the round: by its date where that date names it alone (a
        number moves when an older round is learned later, a date does not), else by its number."""
        found = next(((p, v) for p, v in self.numbered if v.id == round_id), None)
        if found is None:
            return None
        place, view = found
        if view.date:
            by_date = resolve(RoundRef(date=view.date), self.numbered).matches
            if [v.id for _p, v in by_date] == [round_id]:
                return view.date
        return str(place)


async def numbered_rounds(db: Database) -> NumberedRounds:
    """Every round with a visible report, numbered by its place since the first round, oldest first."""
    return NumberedRounds.of(await round_snapshot(db))
