"""What the chart draws: dated political-prisoner counts and pardon rounds placed on a time axis.

Dates come as ISO text that may be partial: "2024-12" is drawn mid-month, a bare year cannot be
placed on a time axis and is only mentioned in the caption.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from bot.facts import CountPoint, RoundView, Source
from bot.reconcile import dedupe_series
from bot.round_snapshot import round_snapshot
from bot.storage import Database

MID_MONTH = 15


@dataclass(frozen=True)
class Placed:
    """A date on the time axis, and whether it was only known to the month."""

    day: dt.date
    month_only: bool


def place_date(iso: str | None) -> Placed | None:
    """"2025-01-18" as is, "2024-12" at the 15th, a bare year (or nothing) not at all."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return Placed(dt.date.fromisoformat(iso), month_only=False)
        if len(parts) == 2:
            return Placed(dt.date(int(parts[0]), int(parts[1]), MID_MONTH), month_only=True)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class CountMark:
    """One political-prisoner count on the line."""

    when: Placed
    value: int
    qualifier: str
    point: CountPoint


@dataclass(frozen=True)
class RoundBar:
    """One pardon round as a bar: its date and how many people it released."""

    when: Placed
    released: int
    qualifier: str
    view: RoundView


@dataclass(frozen=True)
class ChartData:
    """Everything the picture and its caption are made from."""

    counts: tuple[CountMark, ...]
    rounds: tuple[RoundBar, ...]
    undated_counts: tuple[CountPoint, ...]  # known only by year: not drawn, mentioned in the caption
    undated_rounds: tuple[RoundView, ...]

    @property
    def drawable(self) -> bool:
        return bool(self.counts or self.rounds)

    @property
    def newest_count(self) -> CountPoint | None:
        """The most recent drawn count (the caption's "newest figure")."""
        return self.counts[-1].point if self.counts else None

    @property
    def sources(self) -> list[Source]:
        """The distinct sources of everything drawn, counts first, in order of appearance."""
        seen: dict[tuple[str, str | None], Source] = {}
        for mark in self.counts:
            seen.setdefault((mark.point.source.outlet, mark.point.source.url), mark.point.source)
        for bar in self.rounds:
            for source in bar.view.sources:
                seen.setdefault((source.outlet, source.url), source)
        return list(seen.values())

    def version(self, language: str) -> str:
        """A short digest of the data and language: a new round or a correction changes it."""
        # The dataclasses' reprs list every value that reaches the picture, in a stable order.
        digest = hashlib.sha256(f"{language}\x00{self!r}".encode())
        return digest.hexdigest()[:32]


def arrange(series: list[CountPoint], views: list[RoundView]) -> ChartData:
    """Split counts and rounds into what can be placed on the time axis and what cannot, oldest first."""
    counts, undated_counts = [], []
    for point in series:
        placed = place_date(point.as_of)
        if placed is None:
            undated_counts.append(point)
        else:
            counts.append(CountMark(placed, point.value, point.qualifier, point))
    rounds, undated_rounds = [], []
    for view in views:
        placed = place_date(view.date)
        pardoned = view.fields.get("pardoned")
        if pardoned is None:
            continue  # a round without a number released has no bar height
        if placed is None:
            undated_rounds.append(view)
        else:
            rounds.append(RoundBar(placed, int(pardoned.value), pardoned.qualifier, view))
    counts.sort(key=lambda m: m.when.day)  # stable: same-day counts keep the storage order
    rounds.sort(key=lambda b: (b.when.day, b.view.id))
    undated_rounds.sort(key=lambda v: (v.date or "", v.id))
    return ChartData(tuple(counts), tuple(rounds), tuple(undated_counts), tuple(undated_rounds))


async def gather(db: Database) -> ChartData:
    """Read the political-prisoner series and the reconciled rounds from storage."""
    # A figure one source repeats in reports of two rounds is one point, at the date it was first given.
    known = await round_snapshot(db)
    return arrange(dedupe_series(list(known.held)), list(known.shown_newest_first))
