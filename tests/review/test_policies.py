"""Subscription policies (`confirmed`, `fast`), what the outbox posts under each, retractions and
corrections of posted rounds, review cards' destinations, and the once-only reminder."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.app import open_app
from bot.dispatcher import Incoming
from bot.render import render_plain
from bot.reply import Reply, Span
from bot.review.reminders import remind_waiting
from tests.conftest import FIXED_NOW, fixed_clock, table_dump
from tests.outbox.test_outbox import RecordingSender, deliver_all
from tests.reports import facts, report, round_number
from tests.review.news import DAY

NEW_ROUND = DAY.isoformat()
TWO_HOURS = dt.timedelta(hours=2)


async def subscribe(app, chat: str, words: str = "", kind: str = "group", admin: bool = True) -> str:
    """`/subscribe …` sent in a chat of the test platform by one of its administrators."""
    async def is_admin() -> bool:
        return admin

    reply = await app.dispatcher.handle(Incoming("test", chat, "u1", f"/subscribe {words}".strip(), chat_kind=kind),
                                        is_chat_admin=is_admin)
    return render_plain(reply)


async def policies(app) -> dict[str, tuple[str, str]]:
    return {s.chat_id: (s.policy, s.language) for s in await app.db.chats.subscriptions("test")}


async def new_round(app, outlet: str = "Zerkalo", **extra) -> int:
    """An outlet's report of the new round, scheduled as the running bot does; returns the round's number."""
    result = await report(app, outlet, NEW_ROUND, facts(26, event_date=NEW_ROUND, **extra))
    await app.dispatcher.round_changed(result.round_id)
    return await round_number(app, result.round_id)


async def test_groups_and_channels_wait_for_confirmation_and_ones_own_chat_gets_news_first(app):
    await subscribe(app, "group", kind="group")
    await subscribe(app, "channel", kind="channel")
    await subscribe(app, "me", kind="private")
    assert await policies(app) == {"group": ("confirmed", "en"), "channel": ("confirmed", "en"),
                                   "me": ("fast", "en")}


@pytest.mark.parametrize(("words", "expected"), [
    ("fast", ("fast", "en")), ("ru confirmed", ("confirmed", "ru")), ("fast be", ("fast", "be")),
    ("хутка", ("fast", "en")), ("be пацверджаныя", ("confirmed", "be")), ("быстро ru", ("fast", "ru")),
])
async def test_the_policy_and_language_words_come_in_any_order_and_language(app, words, expected):
    await subscribe(app, "group", words)
    assert await policies(app) == {"group": expected}


@pytest.mark.parametrize("words", ["slow", "fast fast", "en ru", "fast en confirmed"])
async def test_a_wrong_policy_word_is_explained_and_changes_nothing(app, config, words):
    before = table_dump(config.db_path)
    assert await subscribe(app, "group", words) == \
        "Usage: /subscribe [@channel] [en|be|ru] [confirmed|fast]"
    assert table_dump(config.db_path) == before


async def test_subscribing_again_without_a_policy_keeps_the_chats_policy(app):
    await subscribe(app, "group", "fast")
    answer = await subscribe(app, "group", "be")
    assert answer.splitlines()[1].startswith("A round is posted at its first report")
    assert await policies(app) == {"group": ("fast", "be")}


async def test_a_confirmed_chat_gets_a_round_only_once_a_second_outlet_confirms_it(app):
    await subscribe(app, "fast-chat", "fast")
    await subscribe(app, "confirmed-chat", "confirmed")
    await new_round(app)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert list(sender.posts) == ["fast-chat"]
    await new_round(app, "Nasha Niva")
    await deliver_all(app.db, sender)
    assert sorted(sender.posts) == ["confirmed-chat", "fast-chat"]
    assert [len(p) for p in sender.posts.values()] == [1, 1]
    assert all("Status: confirmed by 2 outlets" in p[0] for p in sender.posts.values())


async def test_a_round_rejected_before_its_post_went_out_is_never_posted(app, ask, alice):
    await subscribe(app, "fast-chat", "fast")
    round_id = await new_round(app)
    await ask(f"/reject {round_id}", user=alice)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert sender.posts == {}


async def test_an_approval_undone_before_delivery_takes_the_confirmed_chats_post_back(app, ask, alice):
    await subscribe(app, "confirmed-chat", "confirmed")
    round_id = await new_round(app)
    await ask(f"/approve {round_id}", user=alice)
    await ask("/undo", user=alice)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert sender.posts == {}


async def test_a_correction_of_a_posted_round_edits_every_post_to_the_corrected_figure(app, ask, alice):
    await subscribe(app, "fast-chat", "fast")
    await subscribe(app, "ru-chat", "ru fast")
    round_id = await new_round(app, women=4)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    await ask(f"/correct {round_id} women 5 — the official list", user=alice)
    await deliver_all(app.db, sender)
    assert sender.edits == 2
    assert "Women: 5 (corrected by a moderator) (4 " in sender.posts["fast-chat"][0]
    assert "Статус: исправлено модератором" in sender.posts["ru-chat"][0]


async def test_a_rejected_posted_round_becomes_a_retraction_with_the_reason_in_each_language(app, ask, alice):
    await subscribe(app, "en-chat", "fast")
    await subscribe(app, "be-chat", "be fast")
    round_id = await new_round(app)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    await ask(f"/reject {round_id} — an amnesty law, not a pardon", user=alice)
    await deliver_all(app.db, sender)
    assert sender.posts["en-chat"] == [
        "Retraction\nThis post was about a pardon round of April 17, 2026 (26 people). Pardon Watch's moderators "
        "found that report wrong and withdrew it.\nReason: an amnesty law, not a pardon"]
    assert sender.posts["be-chat"][0].startswith("Абвяржэнне\nГэты допіс быў пра хвалю памілаванняў 17 красавіка")


async def test_a_post_in_flight_at_a_crash_then_rejected_gets_its_retraction(app, ask, alice):
    await subscribe(app, "fast-chat", "fast")
    round_id = await new_round(app)
    (post_id,) = [r[0] for r in await app.db.conn.execute_fetchall("SELECT id FROM outbox WHERE kind = 'post'")]
    await app.db.outbox.mark_sending(post_id, "2026-04-17T12:00:00")
    # The bot dies after the chat may have got the post but before it learnt the message's id.
    await app.db.outbox.recover_sending("test")
    await ask(f"/reject {round_id} — an amnesty law, not a pardon", user=alice)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert [p.split("\n")[0] for p in sender.posts["fast-chat"]] == ["Retraction"]


async def test_a_post_in_flight_at_a_crash_then_unapproved_goes_out_saying_it_awaits_review(app, ask, alice):
    await subscribe(app, "confirmed-chat", "confirmed")
    round_id = await new_round(app)
    await ask(f"/approve {round_id}", user=alice)
    (post_id,) = [r[0] for r in await app.db.conn.execute_fetchall("SELECT id FROM outbox WHERE kind = 'post'")]
    await app.db.outbox.mark_sending(post_id, "2026-04-17T12:00:00")
    # The chat may show the approved post; the bot dies before it learnt the message's id.
    await app.db.outbox.recover_sending("test")
    await ask("/undo", user=alice)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    (post,) = sender.posts["confirmed-chat"]
    assert post.split("\n")[:2] == ["Pardon round", "Status: one report so far, not confirmed yet"]


async def test_a_rejection_stopped_while_queueing_its_retractions_is_not_stored(app, ask, alice, config):
    await subscribe(app, "fast-chat", "fast")
    round_id = await new_round(app)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    before = table_dump(config.db_path)
    scheduled = app.dispatcher.round_changed

    async def stopped_here(changed: int) -> None:
        raise asyncio.CancelledError  # the process stops between the rejection and its retractions

    app.dispatcher.round_changed = stopped_here
    with pytest.raises(asyncio.CancelledError):
        await ask(f"/reject {round_id} — not a round", user=alice)
    assert table_dump(config.db_path) == before
    app.dispatcher.round_changed = scheduled
    assert "/undo" in await ask(f"/reject {round_id} — not a round", user=alice)
    await deliver_all(app.db, sender)
    assert sender.posts["fast-chat"][0].startswith("Retraction")


async def test_cards_go_to_each_telegram_moderators_chat_until_a_moderators_chat_is_set(app):
    await app.db.chats.set_moderator_chat("telegram", "801", True, "2025-02-01T12:00:00+00:00")
    await app.db.chats.set_moderator_chat("telegram", "802", True, "2025-02-01T12:00:00+00:00")
    assert [c.chat_id for c in await app.db.chats.review_chats()] == ["801", "802"]
    await app.db.chats.set_modchat("telegram", "-100900", "", "en", "2025-02-01T12:00:00+00:00")
    await app.db.chats.set_modchat("matrix", "!mods:example.org", "", "be", "2025-02-01T12:00:00+00:00")
    assert [(c.platform, c.chat_id, c.language) for c in await app.db.chats.review_chats()] == \
        [("telegram", "-100900", "en"), ("matrix", "!mods:example.org", "be")]


async def test_moderators_are_reminded_once_of_a_round_that_waits_too_long_even_across_a_restart(config):
    async with open_app(config, clock=fixed_clock) as app:
        await app.db.chats.set_modchat("test", "mods", "", "en", "2025-02-01T12:00:00+00:00")
        round_id = await new_round(app)
        assert await remind_waiting(app.db, FIXED_NOW + dt.timedelta(minutes=119), TWO_HOURS,
                                    app.dispatcher.round_changed) == []
        assert len(await remind_waiting(app.db, FIXED_NOW + TWO_HOURS, TWO_HOURS, app.dispatcher.round_changed)) == 1
    async with open_app(config, clock=fixed_clock) as app:  # a restart
        assert await remind_waiting(app.db, FIXED_NOW + 3 * TWO_HOURS, TWO_HOURS, app.dispatcher.round_changed) == []
        sender = RecordingSender()
        await deliver_all(app.db, sender)
    [card, reminder] = sender.posts["mods"]
    assert card.startswith(f"Review: pardon round #{round_id}")
    assert reminder.startswith("Reminder: this round has waited for review since February 1, 2025, 12:00 UTC.\n"
                               f"Review: pardon round #{round_id}")


async def test_a_reminder_not_yet_sent_when_the_round_is_decided_is_never_sent(app, ask, alice):
    await app.db.chats.set_modchat("test", "mods", "", "en", "2025-02-01T12:00:00+00:00")
    round_id = await new_round(app)
    await remind_waiting(app.db, FIXED_NOW + TWO_HOURS, TWO_HOURS, app.dispatcher.round_changed)
    await ask(f"/approve {round_id}", user=alice)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    [card] = sender.posts["mods"]
    assert card.startswith(f"Review: pardon round #{round_id}") and "Approved by console:alice." in card


class ButtonsSender(RecordingSender):
    """Records posts as the console shows them: with their buttons."""

    async def send(self, chat_id, thread_id, reply):
        return await super().send(chat_id, thread_id, Reply(lines=[[Span(render_plain(reply))]]))

    async def edit(self, chat_id, thread_id, message_id, reply):
        await super().edit(chat_id, thread_id, message_id, Reply(lines=[[Span(render_plain(reply))]]))


async def test_a_decided_card_and_its_reminder_lose_their_buttons(app, ask, alice):
    await app.db.chats.set_modchat("test", "mods", "", "en", "2025-02-01T12:00:00+00:00")
    round_id = await new_round(app)
    await remind_waiting(app.db, FIXED_NOW + TWO_HOURS, TWO_HOURS, app.dispatcher.round_changed)
    sender = ButtonsSender()
    await deliver_all(app.db, sender)
    assert [f"[Approve] /approve {NEW_ROUND}" in post for post in sender.posts["mods"]] == [True, True]
    await ask(f"/approve {round_id}", user=alice)
    await deliver_all(app.db, sender)
    assert sender.edits == 2
    assert all("/approve" not in post and "Approved by console:alice." in post for post in sender.posts["mods"])
