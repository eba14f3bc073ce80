"""Importing a human rights group's registry file into the database, streamed in batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.directory import PrisonerDirectory
from bot.names import RegistryRow, RowError, read_registry
from bot.storage import Database
from bot.storage.name_index import BULK
from bot.storage.registry import UpsertCounts

BATCH = 1000


@dataclass
class ImportReport:
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    errors: list[RowError] = field(default_factory=list)


async def import_registry(db: Database, directory: PrisonerDirectory, fp: Iterable[str], fmt: str | None,
                          now: str) -> ImportReport:
    """Upsert every usable row by its registry id, in batches of one transaction each (each with the
    name keys of what it changed); collect the errors.

    `fp` is a text file, or a `bot.bounded.LineReader` (the CLI's), whose unreadable lines become errors."""
    report = ImportReport()
    batch: list[RegistryRow] = []
    for item in read_registry(fp, fmt):
        if isinstance(item, RowError):
            report.errors.append(item)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            await _store(db, batch, now, report)
            batch = []
    if batch:
        await _store(db, batch, now, report)
    if report.counts.inserted + report.counts.updated >= BULK:
        async with db.transaction():
            await db.prisoners.name_keys.merge_segments()
    await directory.refresh()
    return report


async def _store(db: Database, batch: list[RegistryRow], now: str, report: ImportReport) -> None:
    async with db.transaction():
        counts = await db.registry.upsert(batch, now)
    report.counts.inserted += counts.inserted
    report.counts.updated += counts.updated
    report.counts.unchanged += counts.unchanged
