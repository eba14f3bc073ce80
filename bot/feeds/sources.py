"""The default feed list (`seeds/feeds.toml`), loaded into the database on first start only."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from bot.feeds.urls import is_http_url
from bot.storage import Database

DEFAULT_INTERVAL_SECONDS = 900
LANGUAGES = ("en", "be", "ru")
_SEEDED_KEY = "default_feeds_loaded"


@dataclass(frozen=True)
class FeedSeed:
    url: str
    outlet: str
    lang: str | None
    interval_seconds: int


def load_feed_seeds(path: Path, default_interval: int = DEFAULT_INTERVAL_SECONDS) -> list[FeedSeed]:
    """The feeds listed in a TOML file of `[[feed]]` tables (url, outlet, lang, optional interval)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    seeds = []
    for entry in data.get("feed", []):
        url, lang = entry["url"], entry.get("lang")
        if not is_http_url(url):
            raise ValueError(f"{path.name}: not an http(s) address: {url}")
        if lang is not None and lang not in LANGUAGES:
            raise ValueError(f"{path.name}: unknown language {lang!r} for {url}")
        seeds.append(FeedSeed(url=url, outlet=entry["outlet"], lang=lang,
                              interval_seconds=int(entry.get("interval", default_interval))))
    return seeds


async def seed_feeds_once(db: Database, path: Path, now: str, default_interval: int = DEFAULT_INTERVAL_SECONDS
                          ) -> int:
    """Add the default feeds the first time only (feeds the operator removed stay removed); return how many."""
    if await db.feeds.setting(_SEEDED_KEY) is not None or not path.exists():
        return 0
    added = 0
    async with db.transaction():
        for seed in load_feed_seeds(path, default_interval):
            added += await db.feeds.add(url=seed.url, outlet=seed.outlet, lang=seed.lang,
                                        interval_seconds=seed.interval_seconds, now=now)
        await db.feeds.set_setting(_SEEDED_KEY, now)
    return added
