"""Benchmark: the poller against a plain concurrent loop, over 1,000 feeds served on loopback.

Three contenders poll the same feeds twice, in the same process, at each server latency:

- the poller (`bot.feeds`): conditional GET, caps, address rules, backoff, items remembered in
  SQLite by GUID, canonical link and words (across feeds and restarts), relevance filter;
- the plain loop: `httpx.AsyncClient` + `feedparser.parse`, a semaphore of 32, ETags sent back on the
  second round, seen GUIDs kept in a Python set only (no dedup storage: a restart forgets them);
  with `--wide-plain N` also the same loop with a semaphore of N (what more requests in flight give it);
- the plain loop + SQLite: the same, plus the minimum a correct bot must do: seen GUIDs in an
  SQLite table (one lookup, one insert and one commit per feed), so a restart posts nothing twice.

Between the rounds 10 % of the feeds change; the others answer 304, except the feeds served without
validators (`--no-validators`), which send the same body again. Each contender runs `--repeat` times
in rotating order (the machine is shared); the medians are printed with the client's CPU seconds.

    PYTHONPATH=. python bench/bench_feeds.py [--feeds 1000] [--latencies 0,0.05] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import hashlib
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import format_datetime
from ipaddress import ip_network
from pathlib import Path

import aiosqlite
import feedparser
import httpx
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import open_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.feeds import Pipeline, open_poller  # noqa: E402

BASE_DATE = 1736000000
PLAIN_CONCURRENCY = 32


def feed_body(feed: int, version: int) -> bytes:
    """A 20-item feed about everyday news (nothing about prisoners, so no extraction runs)."""
    items = []
    for n in range(20):
        when = format_datetime(dt.datetime.fromtimestamp(BASE_DATE + n * 3600 + version, dt.UTC))
        items.append(f"<item><guid>f{feed}-v{version}-{n}</guid><title>Minsk city news {feed}.{version}.{n}</title>"
                     f"<link>https://outlet{feed}.example/news/{version}/{n}?utm_source=rss</link>"
                     f"<description>Roadworks on street {n} in Minsk will last until Friday, the city said."
                     f"</description><pubDate>{when}</pubDate></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet {feed}</title>'
            f"<link>https://outlet{feed}.example/</link><description>news</description>{''.join(items)}"
            "</channel></rss>").encode()


class Served:
    """Feeds on several loopback addresses, served by another process (its CPU is not the client's)."""

    def __init__(self, feeds: int, hosts: int, changed: set[int], without_validators: set[int]):
        self.feeds, self.hosts, self.changed, self.without_validators = feeds, hosts, changed, without_validators
        self.round = multiprocessing.Value("i", 0)
        self.latency = multiprocessing.Value("d", 0.0)
        self.ready = multiprocessing.Event()
        self._port = multiprocessing.Value("i", 0)
        self.process: multiprocessing.Process | None = None

    @property
    def port(self) -> int:
        return self._port.value

    def start(self) -> None:
        self.process = multiprocessing.get_context("fork").Process(target=self.run, daemon=True)
        self.process.start()
        self.ready.wait()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.join()

    def url(self, feed: int) -> str:
        return f"http://127.0.0.{2 + feed % self.hosts}:{self.port}/feed/{feed}.xml"

    async def handle(self, request: web.Request) -> web.Response:
        feed = int(request.match_info["n"])
        if self.latency.value:
            # A real outlet's server is tens of milliseconds away; loopback is not.
            await asyncio.sleep(self.latency.value)
        body = feed_body(feed, self.round.value if feed in self.changed else 0)
        headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        if feed not in self.without_validators:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            headers["ETag"] = etag
        return web.Response(body=body, headers=headers)

    def run(self) -> None:
        loop = asyncio.new_event_loop()
        loop.run_until_complete(self._start())
        self.ready.set()
        loop.run_forever()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        first = web.TCPSite(self.runner, "127.0.0.2", 0)
        await first.start()
        self._port.value = first._server.sockets[0].getsockname()[1]
        for host in range(1, self.hosts):
            await web.TCPSite(self.runner, f"127.0.0.{2 + host}", self.port).start()


@dataclass
class Timing:
    wall: float
    cpu: float


async def timed(work: Callable[[], Awaitable[str]]) -> tuple[Timing, str]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    note = await work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), note


