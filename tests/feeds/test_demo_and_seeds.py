"""The demo feed and the default feed list."""

from __future__ import annotations

from pathlib import Path

from bot.config import SEEDS_DIR
from bot.feeds import read_demo_feed, seed_feeds_once
from bot.feeds.sources import load_feed_seeds
from tests.feeds.conftest import scalar

DEMO_ARTICLES = "SELECT count(*) FROM articles WHERE outlet = 'Pardon Watch demo feed'"


async def test_demo_feed_adds_its_reports_to_the_january_round(app, ask):
    rounds_before = await scalar(app, "SELECT count(*) FROM rounds")
    outcome = await read_demo_feed(app)
    assert outcome.stored == 3
    assert await scalar(app, "SELECT count(*) FROM rounds") == rounds_before
    answer = await ask("/round 2025-01-18")
    assert "Pardon Watch demo feed" in answer and "23 people" in answer


async def test_demo_feed_read_twice_adds_nothing(app):
    await read_demo_feed(app)
    second = await read_demo_feed(app)
    assert (second.new, second.stored) == (0, 0)
    assert await scalar(app, DEMO_ARTICLES) == 3


def test_default_feeds_cover_three_languages():
    seeds = load_feed_seeds(SEEDS_DIR / "feeds.toml")
    assert {seed.lang for seed in seeds} == {"en", "be", "ru"}
    assert all(seed.url.startswith("https://") for seed in seeds)


async def test_default_feeds_are_loaded_on_first_start_only(app):
    path: Path = SEEDS_DIR / "feeds.toml"
    added = await seed_feeds_once(app.db, path, "2025-02-01T12:00:00+00:00")
    removed_url = (await app.db.feeds.all())[0].url
    await app.db.feeds.remove(removed_url)
    again = await seed_feeds_once(app.db, path, "2025-02-02T12:00:00+00:00")
    assert added == len(load_feed_seeds(path)) and again == 0
    assert await app.db.feeds.get(removed_url) is None
