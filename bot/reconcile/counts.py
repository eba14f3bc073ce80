"""Count series as users should read them: a figure repeated by the same source is not new data."""

from __future__ import annotations

from bot.facts import CountPoint
from bot.reconcile.choose import outlet_key


def _source_key(point: CountPoint) -> str:
    # The counter (Viasna) when the article names one, else the outlet itself.
    return outlet_key(point.source.stated_by or point.source.outlet)


def dedupe_series(points: list[CountPoint]) -> list[CountPoint]:
    """Drop a point that repeats the previous point's value and qualifier from the same source, or on
    the same day from another outlet; the earliest stays.

    Outlets quote the same running total in reports of two rounds, and several outlets carry one
    figure on the day it is published; shown twice it would look like a figure that stood still.
    """
    kept: list[CountPoint] = []
    for point in points:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.value == point.value and previous.qualifier == point.qualifier
                and (_source_key(previous) == _source_key(point) or previous.as_of == point.as_of)):
            continue
        kept.append(point)
    return kept
