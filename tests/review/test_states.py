"""A round's state, said wherever the round is: one report so far, confirmed (by independent outlets,
an official announcement, a human rights group's own report, or the project's record), checked or
corrected by a moderator, rejected (then shown nowhere but in /round, /review and the audit)."""

from __future__ import annotations

from bot.charts.data import gather
from bot.feeds import Pipeline
from tests.reports import facts, report, round_number
from tests.review.news import DAY, TEXTS, TITLES

NEW_ROUND = DAY.isoformat()


async def read(app, name: str, outlet: str) -> int:
    """An outlet's article read through the feed pipeline (the text's phrases are kept); returns its round."""
    pipeline = Pipeline(app.db, app.directory, app.clock)
    result = await pipeline.ingest_text(outlet=outlet, url=f"https://{outlet.lower().replace(' ', '-')}.example/26",
                                        title=TITLES[name], published=DAY, text=TEXTS[name])
    return result.round_id


async def reported(app, **figures) -> int:
    """Zerkalo's report of the new round; returns the round's number."""
    result = await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND, **figures))
    return await round_number(app, result.round_id)


def state_line(answer: str) -> str:
    """The line under the round's title."""
    return answer.splitlines()[1]


async def test_a_round_one_outlet_reported_says_so_in_latest_rounds_and_round(app, ask):
    first = await reported(app)
    assert state_line(await ask("/latest")) == "Status: one report so far, not confirmed yet"
    assert state_line(await ask(f"/round {first}")) == "Status: one report so far, not confirmed yet"
    assert f"#{first} April 17, 2026 — 26 people · Zerkalo" in await ask("/rounds")
    assert "26 people · Zerkalo <https://zerkalo.example/2026-04-17/26> · one report so far" in await ask("/rounds")


async def test_three_outlets_giving_the_same_number_confirm_the_round(app, ask):
    for outlet in ("Zerkalo", "Nasha Niva", "Reform.by"):
        await report(app, outlet, NEW_ROUND, facts(26, event_date=NEW_ROUND))
    assert state_line(await ask("/latest")) == "Status: confirmed by 3 outlets"


async def test_outlets_that_disagree_on_the_number_do_not_confirm_it(app, ask):
    await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await report(app, "Nasha Niva", NEW_ROUND, facts(25, event_date=NEW_ROUND))
    assert state_line(await ask("/latest")) == "Status: 2 reports so far, not confirmed yet"


async def test_a_wire_copy_under_another_name_is_not_a_second_source(app, ask):
    await report(app, "The Associated Press", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await report(app, "The Associated Press (Yahoo copy)", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await report(app, "The Associated Press (via Salem Radio Network)", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    assert state_line(await ask("/latest")) == "Status: one report so far, not confirmed yet"


async def test_a_rewrite_of_one_story_is_not_a_second_source_but_an_own_report_is(app, ask):
    round_id = await read(app, "zerkalo", "Zerkalo")
    assert await read(app, "rewrite", "Belarus Portal") == round_id
    assert state_line(await ask("/latest")) == "Status: one report so far, not confirmed yet"
    assert await read(app, "nasha-niva", "Nasha Niva") == round_id
    assert state_line(await ask("/latest")) == "Status: confirmed by 2 outlets"


async def test_an_official_announcement_confirms_a_round_at_once(app, ask):
    await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND, source="his press service"))
    assert state_line(await ask("/latest")) == "Status: confirmed by an official announcement"


async def test_a_human_rights_groups_own_report_confirms_a_round_at_once(app, ask):
    await report(app, "Viasna", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    assert state_line(await ask("/latest")) == "Status: confirmed by a human rights group's own report"


async def test_the_projects_seeded_rounds_are_confirmed_from_its_record(ask):
    assert state_line(await ask("/latest")) == "Status: confirmed: in Pardon Watch's checked record of past rounds"
    assert "· confirmed: in Pardon Watch's checked record of past rounds" in await ask("/rounds")


async def test_the_state_is_said_in_belarusian_and_russian(app, ask):
    await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await report(app, "Nasha Niva", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    assert state_line(await ask("/latest", "be")) == "Статус: пацверджана 2 выданнямі"
    assert state_line(await ask("/latest", "ru")) == "Статус: подтверждено 2 изданиями"


async def test_moderators_decisions_are_the_state(app, ask, alice):
    round_id = await reported(app, women=4)
    await ask(f"/approve {round_id}", user=alice)
    assert state_line(await ask("/latest")) == "Status: checked by a moderator"
    await ask(f"/correct {round_id} women 5", user=alice)
    assert state_line(await ask("/latest")) == "Status: corrected by a moderator"


async def test_a_rejected_round_is_shown_nowhere_but_in_round_and_the_audit(app, ask, alice):
    seeded_latest = (await ask("/latest")).splitlines()[0]
    round_id = await reported(app)
    chart_before = await gather(app.db)
    await ask(f"/reject {round_id} — an amnesty law, not a pardon", user=alice)
    assert (await ask("/latest")).splitlines()[0] == seeded_latest  # the seeds' newest round is the latest again
    assert f"#{round_id} " not in await ask("/rounds")
    assert len((await gather(app.db)).rounds) == len(chart_before.rounds) - 1
    detail = await ask(f"/round {round_id}")
    assert "Status: rejected by a moderator" in detail and "Reason: an amnesty law, not a pardon" in detail
    assert f"Round #{round_id} is rejected" in await ask("/audit", user=alice)


async def test_a_later_report_of_a_rejected_round_joins_it_and_stays_hidden(app, ask, alice):
    first = await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await ask(f"/reject {await round_number(app, first.round_id)}", user=alice)
    later = await report(app, "Nasha Niva", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    assert later.round_id == first.round_id and not later.new_round
    assert "April 17, 2026" not in await ask("/rounds")
    assert "Nothing is waiting for review." in await ask("/review", user=alice)


async def test_undoing_a_rejection_shows_the_round_again(app, ask, alice):
    round_id = await reported(app)
    await ask(f"/reject {round_id}", user=alice)
    assert "Everything is as it was" in await ask("/undo", user=alice)
    latest = await ask("/latest")
    assert f"(#{round_id})" in latest and state_line(latest) == "Status: one report so far, not confirmed yet"


async def test_people_a_rejected_round_named_released_are_not_shown_released_by_it_until_undone(app, ask, alice):
    named = await report(app, "Nasha Niva", "2026-06-10", facts(40, event_date="2026-06-10",
                                                                  named_released=["Максім Знак"]),
                         url="https://nashaniva.example/40")
    released = "Status: released (since June 10, 2026) — Nasha Niva <https://nashaniva.example/40>"
    assert released in await ask("/prisoner Znak")
    await ask(f"/reject {await round_number(app, named.round_id)} — not a pardon", user=alice)
    after = await ask("/prisoner Znak")
    assert "June 10, 2026" not in after and "Nasha Niva" not in after
    await ask("/undo", user=alice)
    assert released in await ask("/prisoner Znak")
