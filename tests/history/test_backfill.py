"""`pardonwatch backfill FEED_URL --since DATE`: a feed's older pages read once, resumably, never posted.

The loopback server pages a feed of 300 items over 15 pages, newest first, the way WordPress does
(`?paged=N`, no links) or the way RFC 5005 feeds do (`<link rel="next">`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest
from aiohttp import web

from bot.app import open_app
from bot.cli.history_commands import cmd_backfill
from bot.config import Config
from tests.feeds.conftest import scalar
from tests.feeds.server import FeedServer

PAGES, PER_PAGE = 15, 20
NEWEST = dt.datetime(2025, 12, 31, 9, 0, tzinfo=dt.UTC)
EVERY_TENTH = 10  # one item in ten reports a pardon round


def pardon_report(n: int, when: dt.datetime) -> str:
    """A report of a round of its own (each with a different number released, days apart)."""
    day = when.strftime("%d %B %Y")
    return (f"Belarusian leader Alexander Lukashenko pardoned {n} people convicted of protest-related offences on "
            f"{day}, his press service said. Among those freed were {n // 3} women. Rights groups welcomed the "
            "releases but said that new arrests continue every week, and that more than a thousand political "
            "prisoners remain behind bars in Belarus. Exiled opposition figures called on the authorities to "
            "free everyone held for political reasons.")


def history_items() -> list[dict]:
    """300 items, one a day going back from 31 December 2025; every tenth reports a pardon round."""
    items = []
    for i in range(PAGES * PER_PAGE):
        when = NEWEST - dt.timedelta(days=i)
        if i % EVERY_TENTH == 5:
            n = 100 + i  # far from every seeded round's figure: each report is a round of its own
            items.append({"guid": f"item-{i}", "title": f"Lukashenko pardons {n} more",
                          "content": pardon_report(n, when), "link": f"https://outlet.example/news/{i}",
                          "published": when})
        else:
            items.append({"guid": f"item-{i}", "title": f"Minsk city news, day {i}",
                          "content": f"The city council met on day {i} to discuss road repairs and parks.",
                          "link": f"https://outlet.example/city/{i}", "published": when})
    return items


def rss_page(items: list[dict], older: str | None = None) -> bytes:
    """An RSS page; with `older`, an RFC 5005 `<atom:link rel="next">` to the page of older items."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Outlet</title>'
             '<link>https://outlet.example/</link><description>news</description>']
    if older:
        parts.append(f'<atom:link rel="next" href="{escape(older)}"/>')
    for item in items:
        parts.append(f'<item><guid isPermaLink="false">{item["guid"]}</guid><title>{escape(item["title"])}</title>'
                     f'<link>{item["link"]}</link><description>{escape(item["content"])}</description>'
                     f'<pubDate>{format_datetime(item["published"])}</pubDate></item>')
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


class PagedFeed:
    """`/feed` and `/feed?paged=N` (or, linked, `/archive/N`); counts each page's requests."""

    def __init__(self, server: FeedServer, linked: bool = False, fail_page: int | None = None):
        self.items = history_items()
        self.requests: Counter[int] = Counter()
        self.server, self.linked, self.fail_page = server, linked, fail_page
        server.set("/feed", self._paged)
        server.set("/archive/{n}", self._paged)
        for n in range(2, PAGES + 2):
            server.set(f"/archive/{n}", self._paged)

    async def _paged(self, request: web.Request) -> web.Response:
        if request.path.startswith("/archive/"):
            number = int(request.path.rsplit("/", 1)[1])
        else:
            number = 1 if self.linked else int(request.query.get("paged", "1"))
        self.requests[number] += 1
        if number == self.fail_page:
            self.fail_page = None  # fails once, like a server that restarts
            return web.Response(status=503)
        if number > PAGES:
            return web.Response(status=404)
        chunk = self.items[(number - 1) * PER_PAGE: number * PER_PAGE]
        older = self.server.url(f"/archive/{number + 1}") if self.linked and number < PAGES else None
        return web.Response(body=rss_page(chunk, older), content_type="application/rss+xml")


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    monkeypatch.setenv("PARDONWATCH_ALLOW_PRIVATE_FEEDS", "1")
    return tmp_path / "backfill.sqlite3"


