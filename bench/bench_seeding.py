"""Benchmark: what seeding costs at a start when nothing in the seeds is new, against the first start.

Seeding runs whenever the app opens. The first start adds every round since July 2024 (the
baseline); every later start should only compare ids. Both are measured in this process on real
SQLite files, `--runs` times each, and the median is printed with the ratio.

    PYTHONPATH=. python bench/bench_seeding.py [--runs 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import SEEDS_DIR
from bot.directory import PrisonerDirectory
from bot.seeding import apply_seeds
from bot.storage import Database

NOW = "2026-11-30T12:00:00+00:00"


async def timed_seeding(path: Path) -> tuple[float, int]:
    """Seconds one `apply_seeds` takes on the database at `path`, and how many reports it added."""
    db = await Database.open(path)
    try:
        directory = PrisonerDirectory(db)
        await directory.load()
        start = time.perf_counter()
        outcome = await apply_seeds(db, directory, SEEDS_DIR, NOW)
        return time.perf_counter() - start, outcome.articles
    finally:
        await db.close()


async def main(runs: int) -> None:
    first, again = [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            path = Path(folder) / f"bench-{run}.sqlite3"
            seconds, added = await timed_seeding(path)
            first.append(seconds)
            seconds, added_again = await timed_seeding(path)
            again.append(seconds)
            assert added > 0 and added_again == 0
    baseline, later = statistics.median(first), statistics.median(again)
    print(f"first start (every round since July 2024, {added} reports): median {baseline * 1000:.1f} ms")
    print(f"later start (nothing new):                         median {later * 1000:.2f} ms")
    print(f"a later start costs {later / baseline:.3f} of the first ({baseline / later:.0f}x less)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    asyncio.run(main(parser.parse_args().runs))
