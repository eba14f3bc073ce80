"""Feeds only on public http(s) addresses and on the private networks the operator names; never on
link-local or cloud metadata addresses; an IPv6 address carrying an IPv4 one is judged as that IPv4."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv6Address, ip_network

import pytest
from aiohttp import web

from bot.config import Config, ConfigError, feed_networks
from bot.feeds.addresses import AddressRefused, check_fetchable
from tests.feeds.conftest import add_feed, watcher
from tests.feeds.reports import report_items
from tests.feeds.server import rss

EVERYTHING = (ip_network("0.0.0.0/0"), ip_network("::/0"))  # an operator who allows every network
INTRANET = (ip_network("10.0.0.0/8"),)


def teredo(server: str, client: str) -> str:
    """A Teredo address (2001::/32): the server's IPv4 address, then the client's with its bits flipped."""
    value = (0x20010000 << 96) | (int(IPv4Address(server)) << 64) | (~int(IPv4Address(client)) & 0xFFFFFFFF)
    return str(IPv6Address(value))


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/feed", "http://localhost/feed", "http://10.1.2.3/rss", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/feed", "http://[fe80::1]/feed",
    "http://[::ffff:127.0.0.1]/feed", "http://100.64.0.1/feed", "http://0.0.0.0/feed",
])
async def test_private_loopback_and_link_local_addresses_are_refused_by_default(url):
    with pytest.raises(AddressRefused):
        await check_fetchable(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed", "gopher://x/", "http:///nohost"])
async def test_only_http_and_https_are_fetched_even_when_every_network_is_allowed(url):
    with pytest.raises(AddressRefused):
        await check_fetchable(url, EVERYTHING)


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",  # AWS, GCP, Azure, Oracle
    "http://169.254.0.23/",  # another cloud's metadata service, also link-local
    "http://[fd00:ec2::254]/latest/meta-data/",  # AWS over IPv6
    "http://100.100.100.200/latest/meta-data/",  # Alibaba Cloud
    "http://[fe80::a9fe:a9fe]/", "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a9fe:a9fe]/",
    "http://0.0.0.0:8080/", "http://[::]/",
])
async def test_metadata_and_link_local_addresses_are_refused_even_when_every_network_is_allowed(url):
    with pytest.raises(AddressRefused, match="link-local, metadata or special address"):
        await check_fetchable(url, EVERYTHING)


@pytest.mark.parametrize("url", [
    "http://[64:ff9b::10.1.2.3]/",  # NAT64
    "http://[2002:a01:203::1]/",  # 6to4 of 10.1.2.3
    "http://[::10.1.2.3]/",  # IPv4-compatible
    "http://[::ffff:10.1.2.3]/",  # IPv4-mapped
    "http://[::ffff:0:10.1.2.3]/",  # IPv4-translated
    f"http://[{teredo('93.184.215.14', '10.1.2.3')}]/",  # Teredo, to a client on the intranet
], ids=["nat64", "6to4", "compatible", "mapped", "translated", "teredo"])
async def test_ipv6_forms_of_a_private_ipv4_address_are_refused_as_that_address(url):
    with pytest.raises(AddressRefused, match=r"non-public address .* outside PARDONWATCH_PRIVATE_FEED_NETWORKS"):
        await check_fetchable(url)


@pytest.mark.parametrize("url", [
    "http://[64:ff9b::10.1.2.3]/", "http://[2002:a01:203::1]/", "http://[::ffff:10.1.2.3]/", "http://10.1.2.3/",
    "https://93.184.215.14/feed", "http://[64:ff9b::93.184.215.14]/",
])
async def test_an_address_in_a_configured_network_or_public_is_fetched_in_any_form(url):
    await check_fetchable(url, INTRANET)


async def test_a_configured_network_opens_only_itself(config):
    with pytest.raises(AddressRefused):
        await check_fetchable("http://192.168.1.20/feed", INTRANET)


async def test_loopback_feed_is_refused_outside_the_configured_networks_and_never_contacted(config, server):
    server.serve("/feed.xml", rss(report_items()))
    async with watcher(config, private_networks=INTRANET) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        report = (await poller.poll())[0]
        feed = await app.db.feeds.get(server.url("/feed.xml"))
    assert report.status == "failed"
    assert "non-public address" in feed.last_error
    assert server.hits["/feed.xml"] == 0


async def test_a_feed_in_a_configured_network_cannot_redirect_to_the_metadata_service(config, server):
    async def to_metadata(request: web.Request) -> web.Response:
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")

    server.set("/feed.xml", to_metadata)
    async with watcher(config, private_networks=EVERYTHING) as (app, poller):
        await add_feed(app, server.url("/feed.xml"))
        report = (await poller.poll())[0]
    assert report.status == "failed"
    assert "link-local, metadata or special address (169.254.169.254)" in report.error
    assert server.hits["/feed.xml"] == 1


def test_private_feed_networks_are_read_from_the_environment():
    config = Config.from_env({"PARDONWATCH_PRIVATE_FEED_NETWORKS": "10.0.0.0/8, 192.168.1.20; fd00::/8"})
    assert config.private_feed_networks == (ip_network("10.0.0.0/8"), ip_network("192.168.1.20/32"),
                                            ip_network("fd00::/8"))


def test_the_deprecated_switch_allows_loopback_and_the_private_ranges_only():
    networks = feed_networks({"PARDONWATCH_ALLOW_PRIVATE_FEEDS": "1"})
    assert {str(n) for n in networks} == {"127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12",
                                         "192.168.0.0/16", "fc00::/7"}


def test_a_network_that_is_not_one_is_refused_naming_the_variable():
    with pytest.raises(ConfigError, match="PARDONWATCH_PRIVATE_FEED_NETWORKS: 'intranet' is not a network"):
        feed_networks({"PARDONWATCH_PRIVATE_FEED_NETWORKS": "10.0.0.0/8,intranet"})
