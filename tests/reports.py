"""Helpers for tests that feed reports: facts in the `pardonwatch extract` JSON shape, ingested for real."""

from __future__ import annotations

from bot.app import App
from bot.ingest import ArticleMeta, IngestResult, ingest_facts
from bot.round_refs import numbered_rounds

NOW = "2025-02-01T12:00:00+00:00"


def facts(pardoned: int | None = None, *, event_date: str | None = None, ordinal: int | None = None,
          source: str | None = None, released_total: dict | None = None, held: dict | None = None,
          named_released: list[str] | None = None, is_report: bool = True, **makeup: int) -> dict:
    """One article's extraction result, as `pardonwatch extract` prints it."""
    result = {"is_pardon_report": is_report, "lang": "en", "event_date": event_date, "pardoned": pardoned,
              "pardoned_source": source, "round_ordinal": ordinal, "named_released": named_released or [],
              "named_still_held": [], **makeup}
    if source:
        # Who states a figure is read off the evidence sentence, as the extractor quotes it.
        result["evidence"] = {"pardoned": f"{pardoned} people were pardoned, {source} said."}
    if released_total:
        result["cumulative_released"] = released_total
    if held:
        result["political_prisoners"] = held
    return result


async def report(app: App, outlet: str, published: str, facts_json: dict, url: str | None = None) -> IngestResult:
    """Ingest one article from `outlet` with a link of its own (derived from the outlet and date if not given)."""
    url = url or f"https://{outlet.lower().replace(' ', '-')}.example/{published}/{facts_json.get('pardoned')}"
    meta = ArticleMeta(outlet=outlet, url=url, title=None, published=published)
    return await ingest_facts(app.db, app.directory, meta, facts_json, NOW)


async def round_places(app: App) -> dict[int, int]:
    """Each round's number in /rounds (its place in the list, oldest first), by its stored id."""
    return (await numbered_rounds(app.db)).places()


async def round_number(app: App, round_id: int) -> int:
    """The number people see and type for the round stored under `round_id`."""
    return (await round_places(app))[round_id]
