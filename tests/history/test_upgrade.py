"""A database filled by the first release (schema 7, five seed articles, six people) is upgraded: it
gets the whole history without a second copy of any round, article or person."""

from __future__ import annotations

import json
from pathlib import Path

import bot.storage.db as dbmod
from bot.app import open_app
from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.ingest import ArticleMeta, ingest_facts
from bot.storage import Database
from bot.storage.articles import ArticleStore
from tests.conftest import fixed_clock
from tests.feeds.conftest import scalar

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "facts.json"
FIRST_RELEASE_PEOPLE = ("bialiatski", "tsikhanouski", "babaryka", "kalesnikava", "statkevich", "znak")


def first_release_articles() -> list[dict]:
    """The first release's five seed articles, as its seeding stored them (facts in the extractor's shape)."""
    data = json.loads(SEEDS.read_text(encoding="utf-8"))
    articles = []
    for seed_round in data["rounds"]:
        for entry in seed_round.get("reports", []):
            if entry["id"].startswith("project-"):
                counts = {("cumulative_released" if kind == "released_total" else kind):
                          {"value": c["value"], "qualifier": c["qualifier"], "source": c["by"]}
                          for kind, c in entry.get("counts", {}).items()}
                articles.append({**entry, "facts": {"is_pardon_report": True, "lang": "en", **entry["figures"],
                                                    **counts, "named_still_held": entry.get("still_held", [])}})
    return sorted(articles, key=lambda a: a["published"])


async def _first_release_add(self, *, outlet, url, title, lang, published, content_hash, is_report, now,
                             seed_id=None) -> int:
    """The first release's statement for a new article (its schema has no seed ids)."""
    cur = await self._conn.execute(
        "INSERT INTO articles (outlet, url, title, lang, published, content_hash, is_report, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (outlet, url, title, lang, published, content_hash, int(is_report), now))
    return cur.lastrowid


async def build_first_release_database(path: Path, monkeypatch) -> None:
    first_release = [m for m in dbmod.migrations() if m[0] <= 7]
    with monkeypatch.context() as patch:
        patch.setattr(dbmod, "migrations", lambda: first_release)
        patch.setattr(ArticleStore, "add", _first_release_add)
        db = await Database.open(path)
        people = {p["id"]: p for p in json.loads(SEEDS.read_text(encoding="utf-8"))["prisoners"]}
        async with db.transaction():
            for key in FIRST_RELEASE_PEOPLE:
                person = people[key]
                prisoner_id = await db.conn.execute(
                    "INSERT INTO prisoners (name_en, name_be, name_ru, updated_at) VALUES (?, ?, ?, ?)",
                    (person["name_en"], person["name_be"], person["name_ru"], "2025-02-01T12:00:00"))
                await db.prisoners.add_aliases(prisoner_id.lastrowid, person["aliases"])
        directory = PrisonerDirectory(db)
        await directory.load()
        for article in first_release_articles():
            meta = ArticleMeta(outlet=article["outlet"], url=None, title=article["title"],
                               published=article["published"])
            await ingest_facts(db, directory, meta, article["facts"], "2025-02-01T12:00:00")
        await db.close()


async def test_a_first_release_database_gets_the_history_without_duplicates(tmp_path, monkeypatch):
    path = tmp_path / "first-release.sqlite3"
    await build_first_release_database(path, monkeypatch)
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
