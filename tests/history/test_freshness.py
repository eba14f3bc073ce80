"""Every answer about "now" says when the bot last heard from its feeds, and /latest and /total warn
when no feed has been read for a day (or ever): a round announced since then is not known yet."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import FIXED_NOW

BEHIND = "the bot may be behind"


async def feed_read(app, hours_ago: float, url: str = "https://euroradio.fm/rss.xml") -> None:
    """A feed the bot polled successfully `hours_ago` hours before the test's clock."""
    when = (FIXED_NOW - dt.timedelta(hours=hours_ago)).isoformat(timespec="seconds")
    async with app.db.transaction():
        await app.db.feeds.add(url=url, outlet="Euroradio", lang="be", interval_seconds=900, now=when)
        feed = await app.db.feeds.get(url)
        await app.db.feeds.record_success(feed.id, etag=None, last_modified=None, now=when, next_check=when, body_hash=None)


@pytest.mark.parametrize("command", ["/latest", "/total"])
async def test_a_bot_that_never_read_its_feeds_says_it_may_be_behind(ask, command):
    assert "The bot has not read its news feeds yet, so it may be behind" in await ask(command)


@pytest.mark.parametrize("command", ["/latest", "/total"])
async def test_feeds_read_two_hours_ago_are_named_without_a_warning(app, ask, command):
    await feed_read(app, hours_ago=2)
    reply = await ask(command)
    assert "News feeds last read: February 1, 2025, 10:00 UTC." in reply
    assert BEHIND not in reply


@pytest.mark.parametrize("command", ["/latest", "/total"])
async def test_feeds_not_read_for_more_than_a_day_bring_a_warning(app, ask, command):
    await feed_read(app, hours_ago=25)
    assert f"No news feed has been read since January 31, 2025, 11:00 UTC: {BEHIND}." in await ask(command)


@pytest.mark.parametrize("command", ["/rounds", "/round 1", "/prisoner Tsikhanouski"])
async def test_other_answers_about_now_say_when_the_feeds_were_last_read(app, ask, command):
    await feed_read(app, hours_ago=25)
    reply = await ask(command)
    assert "News feeds last read: January 31, 2025, 11:00 UTC." in reply


@pytest.mark.parametrize(("lang", "expected"), [
    ("be", "З 31 студзеня 2025\u202fг., 11:00 UTC не прачытана ніводная стужка навін"),
    ("ru", "С 31 января 2025\u202fг., 11:00 UTC не прочитана ни одна лента новостей"),
])
async def test_the_warning_is_in_the_chats_language(app, ask, lang, expected):
    await feed_read(app, hours_ago=25)
    assert expected in await ask("/latest", lang)


async def test_the_newest_success_of_any_feed_counts(app):
    await feed_read(app, hours_ago=30, url="https://old.example/rss")
    await feed_read(app, hours_ago=3, url="https://new.example/rss")
    assert await app.db.feeds.last_feed_success() == "2025-02-01T09:00:00+00:00"
