"""A server that sends the same body again without a 304: the bot does not read it again."""

from __future__ import annotations

import sqlite3

from bot.storage import Database
from bot.storage.db import migrations
from tests.feeds.conftest import add_feed, scalar, watcher
from tests.feeds.reports import UNRELATED, report_items
from tests.feeds.server import rss

SEEN_IN_FEED = "SELECT count(*) FROM feed_items_seen WHERE feed_url = ?"


async def test_same_body_without_validators_is_not_read_again(config, server):
    server.serve("/feed.xml", rss([*report_items(), UNRELATED]), conditional=False)
    async with watcher(config) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        await poller.poll()
        # Forget which items were seen: only a re-read of the body could remember them again.
        await app.db.conn.execute("DELETE FROM feed_items_seen WHERE feed_url = ?", (server.url("/feed.xml"),))
        report = (await poller.poll(due_only=False))[0]
        seen_again = await scalar(app, SEEN_IN_FEED, server.url("/feed.xml"))
        stored = await scalar(app, "SELECT count(*) FROM articles WHERE outlet = 'Outlet A'")
    assert server.hits["/feed.xml"] == 2
    assert report.status == "not_modified"
    assert (seen_again, stored) == (0, 3)


async def test_feeds_of_a_version_7_database_keep_their_validators_and_are_read_once_more(tmp_path):
    path = tmp_path / "v7.sqlite3"
    with sqlite3.connect(path) as conn:
        for number, _, script in migrations():
            if number <= 7:
                conn.executescript(script)
        conn.execute("PRAGMA user_version = 7")
        conn.execute("INSERT INTO feeds (url, outlet, interval_seconds, etag, added_at) VALUES"
                     " ('https://news.zerkalo.io/rss/all.rss', 'Zerkalo', 900, '\"abc\"', '2025-01-01T00:00:00')")
    db = await Database.open(path)
    feed = await db.feeds.get("https://news.zerkalo.io/rss/all.rss")
    await db.close()
    assert (feed.outlet, feed.etag, feed.body_hash) == ("Zerkalo", '"abc"', None)
