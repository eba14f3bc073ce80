"""The review queue: what enters it (a new round, a conflicting figure, a figure the extractor is unsure
of), what takes a round out (approve, reject, correct — each audited and undoable), and the card."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from bot.cli.feed_commands import cmd_ingest
from tests.conftest import FIXED_NOW, table_dump
from tests.reports import facts, report, round_number, round_places
from tests.review.news import DAY

NEW_ROUND = DAY.isoformat()


async def new_round(app, outlet: str = "Zerkalo", pardoned: int = 26, **extra) -> int:
    """An outlet's report of the new round; returns the round's number (its place in /rounds)."""
    result = await report(app, outlet, NEW_ROUND, facts(pardoned, event_date=NEW_ROUND, **extra))
    return await round_number(app, result.round_id)


async def waiting(app) -> dict[int, tuple[str, ...]]:
    """The rounds waiting for review, by number, with the reasons."""
    places = await round_places(app)
    return {places[r.round_id]: r.why for r in await app.db.reviews.waiting()}


async def test_the_seeded_rounds_never_wait_for_review(ask, alice):
    assert await ask("/review", user=alice) == "Nothing is waiting for review."


async def test_a_new_round_waits_for_review_and_review_lists_it(app, ask, alice):
    round_id = await new_round(app)
    assert await waiting(app) == {round_id: ("new_round",)}
    listed = (await ask("/review", user=alice)).splitlines()
    assert listed[0] == "1 round is waiting for review"
    assert listed[1].startswith(f"#{round_id} April 17, 2026 — 26 people · Zerkalo")
    assert listed[2] == "    one report so far, not confirmed yet · waiting: less than an hour · a new round"
    assert f"  [Review #{round_id}] /review {NEW_ROUND}" in listed  # a button names the round by its date


async def test_a_second_report_with_the_same_figures_adds_no_reason(app):
    round_id = await new_round(app)
    await new_round(app, "Nasha Niva")
    assert await waiting(app) == {round_id: ("new_round",)}


async def test_a_conflicting_figure_puts_an_approved_round_back_in_the_queue(app, ask, alice):
    round_id = await new_round(app, women=4)
    await ask(f"/approve {round_id}", user=alice)
    assert await waiting(app) == {}
    await new_round(app, "Nasha Niva", women=5)
    assert await waiting(app) == {round_id: ("conflict:women",)}
    assert "reports disagree on women" in await ask(f"/review {round_id}", user=alice)
    assert (await ask("/latest")).splitlines()[1] == "Status: checked by a moderator"  # still approved meanwhile


async def test_a_report_repeating_a_value_already_given_puts_nothing_back_in_the_queue(app, ask, alice):
    round_id = await new_round(app, women=4)
    await new_round(app, "Nasha Niva", women=5)
    await ask(f"/approve {round_id}", user=alice)
    await new_round(app, "Belsat", women=4)
    assert await waiting(app) == {}


async def test_outlets_numbering_rounds_differently_is_no_conflict(app, ask, alice):
    round_id = await new_round(app, ordinal=6)
    await ask(f"/approve {round_id}", user=alice)
    await new_round(app, "Nasha Niva", ordinal=5)
    assert await waiting(app) == {}


async def test_a_figure_the_extractor_is_unsure_of_waits_for_review(app, ask, alice):
    unsure = facts(26, event_date=NEW_ROUND, women=4)
    unsure["confidence"] = {"pardoned": "high", "event_date": "high", "women": "low"}
    round_id = await round_number(app, (await report(app, "Zerkalo", NEW_ROUND, unsure)).round_id)
    assert await waiting(app) == {round_id: ("new_round", "low:women")}
    card = await ask(f"/review {round_id}", user=alice)
    assert "Waiting because: a new round; the extractor is unsure of women" in card
    assert "Women: 4 (the extractor is unsure)" in card
    assert "Released: 26 people\n" in card + "\n"  # a figure the extractor was sure of carries no warning


# A real-looking report whose number of women is told only late, hedged and in a relative's quotation.
HEDGED_WOMEN = """Lukashenko pardons 37 political prisoners

Belarusian leader Alexander Lukashenko pardoned 37 people convicted of protest-related offences on 10 June 2026, \
his press service said.

The press service said the 37 had written petitions for clemency and admitted their guilt.

Rights groups welcomed the releases but said that new arrests continue every week.

The human rights centre Viasna counts more than a thousand political prisoners still behind bars.

Families waited outside the colony gates in the morning.

Several of those freed were taken straight to the border.

Exiled opposition figures called on the authorities to free everyone held for political reasons.

Western governments have pressed Minsk for further releases.

The pardons come ahead of the Independence Day holiday.

Earlier rounds this year freed several hundred people.

