"""Polling a feed with reports in three languages: facts stored once, 304s, restarts, duplicates."""

from __future__ import annotations

import datetime as dt

from tests.feeds.conftest import add_feed, scalar, watcher
from tests.feeds.reports import UNRELATED, report_items
from tests.feeds.server import rss

ARTICLES_FROM = "SELECT count(*) FROM articles WHERE outlet = ?"


async def test_one_poll_stores_each_reports_facts_once(config, server):
    server.serve("/feed.xml", rss(report_items()))
    rounds: list[int] = []
    async with watcher(config, rounds) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        assert await scalar(app, ARTICLES_FROM, "Outlet A") == 3
        async with app.db.conn.execute(
            "SELECT a.lang, c.round_id, c.value FROM round_claims c JOIN articles a ON a.id = c.article_id"
            " WHERE a.outlet = 'Outlet A' AND c.field = 'pardoned' ORDER BY a.lang") as cur:
            claims = [tuple(row) for row in await cur.fetchall()]
    assert [(lang, value) for lang, _, value in claims] == [("be", 17), ("en", 17), ("ru", 17)]
    assert len({round_id for _, round_id, _ in claims}) == 1
    assert set(rounds) == {claims[0][1]}


async def test_second_poll_sends_validators_and_gets_304(config, server):
    server.serve("/feed.xml", rss(report_items()))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        first = await poller.poll()
        second = await poller.poll(due_only=False)
        stored = await scalar(app, ARTICLES_FROM, "Outlet A")
    assert [r.status for r in first + second] == ["ok", "not_modified"]
    assert server.request_headers["/feed.xml"][1]["If-None-Match"].startswith('"')
    assert stored == 3


async def test_feed_is_not_fetched_again_before_its_interval(config, server):
    server.serve("/feed.xml", rss(report_items()))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        again = await poller.poll()
    assert again == []
    assert server.hits["/feed.xml"] == 1


async def test_restart_adds_nothing_even_when_the_server_ignores_validators(config, server):
    server.serve("/feed.xml", rss(report_items()), conditional=False)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
    # The same items in another order: the body is new, its items are not.
    server.serve("/feed.xml", rss(list(reversed(report_items()))), conditional=False)
    rounds: list[int] = []
    async with watcher(config, rounds) as (app, poller):
        reports = await poller.poll(due_only=False)
        stored = await scalar(app, ARTICLES_FROM, "Outlet A")
    assert reports[0].status == "ok" and reports[0].outcome.new == 0
    assert stored == 3
    assert rounds == []


async def test_same_report_from_two_outlets_is_stored_once(config, server):
    server.serve("/a.xml", rss(report_items("outlet-a", "https://outlet-a.example/news")))
    server.serve("/b.xml", rss(report_items("outlet-b", "https://outlet-b.example/world")))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/a.xml"), "Outlet A")
        await add_feed(app, server.url("/b.xml"), "Outlet B")
        await poller.poll()
        total = await scalar(app, "SELECT count(*) FROM articles WHERE outlet IN ('Outlet A', 'Outlet B')")
        claims = await scalar(app, "SELECT count(*) FROM round_claims c JOIN articles a ON a.id = c.article_id"
                                   " WHERE c.field = 'pardoned' AND c.value = 17")
    assert total == 3
    assert claims == 3


async def test_same_text_under_another_title_is_stored_once(config, server):
    items = report_items()
    retitled = [{**item, "guid": item["guid"] + "-copy", "title": "Copy: " + item["title"],
                 "link": item["link"].replace("outlet.example", "copycat.example")} for item in items]
    server.serve("/a.xml", rss(items))
    server.serve("/b.xml", rss(retitled))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/a.xml"), "Outlet A")
        await poller.poll()
        await add_feed(app, server.url("/b.xml"), "Outlet B")
        reports = await poller.poll()
        copies = await scalar(app, ARTICLES_FROM, "Outlet B")
    assert copies == 0
    assert reports[0].outcome.duplicates == 3


async def test_reordered_and_redated_items_post_nothing_twice(config, server):
    items = report_items()
    server.serve("/feed.xml", rss(items), conditional=False)
    rounds: list[int] = []
    async with watcher(config, rounds) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        calls_after_first = len(rounds)
        redated = [{**item, "published": item["published"] + dt.timedelta(days=2)} for item in reversed(items)]
        server.serve("/feed.xml", rss(redated), conditional=False)
        report = (await poller.poll(due_only=False))[0]
        stored = await scalar(app, ARTICLES_FROM, "Outlet A")
    assert report.outcome.new == 0
    assert stored == 3
    assert len(rounds) == calls_after_first


async def test_link_with_other_tracking_parameters_is_the_same_item(config, server):
    items = report_items()
    server.serve("/feed.xml", rss(items), conditional=False)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        relinked = [{**item, "guid": item["guid"] + "-v2", "summary": item["summary"] + " Updated.",
                     "link": item["link"].replace("utm_source=rss", "fbclid=abc&utm_medium=x").replace(
                         "outlet.example", "OUTLET.example") + "#comments"} for item in items]
        server.serve("/feed.xml", rss(relinked), conditional=False)
        report = (await poller.poll(due_only=False))[0]
    assert report.outcome.new == 0


async def test_unrelated_items_are_dropped_without_reading_their_page(config, server):
    server.serve("/feed.xml", rss([{**UNRELATED, "link": server.url("/weather")}]))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        report = (await poller.poll())[0]
        stored = await scalar(app, ARTICLES_FROM, "Outlet A")
    assert (report.outcome.new, report.outcome.relevant, stored) == (1, 0, 0)
    assert server.hits["/weather"] == 0


async def test_items_are_stored_with_canonical_links(config, server):
    server.serve("/feed.xml", rss(report_items()))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        async with app.db.conn.execute("SELECT url FROM articles WHERE outlet = 'Outlet A' ORDER BY url") as cur:
            urls = [row[0] for row in await cur.fetchall()]
    assert urls == ["https://outlet.example/news/be-17", "https://outlet.example/news/en-17",
                    "https://outlet.example/news/ru-17"]


async def test_item_whose_guid_is_no_web_address_is_stored_from_its_own_text(config, server):
    # A GUID without isPermaLink="false" stands for the link in RSS; "zerkalo-998877" is no page to read.
    server.serve("/feed.xml", ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Зеркало'
                               "</title><item><guid>zerkalo-998877</guid><title>Лукашенко помиловал 17 человек</title>"
                               "<description>12 марта 2025 года Лукашенко помиловал 17 политзаключённых, сообщила"
                               " пресс-служба.</description></item></channel></rss>").encode())
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        report = (await poller.poll())[0]
        stored = await scalar(app, ARTICLES_FROM, "Outlet A")
    assert report.status == "ok"
    assert stored == 1


async def test_report_is_read_even_after_another_outlet_carried_its_link_in_an_unrelated_item(config, server):
    report = report_items()[0]
    teaser = {"guid": "teaser-1", "title": "Read more from Minsk", "summary": "More on our site.",
              "link": report["link"], "published": report["published"]}
    server.serve("/a.xml", rss([teaser]))
    server.serve("/b.xml", rss([report]))
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/a.xml"), "Outlet A")
        await poller.poll()
        await add_feed(app, server.url("/b.xml"), "Outlet B")
        await poller.poll()
        stored = await scalar(app, ARTICLES_FROM, "Outlet B")
    assert stored == 1
