"""A database with a long history, for benchmarks: a registry of many prisoners and many rounds.

The project's own seeds (the real rounds since July 2024) come first, as in a fresh bot; then the
registry is imported from a generated file (bench/namegen.py) through the real import, and older
rounds are ingested through the real ingest, four outlets' reports each (one of them naming two
released people of the registry, one a figure off by one), until the database holds `rounds`
rounds. The file is built once per benchmark run and copied for each configuration measured.

Run alone to time the build: PYTHONPATH=. python bench/history.py [--prisoners 50000] [--rounds 300]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.namegen import make_people, registry_names  # noqa: E402
from bot.app import open_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.ingest import ArticleMeta, ingest_facts  # noqa: E402
from bot.registry_import import import_registry  # noqa: E402

NOW = "2026-05-01T12:00:00+00:00"
OUTLETS = ("Zerkalo", "Nasha Niva", "Belsat", "Reform.by")
FIRST_DAY = dt.date(2014, 1, 6)  # older rounds, every ten days: well before the seeds' July 2024


def registry_file(prisoners: int) -> io.StringIO:
    """A registry CSV of `prisoners` generated people, as a human rights group publishes it."""
    out = io.StringIO()
    out.write("id,name_en,name_be,name_ru,aliases,status,status_date,sentence,source_url\n")
    for p in make_people(prisoners):
        names = registry_names(p)
        out.write(f"{p.id},{names['name_en']},{names['name_be']},{names['name_ru']},,held,2024-06-01,,\n")
    out.seek(0)
    return out


async def build(path: Path, prisoners: int, rounds: int, seed: int = 7) -> dict[str, float]:
    """Write the history database at `path`; return how many rounds and prisoners it holds and the build time."""
    rng = random.Random(seed)
    started = time.perf_counter()
    async with open_app(Config(db_path=path)) as app:
        await import_registry(app.db, app.directory, registry_file(prisoners), "csv", NOW)
        people = make_people(prisoners)
        day = FIRST_DAY
        for number in range(rounds - await _rounds(app)):
            day += dt.timedelta(days=10)
            pardoned = rng.randint(10, 60)
            released = [registry_names(p)["name_be"] for p in rng.sample(people, 2)]
            for k, outlet in enumerate(OUTLETS):
                facts = {"is_pardon_report": True, "lang": "en", "event_date": day.isoformat(),
                         "pardoned": pardoned + (1 if k == 3 else 0), "women": rng.randint(0, 9),
                         "named_released": released if k == 0 else [], "named_still_held": []}
                meta = ArticleMeta(outlet=outlet, url=f"https://{outlet.replace(' ', '').lower()}.example/{number}",
                                   title=None, published=day.isoformat())
                await ingest_facts(app.db, app.directory, meta, facts, NOW)
        held = await _rounds(app)
    return {"rounds": held, "prisoners": prisoners, "seconds": time.perf_counter() - started}


async def _rounds(app) -> int:
    async with app.db.conn.execute("SELECT count(*) FROM rounds") as cur:
        return (await cur.fetchone())[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prisoners", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        built = asyncio.run(build(Path(tmp) / "history.sqlite3", args.prisoners, args.rounds))
    print(f"history: {built['rounds']} rounds, {built['prisoners']:,} prisoners, built in {built['seconds']:.1f} s")


if __name__ == "__main__":
    main()
