"""Fifteenth round (speed): what the extractor now reads once and keeps must answer as if read afresh.

Field patterns are compiled when first asked for, and a sentence's cues, release words, time markers and first-name
readings are kept between calls: a broken table entry must still be caught, and nothing kept may leak from one
article or one publication date into another.
"""

import datetime as dt

import pytest

from bot.extract import extract_report, report_to_json
from bot.extract.cues import cues
from bot.extract.dates import time_markers
from bot.extract.given_names import first_names
from bot.extract.lexicon import FIELD_NAMES, SURFACE_NAMES, lexicon
from bot.extract.verbs import releases

LANGUAGE_SETS = [("be",), ("en",), ("ru",), ("uk",), ("be", "en", "ru", "uk")]


@pytest.mark.parametrize("langs", LANGUAGE_SETS)
def test_every_field_of_every_language_compiles(langs):
    L = lexicon(langs)
    for name in (*FIELD_NAMES, *SURFACE_NAMES, "PAST"):
        assert L[name].pattern, name


def test_a_field_no_table_has_is_refused():
    with pytest.raises(KeyError):
        lexicon(("en",))["NO_SUCH_FIELD"]


def test_changing_the_cues_one_caller_got_leaves_the_next_callers_alone():
    L = lexicon(("en",))
    text = "the court freed her on monday"
    first = cues(L, text)
    assert [c.role for c in first] == ["released"]
    first.clear()
    assert [c.role for c in cues(L, text)] == ["released"]


def test_changing_the_release_words_or_first_names_one_caller_got_leaves_the_next_callers_alone():
    L = lexicon(("en",))
    words = releases(L, "the regime released three more people")
    words.clear()
    assert len(releases(L, "the regime released three more people")) == 1
    names = first_names("Алеся")
    names.clear()
    assert first_names("Алеся")


def test_a_month_alone_is_dated_by_each_articles_own_publication_day():
    # The same sentence published in spring speaks of last June, published in autumn of this June.
    spring = time_markers("Яна выйшла на волю ў чэрвені.", dt.date(2025, 3, 1))
    autumn = time_markers("Яна выйшла на волю ў чэрвені.", dt.date(2025, 9, 1))
    assert [day for _, day in spring] == [dt.date(2024, 6, 1)]
    assert [day for _, day in autumn] == [dt.date(2025, 6, 1)]


def test_an_article_reads_the_same_after_other_articles_were_read():
    belarusian = "Лукашэнка памілаваў 14 чалавек. Сярод вызваленых — Ігар Лосік. У суботу яны выйшлі на волю."
    english = ("Belarus freed 52 prisoners on Thursday, including Mikalai Statkevich. Maria Kalesnikava remains in "
               "prison, her sister said.")
    first = report_to_json(extract_report(belarusian, dt.date(2025, 9, 15)))
    extract_report(english, dt.date(2025, 9, 12))
    extract_report(belarusian, dt.date(2025, 10, 20))
    assert report_to_json(extract_report(belarusian, dt.date(2025, 9, 15))) == first
    assert first["named_released"] == ["Ігар Лосік"]
    assert first["event_date"] == "2025-09-13"


def test_a_weekday_is_counted_back_from_each_articles_own_publication_day():
    text = "Лукашэнка памілаваў 14 чалавек. У суботу яны выйшлі на волю."
    assert report_to_json(extract_report(text, dt.date(2025, 9, 15)))["event_date"] == "2025-09-13"
    assert report_to_json(extract_report(text, dt.date(2025, 10, 20)))["event_date"] == "2025-10-18"