def backfill_args(db_path, url: str, since: str = "2024-07-01") -> argparse.Namespace:
    return argparse.Namespace(db=str(db_path), url=url, since=dt.date.fromisoformat(since), outlet="Outlet")


async def subscribe_a_chat(db_path) -> None:
    async with open_app(Config(db_path=db_path)) as app, app.db.transaction():
        await app.db.chats.subscribe("telegram", "-100123", "", "en", "2025-12-31T00:00:00")


async def stored(db_path, url: str) -> tuple[int, int, int, int]:
    """Items seen from the feed, of them relevant, articles from the outlet, and outbox rows."""
    async with open_app(Config(db_path=db_path)) as app:
        return (await scalar(app, "SELECT count(*) FROM feed_items_seen WHERE feed_url = ?", url),
                await scalar(app, "SELECT count(*) FROM feed_items_seen WHERE feed_url = ? AND relevant", url),
                await scalar(app, "SELECT count(*) FROM articles WHERE outlet = 'Outlet'"),
                await scalar(app, "SELECT count(*) FROM outbox"))


async def test_every_page_of_a_paged_feed_is_read_once_with_progress_shown(db_path, server, capsys):
    feed = PagedFeed(server)
    url = server.url("/feed")
    assert await cmd_backfill(backfill_args(db_path, url)) == 0
    out, err = capsys.readouterr()
    assert "finished: 15 pages read" in out
    assert "backfill" in err and "15 pages" in err and "300 items" in err
    assert dict(feed.requests) == {n: 1 for n in range(1, PAGES + 1)} | {PAGES + 1: 1}
    assert await stored(db_path, url) == (300, 30, 30, 0)


async def test_an_interrupted_backfill_resumes_at_its_page_without_duplicates(db_path, server, capsys):
    await subscribe_a_chat(db_path)
    feed = PagedFeed(server, fail_page=8)
    url = server.url("/feed")
    assert await cmd_backfill(backfill_args(db_path, url)) == 1
    assert "stopped at page 8: HTTP 503; run the same command again to resume" in capsys.readouterr().err
    assert await stored(db_path, url) == (140, 14, 14, 0)
    assert await cmd_backfill(backfill_args(db_path, url)) == 0
    # Pages 1–7 were not asked for again; page 8 twice (the failure, then the resumed read).
    assert feed.requests[1] == 1 and feed.requests[7] == 1 and feed.requests[8] == 2
    assert await stored(db_path, url) == (300, 30, 30, 0)


async def test_a_feed_linking_its_older_pages_is_followed_to_the_end(db_path, server):
    feed = PagedFeed(server, linked=True)
    url = server.url("/feed")
    assert await cmd_backfill(backfill_args(db_path, url)) == 0
    assert sum(feed.requests.values()) == PAGES
    assert (await stored(db_path, url))[:2] == (300, 30)


async def test_the_walk_stops_at_the_date(db_path, server, capsys):
    feed = PagedFeed(server)
    url = server.url("/feed")
    # 31 December back to 1 December is 31 items: the second page reaches the date.
    assert await cmd_backfill(backfill_args(db_path, url, since="2025-12-01")) == 0
    assert "finished: 2 pages read" in capsys.readouterr().out
    assert set(feed.requests) == {1, 2}
    assert (await stored(db_path, url))[0] == 31


async def test_history_read_later_never_posts_a_round_to_subscribers(db_path, server):
    await subscribe_a_chat(db_path)
    feed = PagedFeed(server)
    # Even a round newer than every known one: what a backfill finds only enriches the record.
    recent = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    feed.items[0] = {"guid": "recent", "title": "Lukashenko pardons 77 more", "content": pardon_report(77, recent),
                     "link": "https://outlet.example/news/recent", "published": recent}
    url = server.url("/feed")
    await cmd_backfill(backfill_args(db_path, url))
    assert (await stored(db_path, url))[2:] == (31, 0)


async def test_a_backfill_of_an_address_that_is_not_http_is_refused(db_path, capsys):
    assert await cmd_backfill(backfill_args(db_path, "file:///etc/passwd")) == 2
    assert "not an http(s) address" in capsys.readouterr().err
