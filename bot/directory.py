"""The prisoner directory: finds prisoners by any spelling, searching the name index stored in the
database (bot/names/README.md).

Nothing is built in memory: every search reads the index as last committed by any process, so a
registry import or a moderator's alias made elsewhere is found by the next query.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass

from bot.facts import Prisoner
from bot.names.ranking import Hit, pick, rank
from bot.storage import Database
from bot.storage.name_index import BATCH, BULK
from bot.storage.name_search import NameIndexReader, database_file

log = logging.getLogger(__name__)
READ_AHEAD_IDLE = 0.2
"""Seconds without a search after which a running bot reads the next common name ahead."""

# Candidates weighed by lookup() before it picks one or offers the near-ties.
_POOL = 10


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
        self._reader: NameIndexReader | None = None
        self._last_search = time.monotonic()

    async def load(self) -> None:
        """Open the stored name index for searching, first writing any keys still missing.

        Keys are written with the names, so this builds nothing on a current database; after the
        upgrade that adds the index, or a change of the folding rules, it writes every prisoner's
        keys once, a batch per transaction.
        """
        await self.refresh()
        if self._reader is None:
            self._reader = NameIndexReader(await database_file(self._db.conn))

    async def refresh(self, prisoner_id: int | None = None) -> None:
        """Write the keys of every prisoner still waiting for them (normally none: the stores write
        keys in the transaction that changes the names). ``prisoner_id`` is accepted for callers
        that name the prisoner they changed."""
        keys = self._db.prisoners.name_keys
        if await keys.is_current():
            return
        async with self._db.transaction():
            if await keys.check_fold_version():
                log.info("name index: the folding rules changed, writing every prisoner's keys again")
        log.info("name index: writing the keys of %d prisoners", await keys.pending())
        written = 0
        while True:
            async with self._db.transaction():
                done = await keys.update_pending(limit=BATCH)
            if not done:
                break
            written += done
        if written >= BULK:
            async with self._db.transaction():
                await keys.merge_segments()

    async def read_ahead(self) -> None:
        """Read the common names' postings ahead, one name at a time whenever no search has run for
        ``READ_AHEAD_IDLE`` seconds, so that a fresh bot's first query naming each of them does not read thousands
        of ids (about 0.8 ms at 200,000 prisoners; 180 such reads in the bench's first 1,000 queries).
        Between commands only: a command waits for one name's read at most (about 1 ms)."""
        forms: Iterator[str] | None = None
        try:
            while self._reader is not None:
                while (wait := self._last_search + READ_AHEAD_IDLE - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                if self._reader is None:
                    return
                with self._reader.snapshot() as index:
                    if forms is None:
                        forms = iter(index.common_forms())
                    elif (form := next(forms, None)) is None or not index.read_ahead(form):
                        return
                await asyncio.sleep(0)  # a command that came meanwhile goes first
        except sqlite3.Error as exc:
            log.warning("name index: reading the common names ahead stopped (%s)", exc)

    def close(self) -> None:
        """Close the index's read connection."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _ranked(self, query: str, limit: int) -> tuple[list[Hit], dict[int, Prisoner]]:
        self._last_search = time.monotonic()
        if self._reader is None:
            return [], {}
        with self._reader.snapshot() as index:
            hits = rank(index, query, limit)
            return hits, index.prisoners([h.entry for h in hits])

    @staticmethod
    def _found(hits: list[Hit], prisoners: dict[int, Prisoner]) -> list[Found]:
        return [Found(prisoners[h.entry], h.score) for h in hits if h.entry in prisoners]

    def search(self, query: str, limit: int = 5) -> list[Found]:
        """Ranked prisoners for a query, best first."""
        return self._found(*self._ranked(query, limit))

    def lookup(self, query: str) -> Lookup:
        """One match when the best is clear; near-ties come back as candidates, never guessed."""
        hits, prisoners = self._ranked(query, _POOL)
        match, candidates = pick(hits)
        if match is not None:
            return Lookup(self._found([match], prisoners)[0], [])
        return Lookup(None, self._found(candidates, prisoners))

    def get(self, prisoner_id: int) -> Prisoner | None:
        if self._reader is None:
            return None
        with self._reader.snapshot() as index:
            return index.prisoners([prisoner_id]).get(prisoner_id)

    def __len__(self) -> int:
        if self._reader is None:
            return 0
        with self._reader.snapshot() as index:
            return index.prisoner_count()
