"""Dates known only to a month or a year: their order, and how outlets' ordinals read in each language."""

from __future__ import annotations

import pytest

from bot.timeline import order_keys
from handlers.format import ordinal


def newest_last(entries: list[tuple[str, str]]) -> list[str]:
    """Entries given as (name, date) in the order the bot learned them, sorted as the bot shows them."""
    order = {name: n for n, (name, _date) in enumerate(entries)}
    keys = order_keys(entries)
    return sorted(order, key=lambda name: (keys[name], order[name]))


def test_a_round_of_a_year_reported_after_a_dated_round_of_that_year_is_newer():
    assert newest_last([("february", "2026-02"), ("march", "2026-03-05"), ("year", "2026")])[-1] == "year"


def test_a_round_reported_later_with_a_later_day_is_newer_than_the_round_of_the_year():
    learned = [("march", "2026-03-05"), ("year", "2026"), ("june", "2026-06-10")]
    assert newest_last(learned) == ["march", "year", "june"]


def test_an_earlier_day_learned_later_still_goes_before():
    learned = [("march", "2026-03-05"), ("year", "2026"), ("january", "2026-01-10")]
    assert newest_last(learned) == ["january", "march", "year"]


def test_a_month_keeps_its_place_among_other_years():
    learned = [("dec-2024", "2024-12"), ("jan-2025", "2025-01-18"), ("nov-2024", "2024-11-20")]
    assert newest_last(learned) == ["nov-2024", "dec-2024", "jan-2025"]


@pytest.mark.parametrize(("n", "en", "be", "ru"), [
    (1, "the 1st", "1-ы", "1-й"), (2, "the 2nd", "2-і", "2-й"), (3, "the 3rd", "3-і", "3-й"),
    (8, "the 8th", "8-ы", "8-й"), (11, "the 11th", "11-ы", "11-й"), (12, "the 12th", "12-ы", "12-й"),
    (13, "the 13th", "13-ы", "13-й"), (22, "the 22nd", "22-і", "22-й"), (23, "the 23rd", "23-і", "23-й"),
])
def test_an_outlets_ordinal_is_written_as_each_language_writes_it(n, en, be, ru):
    assert (ordinal(n, "en"), ordinal(n, "be"), ordinal(n, "ru")) == (en, be, ru)