async def poller_rounds(served: Served, workdir: Path) -> list[tuple[Timing, str]]:
    async with open_app(Config(db_path=workdir / "poller.sqlite3")) as app:
        async with app.db.transaction():
            for feed in range(served.feeds):
                await app.db.feeds.add(url=served.url(feed), outlet=f"Outlet {feed}", lang=None,
                                       interval_seconds=900, now="2025-01-01T00:00:00+00:00")
        pipeline = Pipeline(app.db, app.directory, app.clock)
        async with open_poller(pipeline, private_networks=(ip_network("127.0.0.0/8"),), rng=random.Random(1)) as poller:

            async def one_round() -> str:
                return _statuses(await poller.poll(due_only=False))

            return await _two_rounds(served, one_round)


async def _two_rounds(served: Served, one_round: Callable[[], Awaitable[str]]) -> list[tuple[Timing, str]]:
    served.round.value = 0
    first = await timed(one_round)
    served.round.value = 1
    return [first, await timed(one_round)]


def _statuses(reports) -> str:
    counts: dict[str, int] = {}
    for report in reports:
        counts[report.status] = counts.get(report.status, 0) + 1
    return ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))


class PlainLoop:
    """What an engineer would write instead: gather over a semaphore, ETags sent back, feedparser.

    With `seen_db`, seen GUIDs are kept in SQLite (one lookup, one insert, one commit per feed);
    without, in a set that a restart forgets.
    """

    def __init__(self, urls: list[str], seen_db: aiosqlite.Connection | None, concurrency: int):
        self.urls = urls
        self.seen_db = seen_db
        self.seen: set[tuple[str, str]] = set()
        self.etags: dict[str, str] = {}
        self.client = httpx.AsyncClient(timeout=20.0)
        self.semaphore = asyncio.Semaphore(concurrency)
        self.db_lock = asyncio.Lock()

    async def one_round(self) -> str:
        outcomes = await asyncio.gather(*(self.poll(url) for url in self.urls))
        return f"{sum(o is None for o in outcomes)} not_modified, {sum(o or 0 for o in outcomes)} new items"

    async def poll(self, url: str) -> int | None:
        async with self.semaphore:
            headers = {"If-None-Match": self.etags[url]} if url in self.etags else {}
            response = await self.client.get(url, headers=headers)
            if response.status_code == 304:
                return None
            if response.headers.get("etag"):
                self.etags[url] = response.headers["etag"]
            parsed = feedparser.parse(response.content)
            guids = [entry.get("id") or entry.get("link") for entry in parsed.entries]
            return await (self.new_in_db(url, guids) if self.seen_db else self.new_in_memory(url, guids))

    async def new_in_memory(self, url: str, guids: list[str]) -> int:
        fresh = [guid for guid in guids if (url, guid) not in self.seen]
        self.seen.update((url, guid) for guid in fresh)
        return len(fresh)

    async def new_in_db(self, url: str, guids: list[str]) -> int:
        # One feed at a time on the shared connection, so that no commit lands in another feed's work.
        async with self.db_lock:
            marks = ",".join("?" * len(guids))
            known = {row[0] for row in await self.seen_db.execute_fetchall(
                f"SELECT guid FROM seen WHERE feed = ? AND guid IN ({marks})", (url, *guids))}  # noqa: S608
            fresh = [guid for guid in guids if guid not in known]
            await self.seen_db.executemany("INSERT OR IGNORE INTO seen (feed, guid) VALUES (?, ?)",
                                           [(url, guid) for guid in fresh])
            await self.seen_db.commit()
        return len(fresh)


async def plain_rounds(served: Served, workdir: Path, with_sqlite: bool) -> list[tuple[Timing, str]]:
    return await plain_rounds_at(served, workdir, with_sqlite, PLAIN_CONCURRENCY)


