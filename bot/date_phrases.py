"""Dates inside sentences: "since December 2024", "с декабря 2024 г.", "са снежня 2024 г.".

Babel formats a date on its own, with the stand-alone month ("декабрь 2024 г."). A sentence also
needs the month in the case its preposition governs (genitive after "с"/"з", locative after
"в"/"у"), and some prepositions change their form before certain sounds ("со 2 декабря", "са
снежня"). That knowledge lives in the tables below, one per language; the prepositions themselves
are translated in the catalogs ("since {date}" → "з {date}").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_date

# Babel's own separator between a year and "г." in Belarusian and Russian (a narrow no-break space).
_G = "\u202f'г'."


@dataclass(frozen=True)
class DateGrammar:
    """How one language writes a month or a year alone and after a preposition (Babel patterns)."""

    month_alone: str  # "Date: December 2024" — the stand-alone month (L)
    month_after_since: str  # "since December 2024" — the month in the case "since/from" governs
    year_after_preposition: str  # "since 2024", "in 2024"
    # "in December 2024": the month in the locative case, which Babel does not have; empty: as above.
    months_after_in: tuple[str, ...] = ()
    # (preposition, the form it takes, what the next word starts with for that form)
    euphony: tuple[tuple[str, str, str], ...] = ()


GRAMMAR = {
    "en": DateGrammar(month_alone="MMMM y", month_after_since="MMMM y", year_after_preposition="y"),
    "be": DateGrammar(
        month_alone="LLLL y" + _G, month_after_since="MMMM y" + _G, year_after_preposition="y" + _G,
        months_after_in=("студзені", "лютым", "сакавіку", "красавіку", "маі", "чэрвені", "ліпені", "жніўні",
                         "верасні", "кастрычніку", "лістападзе", "снежні"),
        # "са снежня", "са студзеня", "са жніўня"; but "з сакавіка", "з 2 снежня".
        euphony=(("з", "са", r"[сзшж][бвгджзйклмнпрстўфхцчшь]"),),
    ),
    "ru": DateGrammar(
        month_alone="LLLL y" + _G, month_after_since="MMMM y" + _G, year_after_preposition="y" + _G,
        months_after_in=("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                         "сентябре", "октябре", "ноябре", "декабре"),
        # "со 2 декабря" (со второго); no Russian month name needs "со".
        euphony=(("с", "со", r"2(?!\d)|[сзшжщ][бвгджзйклмнпрстфхцчшщь]"),),
    ),
}


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year ("2025-01-18", "2024-12", "2024")."""

    day: dt.date
    precision: str  # "day" | "month" | "year"

    @classmethod
    def parse(cls, value: dt.date | str) -> PartialDate:
        if isinstance(value, dt.date):
            return cls(value, "day")
        parts = value.split("-")
        if len(parts) == 1:
            return cls(dt.date(int(parts[0]), 1, 1), "year")
        if len(parts) == 2:
            return cls(dt.date(int(parts[0]), int(parts[1]), 1), "month")
        return cls(dt.date.fromisoformat(value), "day")


def date_alone(value: PartialDate, locale: Locale) -> str:
    """A date as a label or in a list: "18 January 2025", "декабрь 2024 г.", "2024"."""
    if value.precision == "day":
        return format_date(value.day, format="long", locale=locale)
    if value.precision == "month":
        return format_date(value.day, GRAMMAR[locale.language].month_alone, locale=locale)
    return str(value.day.year)


def date_after_since(value: PartialDate, locale: Locale) -> str:
    """The date as "since"/"from" needs it: "декабря 2024 г." (genitive), "2024 г."."""
    grammar = GRAMMAR[locale.language]
    if value.precision == "day":
        return format_date(value.day, format="long", locale=locale)
    if value.precision == "month":
        return format_date(value.day, grammar.month_after_since, locale=locale)
    return format_date(value.day, grammar.year_after_preposition, locale=locale)


def date_after_in(value: PartialDate, locale: Locale) -> str:
    """A month or year as "in" needs it: "декабре 2024 г." (locative), "снежні 2024 г.", "2024 г."."""
    grammar = GRAMMAR[locale.language]
    year = format_date(value.day, grammar.year_after_preposition, locale=locale)
    if value.precision == "month":
        if not grammar.months_after_in:
            return format_date(value.day, grammar.month_after_since, locale=locale)
        return f"{grammar.months_after_in[value.day.month - 1]} {year}"
    return year


def fix_prepositions(phrase: str, language: str) -> str:
    """Give each preposition the form the next word needs: "з снежня" → "са снежня", "с 2" → "со 2"."""
    for preposition, form, next_word in GRAMMAR[language].euphony:
        phrase = re.sub(rf"(?<!\w){preposition} (?={next_word})", f"{form} ", phrase)
    return phrase
