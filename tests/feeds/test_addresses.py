"""Feeds only on public http(s) addresses, unless the operator allows private ones."""

from __future__ import annotations

import pytest

from bot.feeds.addresses import AddressRefused, check_fetchable
from tests.feeds.conftest import add_feed, watcher
from tests.feeds.reports import report_items
from tests.feeds.server import rss


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/feed", "http://localhost/feed", "http://10.1.2.3/rss", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/feed", "http://[fe80::1]/feed",
    "http://[::ffff:127.0.0.1]/feed", "http://100.64.0.1/feed", "http://0.0.0.0/feed",
])
async def test_private_loopback_and_link_local_addresses_are_refused(url):
    with pytest.raises(AddressRefused):
        await check_fetchable(url, allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed", "gopher://x/", "http:///nohost"])
async def test_only_http_and_https_are_fetched_even_when_private_is_allowed(url):
    with pytest.raises(AddressRefused):
        await check_fetchable(url, allow_private=True)


async def test_public_address_literal_is_allowed():
    await check_fetchable("https://93.184.215.14/feed", allow_private=False)


async def test_loopback_feed_is_refused_without_the_flag_and_never_contacted(config, server):
    server.serve("/feed.xml", rss(report_items()))
    async with watcher(config, allow_private=False) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        report = (await poller.poll())[0]
        feed = await app.db.feeds.get(server.url("/feed.xml"))
    assert report.status == "failed"
    assert "non-public address" in feed.last_error
    assert server.hits["/feed.xml"] == 0
