"""Prisoner statuses follow the rounds: the newest report wins by its date, the earlier ones stay as history."""

from __future__ import annotations

from tests.reports import facts, report


def still_held(*names: str) -> dict:
    """An article's facts naming people as still imprisoned (no round of its own)."""
    return {**facts(None, is_report=False), "named_still_held": list(names)}


async def test_a_held_report_published_before_the_release_does_not_undo_it(app, ask):
    await report(app, "Belsat", "2025-05-01", still_held("Сергей Тихановский"), url="https://belsat.example/may")
    reply = await ask("/prisoner Tsikhanouski")
    assert "Status: released (since June 21, 2025)" in reply
    assert "Belsat <https://belsat.example/may>, May 1, 2025 — named as still held" in reply


async def test_a_held_report_after_the_release_is_the_newest_status_and_the_release_stays_as_history(app, ask):
    await report(app, "Zerkalo", "2026-04-02", still_held("Mikola Statkevich"), url="https://zerkalo.example/apr")
    reply = await ask("/prisoner Statkevich")
    assert "Status: held (since April 2, 2026) — Zerkalo <https://zerkalo.example/apr>" in reply
    assert "Before that:\n• released (since February 2026) — Kommersant" in reply


async def test_a_report_naming_someone_released_shows_them_released_from_its_date_with_its_source(app, ask):
    await report(app, "Nasha Niva", "2026-06-10", facts(40, event_date="2026-06-10", named_released=["Максім Знак"]),
                 url="https://nashaniva.example/40")
    reply = await ask("/prisoner Znak")
    assert "Status: released (since June 10, 2026) — Nasha Niva <https://nashaniva.example/40>" in reply


async def test_every_person_the_history_names_released_is_shown_released(ask):
    for name in ("Kalesnikava", "Babaryka", "Losik", "Dziadok", "Kastusiou", "Кузнечык", "Мовшук"):
        assert "Status: released" in await ask(f"/prisoner {name}"), name
