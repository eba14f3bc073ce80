"""Importing a human rights group's registry file into the database, streamed in batches."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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


class _CountingReader(io.RawIOBase):
    """A binary file that reports how many bytes were read, for a progress bar over the file size."""

    def __init__(self, raw: io.BufferedReader, on_read: Callable[[int], object]):
        self._raw = raw
        self._on_read = on_read

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # the format is sniffed from the first character, then the reader goes back

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def readinto(self, buffer) -> int:
        n = self._raw.readinto(buffer)
        self._on_read(n or 0)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_with_progress(path: Path, on_read: Callable[[int], object]) -> io.TextIOWrapper:
    """Open a registry file as text (BOM tolerated) while counting the bytes read."""
    raw = _CountingReader(open(path, "rb"), on_read)  # noqa: SIM115 — closed by the wrapper
    return io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8-sig", newline="")


async def import_registry(db: Database, directory: PrisonerDirectory, fp: io.TextIOBase, fmt: str | None,
                          now: str) -> ImportReport:
    """Upsert every usable row by its registry id, in batches of one transaction each (each with the
    name keys of what it changed); collect the errors."""
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
