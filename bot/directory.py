"""The prisoner directory: finds prisoners by any spelling, backed by an in-memory name index.

The index is built once from the database and updated when prisoners or aliases change, so a
search never scans the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import Prisoner
from bot.names import NameIndex
from bot.storage import Database

# A second hit within this score of the first is a near-tie: the user is asked to choose.
NEAR_TIE = 0.05
MIN_SCORE = 0.6


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
        self._index = NameIndex()
        self._prisoners = {}
        for prisoner in await self._db.prisoners.all():
            self._put(prisoner)

    async def refresh(self, prisoner_id: int) -> None:
        """Re-read one prisoner after a change (import, alias, correction)."""
        key = str(prisoner_id)
        if key in self._prisoners:
            self._index.remove(key)
            del self._prisoners[key]
        prisoner = await self._db.prisoners.get(prisoner_id)
        if prisoner:
            self._put(prisoner)

    def _put(self, prisoner: Prisoner) -> None:
        key = str(prisoner.id)
        self._prisoners[key] = prisoner
        self._index.add(key, prisoner.all_names)

    def search(self, query: str, limit: int = 5) -> list[Found]:
        """Ranked prisoners for a query, best first, above the minimum score."""
        return [Found(self._prisoners[m.entry_id], m.score) for m in self._index.search(query, limit)
                if m.score >= MIN_SCORE and m.entry_id in self._prisoners]

    def lookup(self, query: str) -> Lookup:
        """One match when the best is clear; near-ties come back as candidates, never guessed."""
        found = self.search(query, limit=5)
        if not found:
            return Lookup(None, self.closest(query))
        ties = [f for f in found if found[0].score - f.score <= NEAR_TIE]
        if len(ties) > 1:
            return Lookup(None, ties)
        return Lookup(found[0], [])

    def closest(self, query: str, limit: int = 3) -> list[Found]:
        """Names near the query even below the match threshold, for a helpful "not found"."""
        return [Found(self._prisoners[m.entry_id], m.score) for m in self._index.search(query, limit)
                if m.entry_id in self._prisoners and m.score > 0.3]

    def get(self, prisoner_id: int) -> Prisoner | None:
        return self._prisoners.get(str(prisoner_id))

    def __len__(self) -> int:
        return len(self._prisoners)
