"""/total: the newest figure with its date and source, and an honest change since the previous one."""

import pytest

from bot.reconcile import dedupe_series
from tests.reports import facts, report

VIASNA_207 = {"value": 207, "qualifier": "exact", "source": "Viasna"}


async def test_a_running_total_repeated_in_two_rounds_is_shown_once_with_its_first_date(app):
    await report(app, "Zerkalo", "2026-06-10", facts(30, event_date="2026-06-10", released_total=VIASNA_207))
    await report(app, "Belsat", "2026-06-24", facts(20, event_date="2026-06-24", released_total=VIASNA_207))
    series = dedupe_series(await app.db.counts.series("released_total"))
    dates = [p.as_of for p in series]
    assert "2026-06-10" in dates and "2026-06-24" not in dates


async def test_total_compares_with_the_previous_distinct_figure_not_a_repeat(app, ask):
    await report(app, "Zerkalo", "2026-06-10", facts(30, event_date="2026-06-10", released_total=VIASNA_207))
    await report(app, "Belsat", "2026-06-24", facts(20, event_date="2026-06-24",
                                                      released_total={"value": 230, "qualifier": "exact",
                                                                      "source": "Viasna"}))
    reply = await ask("/total")
    assert "230 people — Viasna via Belsat" in reply
    assert "+23 since the previous figure (207 — Viasna via Zerkalo" in reply


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "+23 since the previous figure (207"),
    ("be", "+23 ад папярэдняй лічбы (207"),
    ("ru", "+23 с предыдущей цифры (207"),
])
async def test_total_gives_the_change_when_both_figures_are_exact(app, ask, lang, expected):
    await report(app, "Zerkalo", "2026-06-10", facts(30, released_total=VIASNA_207 | {"value": 207}))
    await report(app, "Belsat", "2026-06-20", facts(15, released_total=VIASNA_207 | {"value": 230}))
    assert expected in await ask("/total", lang)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Previous figure: 569 — Viasna via Echo of the Caucasus (RFE/RL) <https://www.ekhokavkaza.com/"),
    ("be", "Папярэдняя лічба: 569 — «Вясна», паводле Echo of the Caucasus (RFE/RL) <https://www.ekhokavkaza.com/"),
    ("ru", "Предыдущая цифра: 569 — «Весна», по данным Echo of the Caucasus (RFE/RL) <https://www.ekhokavkaza.com/"),
])
async def test_total_shows_a_hedged_figure_with_the_previous_one_instead_of_a_difference(app, ask, lang, expected):
    # The seeds' newest running total is an exact 569 (Viasna, 30 December 2025); then "over 600".
    await report(app, "Zerkalo", "2026-06-10", facts(30, released_total={"value": 600, "qualifier": "over",
                                                                          "source": "Viasna"}))
    reply = await ask("/total", lang)
    assert expected in reply
    assert "+31" not in reply and "+" not in reply.split("\n\n")[0]


async def test_one_figure_carried_by_two_outlets_on_the_same_day_is_one_point(app, ask):
    held = {"value": 1150, "qualifier": "exact", "source": "Viasna"}
    await report(app, "Zerkalo", "2026-07-01", facts(16, event_date="2026-07-01", political_prisoners=held))
    await report(app, "Nasha Niva", "2026-07-01", facts(16, event_date="2026-07-01",
                                                         political_prisoners={**held, "source": None}))
    reply = await ask("/total")
    assert "1,150 — Viasna via Zerkalo" in reply
    assert reply.count("1,150") == 1  # no "±0 since the previous figure (1,150 …)"
