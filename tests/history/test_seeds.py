"""A fresh database knows every round since July 2024 from the project's seed facts, and seeding at
every start adds only what is new: it never duplicates a round, never undoes a moderator and never posts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.app import open_app
from bot.charts.data import gather
from bot.config import Config
from tests.conftest import fixed_clock, table_dump
from tests.feeds.conftest import scalar
from tests.reports import facts, report

SEEDED_ROUNDS = 21


async def rounds_in(app) -> int:
    return await scalar(app, "SELECT count(*) FROM rounds")


async def test_latest_on_a_fresh_database_is_the_newest_round_of_the_history_with_its_sources(ask):
    reply = await ask("/latest")
    assert "Latest pardon round (#21)" in reply
    assert "Date: 2026 (month and day not known)" in reply
    assert "Released: 250 people" in reply
    assert "360.ru <https://360.ru/" in reply and "Reform.news <https://reform.news/" in reply


async def test_total_on_a_fresh_database_shows_the_newest_counts_with_their_dates_and_sources(ask):
    reply = await ask("/total")
    assert "569 people — Viasna via Echo of the Caucasus (RFE/RL) <https://www.ekhokavkaza.com/" in reply
    assert ", December 30, 2025" in reply
    assert "897 — Viasna via Reform.news <https://reform.news/" in reply
    assert "(1,140 — Viasna via Eurointegration" in reply


async def test_total_adds_up_the_rounds_it_knows_as_its_own_count(ask):
    # 18 + 30 + 30 + 37 + 31 + 32 + 29 + 20 + 23 + 15 + 3 + 14 + 16 + 52 + 25 + 33 + 123 + 22 + 2 + 18 + 250
    assert "Pardon Watch's own count: 823 people in the 21 rounds it knows since July 2024 (up to 2026)" in (
        await ask("/total"))


async def test_tsikhanouski_is_shown_released_with_the_date_and_source(ask):
    reply = await ask("/prisoner Tsikhanouski")
    assert "Status: released (since June 21, 2025) — " in reply
    assert "Meduza <https://meduza.io/news/2025/06/21/" in reply


async def test_bialiatski_asked_for_in_belarusian_is_shown_released_in_belarusian(ask):
    reply = await ask("/prisoner Бяляцкі", "be")
    assert "Статус: на волі (з 13 снежня 2025\u202fг.)" in reply


async def test_a_release_keeps_the_earlier_held_reports_as_history(ask):
    reply = await ask("/prisoner Statkevich")
    assert "Status: released (since February 2026) — Kommersant" in reply
    assert "Before that:\n• held (since September 11, 2025)" in reply


async def test_the_chart_draws_every_round_since_july_2024_whose_month_is_known(app, ask):
    data = await gather(app.db)
    assert [bar.released for bar in data.rounds][:3] == [18, 30, 30]
    assert len(data.rounds) == SEEDED_ROUNDS - 1
    assert [v.value("pardoned") for v in data.undated_rounds] == [250]
    reply = await ask("/chart")
    assert "20 pardon rounds on the chart (the newest on March 5, 2026)" in reply
    assert "1 round known only by its year (2026) is not drawn." in reply


async def test_starting_again_changes_nothing(config):
    async with open_app(config, clock=fixed_clock):
        pass
    before = table_dump(config.db_path)
    async with open_app(config, clock=fixed_clock):
        pass
    assert table_dump(config.db_path) == before


async def test_a_moderators_correction_and_hidden_report_survive_the_next_start(config, ask):
    await ask("/correct 14 pardoned 51 — Polish Radio's count is the confirmed one")
    await ask("/hide 1")
    async with open_app(config, clock=fixed_clock) as again:
        from bot.render import render_plain
        from bot.transports import console

        reply = render_plain(await console.ask(again.dispatcher, "/round 14", None, console.CONSOLE_CHAT))
        assert "Released: 51 people (corrected by a moderator)" in reply
        assert await scalar(again, "SELECT hidden FROM articles WHERE id = 1") == 1
        assert await rounds_in(again) == SEEDED_ROUNDS


async def test_a_new_report_of_a_seeded_round_joins_it_as_one_more_source(app, ask):
    await report(app, "Nasha Niva", "2025-09-11", facts(52, event_date="2025-09-11"),
                 url="https://nashaniva.example/52")
    assert await rounds_in(app) == SEEDED_ROUNDS
    assert "Nasha Niva <https://nashaniva.example/52>" in await ask("/round 2025-09-11")


async def test_a_new_report_of_a_round_known_only_by_its_month_joins_it_by_its_figures(app, ask):
    await report(app, "Zerkalo", "2024-12-21", facts(20, event_date="2024-12-21"), url="https://zerkalo.example/20")
    assert await rounds_in(app) == SEEDED_ROUNDS
    assert "Zerkalo <https://zerkalo.example/20>" in await ask("/round 8")


async def test_a_report_without_a_figure_in_a_rounds_month_is_a_round_of_its_own(app):
    await report(app, "Zerkalo", "2025-11-20", facts(None, event_date="2025-11-20"), url="https://zerkalo.example/x")
    assert await rounds_in(app) == SEEDED_ROUNDS + 1


def seeds_with_a_new_round(tmp_path: Path) -> Path:
    """A copy of the project's seeds with one more round, as a later version of the project ships it."""
    seeds = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", seeds)
    data = json.loads((seeds / "facts.json").read_text(encoding="utf-8"))
    data["rounds"].append({"id": "2026-11-20", "date": "2026-11-20", "precision": "day", "figures": {"pardoned": 40},
                           "released": ["Maxim Znak"],
                           "sources": [{"id": "zerkalo-2026-11-20", "outlet": "Zerkalo", "lang": "ru",
                                        "url": "https://zerkalo.example/40", "published": "2026-11-20"}]})
    (seeds / "facts.json").write_text(json.dumps(data), encoding="utf-8")
    return seeds


