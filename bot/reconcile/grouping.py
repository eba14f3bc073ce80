"""Which round a new report belongs to, without merging two real rounds that are days apart.

A report joins a round when its date is close (the event date within a day where both are known,
else the publication date within a few days) and its figures are close (outlets disagree by a
person or two) or it names someone already reported released in that round. The round's ordinal
is never used: outlets number the rounds differently ("sixth" and "fifth" for the same one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.facts import RoundView

# Reports of one round appear over a few days; rounds themselves have been weeks apart, but two
# announced a few days apart must stay two when their figures differ.
PUBLICATION_WINDOW_DAYS = 4
# Two event dates of the same round differ at most by the day an outlet counted from.
EVENT_DATE_TOLERANCE_DAYS = 1


@dataclass(frozen=True)
class ReportKey:
    """What identifies a round in a report: its date (event or publication), figures and names."""

    event_date: str | None
    published: str | None
    pardoned: int | None
    round_ordinal: int | None = None
    released: frozenset[int] = field(default_factory=frozenset)  # prisoner ids named as released


def _day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def similar_figures(a: int | None, b: int | None) -> bool:
    """Outlets disagree by a person or two (52, 51, 50); a different round differs more."""
    if a is None or b is None:
        return True
    return abs(a - b) <= max(2, round(0.05 * max(a, b)))


def _event_day(view: RoundView) -> dt.date | None:
    chosen = view.fields.get("event_date")
    return _day(str(chosen.value)) if chosen else None


def _publication_days(view: RoundView) -> list[dt.date]:
    return [d for d in (_day(s.published) for s in view.sources) if d]


def _distance(report: ReportKey, view: RoundView) -> int | None:
    """Days between the report and the round, or None when they are too far apart to be one round."""
    event = _day(report.event_date)
    round_event = _event_day(view)
    if event and round_event:
        distance = abs((event - round_event).days)
        return distance if distance <= EVENT_DATE_TOLERANCE_DAYS else None
    anchor = event or _day(report.published)
    days = [round_event] if round_event else _publication_days(view)
    if not anchor or not days:
        return None
    distance = min(abs((anchor - d).days) for d in days)
    return distance if distance <= PUBLICATION_WINDOW_DAYS else None


def find_round(report: ReportKey, rounds: list[RoundView],
               released_by_round: dict[int, set[int]] | None = None) -> int | None:
    """The id of the existing round this report describes, or None when it is a new round."""
    released_by_round = released_by_round or {}
    best: tuple[int, int, int] | None = None
    for view in rounds:
        distance = _distance(report, view)
        if distance is None:
            continue
        shared = len(report.released & released_by_round.get(view.id, set()))
        pardoned = view.value("pardoned")
        if not shared and not similar_figures(report.pardoned, int(pardoned) if pardoned is not None else None):
            continue
        # Closest in time first; among equals, the round sharing more released names.
        candidate = (distance, -shared, view.id)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None
