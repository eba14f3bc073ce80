"""Feeds that hang, fail or serve garbage while the whole bot runs: commands are still answered.

(How each bad feed is handled — its error, backoff, limits — is tested in tests/feeds/.)
"""

from __future__ import annotations

import asyncio
import dataclasses
import os

from aiohttp import web

from bot.app import open_app
from bot.config import Config
from bot.feeds.service import load_default_feeds
from bot.runner import serve
from tests.conftest import fixed_clock
from tests.feeds.conftest import LOOPBACK
from tests.feeds.server import FeedServer
from tests.telegram.fake_api import FakeBotApi, message_update


async def _bad_feeds(server: FeedServer) -> list[str]:
    async def hangs(request: web.Request) -> web.Response:
        await server.release.wait()
        return web.Response(status=504)

    async def fails(request: web.Request) -> web.Response:
        return web.Response(status=503, text="Service Unavailable")

    server.set("/hangs.xml", hangs)
    server.set("/fails.xml", fails)
    server.serve("/garbage.xml", os.urandom(50_000), content_type="application/rss+xml")
    return ["/hangs.xml", "/fails.xml", "/garbage.xml"]


async def test_commands_are_answered_while_every_feed_hangs_fails_or_serves_garbage(tg_config: Config,
                                                                                    fake_api: FakeBotApi):
    server = await FeedServer().start()
    config = dataclasses.replace(tg_config, private_feed_networks=LOOPBACK, poll_feeds=True)
    try:
        paths = await _bad_feeds(server)
        async with open_app(config, clock=fixed_clock) as app:
            await load_default_feeds(app)
            for feed in await app.db.feeds.all():  # only the local bad feeds: no real outlet
                await app.db.feeds.remove(feed.url)
            for path in paths:
                await app.db.feeds.add(url=server.url(path), outlet=path, lang=None, interval_seconds=900,
                                       now="2025-02-01T12:00:00")
            stop = asyncio.Event()
            running = asyncio.create_task(serve(config, app, None, stop))
            try:
                async with asyncio.timeout(20):
                    while not all(server.hits[p] for p in paths):
                        await asyncio.sleep(0.05)
                for i, chat in enumerate((8101, 8102, 8103)):
                    fake_api.push(message_update(chat, ("/total", "/latest", "/rounds")[i], chat))
                await fake_api.wait_for(lambda: all(fake_api.messages.get(c) for c in (8101, 8102, 8103)),
                                        timeout=5)
                assert "Released since July 2024" in fake_api.texts_to(8101)[0]
                async with asyncio.timeout(10):
                    while len([f for f in await app.db.feeds.all() if f.consecutive_failures]) < 2:
                        await asyncio.sleep(0.05)
            finally:
                stop.set()
                await asyncio.wait_for(running, 30)
    finally:
        await server.close()