async def plain_rounds_at(served: Served, workdir: Path, with_sqlite: bool, concurrency: int
                          ) -> list[tuple[Timing, str]]:
    urls = [served.url(feed) for feed in range(served.feeds)]
    seen_db = None
    if with_sqlite:
        seen_db = await aiosqlite.connect(workdir / "plain.sqlite3")
        await seen_db.execute("PRAGMA journal_mode = WAL")
        await seen_db.execute("PRAGMA synchronous = NORMAL")
        await seen_db.execute("CREATE TABLE seen (feed TEXT NOT NULL, guid TEXT NOT NULL, PRIMARY KEY (feed, guid))")
    loop = PlainLoop(urls, seen_db, concurrency)
    try:
        return await _two_rounds(served, loop.one_round)
    finally:
        await loop.client.aclose()
        if seen_db is not None:
            await seen_db.close()


CONTENDERS = {
    "poller": lambda served, workdir: poller_rounds(served, workdir),
    "plain loop": lambda served, workdir: plain_rounds(served, workdir, with_sqlite=False),
    "plain loop + SQLite": lambda served, workdir: plain_rounds(served, workdir, with_sqlite=True),
}


def run_latency(served: Served, latency: float, repeat: int) -> dict[str, list[list[tuple[Timing, str]]]]:
    """Every contender `repeat` times at this latency, in rotating order."""
    served.latency.value = latency
    results: dict[str, list[list[tuple[Timing, str]]]] = {name: [] for name in CONTENDERS}
    names = list(CONTENDERS)
    for run in range(repeat):
        for name in names[run % len(names):] + names[:run % len(names)]:
            with tempfile.TemporaryDirectory() as tmp:
                results[name].append(asyncio.run(CONTENDERS[name](served, Path(tmp))))
    return results


def report(latency: float, results: dict[str, list[list[tuple[Timing, str]]]]) -> None:
    print(f"\nserver latency {latency * 1000:.0f} ms (median of {len(results['poller'])} runs; CPU = client process)")
    for round_no, label in ((0, "round 1, all new"), (1, "round 2, mostly unchanged")):
        poller = statistics.median(runs[round_no][0].wall for runs in results["poller"])
        poller_cpu = statistics.median(runs[round_no][0].cpu for runs in results["poller"])
        print(f"  {label}:")
        for name, runs in results.items():
            wall = statistics.median(r[round_no][0].wall for r in runs)
            cpu = statistics.median(r[round_no][0].cpu for r in runs)
            ratio = "" if name == "poller" else f"   poller ×{wall / poller:.2f} faster (CPU ×{cpu / poller_cpu:.1f})"
            print(f"    {name:20s} {wall:6.2f} s  CPU {cpu:6.2f} s  [{runs[-1][round_no][1]}]{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=20, help="loopback addresses 127.0.0.2… to spread feeds over")
    parser.add_argument("--changed", type=float, default=0.1, help="share of feeds that change between rounds")
    parser.add_argument("--no-validators", type=float, default=0.0,
                        help="share of unchanged feeds served without ETag (the same body again, never 304)")
    parser.add_argument("--latencies", default="0,0.05", help="server latencies in seconds, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--wide-plain", type=int, default=0, metavar="N",
                        help="also run the plain loop with N requests in flight (how much is concurrency alone)")
    args = parser.parse_args()
    if args.wide_plain:
        CONTENDERS[f"plain loop, {args.wide_plain}"] = (
            lambda served, workdir: plain_rounds_at(served, workdir, with_sqlite=False, concurrency=args.wide_plain))
    rng = random.Random(42)
    changed = set(rng.sample(range(args.feeds), int(args.feeds * args.changed)))
    unchanged = sorted(set(range(args.feeds)) - changed)
    without_validators = set(rng.sample(unchanged, int(len(unchanged) * args.no_validators)))

    served = Served(args.feeds, args.hosts, changed, without_validators)
    served.start()
    print(f"{args.feeds} feeds of 20 items on {args.hosts} loopback hosts, {len(changed)} changed between rounds,"
          f" {len(without_validators)} unchanged ones served without validators")
    try:
        for latency in (float(value) for value in args.latencies.split(",")):
            report(latency, run_latency(served, latency, args.repeat))
    finally:
        served.stop()
    print("\nOnly the poller also: remembers items by canonical link and by words across feeds and restarts,"
          " records each feed's health with backoff, caps bodies (also after decompression), redirects and"
          " time, refuses non-public addresses, and drops irrelevant items before reading anything more.")


if __name__ == "__main__":
    main()
