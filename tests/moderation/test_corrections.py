"""Corrections win over every report, survive later articles and re-ingestion, and move along on a merge."""

from tests.conftest import table_dump
from tests.reports import facts, report


async def test_a_correction_survives_a_later_article_of_the_same_round(app, ask, scenario, alice):
    await ask(f"/correct {scenario.no_a} pardoned 53 — the official list has 53 names", user="alice")
    later = await report(app, "Euroradio", "2025-01-26", facts(52, event_date="2025-01-24"))
    assert later.round_id == scenario.round_a
    reply = await ask(f"/round {scenario.no_a}")
    assert "Released: 53 people (corrected by a moderator) (52 " in reply
    assert await app.db.rounds.correction(scenario.round_a, "pardoned") == 53


async def test_a_correction_survives_the_same_article_ingested_again(app, ask, scenario, alice, config):
    await ask(f"/correct {scenario.no_a} women 7", user="alice")
    before = table_dump(config.db_path)
    again = await report(app, "Zerkalo", "2025-01-24", facts(52, event_date="2025-01-24", women=8, ordinal=6))
    assert again.duplicate and table_dump(config.db_path) == before
    assert "Women: 7 (corrected by a moderator)" in await ask(f"/round {scenario.no_a}")


async def test_a_corrected_date_wins_and_places_the_round(ask, scenario, alice):
    await ask(f"/correct {scenario.no_b} date 2025-01-30", user="alice")
    assert "Date: January 30, 2025" in await ask(f"/round {scenario.no_b}")


async def test_corrections_move_along_when_rounds_are_merged_and_back_on_undo(app, ask, scenario, alice):
    await ask(f"/correct {scenario.no_b} women 9", user="alice")
    await ask(f"/merge {scenario.no_a} {scenario.no_b}", user="alice")
    assert await app.db.rounds.correction(scenario.round_a, "women") == 9
    assert await app.db.rounds.correction(scenario.round_b, "women") is None
    await ask("/undo", user="alice")
    assert await app.db.rounds.correction(scenario.round_b, "women") == 9
    assert await app.db.rounds.correction(scenario.round_a, "women") is None
    assert await app.db.articles.round_of(scenario.late) == scenario.round_b


async def test_a_dash_removes_a_correction_and_the_reports_value_is_shown_again(app, ask, scenario, alice):
    await ask(f"/correct {scenario.no_a} women 7", user="alice")
    reply = await ask(f"/correct {scenario.no_a} women -", user="alice")
    assert "the correction of women was removed; it is 8 again (was 7)" in reply
    assert await app.db.rounds.correction(scenario.round_a, "women") is None


async def test_field_names_in_belarusian_and_russian_are_understood(app, ask, scenario, alice):
    await ask(f"/correct {scenario.no_a} жанчыны 7", "be", user="alice")
    await ask(f"/correct {scenario.no_a} родители 12", "ru", user="alice")
    assert await app.db.rounds.correction(scenario.round_a, "women") == 7
    assert await app.db.rounds.correction(scenario.round_a, "with_children") == 12


async def test_a_bad_value_or_unknown_round_is_explained_and_changes_nothing(ask, scenario, alice, config):
    before = table_dump(config.db_path)
    reply = await ask(f"/correct {scenario.no_a} women lots", user="alice")
    assert reply.splitlines()[0] == "“lots” is not a valid value here."
    assert reply.splitlines()[1].startswith("Fields: date, pardoned, women")
    assert "There is no round “99”" in await ask("/correct 99 women 3", user="alice")
    assert "Usage: /correct" in await ask(f"/correct {scenario.no_a} height 3", user="alice")
    assert "not a valid value" in await ask(f"/correct {scenario.no_a} date 2031-01-01", user="alice")
    assert table_dump(config.db_path) == before


async def test_split_refuses_an_article_from_another_round(ask, scenario, alice, config):
    before = table_dump(config.db_path)
    reply = await ask(f"/split {scenario.no_a} {scenario.late}", user="alice")
    assert f"Article #{scenario.late} is not in round #{scenario.no_a}" in reply
    assert table_dump(config.db_path) == before


async def test_changes_to_rounds_are_announced_for_auto_posts(app, ask, scenario, alice):
    changed: list[int] = []

    async def round_changed(round_id: int) -> None:
        changed.append(round_id)

    app.dispatcher.round_changed = round_changed
    await ask(f"/correct {scenario.no_a} women 7", user="alice")
    await ask(f"/merge {scenario.no_a} {scenario.no_b}", user="alice")
    await ask("/undo", user="alice")
    assert changed == [scenario.round_a, scenario.round_a, scenario.round_b, scenario.round_a, scenario.round_b]
