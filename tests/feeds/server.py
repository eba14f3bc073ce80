"""A real HTTP server on 127.0.0.1 for the feed tests: each path answers as the test sets it up."""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web
from aiohttp.test_utils import TestServer

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def rss(items: list[dict], title: str = "Test outlet") -> bytes:
    """An RSS 2.0 document; each item: guid, title, and optional link, summary, content, published."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
             f"<title>{escape(title)}</title><link>https://outlet.example/</link><description>news</description>"]
    for item in items:
        parts.append("<item>")
        parts.append(f'<guid isPermaLink="false">{escape(item["guid"])}</guid>')
        parts.append(f"<title>{escape(item['title'])}</title>")
        if item.get("link"):
            parts.append(f"<link>{escape(item['link'])}</link>")
        if item.get("summary"):
            parts.append(f"<description>{escape(item['summary'])}</description>")
        if item.get("content"):
            parts.append(f"<content:encoded>{escape(item['content'])}</content:encoded>")
        if item.get("published"):
            parts.append(f"<pubDate>{format_datetime(item['published'])}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


class FeedServer:
    """Serves whatever each path is set to; counts requests and keeps their headers."""

    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.request_headers: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.release = asyncio.Event()  # set at shutdown: lets handlers that hang return
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._dispatch)
        self._server = TestServer(app, host="127.0.0.1", shutdown_timeout=0.5)

    async def start(self) -> FeedServer:
        await self._server.start_server()
        return self

    async def close(self) -> None:
        self.release.set()
        await self._server.close()

    def url(self, path: str) -> str:
        return str(self._server.make_url(path))

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        self.request_headers[path].append(dict(request.headers))
        handler = self.handlers.get(path)
        if handler is None:
            return web.Response(status=404)
        return await handler(request)

    def serve(self, path: str, body: bytes, content_type: str = "application/rss+xml; charset=utf-8",
              conditional: bool = True, headers: dict[str, str] | None = None) -> None:
        """Serve `body` at `path`, answering 304 to a matching If-None-Match when `conditional`."""
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

        async def handler(request: web.Request) -> web.Response:
            if conditional and request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            extra = {"ETag": etag} if conditional else {}
            return web.Response(body=body, headers={"Content-Type": content_type, **extra, **(headers or {})})

        self.handlers[path] = handler

    def set(self, path: str, handler: Handler) -> None:
        self.handlers[path] = handler
