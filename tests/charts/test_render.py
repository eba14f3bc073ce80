"""The picture itself: its size, and every label in the reader's language."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_skeleton

from bot.charts.data import arrange, gather
from bot.charts.render import build_figure, figure_png
from bot.facts import CountPoint, Source
from bot.i18n import get_translator
from tests.charts.helpers import figure_texts, png_size


@pytest.fixture
async def seeded_data(app):
    return await gather(app.db)


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_the_chart_is_a_1200_by_675_png_in_every_language(seeded_data, lang):
    png = figure_png(build_figure(seeded_data, get_translator(lang)))
    assert png_size(png) == (1200, 675)
    assert len(png) < 150_000


async def test_the_russian_chart_names_months_with_babels_russian_abbreviations(seeded_data):
    texts = figure_texts(build_figure(seeded_data, get_translator("ru")))
    december = format_skeleton("MMM", dt.date(2024, 12, 1), locale="ru")
    january = format_skeleton("MMM", dt.date(2025, 1, 1), locale="ru")
    assert december == "дек."
    assert texts["months"] == [f"{december}\n2024", f"{january}\n2025", "февр."]


async def test_the_belarusian_chart_has_a_belarusian_title_and_axis_labels(seeded_data):
    texts = figure_texts(build_figure(seeded_data, get_translator("be")))
    assert texts["title"] == ["Палітвязні ў Беларусі і хвалі памілаванняў"]
    assert texts["axis_labels"] == ["Палітвязняў за кратамі", "Вызвалена ў хвалі"]
    assert texts["months"][0] == "сне\n2024"


async def test_the_english_chart_keeps_english_labels_and_month_names(seeded_data):
    texts = figure_texts(build_figure(seeded_data, get_translator("en")))
    assert texts["title"] == ["Political prisoners in Belarus and pardon rounds"]
    assert texts["months"] == ["Dec\n2024", "Jan\n2025", "Feb"]
    assert "Released in a pardon round" in texts["legend"]


@pytest.mark.parametrize(("lang", "grouped"), [("en", "1,200"), ("ru", "1\xa0200"), ("be", "1\xa0200")])
async def test_figures_are_written_with_the_languages_digit_grouping_and_their_qualifier(seeded_data, lang, grouped):
    texts = figure_texts(build_figure(seeded_data, get_translator(lang)))
    assert grouped in texts["numbers"]
    # "nearly 1,300" (Viasna) is the newest count; "over 1,250" the one before it.
    newest, older = grouped.replace("200", "300"), grouped.replace("200", "250")
    assert {"<" + newest, ">" + older} <= set(texts["values"])
    # Each round's bar carries its number released.
    assert {"20", "23"} <= set(texts["values"])


async def test_rounds_known_only_by_their_year_get_no_bar(seeded_data):
    # The seeds hold five rounds; three of them are dated only "2024" and cannot be placed on the axis.
    assert [bar.released for bar in seeded_data.rounds] == [20, 23]
    assert len(seeded_data.undated_rounds) == 3
    assert [bar.when.day for bar in seeded_data.rounds][0] == dt.date(2024, 12, 15)


async def test_monthly_figures_over_a_year_and_a_half_keep_their_labels_apart_and_the_newest_labelled():
    source = Source("Viasna", None, None, "Viasna")
    series = [CountPoint("political_prisoners", 1400 - 12 * i, "about",
                         (dt.date(2024, 7, 1) + dt.timedelta(days=30 * i)).isoformat(), source) for i in range(18)]
    fig = build_figure(arrange(series, []), get_translator("en"))
    labels = figure_texts(fig)["values"]
    assert 2 < len(labels) < 18
    assert "≈1,196" in labels
    # Each year is named once under its first month tick.
    years = [label.split("\n")[1] for label in figure_texts(fig)["months"] if "\n" in label]
    assert years == ["2024", "2025"]
