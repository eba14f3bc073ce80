"""Bounded concurrency, and a feed that turns bad keeps what it had."""

from __future__ import annotations

import asyncio
import dataclasses

from aiohttp import web

from bot.feeds import Fetcher
from tests.feeds.conftest import LOOPBACK, TEST_LIMITS, add_feed, scalar, watcher
from tests.feeds.reports import report_items
from tests.feeds.server import FeedServer, rss


def count_in_flight(server: FeedServer, path: str, peak: list[int]) -> None:
    in_flight = [0]

    async def handler(request: web.Request) -> web.Response:
        in_flight[0] += 1
        peak[0] = max(peak[0], in_flight[0])
        await asyncio.sleep(0.05)
        in_flight[0] -= 1
        return web.Response(body=rss([]), content_type="application/rss+xml")

    server.set(path, handler)


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
    limits = dataclasses.replace(TEST_LIMITS, max_concurrency=2, max_per_host=10)
    fetcher = Fetcher(limits, LOOPBACK)
    try:
        await asyncio.gather(*(fetcher.fetch(server.url(f"/feed.xml?n={n}")) for n in range(8)))
    finally:
        await fetcher.aclose()
    assert peak[0] == 2


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
