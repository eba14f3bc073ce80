"""The feed watcher as a long-running part of the bot: default feeds on first start, then polling."""

from __future__ import annotations

import asyncio

from bot.app import App
from bot.feeds.fetch import FetchLimits
from bot.feeds.pipeline import Pipeline, RoundChanged
from bot.feeds.poller import open_poller
from bot.feeds.sources import seed_feeds_once

FEEDS_TOML = "feeds.toml"


async def load_default_feeds(app: App) -> int:
    """Add `seeds/feeds.toml` to the feeds table if this database never had the default list."""
    return await seed_feeds_once(app.db, app.config.seeds_dir / FEEDS_TOML,
                                 app.clock().isoformat(timespec="seconds"), app.config.poll_interval_seconds)


async def watch_feeds(app: App, stop: asyncio.Event, round_changed: RoundChanged | None = None,
                      limits: FetchLimits | None = None) -> None:
    """Poll every due feed until `stop` is set; `round_changed(round_id)` hears of new or updated rounds."""
    await load_default_feeds(app)
    pipeline = Pipeline(app.db, app.directory, app.clock, round_changed)
    async with open_poller(pipeline, limits, app.config.private_feed_networks) as poller:
        await poller.poll_forever(stop)
