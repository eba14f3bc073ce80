"""Fetching feeds and article pages over HTTP with every limit a hostile server could test.

Conditional GET (ETag / Last-Modified → 304), connect/read/total timeouts, a body cap that holds
after decompression, a cap on redirects (each hop re-checked against the address rules), and
bounded concurrency: requests in flight overall and per host, and, separately, bodies being read.

Two overall limits because the two costs differ. A request waiting for its answer holds a socket and
nothing else, and most polls end in a bodiless 304; a body being read holds up to `max_bytes` of
memory. So many requests may wait at once (a round of conditional requests is mostly waiting on
the network), while the memory bound stays `max_bodies × max_bytes` (docs/feeds.md, "Requests and
bodies in flight").

The client is aiohttp's: per request it costs about an eighth of the CPU httpx does (measured in
bench/bench_feeds.py's profile, see docs/feeds.md), and a poll of many feeds is mostly requests.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import aiohttp
import certifi
from aiohttp.abc import AbstractResolver

from bot.config import IPNetwork
from bot.feeds.addresses import AddressRefused, CheckedResolver, check_fetchable
from bot.feeds.body import BodyError, CappedBody

USER_AGENT = "PardonWatch/0.1 (+https://github.com/pardonwatch; news feed reader)"
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
READ_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class FetchLimits:
    """Every limit on one fetch; tests pass small ones."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    max_requests: int = 128   # requests waiting for their answer, all hosts together
    max_bodies: int = 32      # bodies being read at once: memory stays under max_bodies × max_bytes
    max_per_host: int = 4     # politeness to each outlet's server


@dataclass(frozen=True)
class FetchResult:
    status: int               # 200 or 304
    url: str                  # the address after redirects
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """The fetch failed; the message is a short reason, never content from the server."""


class Fetcher:
    """One HTTP client for all feeds; create inside a running loop and `await aclose()` at the end."""

    def __init__(self, limits: FetchLimits | None = None, private_networks: Sequence[IPNetwork] = (),
                 resolver: AbstractResolver | None = None):
        """`resolver` answers name lookups (aiohttp's default when None); its answers are checked
        against the address rules both before each request and when the connection is made."""
        self.limits = limits = limits or FetchLimits()
        self._private_networks = tuple(private_networks)
        self._resolver = CheckedResolver(private_networks, resolver)
        self._requests = asyncio.Semaphore(limits.max_requests)
        self._bodies = asyncio.Semaphore(limits.max_bodies)
        self._per_host: dict[str, asyncio.Semaphore] = {}
        # The semaphores bound the requests in flight; the connector keeps idle connections for reuse.
        connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=30.0, resolver=self._resolver,
                                         ssl=ssl.create_default_context(cafile=certifi.where()))
        self._client = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=limits.connect_timeout,
                                          sock_read=limits.read_timeout),
            # Bodies are inflated by CappedBody under the cap, never by the client.
            auto_decompress=False,
            # Proxies from the environment would hide the real destination from the address check.
            trust_env=False,
            cookie_jar=aiohttp.DummyCookieJar(),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )

    async def aclose(self) -> None:
        await self._client.close()

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        slot = self._per_host.get(host)
        if slot is None:
            slot = self._per_host[host] = asyncio.Semaphore(self.limits.max_per_host)
        return slot

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    accept: str = FEED_ACCEPT) -> FetchResult:
        """GET `url` within the limits; 304 when the validators still hold. Raises FetchError."""
        async with self._requests, self._host_slot(url):
            try:
                async with asyncio.timeout(self.limits.total_timeout):
                    return await self._follow(url, etag, last_modified, accept)
            # aiohttp's timeouts are TimeoutErrors too: they are told apart before the overall one.
            except aiohttp.ConnectionTimeoutError:
                raise FetchError("connect timed out") from None
            except aiohttp.SocketTimeoutError:
                raise FetchError("read timed out") from None
            except TimeoutError:
                raise FetchError("timed out") from None
            except AddressRefused as refused:
                raise FetchError(f"refused: {refused}") from None
            except BodyError as bad_body:
                raise FetchError(str(bad_body)) from None
            except aiohttp.ClientError as failure:
                raise FetchError(f"connection failed ({type(failure).__name__})") from None

    async def _follow(self, url: str, etag: str | None, last_modified: str | None, accept: str) -> FetchResult:
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.limits.max_redirects + 1):
            await check_fetchable(current, self._private_networks, self._resolver.inner)
            async with self._client.get(current, headers=headers, allow_redirects=False) as response:
                if response.status in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"HTTP {response.status} without a location")
                    current = urljoin(current, location)
                    continue
                return await self._result(current, response)
        raise FetchError(f"more than {self.limits.max_redirects} redirects")

    async def _result(self, url: str, response: aiohttp.ClientResponse) -> FetchResult:
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        content_type = response.headers.get("content-type", "")
        if response.status == 304:
            return FetchResult(304, url, b"", content_type, etag, last_modified)
        if response.status != 200:
            raise FetchError(f"HTTP {response.status}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limits.max_bytes:
            raise FetchError(f"body larger than {self.limits.max_bytes} bytes")
        async with self._bodies:
            body = CappedBody(response.headers.get("content-encoding", ""), self.limits.max_bytes)
            async for chunk in response.content.iter_chunked(READ_CHUNK):
                body.feed(chunk)
            return FetchResult(200, url, body.result(), content_type, etag, last_modified)
