"""The chart is drawn once per state of the data and language, off the event loop."""

from __future__ import annotations

import threading

from bot.charts import ChartCache
from bot.ingest import ArticleMeta, ingest_facts
from bot.reconcile import build_round_views
from bot.transports import console

NEW_ROUND = {"is_pardon_report": True, "lang": "en", "event_date": "2025-02-20", "pardoned": 40,
             "pardoned_source": "Lukashenko's press office", "round_ordinal": 9,
             "political_prisoners": {"value": 1250, "qualifier": "about", "source": "Viasna"}}


async def _chart(app, lang="en"):
    return await console.ask(app.dispatcher, "/chart", lang)


async def test_asking_twice_with_nothing_changed_reuses_the_drawn_picture(app):
    first = await _chart(app)
    second = await _chart(app)
    assert app.charts.cache.renders == 1
    assert app.charts.cache.hits == 1
    assert second.image.png == first.image.png


async def test_each_language_gets_its_own_picture(app):
    english = await _chart(app, "en")
    russian = await _chart(app, "ru")
    assert app.charts.cache.renders == 2
    assert russian.image.png != english.image.png


async def test_a_new_round_from_a_new_article_redraws_the_chart(app):
    before = await _chart(app)
    meta = ArticleMeta(outlet="Reuters", url="https://www.reuters.com/world/europe/belarus-frees-40",
                       title="Belarus frees 40", published="2026-06-20")
    result = await ingest_facts(app.db, app.directory, meta, NEW_ROUND, "2026-06-20T12:00:00")
    assert result.new_round
    after = await _chart(app)
    assert app.charts.cache.renders == 2
    assert after.image.png != before.image.png
    assert "21 pardon rounds on the chart" in after.plain_text


async def test_a_moderators_correction_redraws_the_chart(app):
    before = await _chart(app)
    views = build_round_views(await app.db.rounds.all_claims(), await app.db.rounds.corrections())
    newest = views[1]  # the newest drawn round (the one before it is known only by its year)
    assert newest.value("pardoned") == 18
    async with app.db.transaction():
        await app.db.rounds.set_correction(newest.id, "pardoned", 25, None)
    after = await _chart(app)
    assert app.charts.cache.renders == 2
    assert after.image.png != before.image.png


async def test_the_cache_keeps_only_its_most_recently_used_pictures():
    cache = ChartCache(size=2)
    for key in ("a", "b", "a", "c"):
        await cache.get_or_render(key, lambda key=key: key.encode())
    assert len(cache) == 2
    assert cache.renders == 3
    await cache.get_or_render("b", lambda: b"b")  # "b" was the least recently used: it went out
    assert cache.renders == 4


async def test_drawing_runs_in_a_worker_thread_not_on_the_event_loop():
    cache = ChartCache()
    drawn_on = []
    await cache.get_or_render("k", lambda: drawn_on.append(threading.get_ident()) or b"png")
    assert drawn_on and drawn_on[0] != threading.get_ident()
