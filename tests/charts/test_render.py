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
    december = format_skeleton("MMM", dt.date(2023, 12, 1), locale="ru")
    april = format_skeleton("MMM", dt.date(2024, 4, 1), locale="ru")
    assert december == "дек."
    assert texts["months"][:4] == [f"{december}\n2023", f"{april}\n2024", "авг.", "дек."]


async def test_the_belarusian_chart_has_a_belarusian_title_and_axis_labels(seeded_data):
    texts = figure_texts(build_figure(seeded_data, get_translator("be")))
    assert texts["title"] == ["Палітвязні ў Беларусі і хвалі памілаванняў"]
    assert texts["axis_labels"] == ["Палітвязняў за кратамі", "Вызвалена ў хвалі"]
    assert texts["months"][0] == "сне\n2023"


async def test_the_english_chart_keeps_english_labels_and_month_names(seeded_data):
    texts = figure_texts(build_figure(seeded_data, get_translator("en")))
    assert texts["title"] == ["Political prisoners in Belarus and pardon rounds"]
    assert texts["months"] == ["Dec\n2023", "Apr\n2024", "Aug", "Dec", "Apr\n2025", "Aug", "Dec", "Apr\n2026"]
    assert "Released in a pardon round" in texts["legend"]


@pytest.mark.parametrize(("lang", "grouped"), [("en", "1,200"), ("ru", "1\xa0200"), ("be", "1\xa0200")])
async def test_figures_are_written_with_the_languages_digit_grouping_and_their_qualifier(seeded_data, lang, grouped):
    texts = figure_texts(build_figure(seeded_data, get_translator(lang)))
    assert grouped in texts["numbers"]
    # 1,140 (Viasna, March 2026) is the newest drawn count; "over 1,200" (February 2025) is hedged.
    newest, hedged = grouped.replace("200", "140"), grouped
    assert {newest, ">" + hedged} <= set(texts["values"])
    # Bars carry their number released.
    assert {"18", "37"} <= set(texts["values"])


async def test_rounds_known_only_by_their_year_get_no_bar(seeded_data):
    # The seeds hold 21 rounds; the one of 250 people is dated only "2026" and cannot be placed on the axis.
    assert [bar.released for bar in seeded_data.rounds][:3] == [18, 30, 30]
    assert [v.value("pardoned") for v in seeded_data.undated_rounds] == [250]
    december = [bar for bar in seeded_data.rounds if bar.when.month_only and bar.when.day.year == 2024]
    assert [(bar.when.day, bar.released) for bar in december] == [(dt.date(2024, 12, 15), 29),
                                                                   (dt.date(2024, 12, 15), 20)]


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
