"""A minimal name index: casefolded substring and similarity matching (replaced by the full index)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    entry_id: str
    score: float
    matched: str


class NameIndex:
    def __init__(self) -> None:
        self._names: dict[str, list[str]] = {}

    def add(self, entry_id: str, names: Iterable[str]) -> None:
        self._names[entry_id] = [n.casefold() for n in names if n]

    def remove(self, entry_id: str) -> None:
        self._names.pop(entry_id, None)

    def search(self, query: str, limit: int = 5) -> list[Match]:
        q = query.casefold().strip()
        if not q:
            return []
        scored = []
        for entry_id, names in self._names.items():
            best = max((difflib.SequenceMatcher(None, q, n).ratio() if q not in n.split() else 1.0, n) for n in names)
            scored.append(Match(entry_id, best[0], best[1]))
        scored.sort(key=lambda m: -m.score)
        return scored[:limit]
