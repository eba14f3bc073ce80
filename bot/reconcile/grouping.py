"""Which round a new report belongs to, without merging two real rounds that are days apart.

A report joins a round when its date is close (the event date within a day where both are known,
else the publication date within a few days; for a round known only by its month or year, a date
in that period) and its figures are close (outlets disagree by a person or two) or it names someone
already reported released in that round. The round's ordinal is never used: outlets number the
rounds differently ("sixth" and "fifth" for the same one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.facts import RoundView, full_date

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


def similar_figures(a: int | None, b: int | None) -> bool:
    """Outlets disagree by a person or two (52, 51, 50); a different round differs more."""
    if a is None or b is None:
        return True
    return abs(a - b) <= max(2, round(0.05 * max(a, b)))


Span = tuple[dt.date, dt.date]


def date_span(iso: str | None) -> Span | None:
    """The days an ISO date may stand for: one day, a whole month ("2024-12") or year ("2026")."""
    if not iso:
        return None
    day = full_date(iso)
    if day:
        return day, day
    parts = iso.split("-")
    try:
        if len(parts) == 2:
            first = dt.date(int(parts[0]), int(parts[1]), 1)
            return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        if len(parts) == 1 and len(iso) == 4:
            return dt.date(int(iso), 1, 1), dt.date(int(iso), 12, 31)
    except ValueError:
        return None
    return None


def _gap(a: Span, b: Span) -> int:
    """Days between two spans, 0 when they overlap."""
    return max(0, (a[0] - b[1]).days, (b[0] - a[1]).days)


def _event_day(view: RoundView) -> dt.date | None:
    chosen = view.fields.get("event_date")
    return full_date(str(chosen.value)) if chosen else None


def _round_spans(view: RoundView) -> list[Span]:
    """The round's event date, else its reports' publication days, else its date known only to a
    month or year."""
    chosen = view.fields.get("event_date")
    if chosen:
        return [s for s in [date_span(str(chosen.value))] if s]
    days = [date_span(s.published) for s in view.sources if full_date(s.published)]
    return [s for s in days if s] or [s for s in [date_span(view.date)] if s]


def _report_span(report: ReportKey) -> Span | None:
    return date_span(report.event_date) or (date_span(report.published) if full_date(report.published) else None)


def _distance(report: ReportKey, view: RoundView) -> tuple[int, bool] | None:
    """Days between the report and the round, and whether one of them is dated only to a month or
    year; None when they are too far apart to be one round."""
    event = full_date(report.event_date)
    round_event = _event_day(view)
    if event and round_event:
        distance = abs((event - round_event).days)
        return (distance, False) if distance <= EVENT_DATE_TOLERANCE_DAYS else None
    mine, theirs = _report_span(report), _round_spans(view)
    if not mine or not theirs:
        return None
    distance = min(_gap(mine, span) for span in theirs)
    vague = mine[0] != mine[1] or any(span[0] != span[1] for span in theirs)
    return (distance, vague) if distance <= PUBLICATION_WINDOW_DAYS else None


def find_round(report: ReportKey, rounds: list[RoundView],
               released_by_round: dict[int, set[int]] | None = None) -> int | None:
    """The id of the existing round this report describes, or None when it is a new round."""
    released_by_round = released_by_round or {}
    best: tuple[int, int, int] | None = None
    for view in rounds:
        near = _distance(report, view)
        if near is None:
            continue
        distance, vague = near
        shared = len(report.released & released_by_round.get(view.id, set()))
        pardoned = view.value("pardoned")
        round_figure = int(pardoned) if pardoned is not None else None
        # A month or a year holds several rounds: only the same figures (or names) make it the same one.
        if vague and not shared and (report.pardoned is None or round_figure is None):
            continue
        if not shared and not similar_figures(report.pardoned, round_figure):
            continue
        # Closest in time first; among equals, the round sharing more released names.
        candidate = (distance, -shared, view.id)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None
