"""Count series as users should read them: a figure repeated by the same source is not new data."""

from __future__ import annotations

from bot.facts import CountPoint
from bot.reconcile.choose import outlet_key


def _source_key(point: CountPoint) -> str:
    # The counter (Viasna) when the article names one, else the outlet itself.
    return outlet_key(point.source.stated_by or point.source.outlet)


def dedupe_series(points: list[CountPoint]) -> list[CountPoint]:
    """Drop a point that repeats the previous point's value, qualifier and source; the earliest date stays.

    Outlets quote the same running total in reports of two rounds; shown twice it would look like
    a figure that stood still, when nobody counted again.
    """
    kept: list[CountPoint] = []
    for point in points:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.value == point.value and previous.qualifier == point.qualifier
                and _source_key(previous) == _source_key(point)):
            continue
        kept.append(point)
    return kept