async def test_a_round_added_to_the_seeds_later_is_added_at_the_next_start_and_never_posted(config, tmp_path):
    async with open_app(config, clock=fixed_clock) as first, first.db.transaction():
        await first.db.chats.subscribe("telegram", "-100123", "", "en", "2025-02-01T12:00:00")
    later = Config(db_path=config.db_path, owners=config.owners, seeds_dir=seeds_with_a_new_round(tmp_path))
    async with open_app(later, clock=fixed_clock) as app:
        assert await rounds_in(app) == SEEDED_ROUNDS + 1
        assert await scalar(app, "SELECT count(*) FROM outbox") == 0
        statuses = await app.db.prisoners.statuses(app.directory.lookup("Maxim Znak").match.prisoner.id)
        assert (statuses[0].status, statuses[0].since, statuses[0].source) == ("released", "2026-11-20", "Zerkalo")


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_a_round_known_only_by_its_month_says_so(ask, lang):
    expected = {"en": "December 2024 (day not known)", "be": "снежань 2024\u202fг. (дакладны дзень невядомы)",
                "ru": "декабрь 2024\u202fг. (точный день неизвестен)"}[lang]
    assert expected in await ask("/round 8", lang)


async def test_a_round_known_by_its_first_report_says_so(ask):
    assert "Date: January 24, 2025 (date of the first report)" in await ask("/round 10")


async def test_someone_a_registry_already_brought_is_recognised_by_the_seeds_not_added_twice(config):
    async with open_app(config, clock=fixed_clock, seed=False) as bare, bare.db.transaction():
        await bare.db.prisoners.add(name_en="Ihar Losik", name_be="Ігар Лосік", name_ru="Игорь Лосик",
                                    now="2025-02-01T12:00:00", external_id="viasna-0042")
    async with open_app(config, clock=fixed_clock) as app:
        assert await scalar(app, "SELECT count(*) FROM prisoners WHERE name_en = 'Ihar Losik'") == 1
        assert await scalar(app, "SELECT seed_id FROM prisoners WHERE external_id = 'viasna-0042'") == "losik"
        person = app.directory.lookup("Лосик").match.prisoner
        statuses = await app.db.prisoners.statuses(person.id)
        assert (statuses[0].status, statuses[0].since) == ("released", "2025-09-11")
