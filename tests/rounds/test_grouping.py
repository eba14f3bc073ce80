"""Reports are grouped into rounds: one round reported over days stays one, two real rounds stay two."""

from tests.reports import facts, report


async def test_one_round_reported_over_three_days_as_52_51_and_50_is_one_round(app):
    first = await report(app, "Zerkalo", "2026-06-10", facts(52, event_date="2026-06-10"))
    second = await report(app, "Nasha Niva", "2026-06-11", facts(51))
    third = await report(app, "Reform.by", "2026-06-12", facts(50, event_date="2026-06-10"))
    assert first.new_round
    assert second.round_id == third.round_id == first.round_id


async def test_outlets_calling_a_round_the_sixth_and_the_fifth_do_not_split_it(app):
    sixth = await report(app, "Zerkalo", "2026-06-10", facts(52, event_date="2026-06-10", ordinal=6))
    fifth = await report(app, "Belsat", "2026-06-10", facts(52, event_date="2026-06-10", ordinal=5))
    assert fifth.round_id == sixth.round_id


async def test_two_rounds_three_days_apart_with_different_figures_stay_two(app, ask):
    first = await report(app, "Zerkalo", "2026-06-18", facts(23, event_date="2026-06-18"))
    second = await report(app, "Zerkalo", "2026-06-21", facts(16, event_date="2026-06-21"))
    assert second.new_round and second.round_id != first.round_id
    rounds = await ask("/rounds")
    assert "June 21, 2026 — 16 people" in rounds and "June 18, 2026 — 23 people" in rounds


async def test_two_rounds_known_only_by_publication_date_three_days_apart_stay_two(app):
    first = await report(app, "Zerkalo", "2026-06-18", facts(23))
    second = await report(app, "Nasha Niva", "2026-06-21", facts(40))
    assert second.new_round and second.round_id != first.round_id


async def test_similar_figures_on_event_dates_three_days_apart_stay_two_rounds(app):
    first = await report(app, "Zerkalo", "2026-06-18", facts(23, event_date="2026-06-18"))
    second = await report(app, "Zerkalo", "2026-06-21", facts(22, event_date="2026-06-21"))
    assert second.round_id != first.round_id


async def test_a_report_naming_the_same_released_person_joins_the_round_despite_another_figure(app):
    first = await report(app, "Zerkalo", "2026-06-18", facts(23, named_released=["Maxim Znak"]))
    second = await report(app, "Belsat", "2026-06-19", facts(14, named_released=["Максим Знак"]))
    assert second.round_id == first.round_id


async def test_a_report_of_a_2015_pardon_published_now_gets_a_round_of_its_own(app):
    recent = await report(app, "Zerkalo", "2026-06-18", facts(23, event_date="2026-06-18"))
    old = await report(app, "Belsat", "2026-06-19", facts(23, event_date="2015-08-22"))
    assert old.new_round and old.round_id != recent.round_id
