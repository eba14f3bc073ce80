"""The prisoner directory: finds prisoners by any spelling, backed by an in-memory name index.

The index is built once from the database and updated when prisoners or aliases change, so a
search never scans the table.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from bot.facts import Prisoner
from bot.names import NameIndex
from bot.storage import Database


@dataclass(frozen=True)
class Found:
    prisoner: Prisoner
    score: float


@dataclass(frozen=True)
class Lookup:
    """The answer to a name query: one clear match, or candidates to choose from (or neither)."""

    match: Found | None
    candidates: list[Found]


class PrisonerDirectory:
    def __init__(self, db: Database):
        self._db = db
        self._index = NameIndex()
        self._prisoners: dict[str, Prisoner] = {}

    async def load(self) -> None:
        """(Re)build the index from the database."""
        index = NameIndex()
        prisoners = {}
        for prisoner in await self._db.prisoners.all():
            prisoners[str(prisoner.id)] = prisoner
            index.add(str(prisoner.id), prisoner.all_names)
        self._index, self._prisoners = index, prisoners
        # The index is long-lived: keep the cyclic GC from rescanning it (it dominated search p99).
        gc.freeze()

    async def refresh(self, prisoner_id: int) -> None:
        """Re-read one prisoner after a change (import, alias, correction)."""
        key = str(prisoner_id)
        self._index.remove(key)
        self._prisoners.pop(key, None)
        prisoner = await self._db.prisoners.get(prisoner_id)
        if prisoner:
            self._prisoners[key] = prisoner
            self._index.add(key, prisoner.all_names)

    def _found(self, matches) -> list[Found]:
        return [Found(self._prisoners[m.entry_id], m.score) for m in matches if m.entry_id in self._prisoners]

    def search(self, query: str, limit: int = 5) -> list[Found]:
        """Ranked prisoners for a query, best first."""
        return self._found(self._index.search(query, limit))

    def lookup(self, query: str) -> Lookup:
        """One match when the best is clear; near-ties come back as candidates, never guessed."""
        resolution = self._index.resolve(query)
        if resolution.match is not None:
            return Lookup(self._found([resolution.match])[0], [])
        return Lookup(None, self._found(resolution.candidates))

    def get(self, prisoner_id: int) -> Prisoner | None:
        return self._prisoners.get(str(prisoner_id))

    def __len__(self) -> int:
        return len(self._prisoners)
