"""Filling an empty database from the project's own seed facts (`seeds/facts.json`)."""

from __future__ import annotations

import json
from pathlib import Path

from bot.directory import PrisonerDirectory
from bot.ingest import ArticleMeta, ingest_facts
from bot.storage import Database


async def seed_if_empty(db: Database, directory: PrisonerDirectory, seeds_dir: Path, now: str) -> bool:
    """Load the seed facts when the database holds no article yet; return whether it did."""
    if not await db.is_empty():
        return False
    data = json.loads((seeds_dir / "facts.json").read_text(encoding="utf-8"))
    async with db.transaction():
        for person in data["prisoners"]:
            prisoner_id = await db.prisoners.add(name_en=person.get("name_en"), name_be=person.get("name_be"),
                                                 name_ru=person.get("name_ru"), now=now)
            await db.prisoners.add_aliases(prisoner_id, person.get("aliases", []))
    await directory.load()
    # Oldest first, so that rounds are numbered in the order they happened.
    for article in sorted(data["articles"], key=lambda a: a.get("published") or ""):
        meta = ArticleMeta(outlet=article["outlet"], url=article.get("url"), title=article.get("title"),
                           published=article.get("published"), seeded=True)
        await ingest_facts(db, directory, meta, article["facts"], now)
    return True
