"""/latest and /rounds show one value per field, the others with their sources, and never an old round."""

import pytest

from tests.reports import facts, report

LINKED = "51 <https://reform.example/51> {and} 50 <https://euroradio.example/50>"
OTHERS = {"en": "52 people (" + LINKED.format(**{"and": "and"}) + " in other reports)",
          "be": "52 чалавекі (" + LINKED.format(**{"and": "і"}) + " у іншых паведамленнях)",
          "ru": "52 человека (" + LINKED.format(**{"and": "и"}) + " в других сообщениях)"}


async def _round_reported_52_51_50(app):
    await report(app, "Zerkalo", "2026-06-10", facts(52, event_date="2026-06-10", ordinal=6))
    await report(app, "Nasha Niva", "2026-06-10", facts(52, event_date="2026-06-10", ordinal=6))
    await report(app, "Belsat", "2026-06-11", facts(52, ordinal=5), url="https://belsat.example/52")
    await report(app, "Reform.by", "2026-06-11", facts(51, event_date="2026-06-10"), url="https://reform.example/51")
    await report(app, "Euroradio", "2026-06-12", facts(50, ordinal=6), url="https://euroradio.example/50")


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_latest_shows_the_majority_figure_and_the_other_reports_with_their_links(app, ask, lang):
    await _round_reported_52_51_50(app)
    reply = await ask("/latest", lang)
    assert OTHERS[lang] in reply


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_rounds_list_shows_the_disagreement_too(app, ask, lang):
    await _round_reported_52_51_50(app)
    first_round = [line for line in (await ask("/rounds", lang)).splitlines() if line.startswith("#")][0]
    assert OTHERS[lang] in first_round


async def test_disagreeing_ordinals_are_shown_as_each_outlets_numbering(app, ask):
    await _round_reported_52_51_50(app)
    reply = await ask("/latest")
    assert "Numbered by outlets: the 6th by Euroradio <https://euroradio.example/50>, Zerkalo <https://" in reply
    assert "; the 5th by Belsat <https://belsat.example/52>" in reply


async def test_an_official_statement_wins_over_the_majority_of_outlets(app, ask):
    await report(app, "Zerkalo", "2026-06-10", facts(30, event_date="2026-06-10"))
    await report(app, "Nasha Niva", "2026-06-10", facts(30, event_date="2026-06-10"))
    await report(app, "BelTA", "2026-06-10", facts(31, event_date="2026-06-10", source="the president's press office"))
    assert "Released: 31 people (30 " in await ask("/latest")


async def test_syndicated_copies_of_one_outlet_count_once(app, ask):
    await report(app, "The Associated Press", "2026-06-10", facts(30, event_date="2026-06-10"))
    await report(app, "The Associated Press (via Salem Radio Network)", "2026-06-10", facts(30))
    await report(app, "Zerkalo", "2026-06-11", facts(31, event_date="2026-06-10"))
    await report(app, "Nasha Niva", "2026-06-11", facts(31, event_date="2026-06-10"))
    assert "Released: 31 people (30 " in await ask("/latest")


async def test_a_report_about_a_2015_pardon_published_last_does_not_become_the_latest(app, ask):
    await report(app, "Belsat", "2025-01-30", facts(6, event_date="2015-08-22"))
    reply = await ask("/latest")
    assert "Released: 250 people" in reply
    assert "2015" not in reply


async def test_a_report_published_in_2015_does_not_become_the_latest(app, ask):
    await report(app, "Nasha Niva", "2015-08-22", facts(6))
    reply = await ask("/latest")
    assert "Released: 250 people" in reply and "6 people" not in reply
    assert "August 22, 2015 — 6 people" in await ask("/rounds 3")
