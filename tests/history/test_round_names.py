"""Rounds people can name: by their number in /rounds (the number /latest shows) or by their date in
the ways people write dates; outlets' own ordinals are shown as theirs, never as the round's number."""

from __future__ import annotations

import pytest

from tests.conftest import table_dump


@pytest.mark.parametrize("date", ["2025-09-11", "11.09.2025", "11 September 2025", "September 11, 2025",
                                  "11 сентября 2025", "11 сентября 2025 г.", "11 верасня 2025"])
async def test_a_round_is_found_by_its_date_written_in_any_usual_way(ask, date):
    reply = await ask(f"/round {date}")
    assert reply.startswith("Round #14\n")
    assert "Released: 52 people (51 and 50 in other reports)" in reply


async def test_the_number_latest_shows_opens_the_same_round(ask):
    latest = await ask("/latest")
    assert "Latest pardon round (#21)" in latest and "Every report of this round: /round 21" in latest
    reply = await ask("/round 21")
    assert reply.startswith("Round #21\n") and "Released: 250 people" in reply


async def test_the_numbers_in_the_list_open_the_rounds_they_stand_beside(ask):
    listing = await ask("/rounds 2")
    line = next(line for line in listing.splitlines() if line.startswith("#8 "))
    assert line.startswith("#8 December 2024 — 20 people")
    assert "Released: 20 people" in await ask("/round 8")


async def test_outlets_ordinals_are_shown_as_each_outlets_own_numbering(ask):
    reply = await ask("/round 7")
    assert "Numbered by outlets: the 7th by " in reply and "; the 6th by Babel <https://babel.ua/" in reply
    assert "rks.news <https://rks.news/" in reply
    # The Kyiv Independent called the round of 18 January 2025 the eighth; in the bot's list it is #9.
    assert "Numbered by outlets: the 8th by The Kyiv Independent" in await ask("/round 9")


@pytest.mark.parametrize(("lang", "expected"), [("be", "Нумар у выданняў: 7-ы па версіі"),
                                                ("ru", "Номер у изданий: 7-й по версии")])
async def test_outlets_ordinals_read_naturally_in_each_language(ask, lang, expected):
    assert expected in await ask("/round 7", lang)


async def test_a_month_with_two_rounds_offers_both_with_their_numbers(ask):
    reply = await ask("/round December 2024")
    assert "Several rounds match “December 2024”" in reply
    assert "/round 7 — December 2024 — 29 people" in reply and "/round 8 — December 2024 — 20 people" in reply


async def test_a_month_named_in_belarusian_finds_its_round(ask):
    assert "Хваля #16" in await ask("/round лістапад 2025", "be")


async def test_a_day_without_a_round_offers_the_nearest_rounds(ask):
    reply = await ask("/round 2025-09-13")
    assert "There is no round “2025-09-13”" in reply
    assert "/round 14 — September 11, 2025" in reply and "/round 15 — September 16, 2025" in reply


@pytest.mark.parametrize("words", ["soon", "31.02.2025", "0", "-3"])
async def test_words_that_name_no_round_get_the_usage_and_change_nothing(app, ask, config, words):
    before = table_dump(config.db_path)
    reply = await ask(f"/round {words}")
    assert "Usage: /round 3" in reply and "/round 2025-09-11" in reply
    assert table_dump(config.db_path) == before
