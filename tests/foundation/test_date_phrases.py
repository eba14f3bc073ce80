"""Dates in sentences: every phrase the replies use, in every language and at every precision.

A date alone ("Date: December 2024") takes the stand-alone month; after "since" the genitive
("с декабря", "са снежня"); after "in" the locative ("в декабре", "у снежні"). Babel writes a narrow
no-break space before "г.", so the expectations do too.
"""

from __future__ import annotations

import pytest

from bot.i18n import get_translator

G = "\u202fг."  # " г." as Babel writes it

PHRASES = [
    # language, phrase, date, expected
    ("en", "alone", "2025-01-18", "January 18, 2025"),
    ("en", "alone", "2024-12", "December 2024"),
    ("en", "alone", "2024", "2024"),
    ("en", "since", "2025-01-18", "since January 18, 2025"),
    ("en", "since", "2024-12", "since December 2024"),
    ("en", "since", "2024", "since 2024"),
    ("en", "on", "2025-01-18", "on January 18, 2025"),
    ("en", "on", "2024-12", "in December 2024"),
    ("en", "on", "2024", "in 2024"),
    ("be", "alone", "2025-01-18", f"18 студзеня 2025{G}"),
    ("be", "alone", "2024-12", f"снежань 2024{G}"),
    ("be", "alone", "2024", "2024"),
    ("be", "since", "2025-01-18", f"з 18 студзеня 2025{G}"),
    ("be", "since", "2024-12", f"са снежня 2024{G}"),
    ("be", "since", "2024", f"з 2024{G}"),
    ("be", "on", "2025-01-18", f"18 студзеня 2025{G}"),
    ("be", "on", "2024-12", f"у снежні 2024{G}"),
    ("be", "on", "2024", f"у 2024{G}"),
    ("ru", "alone", "2025-01-18", f"18 января 2025{G}"),
    ("ru", "alone", "2024-12", f"декабрь 2024{G}"),
    ("ru", "alone", "2024", "2024"),
    ("ru", "since", "2025-01-18", f"с 18 января 2025{G}"),
    ("ru", "since", "2024-12", f"с декабря 2024{G}"),
    ("ru", "since", "2024", f"с 2024{G}"),
    ("ru", "on", "2025-01-18", f"18 января 2025{G}"),
    ("ru", "on", "2024-12", f"в декабре 2024{G}"),
    ("ru", "on", "2024", f"в 2024{G}"),
]

# The preposition's own form depends on the sound that follows it.
PREPOSITION_FORMS = [
    ("be", "2025-01", f"са студзеня 2025{G}"),
    ("be", "2024-08", f"са жніўня 2024{G}"),
    ("be", "2025-03", f"з сакавіка 2025{G}"),
    ("be", "2024-07", f"з ліпеня 2024{G}"),
    ("be", "2024-12-02", f"з 2 снежня 2024{G}"),
    ("ru", "2024-12-02", f"со 2 декабря 2024{G}"),
    ("ru", "2024-12-22", f"с 22 декабря 2024{G}"),
    ("ru", "2024-09", f"с сентября 2024{G}"),
    ("ru", "2024-07", f"с июля 2024{G}"),
]

# The locative month names come from the project's own table (Babel has none): each one checked.
MONTHS_AFTER_IN = [
    ("ru", "2025-02", f"в феврале 2025{G}"), ("ru", "2025-05", f"в мае 2025{G}"),
    ("ru", "2025-08", f"в августе 2025{G}"), ("ru", "2025-11", f"в ноябре 2025{G}"),
    ("be", "2025-02", f"у лютым 2025{G}"), ("be", "2025-05", f"у маі 2025{G}"),
    ("be", "2025-08", f"у жніўні 2025{G}"), ("be", "2025-11", f"у лістападзе 2025{G}"),
]


def _phrase(language: str, phrase: str, value: str) -> str:
    i18n = get_translator(language)
    return {"alone": i18n.date, "since": i18n.since, "on": i18n.on}[phrase](value)


@pytest.mark.parametrize(("language", "phrase", "value", "expected"), PHRASES)
def test_every_date_phrase_in_every_language(language, phrase, value, expected):
    assert _phrase(language, phrase, value) == expected


@pytest.mark.parametrize(("language", "value", "expected"), PREPOSITION_FORMS)
def test_since_takes_the_form_the_next_sound_needs(language, value, expected):
    assert get_translator(language).since(value) == expected


@pytest.mark.parametrize(("language", "value", "expected"), MONTHS_AFTER_IN)
def test_in_takes_the_locative_month(language, value, expected):
    assert get_translator(language).on(value) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "(since December 2024)"), ("be", f"(са снежня 2024{G})"), ("ru", f"(с декабря 2024{G})")])
async def test_a_prisoner_card_says_since_when_in_the_right_case(ask, language, expected):
    reply = await ask("/prisoner Bialiatski", lang=language)
    assert expected in reply


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "(the newest on March 5, 2026)"), ("be", f"(апошняя — 5 сакавіка 2026{G})"),
    ("ru", f"(последняя — 5 марта 2026{G})")])
async def test_the_chart_caption_says_when_the_newest_round_was(ask, language, expected):
    assert expected in await ask("/chart", lang=language)


async def test_a_moderators_status_change_says_since_when_in_belarusian(ask):
    reply = await ask("/status Bialiatski released 2025-02-01 https://spring96.org/be/news/1", lang="be")
    assert f"з 1 лютага 2025{G}" in reply
