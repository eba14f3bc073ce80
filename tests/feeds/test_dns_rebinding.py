"""A feed host's name is judged on the address the connection really uses: a DNS server that answers
a public address to the first lookup and a private one to the next (DNS rebinding) cannot steer the
bot into its own network. The DNS server is scripted (the system resolver cannot be pointed at one
here); the HTTP server the connection reaches is real, on loopback."""

from __future__ import annotations

import socket
from ipaddress import ip_network

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.feeds import Fetcher
from bot.feeds.fetch import FetchError
from tests.feeds.conftest import LOOPBACK, TEST_LIMITS
from tests.feeds.server import FeedServer, rss

PUBLIC = "93.184.215.14"


class ScriptedDns(AbstractResolver):
    """Answers each lookup of any name with the next address of `answers` (the last one repeats)."""

    def __init__(self, *answers: str):
        self.answers = list(answers)
        self.lookups = 0

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        address = self.answers[min(self.lookups, len(self.answers) - 1)]
        self.lookups += 1
        return [ResolveResult(hostname=host, host=address, port=port, family=socket.AF_INET, proto=0,
                              flags=socket.AI_NUMERICHOST)]

    async def close(self) -> None:
        return None


def named_url(server: FeedServer, path: str) -> str:
    """The server's address with a name in place of 127.0.0.1, so the fetch must look it up."""
    return server.url(path).replace("127.0.0.1", "feeds.outlet.example")


@pytest.mark.parametrize("allowed", [(), (ip_network("10.0.0.0/8"),)], ids=["default", "intranet-only"])
async def test_a_name_that_turns_private_between_check_and_connect_is_refused(server, allowed):
    server.serve("/feed.xml", rss([]))
    dns = ScriptedDns(PUBLIC, "127.0.0.1")
    fetcher = Fetcher(TEST_LIMITS, allowed, resolver=dns)
    try:
        with pytest.raises(FetchError, match=r"refused: host feeds\.outlet\.example has a non-public address \(127\.0\.0\.1\)"):
            await fetcher.fetch(named_url(server, "/feed.xml"))
    finally:
        await fetcher.aclose()
    assert dns.lookups == 2  # the early check saw the public answer; the connection's own lookup did not pass
    assert server.hits["/feed.xml"] == 0


async def test_a_name_on_an_allowed_network_is_fetched_from_the_address_it_resolved_to(server):
    server.serve("/feed.xml", rss([{"guid": "a", "title": "Released"}]))
    fetcher = Fetcher(TEST_LIMITS, LOOPBACK, resolver=ScriptedDns("127.0.0.1"))
    try:
        result = await fetcher.fetch(named_url(server, "/feed.xml"))
    finally:
        await fetcher.aclose()
    assert result.status == 200 and b"Released" in result.body
    assert server.hits["/feed.xml"] == 1
