"""Moderators name rounds by the numbers people see in /rounds and /latest, never by stored ids: a round
learned late takes its place by date and moves the newer ones up, a rejected round keeps its number
without renumbering the others, and a review card's buttons act on the round the card shows."""

from __future__ import annotations

from bot.outbox.codec import reply_from_json
from tests.reports import facts, report, round_number
from tests.review.news import DAY

NEW_ROUND = DAY.isoformat()
LATE_ROUND = "2025-05-20"  # an older round the bot learns of only after the new one


async def new_then_late(app) -> tuple[int, int]:
    """The new round reported, then a late report of an older round; their stored ids."""
    new = await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await app.dispatcher.round_changed(new.round_id)
    late = await report(app, "Belsat", LATE_ROUND, facts(16, event_date=LATE_ROUND))
    await app.dispatcher.round_changed(late.round_id)
    assert late.new_round and late.round_id > new.round_id
    return new.round_id, late.round_id


async def every_round(ask) -> str:
    """Every page of /rounds."""
    return "\n".join([await ask(f"/rounds {page}") for page in (1, 2, 3)])


async def test_approve_acts_on_the_round_latest_shows_under_that_number(app, ask, alice):
    new, late = await new_then_late(app)
    number = await round_number(app, new)
    assert number != new  # the stored id and the number differ: the late round took a place before it
    assert (await ask("/latest")).splitlines()[0] == f"Latest pardon round (#{number})"
    assert (await ask(f"/approve {number}", user=alice)).startswith(f"Round #{number} is approved")
    assert (await ask("/latest")).splitlines()[1] == "Status: checked by a moderator"
    assert (await app.db.reviews.get(late)).decision is None


async def test_review_lists_rounds_by_the_numbers_of_rounds(app, ask, alice):
    new, late = await new_then_late(app)
    listed = await ask("/review", user=alice)
    rounds = await every_round(ask)
    for stored, date in ((new, "April 17, 2026"), (late, "May 20, 2025")):
        number = await round_number(app, stored)
        assert f"#{number} {date}" in listed and f"#{number} {date}" in rounds


async def test_a_rejected_round_keeps_its_number_and_renumbers_nothing(app, ask, alice):
    new, late = await new_then_late(app)
    late_number, new_number = await round_number(app, late), await round_number(app, new)
    await ask(f"/reject {late_number} — a transfer to house arrest, not a release", user=alice)
    assert f"#{late_number} " not in await every_round(ask)
    assert (await ask("/latest")).splitlines()[0] == f"Latest pardon round (#{new_number})"
    detail = await ask(f"/round {late_number}")
    assert detail.splitlines()[:3] == [f"Round #{late_number}", "Status: rejected by a moderator",
                                       "Reason: a transfer to house arrest, not a release"]
    assert (await ask(f"/approve {late_number}", user=alice)).startswith(f"Round #{late_number} is approved")
    assert f"#{late_number} May 20, 2025" in await every_round(ask)


async def test_a_cards_buttons_act_on_its_round_after_an_older_round_moved_the_numbers(app, ask, alice):
    await app.db.chats.set_modchat("test", "mods", "", "en", "2026-04-17T12:00:00+00:00")
    new = await report(app, "Zerkalo", NEW_ROUND, facts(26, event_date=NEW_ROUND))
    await app.dispatcher.round_changed(new.round_id)
    [card] = await app.db.outbox.of_round(new.round_id, "card")
    approve = next(b.command for b in reply_from_json(card.body_json).buttons if b.label == "Approve")
    card_number = await round_number(app, new.round_id)
    await report(app, "Belsat", LATE_ROUND, facts(16, event_date=LATE_ROUND))  # every number after it moves up
    assert await round_number(app, new.round_id) == card_number + 1

    assert (await ask(approve, user=alice)).startswith(f"Round #{card_number + 1} is approved")
    assert (await app.db.reviews.get(new.round_id)).decision == "approved"
