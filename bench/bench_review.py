"""What trust before broadcast costs: finding the story an article retells, and saying every round's state.

1. Rewrites: a database of `--articles` stored articles (synthetic texts of 150–400 words) with their
   phrase samples; 200 new texts, half of them lightly edited copies of stored ones. Printed: lookup
   time per text (p50, p99) through the phrase index as ingest does it, how many copies were found and
   how many new texts were wrongly matched; baseline, same process: comparing the text's sample with
   every stored sample held in memory (the same rule, no index).
2. States: every round's state (`load_trusts`, what /rounds adds) on `--rounds` rounds of four reports
   each, against building the rounds themselves from the same database (what /rounds did before;
   the baseline, same process), and the whole /rounds answer.

Run: PYTHONPATH=. python bench/bench_review.py [--articles 20000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import open_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.ingest import ArticleMeta, ingest_facts  # noqa: E402
from bot.reconcile import build_round_views  # noqa: E402
from bot.reconcile.stories import same_story, story_phrases  # noqa: E402
from bot.review import load_trusts  # noqa: E402
from bot.transports import console  # noqa: E402

NOW = "2025-02-01T12:00:00+00:00"
QUERIES = 200


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(size)]


def text(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(150, 400))) + "."


def rewrite(rng: random.Random, original: str) -> str:
    """A portal's copy: a new first sentence, a few words changed, the last tenth cut."""
    words = original.split()
    for _ in range(len(words) // 25):
        words[rng.randrange(len(words))] = "edited"
    return "Our partners report: " + " ".join(words[: len(words) * 9 // 10])


async def rewrites(articles: int) -> None:
    rng = random.Random(13)
    words = vocabulary(rng)
    with tempfile.TemporaryDirectory() as folder:
        async with open_app(Config(db_path=Path(folder) / "bench.sqlite3"), seed=False) as app:
            stored: list[str] = []
            samples: dict[int, set[int]] = {}
            async with app.db.transaction():
                for _ in range(articles):
                    body = text(rng, words)
                    article_id = await app.db.articles.add(outlet="Outlet", url=None, title=None, lang="en",
                                                           published=None, content_hash=None, is_report=False,
                                                           now=NOW)
                    phrases = story_phrases(body)
                    await app.db.articles.add_phrases(article_id, phrases)
                    stored.append(body)
                    samples[article_id] = set(phrases)
            copies = {i: rng.randrange(articles) for i in range(QUERIES // 2)}
            queries = [rewrite(rng, stored[copies[i]]) if i in copies else text(rng, words) for i in range(QUERIES)]

            async def indexed(phrases: list[int]) -> int | None:
                for article_id, shared, theirs, _story in await app.db.articles.phrase_overlaps(phrases):
                    if same_story(shared, len(phrases), theirs):
                        return article_id
                return None

            def scanned(phrases: list[int]) -> int | None:
                mine = set(phrases)
                for article_id, theirs in samples.items():
                    if same_story(len(mine & theirs), len(mine), len(theirs)):
                        return article_id
                return None

            timings: dict[str, list[float]] = {"index": [], "scan": []}
            found = {"index": 0, "scan": 0}
            wrong = {"index": 0, "scan": 0}
            for i, query in enumerate(queries):
                phrases = story_phrases(query)
                for name in ("index", "scan"):
                    start = time.perf_counter()
                    match = await indexed(phrases) if name == "index" else scanned(phrases)
                    timings[name].append(time.perf_counter() - start)
                    if i in copies:
                        found[name] += match == copies[i] + 1  # article ids start at 1
                    else:
                        wrong[name] += match is not None
    print(f"rewrites: {articles:,} stored articles, {QUERIES} new texts ({len(copies)} copies of stored ones)")
    for name, label in (("scan", "every sample in memory (baseline)"), ("index", "phrase index")):
        p50, p99 = (statistics.quantiles(timings[name], n=100)[k] * 1000 for k in (49, 98))
        print(f"  {label:34} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  copies found {found[name]}/{len(copies)}"
              f"  new texts matched {wrong[name]}")
    index_p50 = statistics.median(timings["index"])
    print(f"  baseline / index (p50): {statistics.median(timings['scan']) / index_p50:.1f}x")


async def states(rounds: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        async with open_app(Config(db_path=Path(folder) / "bench.sqlite3"), seed=False) as app:
            day = dt.date(2010, 1, 1)
            for r in range(rounds):
                day += dt.timedelta(days=10)
                pardoned = rng.randint(10, 60)
                for outlet in ("Zerkalo", "Nasha Niva", "Belsat", "Reform.by"):
                    facts = {"is_pardon_report": True, "lang": "en", "event_date": day.isoformat(),
                             "pardoned": pardoned + rng.choice((0, 0, 1)), "women": rng.randint(0, 9),
                             "named_released": [], "named_still_held": []}
                    meta = ArticleMeta(outlet=outlet, url=f"https://{outlet}.example/{r}", title=None,
                                       published=day.isoformat())
                    await ingest_facts(app.db, app.directory, meta, facts, NOW)

            async def baseline() -> None:
                build_round_views(await app.db.rounds.all_claims(), await app.db.rounds.corrections())

            async def trusts() -> None:
                await load_trusts(app.db)

            async def answer() -> None:
                await console.ask(app.dispatcher, "/rounds")

            figures = {}
            for name, run in (("baseline", baseline), ("states", trusts), ("answer", answer)):
                await run()
                start = time.perf_counter()
                for _ in range(20):
                    await run()
                figures[name] = (time.perf_counter() - start) / 20
    print(f"states: {rounds} rounds of 4 reports each")
    print(f"  building the rounds (baseline):  {figures['baseline'] * 1000:7.1f} ms")
    print(f"  every round's state:             {figures['states'] * 1000:7.1f} ms"
          f"  ({figures['states'] / figures['baseline']:.2f}x baseline)")
    print(f"  the whole /rounds answer:        {figures['answer'] * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(rewrites(args.articles))
    asyncio.run(states(args.rounds))


if __name__ == "__main__":
    main()
