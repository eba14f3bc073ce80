"""Putting dated things in order when some dates are known only to the month or the year.

"2026" cannot be compared with "2026-03-05": the thing dated "2026" may have happened before or after
it. The bot places it after everything in that period that it already knew when it learned of it,
and before what it learned later, so that a round or count reported as "in 2026" after the report
of 5 March 2026 reads as newer than it, and a round reported later still reads as newer again.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


def is_partial(date: str) -> bool:
    """True for "2024-12" or "2026": a date known only to its month or year."""
    return len(date) < 10


def within(date: str, period: str) -> bool:
    """True when `date` lies in the month or year `period` ("2026-03-05" in "2026")."""
    return is_partial(period) and date.startswith(period) and date != period


def order_keys(entries: Iterable[tuple[Hashable, str | None]]) -> dict[Hashable, str]:
    """A sort key for each entry's date, given in the order the bot learned of them (oldest first).

    A full date is its own key. A partial date's key is the latest key among the entries learned
    before it that lie in its period, or the period itself; sort by (key, order learned).
    """
    keys: dict[Hashable, str] = {}
    for entry, date in entries:
        if not date:
            keys[entry] = ""
            continue
        key = date
        if is_partial(date):
            key = max([date, *(k for k in keys.values() if k == date or within(k, date))])
        keys[entry] = key
    return keys
