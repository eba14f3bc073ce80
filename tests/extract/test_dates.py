import datetime as dt

import pytest

from bot.extract.dates import find_dates
from tests.extract.helpers import run

PUB = dt.date(2025, 1, 20)  # a Monday


def _first(text, published=PUB):
    found = find_dates(text, published)
    return found[0][1] if found else "none"


@pytest.mark.parametrize("text,expected", [
    ("announced on Jan. 18", dt.date(2025, 1, 18)),
    ("announced on January 18, 2025", dt.date(2025, 1, 18)),
    ("объявили 18 января", dt.date(2025, 1, 18)),
    ("абвясцілі 18 студзеня 2025", dt.date(2025, 1, 18)),
    ("опубликовано 18.01.2025", dt.date(2025, 1, 18)),
])
def test_explicit_dates_in_three_languages(text, expected):
    assert _first(text) == expected


def test_date_without_year_takes_last_year_when_it_would_be_in_the_future():
    assert _first("freed on Dec. 30") == dt.date(2024, 12, 30)


@pytest.mark.parametrize("text,expected", [
    ("freed them on Saturday", dt.date(2025, 1, 18)),
    ("Saturday's announcement", dt.date(2025, 1, 18)),
    ("помиловал в субботу", dt.date(2025, 1, 18)),
    ("памілаваў у суботу", dt.date(2025, 1, 18)),
    ("freed them today", PUB), ("сегодня помиловал", PUB), ("сёння памілаваў", PUB),
    ("yesterday", dt.date(2025, 1, 19)), ("вчера", dt.date(2025, 1, 19)), ("накануне", dt.date(2025, 1, 19)),
    ("учора", dt.date(2025, 1, 19)), ("напярэдадні", dt.date(2025, 1, 19)),
    ("on Monday", PUB),
])
def test_relative_days_resolve_to_the_latest_such_day(text, expected):
    assert _first(text) == expected


def test_relative_day_without_publication_date_is_null():
    assert _first("freed them on Saturday", None) is None


def test_since_date_is_background():
    assert find_dates("since July 3 they freed many", PUB) == []


def _article(day_phrase):
    return (f"Belarus leader Lukashenko pardoned 20 political prisoners {day_phrase}, his office said.\n"
            "Rights groups say repression continues in Belarus.")


def test_event_date_comes_from_the_report_sentence():
    assert run(_article("on Saturday"), "2025-01-20").event_date == dt.date(2025, 1, 18)


def test_event_date_is_null_without_publication_date():
    assert run(_article("on Saturday")).event_date is None


def test_site_header_date_is_not_the_event_date():
    text = "Daily Radio News Friday, November 21, 2025\n\n" + _article("on Thursday")
    assert run(text).event_date is None


def test_publication_date_alone_is_not_the_event_date():
    assert run(_article("in a new round"), "2025-01-20").event_date is None


def test_background_round_date_is_not_the_event_date():
    text = ("Lukashenko pardoned 20 political prisoners, his office said.\n"
            "Since the first round on July 3, more than 200 have been freed.")
    assert run(text, "2025-01-20").event_date is None


def test_short_preposition_far_from_the_date_is_not_background():
    assert _first("встретился с родными и в субботу помиловал") == dt.date(2025, 1, 18)
