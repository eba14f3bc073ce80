"""Bad feeds: each failure is that feed's error, with backoff; the other feeds go on; nothing is lost."""

from __future__ import annotations

import datetime as dt
import functools
import tracemalloc
import zlib

import pytest
from aiohttp import web

from tests.conftest import FIXED_NOW
from tests.feeds.conftest import TEST_LIMITS, add_feed, scalar, watcher
from tests.feeds.reports import report_items
from tests.feeds.server import FeedServer, rss

CYRILLIC_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Навіны</title>'
                 '<item><guid>n1</guid><title>Лукашенко помиловал 17 политзаключённых</title></item>'
                 '</channel></rss>')


@functools.cache
def gzip_bomb(size: int = 100 * 1024 * 1024) -> bytes:
    """A valid gzip stream of a feed padded with `size` spaces: about 100 KB that inflate to 100 MB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(b'<?xml version="1.0"?><rss version="2.0"><channel>')]
    block = b" " * (1024 * 1024)
    parts.extend(packer.compress(block) for _ in range(size // len(block)))
    parts.append(packer.compress(b"</channel></rss>") + packer.flush())
    return b"".join(parts)


def invalid_xml(server: FeedServer) -> None:
    server.serve("/bad", b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Belarus pardons'
                         b"</channel></rss>")


def fifty_megabytes(server: FeedServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        chunk = b"<!--" + b"x" * (1024 * 1024) + b"-->"
        try:
            for _ in range(50):
                await response.write(chunk)
        except Exception:
            pass  # the client hung up once it had enough: that is the point
        return response

    server.set("/bad", handler)


def gzip_bombed(server: FeedServer) -> None:
    server.serve("/bad", gzip_bomb(), headers={"Content-Encoding": "gzip"})


def never_answers(server: FeedServer) -> None:
    async def handler(request: web.Request) -> web.Response:
        await server.release.wait()
        return web.Response(status=204)

    server.set("/bad", handler)


def redirect_loop(server: FeedServer) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": "/bad"})

    server.set("/bad", handler)


def server_error(server: FeedServer) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=500, text="Internal Server Error")

    server.set("/bad", handler)


def cp1251_declared_as_utf8(server: FeedServer) -> None:
    server.serve("/bad", CYRILLIC_FEED.encode("cp1251"), content_type="application/rss+xml; charset=utf-8")


def cp1251_undeclared(server: FeedServer) -> None:
    server.serve("/bad", CYRILLIC_FEED.encode("cp1251"), content_type="application/rss+xml")


def redirect_to_a_file(server: FeedServer) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=301, headers={"Location": "file:///etc/passwd"})

    server.set("/bad", handler)


BAD_FEEDS = [
    (invalid_xml, "invalid XML"),
    (fifty_megabytes, f"body larger than {TEST_LIMITS.max_bytes} bytes"),
    (gzip_bombed, "after decompression"),
    (never_answers, "read timed out"),
    (redirect_loop, f"more than {TEST_LIMITS.max_redirects} redirects"),
    (server_error, "HTTP 500"),
    (cp1251_declared_as_utf8, "not valid utf-8"),
    (cp1251_undeclared, "not valid utf-8"),
    (redirect_to_a_file, "only http and https"),
]


@pytest.mark.parametrize(("make_bad", "reason"), BAD_FEEDS, ids=[f.__name__ for f, _ in BAD_FEEDS])
async def test_bad_feed_is_its_own_error_and_the_good_feed_goes_on(config, server, make_bad, reason):
    make_bad(server)
    server.serve("/good", rss(report_items()))
    async with watcher(config) as (app, poller):
        articles_before = await scalar(app, "SELECT count(*) FROM articles")
        await add_feed(app, server.url("/bad"), "Bad outlet")
        await add_feed(app, server.url("/good"), "Good outlet")
        reports = {r.url: r for r in await poller.poll()}
        bad = await app.db.feeds.get(server.url("/bad"))
        good = await app.db.feeds.get(server.url("/good"))
        articles_after = await scalar(app, "SELECT count(*) FROM articles")
    assert reports[server.url("/bad")].status == "failed"
    assert reason in bad.last_error
    assert bad.consecutive_failures == 1 and bad.last_success is None
    assert dt.datetime.fromisoformat(bad.next_check) >= FIXED_NOW + dt.timedelta(seconds=450)
    assert good.consecutive_failures == 0 and good.last_error is None
    assert articles_after == articles_before + 3


async def test_gzip_bomb_never_expands_in_memory(config, server):
    gzip_bombed(server)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/bad"), "Bad outlet")
        tracemalloc.start()
        try:
            await poller.poll()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


async def test_failing_feed_waits_longer_after_each_failure(config, server):
    server_error(server)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/bad"), "Bad outlet", interval=600)
        await poller.poll()
        first = await app.db.feeds.get(server.url("/bad"))
        await poller.poll(due_only=False)
        second = await app.db.feeds.get(server.url("/bad"))
    first_wait = dt.datetime.fromisoformat(first.next_check) - FIXED_NOW
    second_wait = dt.datetime.fromisoformat(second.next_check) - FIXED_NOW
    assert dt.timedelta(seconds=300) <= first_wait <= dt.timedelta(seconds=600) <= second_wait
    assert second_wait <= dt.timedelta(seconds=1200)
    assert second.consecutive_failures == 2


async def test_recovered_feed_clears_its_failure_count(config, server):
    server_error(server)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/bad"), "Recovering outlet")
        await poller.poll()
        server.serve("/bad", rss(report_items()))
        await poller.poll(due_only=False)
        feed = await app.db.feeds.get(server.url("/bad"))
    assert feed.consecutive_failures == 0 and feed.last_success is not None
    assert feed.last_error == "HTTP 500"
