"""Canonical links and reading feed bytes."""

from __future__ import annotations

import pytest

from bot.feeds.parse import FeedError, html_to_text, parse_feed
from bot.feeds.urls import canonical_url, is_http_url
from tests.feeds.reports import report_items
from tests.feeds.server import rss


@pytest.mark.parametrize("link", [
    "https://Zerkalo.IO/news/politics/123.html?utm_source=telegram&utm_medium=social",
    "https://zerkalo.io/news/politics/123.html?fbclid=IwAR0abc",
    "https://zerkalo.io:443/news/politics/123.html#comments",
    "https://zerkalo.io/news/politics/123.html?gclid=x&yclid=y&mc_cid=z&mc_eid=w&ref=rss",
])
def test_tracking_parameters_fragment_and_host_case_do_not_change_the_link(link):
    assert canonical_url(link) == "https://zerkalo.io/news/politics/123.html"


def test_parameters_that_choose_the_page_are_kept():
    assert canonical_url("https://nashaniva.com/?c=ar&i=312345&utm_source=rss") == \
        "https://nashaniva.com/?c=ar&i=312345"


def test_credentials_never_stay_in_a_link():
    assert canonical_url("https://user:secret@belsat.eu/news/1") == "https://belsat.eu/news/1"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "belsat.eu/feed", "https://"])
def test_feed_addresses_must_be_http(url):
    assert not is_http_url(url)


def test_feed_items_keep_guid_link_date_and_plain_text():
    items = parse_feed(rss(report_items()), "application/rss+xml")
    first = items[0]
    assert (first.guid, first.published.isoformat()) == ("outlet-a-en", "2025-03-12")
    assert first.link.endswith("/news/en-17?utm_source=rss")
    assert "pardoned 17 people" in first.content


def test_summary_html_becomes_plain_text():
    text = html_to_text("<p>Лукашэнка памілаваў <b>17</b>&nbsp;чалавек</p><p>Вясна</p><script>x()</script>")
    assert text == "Лукашэнка памілаваў 17 чалавек\nВясна"


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<!DOCTYPE html><html><body><p>Hello</p></body></html>", "text/html; charset=utf-8")


def test_feed_declared_as_cp1251_is_read_correctly():
    body = ('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Н</title>'
            "<item><guid>1</guid><title>Лукашенко помиловал 17 человек</title></item></channel></rss>")
    items = parse_feed(body.encode("cp1251"), "application/rss+xml")
    assert items[0].title == "Лукашенко помиловал 17 человек"
