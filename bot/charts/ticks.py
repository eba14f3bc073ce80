"""Axis ticks with labels written by Babel, so months and numbers read right in every language.

Matplotlib's own date and number formatting follows the process locale; the bot answers in three
languages at once, so the labels are made here and set on the axes explicitly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_skeleton
from matplotlib.ticker import MaxNLocator

from bot.i18n import Translator

MAX_MONTH_TICKS = 8
_MONTH_STEPS = (1, 2, 3, 4, 6, 12)

# A qualified figure drawn as a short sign: "over 1,250" is ">1,250".
QUALIFIER_SIGNS = {"exact": "", "over": ">", "at_least": "≥", "about": "≈", "nearly": "<"}


@dataclass(frozen=True)
class Ticks:
    positions: list[float]
    labels: list[str]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_ticks(start: dt.date, end: dt.date, i18n: Translator) -> Ticks:
    """The first day of each month between start and end (every 2nd, 3rd… month on long spans).

    Labels are the month's abbreviation, with the year under the first label of each year.
    """
    first = _add_months(start.replace(day=1), 0 if start.day == 1 else 1)
    months = max(0, (end.year - first.year) * 12 + end.month - first.month) + 1
    step = next((s for s in _MONTH_STEPS if months / s <= MAX_MONTH_TICKS), 12)
    if step == 12:
        first = dt.date(first.year + (first.month > 1), 1, 1)
    days, day = [], first
    while day <= end:
        days.append(day)
        day = _add_months(day, step)
    labels, previous_year = [], None
    for day in days:
        month = format_skeleton("MMM", day, locale=i18n.locale)
        with_year = day.year != previous_year
        labels.append(f"{month}\n{format_skeleton('y', day, locale=i18n.locale)}" if with_year else month)
        previous_year = day.year
    return Ticks([float(d.toordinal()) for d in days], labels)


def spaced(positions: list[float], min_gap: float) -> set[int]:
    """Indexes of positions to label so that no two labels are closer than `min_gap`, newest always kept."""
    kept: set[int] = set()
    last: float | None = None
    for i in range(len(positions) - 1, -1, -1):
        if last is None or last - positions[i] >= min_gap:
            kept.add(i)
            last = positions[i]
    return kept


def number_ticks(top: float, i18n: Translator, bins: int = 6) -> Ticks:
    """Round-number ticks from 0 to at least `top`, written with the language's digit grouping."""
    values = [v for v in MaxNLocator(nbins=bins, integer=True).tick_values(0, max(top, 1)) if v >= 0]
    return Ticks([float(v) for v in values], [i18n.number(int(v)) for v in values])


def qualified(value: int, qualifier: str, i18n: Translator) -> str:
    """"<1 300": the localized number with its qualifier's sign."""
    return QUALIFIER_SIGNS.get(qualifier, "") + i18n.number(value)
