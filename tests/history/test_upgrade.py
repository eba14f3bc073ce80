"""A database filled by the first release (schema 7, five seed articles, six people,
a moderator's correction) is upgraded: it
gets the whole history without a second copy of any round, article or person."""

from __future__ import annotations

import bot.storage.db as dbmod
from bot.app import open_app
from bot.config import Config
from tests.conftest import first_release_database, fixed_clock
from tests.feeds.conftest import scalar


async def test_a_first_release_database_gets_the_history_without_duplicates(tmp_path):
    path = first_release_database(tmp_path)
    async with open_app(Config(db_path=path), clock=fixed_clock) as app:
        assert await scalar(app, "PRAGMA user_version") == dbmod.migrations()[-1][0]
        assert await scalar(app, "SELECT count(*) FROM rounds") == 21
        assert await scalar(app, "SELECT count(*) FROM prisoners WHERE name_en = 'Ales Bialiatski'") == 1
        # The first release's articles kept their ids and joined their rounds of the history.
        kyiv_article = await scalar(app, "SELECT id FROM articles WHERE outlet = 'The Kyiv Independent'")
        assert kyiv_article == 5  # the first release's id
        kyiv = await app.db.articles.round_of(kyiv_article)
        pozirk = await scalar(app, "SELECT id FROM articles WHERE seed_id = 'pozirk-2025-01-18'")
        assert await app.db.articles.round_of(pozirk) == kyiv
        assert await scalar(app, "SELECT count(*) FROM articles WHERE seed_id LIKE 'project-%'") == 5
        assert await scalar(app, "SELECT count(*) FROM articles WHERE title = 'Sixth round: 32 pardoned'") == 1


async def test_a_first_release_correction_survives_the_history(tmp_path):
    async with open_app(Config(db_path=first_release_database(tmp_path)), clock=fixed_clock) as app:
        kyiv = await app.db.articles.round_of(
            await scalar(app, "SELECT id FROM articles WHERE outlet = 'The Kyiv Independent'"))
        assert (await app.db.rounds.corrections())[(kyiv, "women")] == 4
