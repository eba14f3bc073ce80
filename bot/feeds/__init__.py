"""Feed watcher: polls news feeds, keeps relevant new items, and stores the facts read off them."""

from bot.feeds.demo import read_demo_feed
from bot.feeds.fetch import Fetcher, FetchError, FetchLimits
from bot.feeds.parse import FeedError, FeedItem, parse_feed
from bot.feeds.pipeline import FeedSource, ItemsOutcome, Pipeline
from bot.feeds.poller import FeedReport, Poller, open_poller
from bot.feeds.service import load_default_feeds, watch_feeds
from bot.feeds.sources import seed_feeds_once

__all__ = ["FeedError", "FeedItem", "FeedReport", "FeedSource", "FetchError", "FetchLimits", "Fetcher",
           "ItemsOutcome", "Pipeline", "Poller", "open_poller", "parse_feed", "read_demo_feed", "seed_feeds_once",
           "load_default_feeds", "watch_feeds"]
