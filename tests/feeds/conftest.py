"""Fixtures for the feed watcher: a real HTTP server on 127.0.0.1 and a poller with small limits."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from ipaddress import ip_network

import pytest

from bot.app import App, open_app
from bot.config import Config, IPNetwork
from bot.feeds import FetchLimits, Pipeline, Poller, open_poller
from tests.conftest import fixed_clock
from tests.feeds.server import FeedServer

# Small limits keep the bad-feed tests fast; the defaults are in bot/feeds/fetch.py.
TEST_LIMITS = FetchLimits(connect_timeout=1.0, read_timeout=0.5, total_timeout=3.0, max_bytes=1024 * 1024,
                          max_redirects=3, max_requests=8, max_bodies=8, max_per_host=4)
# Tests serve feeds on loopback, so they allow that network explicitly.
LOOPBACK = (ip_network("127.0.0.0/8"),)


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    feed_server = await FeedServer().start()
    yield feed_server
    await feed_server.close()


@asynccontextmanager
async def watcher(config: Config, rounds: list[int] | None = None, private_networks: Sequence[IPNetwork] = LOOPBACK
                  ) -> AsyncIterator[tuple[App, Poller]]:
    """The app and a poller over its database; `rounds` collects round_changed calls."""
    async with open_app(config, clock=fixed_clock) as app:
        pipeline = Pipeline(app.db, app.directory, app.clock,
                            round_changed=rounds.append if rounds is not None else None)
        async with open_poller(pipeline, TEST_LIMITS, private_networks, rng=random.Random(7)) as poller:
            yield app, poller


async def add_feed(app: App, url: str, outlet: str = "Outlet A", interval: int = 900) -> None:
    await app.db.feeds.add(url=url, outlet=outlet, lang=None, interval_seconds=interval,
                           now=app.clock().isoformat(timespec="seconds"))


async def scalar(app: App, sql: str, *params) -> object:
    async with app.db.conn.execute(sql, params) as cur:
        row = await cur.fetchone()
    return row[0]
