"""Importing a human rights group's registry file into the database, streamed in batches.

Memory stays the same for a file of any size: rows are read and written a batch at a time, and the
ids already read (to report an id given twice) are kept in the database's temporary store.

An import is one process's one job, so it writes synchronously, in a thread of its own, on a
connection of its own (``bot.storage.registry.open_writer``): no statement is handed to another
thread, as the bot's asynchronous connection does with each. Folding the names into the name index's
keys is the other half of the work: from the second batch on, ``FOLDERS`` worker processes fold the
batches up to ``AHEAD`` batches in front of the one being written, so a large import uses both processor
cores and the writer seldom waits for a folded batch; a file of one batch never starts a worker.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.directory import PrisonerDirectory
from bot.names import RegistryRow, RowError, read_registry
from bot.names.stored import (
    IndexEntry,
    collecting_rarely,
    folded_batch,
    start_folding_worker,
    unpack_index_entry,
)
from bot.storage import Database
from bot.storage.name_index import BULK
from bot.storage.name_search import database_file
from bot.storage.registry import RegistryWriter, UpsertCounts, open_writer

log = logging.getLogger(__name__)

# Rows per transaction (each with its people's name keys). Larger batches were tried: 2,000 and 5,000
# rows cost the writer more CPU, not less (and 5,000 with a larger page cache, 60 MiB more memory).
BATCH = 1000
# Folding processes: each folds a batch while the writer stores an earlier one. With one, folding was the
# longer side (the writer waited 3.9-14.4 s of each import for it at 200,000 rows, load 5.6-11); with
# two, 2.7-6.0 s, for the same folding CPU in all (at load 2-3: 25.8-28.5 s wall against 31.3-36.4 s).
# Once AHEAD batches are in front of the writer, they wait.
FOLDERS = 2
# Added to the folding workers' nice value, so that the writer, the import's critical path, gets a
# core to itself when all three want one (weights 1024 against 2 x 655: 0.88 of a core, not 0.67). On a
# quiet machine it made no difference (11 s either way, in process); under other work (load 3-7) the
# writer's statements had taken up to 30 s of wall for 7 s of CPU. At 5 and more, the workers fell behind
# under load (the writer waited for them 2.4-21 s of an import); at 2 it never waited more than 0.4 s.
FOLDING_NICENESS = 2
# Batches read and submitted for folding ahead of the one being written. With one batch ahead, the
# writer waited for the worker whenever a batch took the worker longer than the writer (2.3 s of 30 at
# 200,000 rows); with three, 0.7-1.6 s, for 4 MiB more at the peak (three batches of rows and entries);
# four keep both workers busy while the writer stores one.
AHEAD = 4


@dataclass
class ImportReport:
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    errors: list[RowError] = field(default_factory=list)  # by line


class Folding(NamedTuple):
    """A batch's names and, when the worker is done, their packed entries in the same order and the
    typo documents of the stems the worker met first in this batch."""

    names: list[tuple[str, ...]]
    entries: Future[tuple[list[tuple[str, str, str]], dict[str, str]]]


class Folded(NamedTuple):
    """What a worker made of a batch: its entries by their names, and some stems' typo documents."""

    entries: dict[tuple[str, ...], IndexEntry]
    typos: dict[str, str]


NOTHING_FOLDED = Folded({}, {})


class FoldingAhead:
    """Folds batches of names in worker processes, started on first use. Should a worker fail, the
    batches are folded where they are written instead (slower, same result)."""

    def __init__(self, workers: int = FOLDERS) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._failed = False

    def submit(self, rows: list[RegistryRow]) -> Folding | None:
        """Start folding these rows' names; None when there are none or no worker can take them."""
        if self._failed or not rows:
            return None
        try:
            if self._pool is None:
                # A fresh interpreter, not a fork: the parent has the database's threads running.
                self._pool = ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=start_folding_worker,
                                                 initargs=(os.getpid(), FOLDING_NICENESS))
            names = [stored_names(row) for row in rows]
            return Folding(names, self._pool.submit(folded_batch, names))
        except (BrokenProcessPool, OSError) as failure:
            self._fail(failure)
            return None

    def result(self, folding: Folding | None) -> Folded:
        """What a submitted batch was folded into (nothing when it was not)."""
        if folding is None:
            return NOTHING_FOLDED
        try:
            packed, typos = folding.entries.result()
            return Folded(dict(zip(folding.names, map(unpack_index_entry, packed), strict=True)), typos)
        except (BrokenProcessPool, OSError) as failure:
            self._fail(failure)
            return NOTHING_FOLDED

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
    path = await database_file(db.conn)
    with collecting_rarely():  # an import is its process's one job while it runs
        report = await asyncio.to_thread(_import, path, fp, fmt, now)
    await directory.refresh()
    return report


def _import(path: str, fp: Iterable[str], fmt: str | None, now: str) -> ImportReport:
    report = ImportReport()
    conn = open_writer(path)
    writer = RegistryWriter(conn)
    folding = FoldingAhead()
    try:
        writer.start_import()
        # Batches read and submitted for folding, not stored yet: up to AHEAD of them.
        ahead: deque[tuple[list[RegistryRow], Folding | None]] = deque()
        for number, batch in enumerate(_batches(read_registry(fp, fmt), report.errors)):
            if number == 0:
                # The first batch is folded where it is written: a small file starts no process.
                _store(writer, batch, NOTHING_FOLDED, now, report)
                continue
            # Of each later batch, the people new to the database are folded ahead (known people rarely
            # change name).
            known = writer.known_ids([row.id for row in batch])
            ahead.append((batch, folding.submit([row for row in batch if row.id not in known])))
            if len(ahead) > AHEAD:
                stored, folded = ahead.popleft()
                _store(writer, stored, folding.result(folded), now, report)
        while ahead:
            stored, folded = ahead.popleft()
            _store(writer, stored, folding.result(folded), now, report)
        if report.counts.inserted + report.counts.updated >= BULK:
            with writer.transaction():
                writer.name_keys.merge_segments()
    finally:
        folding.close()
        conn.close()
    report.errors.sort(key=lambda error: error.line)
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


def _store(writer: RegistryWriter, batch: list[RegistryRow], folded: Folded, now: str, report: ImportReport) -> None:
    with writer.transaction():
        unique, repeats = writer.split_repeats(batch)
        counts = writer.upsert(unique, now, folded.entries, folded.typos)
    report.errors.extend(RowError(row.line, f"duplicate id {row.id!r} (first on line {first})")
                         for row, first in repeats)
    report.counts.inserted += counts.inserted
    report.counts.updated += counts.updated
    report.counts.unchanged += counts.unchanged
