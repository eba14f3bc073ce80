"""Benchmark: poll 1,000 feeds served on loopback, twice (the second time most answer 304).

Compares the poller (async, conditional GET, bounded concurrency, items recorded in SQLite) with
fetching the same feeds one by one with `feedparser.parse(url)` (also with its ETag support on the
second round), in the same process.

    PYTHONPATH=. python bench/bench_feeds.py [--feeds 1000] [--hosts 20] [--changed 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import multiprocessing
import random
import tempfile
import time
from email.utils import format_datetime
from ipaddress import ip_network
from pathlib import Path

import feedparser
from aiohttp import web

from bot.app import open_app
from bot.config import Config
from bot.feeds import Pipeline, open_poller

BASE_DATE = 1736000000


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

    def __init__(self, feeds: int, hosts: int, changed: set[int], latency: float):
        self.feeds, self.hosts, self.changed, self.latency = feeds, hosts, changed, latency
        self.round = multiprocessing.Value("i", 0)
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
        if self.latency:
            # A real outlet's server is tens of milliseconds away; loopback is not.
            await asyncio.sleep(self.latency)
        body = feed_body(feed, self.round.value if feed in self.changed else 0)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": "application/rss+xml; charset=utf-8"})

    def next_round(self) -> None:
        self.round.value += 1

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


def feedparser_round(served: Served, etags: dict[int, str]) -> float:
    start = time.perf_counter()
    for feed in range(served.feeds):
        parsed = feedparser.parse(served.url(feed), etag=etags.get(feed))
        if parsed.get("etag"):
            etags[feed] = parsed["etag"]
    return time.perf_counter() - start


async def poller_rounds(served: Served, db_dir: Path) -> tuple[float, float, str, str]:
    async with open_app(Config(db_path=db_dir / "bench.sqlite3")) as app:
        async with app.db.transaction():
            for feed in range(served.feeds):
                await app.db.feeds.add(url=served.url(feed), outlet=f"Outlet {feed}", lang=None,
                                       interval_seconds=900, now="2025-01-01T00:00:00+00:00")
        pipeline = Pipeline(app.db, app.directory, app.clock)
        async with open_poller(pipeline, private_networks=(ip_network("127.0.0.0/8"),), rng=random.Random(1)) as poller:
            start = time.perf_counter()
            first = await poller.poll(due_only=False)
            first_time = time.perf_counter() - start
            served.next_round()
            start = time.perf_counter()
            second = await poller.poll(due_only=False)
            second_time = time.perf_counter() - start
    return first_time, second_time, _statuses(first), _statuses(second)


def _statuses(reports) -> str:
    counts: dict[str, int] = {}
    for report in reports:
        counts[report.status] = counts.get(report.status, 0) + 1
    return ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=20, help="loopback addresses 127.0.0.2… to spread feeds over")
    parser.add_argument("--changed", type=float, default=0.1, help="share of feeds that change between rounds")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds the server waits before answering")
    args = parser.parse_args()
    rng = random.Random(42)
    changed = set(rng.sample(range(args.feeds), int(args.feeds * args.changed)))

    served = Served(args.feeds, args.hosts, changed, args.latency)
    served.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            p1, p2, s1, s2 = asyncio.run(poller_rounds(served, Path(tmp)))
        served.round.value = 0
        etags: dict[int, str] = {}
        f1 = feedparser_round(served, etags)
        served.next_round()
        f2 = feedparser_round(served, etags)
    finally:
        served.stop()

    print(f"{args.feeds} feeds on {args.hosts} loopback hosts, {len(changed)} changed between rounds,"
          f" server latency {args.latency * 1000:.0f} ms")
    print(f"poller     round 1 (all new):      {p1:7.2f} s   [{s1}]")
    print(f"poller     round 2 (mostly 304):   {p2:7.2f} s   [{s2}]")
    print(f"feedparser round 1, one by one:    {f1:7.2f} s")
    print(f"feedparser round 2, one by one:    {f2:7.2f} s   (with its ETag support)")
    print(f"speed-up: round 1 x{f1 / p1:.1f}, round 2 x{f2 / p2:.1f}")


if __name__ == "__main__":
    main()
