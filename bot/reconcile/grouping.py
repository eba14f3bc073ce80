"""Which round a new report belongs to, without merging two real rounds that are days apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.facts import RoundView

# Reports of one round appear over a few days; rounds themselves have been weeks apart, but two
# announced on consecutive days must stay two when their figures differ.
PUBLICATION_WINDOW_DAYS = 4


@dataclass(frozen=True)
class ReportKey:
    """What identifies a round in a report: its date (event or publication) and its figures."""

    event_date: str | None
    published: str | None
    pardoned: int | None
    round_ordinal: int | None


def _day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _similar_figures(a: int | None, b: int | None) -> bool:
    """Outlets disagree by a person or two (52, 51, 50); a different round differs more."""
    if a is None or b is None:
        return True
    return abs(a - b) <= max(2, round(0.05 * max(a, b)))


def _event_day(view: RoundView) -> dt.date | None:
    chosen = view.fields.get("event_date")
    return _day(str(chosen.value)) if chosen else None


def _publication_days(view: RoundView) -> list[dt.date]:
    return [d for d in (_day(s.published) for s in view.sources) if d]


def find_round(report: ReportKey, rounds: list[RoundView]) -> int | None:
    """The id of the existing round this report describes, or None when it is a new round."""
    event = _day(report.event_date)
    published = _day(report.published)
    best: tuple[int, int] | None = None
    for view in rounds:
        pardoned = view.value("pardoned")
        if not _similar_figures(report.pardoned, int(pardoned) if pardoned is not None else None):
            continue
        round_event = _event_day(view)
        if event and round_event:
            distance = abs((event - round_event).days)
            if distance > 1:
                continue
        else:
            anchor = event or published
            days = [round_event] if round_event else _publication_days(view)
            if not anchor or not days:
                continue
            distance = min(abs((anchor - d).days) for d in days)
            if distance > PUBLICATION_WINDOW_DAYS:
                continue
        if best is None or distance < best[0]:
            best = (distance, view.id)
    return best[1] if best else None