"I think about 9 of them were women," one relative told reporters.
"""


async def test_an_article_ingested_with_a_figure_the_extractor_is_unsure_of_waits_for_review(
        app, ask, alice, config, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(HEDGED_WOMEN, encoding="utf-8")
    args = argparse.Namespace(db=str(config.db_path), source=str(article), published=dt.date(2026, 6, 10),
                              outlet="Zerkalo")
    assert await cmd_ingest(args) == 0
    number = max(await waiting(app))
    assert f"new round #{number}" in capsys.readouterr().out
    assert (await waiting(app))[number] == ("new_round", "low:women")
    card = await ask(f"/review {number}", user=alice)
    assert "Waiting because: a new round; the extractor is unsure of women" in card
    assert "Women: 9 (the extractor is unsure)" in card
    assert "Released: 37 people\n" in card + "\n"


async def test_a_report_without_confidence_counts_as_medium(app):
    round_id = await new_round(app)
    async with app.db.conn.execute("SELECT DISTINCT confidence FROM round_claims c JOIN articles a"
                                   " ON a.id = c.article_id WHERE c.round_id = ?", (round_id,)) as cur:
        assert [r[0] for r in await cur.fetchall()] == ["medium"]


async def test_the_card_shows_each_figure_with_its_evidence_sentence_and_source(app, ask, alice):
    quoted = facts(26, event_date=NEW_ROUND, women=4)
    quoted["evidence"] = {"pardoned": "Alexander Lukashenko pardoned 26 people on Friday, relatives said.",
                          "women": "Among those released were 4 women."}
    round_id = await round_number(app, (await report(app, "Zerkalo", NEW_ROUND, quoted,
                                                      url="https://zerkalo.example/news/26")).round_id)
    card = (await ask(f"/review {round_id}", user=alice)).splitlines()
    assert card[:3] == [f"Review: pardon round #{round_id}", "Status: one report so far, not confirmed yet",
                        "Waiting because: a new round"]
    assert card[card.index("Released: 26 people") + 1] == (
        "    “Alexander Lukashenko pardoned 26 people on Friday, relatives said.” — Zerkalo "
        "<https://zerkalo.example/news/26>")
    assert card[card.index("Women: 4") + 1] == (
        "    “Among those released were 4 women.” — Zerkalo <https://zerkalo.example/news/26>")
    assert card[-3:] == [f"  [Approve] /approve {NEW_ROUND}", f"  [Reject] /reject {NEW_ROUND}",
                         f"  [Correct] /correct {NEW_ROUND}"]


async def test_a_disputed_figure_shows_the_sentence_behind_each_value(app, ask, alice):
    first = facts(26, event_date=NEW_ROUND, women=4)
    first["evidence"] = {"women": "Among those released were 4 women."}
    round_id = await round_number(app, (await report(app, "Zerkalo", NEW_ROUND, first,
                                                      url="https://zerkalo.example/26")).round_id)
    await report(app, "Nasha Niva", NEW_ROUND, facts(26, event_date=NEW_ROUND, women=4))
    other = facts(26, event_date=NEW_ROUND, women=5)
    other["evidence"] = {"women": "Five of them are women, a source close to the families said."}
    other["confidence"] = {"women": "low"}
    await report(app, "Belsat", NEW_ROUND, other, url="https://belsat.example/26")
    card = (await ask(f"/review {round_id}", user=alice)).splitlines()
    at = card.index("Women: 4 (5 <https://belsat.example/26> in other reports)")  # two outlets against one
    assert card[at + 1:at + 3] == [
        "    “Among those released were 4 women.” — Zerkalo <https://zerkalo.example/26>",
        "    5: “Five of them are women, a source close to the families said.” — Belsat <https://belsat.example/26>"
        " (the extractor is unsure)"]


@pytest.mark.parametrize("decision", ["/approve {round}", "/reject {round} — not a round",
                                      "/correct {round} women 5"])
async def test_a_decision_takes_the_round_out_of_the_queue_and_undo_puts_it_back(app, ask, alice, config, decision):
    round_id = await new_round(app, women=4)
    before = table_dump(config.db_path)
    assert "/undo" in await ask(decision.format(round=round_id), user=alice)
    assert await waiting(app) == {}
    await ask("/undo", user=alice)
    assert await waiting(app) == {round_id: ("new_round",)}
    after = table_dump(config.db_path)
    assert {t: rows for t, rows in after.items() if t != "audit_log"} == \
        {t: rows for t, rows in before.items() if t != "audit_log"}


async def test_every_decision_is_in_the_audit_log_with_its_reason(app, ask, alice):
    round_id = await new_round(app)
    await ask(f"/reject {round_id} — an amnesty law, not a pardon", user=alice)
    audit = (await ask("/audit 1", user=alice)).splitlines()[1]
    assert audit.endswith(f"console:alice — Round #{round_id} is rejected: it is no longer shown, and its posts "
                          "become a retraction. Reason: an amnesty law, not a pardon")


async def test_deciding_the_same_way_twice_is_refused_and_changes_nothing(app, ask, alice, config):
    round_id = await new_round(app)
    await ask(f"/approve {round_id}", user=alice)
    before = table_dump(config.db_path)
    assert await ask(f"/approve {round_id}", user=alice) == f"Round #{round_id} is already approved."
    assert table_dump(config.db_path) == before


@pytest.mark.parametrize("command", ["/approve", "/approve 99", "/reject six", "/review 1 2", "/approve 6 7"])
async def test_a_bad_decision_is_explained_and_changes_nothing(app, ask, alice, config, command):
    await new_round(app)
    before = table_dump(config.db_path)
    answer = await ask(command, user=alice)
    assert answer.startswith("Usage: /") or answer.startswith("There is no round “99”")
    assert table_dump(config.db_path) == before


async def test_the_queue_summary_counts_what_waits_and_the_oldest_wait(app):
    assert (await app.db.reviews.review_queue_summary(FIXED_NOW)).waiting == 0
    await new_round(app)
    await report(app, "Belsat", "2024-11-02", facts(14, event_date="2024-11-02"))
    summary = await app.db.reviews.review_queue_summary(FIXED_NOW + dt.timedelta(hours=3))
    assert (summary.waiting, summary.oldest_age) == (2, dt.timedelta(hours=3))
