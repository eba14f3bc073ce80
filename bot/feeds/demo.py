"""The demo: `pardonwatch run` without a token reads the project's own demo feed, a local file."""

from __future__ import annotations

from bot.app import App
from bot.feeds.parse import parse_feed
from bot.feeds.pipeline import FeedSource, ItemsOutcome, Pipeline, RoundChanged

DEMO_FEED_FILE = "demo_feed.xml"
DEMO_SOURCE = FeedSource(url="demo:seeds/demo_feed.xml", outlet="Pardon Watch demo feed")


async def read_demo_feed(app: App, round_changed: RoundChanged | None = None) -> ItemsOutcome:
    """Run the demo feed's items through the feed pipeline (no network); a second run adds nothing."""
    path = app.config.seeds_dir / DEMO_FEED_FILE
    if not path.exists():
        return ItemsOutcome()
    items = parse_feed(path.read_bytes(), "application/rss+xml")
    pipeline = Pipeline(app.db, app.directory, app.clock, round_changed)
    return await pipeline.process_items(DEMO_SOURCE, items, read_page=None)
