"""Bounded concurrency, and a feed that turns bad keeps what it had."""

from __future__ import annotations

import asyncio
import dataclasses

from aiohttp import web

from bot.feeds import Fetcher, fetch
from tests.feeds.conftest import LOOPBACK, TEST_LIMITS, add_feed, scalar, watcher
from tests.feeds.reports import report_items
from tests.feeds.server import FeedServer, rss


def count_in_flight(server: FeedServer, path: str, peak: list[int], status: int = 200) -> None:
    in_flight = [0]

    async def handler(request: web.Request) -> web.Response:
        in_flight[0] += 1
        peak[0] = max(peak[0], in_flight[0])
        await asyncio.sleep(0.05)
        in_flight[0] -= 1
        if status == 304:
            return web.Response(status=304, headers={"ETag": '"same"'})
        return web.Response(body=rss([]), content_type="application/rss+xml")

    server.set(path, handler)


def serve_slowly(server: FeedServer, path: str) -> None:
    """A 200 whose body arrives in three parts, 50 ms apart: reading it takes a while."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        body = rss([])
        for part in (body[:40], body[40:80], body[80:]):
            await response.write(part)
            await asyncio.sleep(0.05)
        await response.write_eof()
        return response

    server.set(path, handler)


class CountedBody(fetch.CappedBody):
    """The fetcher's own body reader, counting how many bodies are being read at once."""

    reading = 0
    peak = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        CountedBody.reading += 1
        CountedBody.peak = max(CountedBody.peak, CountedBody.reading)

    def result(self) -> bytes:
        CountedBody.reading -= 1
        return super().result()


async def test_no_more_than_the_per_host_limit_at_once(server):
    peak = [0]
    count_in_flight(server, "/feed.xml", peak)
    fetcher = Fetcher(TEST_LIMITS, LOOPBACK)
    try:
        await asyncio.gather(*(fetcher.fetch(server.url(f"/feed.xml?n={n}")) for n in range(12)))
    finally:
        await fetcher.aclose()
    assert peak[0] == TEST_LIMITS.max_per_host


async def test_no_more_than_the_overall_limit_at_once(server):
    peak = [0]
    count_in_flight(server, "/feed.xml", peak)
    limits = dataclasses.replace(TEST_LIMITS, max_requests=2, max_per_host=10)
    fetcher = Fetcher(limits, LOOPBACK)
    try:
        await asyncio.gather(*(fetcher.fetch(server.url(f"/feed.xml?n={n}")) for n in range(8)))
    finally:
        await fetcher.aclose()
    assert peak[0] == 2


async def test_unchanged_feeds_are_not_held_back_by_the_limit_on_bodies(server):
    # A 304 has no body, so a round of conditional requests may have more in flight than bodies.
    peak = [0]
    count_in_flight(server, "/feed.xml", peak, status=304)
    limits = dataclasses.replace(TEST_LIMITS, max_requests=6, max_bodies=2, max_per_host=10)
    fetcher = Fetcher(limits, LOOPBACK)
    try:
        results = await asyncio.gather(*(fetcher.fetch(server.url(f"/feed.xml?n={n}"), etag='"same"')
                                         for n in range(12)))
    finally:
        await fetcher.aclose()
    assert all(result.not_modified for result in results)
    assert peak[0] == 6


async def test_no_more_bodies_read_at_once_than_the_limit(server, monkeypatch):
    # Memory is bounded by the bodies being read, whatever the number of requests waiting.
    monkeypatch.setattr(fetch, "CappedBody", CountedBody)
    monkeypatch.setattr(CountedBody, "peak", 0)
    serve_slowly(server, "/feed.xml")
    limits = dataclasses.replace(TEST_LIMITS, max_requests=6, max_bodies=2, max_per_host=10)
    fetcher = Fetcher(limits, LOOPBACK)
    try:
        results = await asyncio.gather(*(fetcher.fetch(server.url(f"/feed.xml?n={n}")) for n in range(8)))
    finally:
        await fetcher.aclose()
    assert [result.body for result in results] == [rss([])] * 8
    assert CountedBody.peak == 2


async def test_feed_that_turns_bad_keeps_its_reports_and_validators(config, server):
    server.serve("/feed.xml", rss(report_items()))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        healthy = await app.db.feeds.get(server.url("/feed.xml"))
        server.serve("/feed.xml", b"<html>502 Bad Gateway</html>", content_type="text/html")
        await poller.poll(due_only=False)
        broken = await app.db.feeds.get(server.url("/feed.xml"))
        stored = await scalar(app, "SELECT count(*) FROM articles WHERE outlet = 'Outlet A'")
    assert stored == 3
    assert (broken.etag, broken.last_success) == (healthy.etag, healthy.last_success)
    assert broken.last_error == "not an RSS or Atom feed"
