"""Real-looking articles about one release, ingested through the real extractor and feed pipeline."""

from __future__ import annotations

import datetime as dt

from bot.app import App
from bot.feeds.pipeline import Pipeline

PUBLISHED = dt.date(2026, 5, 21)

# Two independent outlets, neither quoting an official source: one alone is only reported.
ZERKALO = ("Lawyer Maxim Znak freed along with other political prisoners",
           "Relatives said on May 20, 2026 that 18 political prisoners had been freed from colonies across Belarus."
           " Among them was the lawyer Maxim Znak, who had been sentenced to ten years in 2021.")
NASHA_NIVA = ("Lukashenko pardons 18 prisoners, Maxim Znak among them",
              "Eighteen political prisoners were pardoned on May 20, 2026, people close to the families told"
              " reporters. The lawyer Maxim Znak walked out of the penal colony in Shklou the same day, his friends"
              " said.")


async def publish(app: App, outlet: str, article: tuple[str, str]) -> int:
    """Ingest one article as the feed watcher does (its round's messages queued in the same commit)."""
    pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.dispatcher.round_changed)
    title, body = article
    async with pipeline.write_lock:
        result = await pipeline.ingest_text(outlet=outlet, url=f"https://{outlet.lower().replace(' ', '')}.example/znak",
                                            title=title, published=PUBLISHED, text=body)
    assert result.round_id is not None
    return result.round_id
