"""Importing a human rights group's registry file into the database, streamed in batches.

Memory stays the same for a file of any size: rows are read and written a batch at a time, and the
ids already read (to report an id given twice) are kept in the database's temporary store.

Folding the names into the name index's keys is most of an import's work. From the second batch
on, a worker process folds each batch while the batch before it is written, so a large import uses
two processor cores; a file of one batch never starts the worker.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from bot.directory import PrisonerDirectory
from bot.names import RegistryRow, RowError, read_registry
from bot.names.stored import IndexEntry, index_entries
from bot.storage import Database
from bot.storage.name_index import BULK
from bot.storage.registry import UpsertCounts

log = logging.getLogger(__name__)

BATCH = 1000


@dataclass
class ImportReport:
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    errors: list[RowError] = field(default_factory=list)  # by line


class FoldingAhead:
    """Folds batches of names in one worker process, started on first use. Should the worker fail,
    the batches are folded where they are written instead (slower, same result)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._failed = False

    def submit(self, rows: list[RegistryRow]) -> asyncio.Future[dict[tuple[str, ...], IndexEntry]] | None:
        """Start folding these rows' names; None when there are none or the worker cannot take them."""
        if self._failed or not rows:
            return None
        try:
            if self._pool is None:
                # A fresh interpreter, not a fork: the parent has the database's threads running.
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            names = [stored_names(row) for row in rows]
            return asyncio.get_running_loop().run_in_executor(self._pool, index_entries, names)
        except (BrokenProcessPool, OSError) as failure:
            self._fail(failure)
            return None

    async def result(self, folding: asyncio.Future | None) -> dict[tuple[str, ...], IndexEntry]:
        """The entries a submitted batch was folded into (none when it was not)."""
        if folding is None:
            return {}
        try:
            return await folding
        except (BrokenProcessPool, OSError) as failure:
            self._fail(failure)
            return {}

    def _fail(self, failure: BaseException) -> None:
        log.warning("registry import: the folding worker failed (%s); folding in this process instead",
                    type(failure).__name__)
        self._failed = True

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def stored_names(row: RegistryRow) -> tuple[str, ...]:
    """A row's names as the database gives them back for folding (``Prisoner.all_names``)."""
    return tuple(dict.fromkeys(row.names()))


async def import_registry(db: Database, directory: PrisonerDirectory, fp: Iterable[str], fmt: str | None,
                          now: str) -> ImportReport:
    """Upsert every usable row by its registry id, in batches of one transaction each (each with the
    name keys of what it changed); collect the errors.

    `fp` is a text file, or a `bot.bounded.LineReader` (the CLI's), whose unreadable lines become errors."""
    report = ImportReport()
    folding = FoldingAhead()
    async with db.transaction():
        await db.registry.start_import()
    try:
        previous: tuple[list[RegistryRow], asyncio.Future | None] | None = None
        for batch in _batches(read_registry(fp, fmt), report.errors):
            # The first batch is folded where it is written; of each later one, the people new to the
            # database are folded while the batch before is written (known people rarely change name).
            ahead = None
            if previous is not None:
                known = await db.registry.known_ids([row.id for row in batch])
                ahead = folding.submit([row for row in batch if row.id not in known])
                await _store(db, previous[0], await folding.result(previous[1]), now, report)
            previous = (batch, ahead)
        if previous is not None:
            await _store(db, previous[0], await folding.result(previous[1]), now, report)
    finally:
        folding.close()
    report.errors.sort(key=lambda error: error.line)
    if report.counts.inserted + report.counts.updated >= BULK:
        async with db.transaction():
            await db.prisoners.name_keys.merge_segments()
    await directory.refresh()
    return report


def _batches(items: Iterable[RegistryRow | RowError], errors: list[RowError]) -> Iterator[list[RegistryRow]]:
    batch: list[RegistryRow] = []
    for item in items:
        if isinstance(item, RowError):
            errors.append(item)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


async def _store(db: Database, batch: list[RegistryRow], folded: dict[tuple[str, ...], IndexEntry], now: str,
                 report: ImportReport) -> None:
    async with db.transaction():
        unique, repeats = await db.registry.split_repeats(batch)
        counts = await db.registry.upsert(unique, now, folded)
    report.errors.extend(RowError(row.line, f"duplicate id {row.id!r} (first on line {first})")
                         for row, first in repeats)
    report.counts.inserted += counts.inserted
    report.counts.updated += counts.updated
    report.counts.unchanged += counts.unchanged
