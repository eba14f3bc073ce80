"""Items with only a summary: the article page is read, and only its main text becomes facts."""

from __future__ import annotations

from aiohttp import web

from tests.feeds.conftest import add_feed, scalar, watcher
from tests.feeds.pages import article_page
from tests.feeds.reports import PUBLISHED, TITLES
from tests.feeds.server import rss

SUMMARY = "Lukashenko has pardoned another group of political prisoners, his press service said."


def summary_item(link: str) -> dict:
    return {"guid": "summary-only-1", "title": TITLES["en"], "summary": SUMMARY, "link": link,
            "published": PUBLISHED}


async def test_summary_only_item_reads_the_article_page(config, server):
    server.serve("/feed.xml", rss([summary_item(server.url("/news/ninth-round?utm_campaign=rss"))]))
    server.serve("/news/ninth-round", article_page().encode("utf-8"), content_type="text/html; charset=utf-8")
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        async with app.db.conn.execute(
            "SELECT c.field, c.value FROM round_claims c JOIN articles a ON a.id = c.article_id"
            " WHERE a.outlet = 'Outlet A'") as cur:
            claims = dict(tuple(row) for row in await cur.fetchall())
    assert server.hits["/news/ninth-round"] == 1
    assert claims["pardoned"] == 17 and claims["women"] == 5 and claims["round_ordinal"] == 9


async def test_page_chrome_does_not_become_facts(config, server):
    server.serve("/feed.xml", rss([summary_item(server.url("/news/ninth-round"))]))
    server.serve("/news/ninth-round", article_page().encode("utf-8"), content_type="text/html; charset=utf-8")
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        async with app.db.conn.execute(
            "SELECT c.value FROM round_claims c JOIN articles a ON a.id = c.article_id WHERE a.outlet = 'Outlet A'"
            " UNION ALL SELECT n.value FROM counts n JOIN articles a ON a.id = n.article_id"
            " WHERE a.outlet = 'Outlet A'") as cur:
            values = {row[0] for row in await cur.fetchall()}
    # 40 and 52 are other headlines under "Latest Stories"; 35,000 is a photo caption; 3,000 a banner.
    assert values.isdisjoint({40, 52, 35000, 3000, 25})
    assert 1200 in values


async def test_item_whose_page_fails_is_retried_on_the_next_poll(config, server):
    server.serve("/feed.xml", rss([summary_item(server.url("/news/ninth-round"))]))

    async def broken(request: web.Request) -> web.Response:
        return web.Response(status=503)

    server.set("/news/ninth-round", broken)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        first = (await poller.poll())[0]
        server.serve("/news/ninth-round", article_page().encode("utf-8"), content_type="text/html; charset=utf-8")
        second = (await poller.poll(due_only=False))[0]
        stored = await scalar(app, "SELECT count(*) FROM articles WHERE outlet = 'Outlet A'")
    assert first.status == "failed" and "HTTP 503" in first.error
    assert second.status == "ok" and stored == 1
    # The failed poll kept no validators, so the second poll fetched the whole feed again.
    assert "If-None-Match" not in server.request_headers["/feed.xml"][1]
