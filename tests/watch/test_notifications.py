"""Only trustworthy news notifies a watching chat, once, in its language; a withdrawn one is corrected."""

from __future__ import annotations

import asyncio
import logging

from bot.outbox import ChatGone, OutboxWorker, SendFailed
from bot.outbox.codec import reply_from_json
from bot.render import render_plain
from tests.outbox.test_outbox import FAST, RecordingSender
from tests.reports import facts, report, round_number

# Maxim Znak, held in the seed facts; the reports name him in English while the chat watches him in Russian.
RELEASE_DATE = "2026-05-20"


def _released(pardoned: int, outlet_sentence: str) -> dict:
    found = facts(pardoned, event_date=RELEASE_DATE, named_released=["Maxim Znak"])
    found["evidence"] = {"named_released": outlet_sentence}
    return found


async def _report(app, outlet: str, pardoned: int = 18, sentence: str = "Lukashenko pardoned 18 people,"
                  " among them the lawyer Maxim Znak, who left the colony on Wednesday."):
    result = await report(app, outlet, RELEASE_DATE, _released(pardoned, sentence))
    async with app.db.transaction():
        await app.dispatcher.round_changed(result.round_id)
    return result


async def _notifications(app) -> list[tuple[str, str]]:
    """(chat id, plain text) of every queued watch notification."""
    async with app.db.conn.execute(
        "SELECT s.chat_id, o.body_json FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id"
        " WHERE o.kind = 'watch' ORDER BY o.id") as cur:
        return [(r[0], render_plain(reply_from_json(r[1]))) for r in await cur.fetchall()]


async def test_a_single_unconfirmed_report_notifies_no_one(say, app):
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    assert await _notifications(app) == []


async def test_a_second_independent_report_confirms_the_round_and_notifies_once_with_the_source(say, app):
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    second = await _report(app, "Nasha Niva")
    [(chat, message)] = await _notifications(app)
    assert chat == "5001"
    assert "Maxim Znak has been released." in message
    assert f"Pardon round #{await round_number(app, second.round_id)}" in message
    assert "Sources: Nasha Niva" in message or "Sources: Zerkalo" in message
    assert "“Lukashenko pardoned 18 people, among them the lawyer Maxim Znak" in message


async def test_a_third_report_of_the_confirmed_round_notifies_no_one_again(say, app):
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    await _report(app, "Reform.news")
    assert len(await _notifications(app)) == 1


async def test_only_the_chats_watching_the_person_are_notified(say, app):
    await say("/watch Максима Знака", chat="5001")
    await say("/watch Kalesnikava", chat="5002")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    assert [chat for chat, _text in await _notifications(app)] == ["5001"]


async def test_the_notification_is_in_the_language_the_chat_watched_in(say, app):
    await say("/watch Максима Знака", lang="be")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    [(_chat, message)] = await _notifications(app)
    assert "Максім Знак" in message and "released" not in message


async def test_a_moderator_approving_a_single_report_notifies(say, app, ask):
    await say("/watch Максима Знака")
    first = await _report(app, "Zerkalo")
    assert await _notifications(app) == []
    await ask(f"/approve {await round_number(app, first.round_id)}")
    [(_chat, message)] = await _notifications(app)
    assert "Maxim Znak has been released." in message


async def test_a_moderators_status_notifies_with_its_source(say, app, ask):
    await say("/watch Максима Знака")
    answer = await ask("/status Znak released 2025-01-30 https://spring96.org/be/news/123")
    assert "released" in answer
    [(_chat, message)] = await _notifications(app)
    assert "Maxim Znak has been released." in message and "Set by a moderator of this bot." in message
    assert "spring96.org" in message


async def test_rejecting_the_round_after_the_notification_sends_one_correction(say, app, ask):
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    second = await _report(app, "Nasha Niva")
    await ask(f"/reject {await round_number(app, second.round_id)} — the outlets misread a list")
    messages = [text for _chat, text in await _notifications(app)]
    assert len(messages) == 2
    assert "Correction about Maxim Znak:" in messages[1] and "is withdrawn" in messages[1]
    assert "Status now: held" in messages[1]


async def test_undoing_a_moderators_status_sends_one_correction(say, app, ask):
    await say("/watch Максима Знака")
    await ask("/status Znak released 2025-01-30 https://spring96.org/be/news/123")
    await ask("/undo")
    messages = [text for _chat, text in await _notifications(app)]
    assert len(messages) == 2 and "Correction about Maxim Znak:" in messages[1]


async def test_without_watchers_a_confirmed_release_queues_nothing(app):
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    assert await _notifications(app) == []
    async with app.db.conn.execute("SELECT count(*) FROM outbox WHERE kind = 'watch'") as cur:
        assert (await cur.fetchone())[0] == 0




async def _deliver(app, sender) -> None:
    worker = OutboxWorker(app.db, {"telegram": sender}, limits=FAST)
    task = asyncio.create_task(worker.run())
    try:
        async with asyncio.timeout(10):
            while await app.db.watches.pending_notices():
                await asyncio.sleep(0.02)
    finally:
        worker.stop()
        await task


class TelegramRecorder(RecordingSender):
    platform = "telegram"


async def test_the_outbox_delivers_the_notification_once_and_then_deletes_it(say, app):
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    sender = TelegramRecorder()
    await _deliver(app, sender)
    assert len(sender.posts["5001"]) == 1 and "Maxim Znak has been released." in sender.posts["5001"][0]
    async with app.db.conn.execute("SELECT count(*) FROM outbox WHERE kind = 'watch'") as cur:
        assert (await cur.fetchone())[0] == 0


async def test_a_notification_the_platform_refuses_for_good_is_deleted_not_kept(say, app):
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    sender = TelegramRecorder()
    sender.failures["5001"] = [SendFailed("Bad Request", permanent=True)]
    await _deliver(app, sender)
    assert sender.posts == {}
    assert await app.db.watches.pending_notices() == 0


async def test_a_chat_watching_two_people_released_in_one_round_gets_two_messages(say, app):
    async with app.db.transaction():
        other = await app.db.prisoners.add(name_en="Andrzej Poczobut", name_be="Андрэй Пачобут",
                                           name_ru="Анджей Почобут", now="2025-01-01")
        await app.db.prisoners.add_status(other, status="held", since="2025-09-11", source="Viasna", url=None,
                                          origin="registry", now="2025-01-01")
    await app.directory.load()
    await say("/watch Максима Знака")
    await say("/watch Почобута")
    for outlet in ("Zerkalo", "Nasha Niva"):
        found = facts(18, event_date=RELEASE_DATE, named_released=["Maxim Znak", "Andrzej Poczobut"])
        result = await report(app, outlet, RELEASE_DATE, found)
        async with app.db.transaction():
            await app.dispatcher.round_changed(result.round_id)
    messages = sorted(text.splitlines()[0] for _chat, text in await _notifications(app))
    assert messages == ["Andrzej Poczobut has been released.", "Maxim Znak has been released."]


async def test_a_watching_chat_that_blocked_the_bot_loses_its_watches_and_is_not_named_in_the_log(
        say, app, caplog):
    await say("/watch Максима Знака", chat="5009")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    sender = TelegramRecorder()
    sender.failures["5009"] = [ChatGone("Forbidden: bot was blocked by the user")]
    caplog.set_level(logging.DEBUG, logger="bot")  # the bot's own lines (libraries' are quieted in a run)
    await _deliver(app, sender)
    assert sender.posts == {} and await app.db.watches.pending_notices() == 0
    assert await app.db.watches.count("telegram", "5009") == 0
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot")]
    assert any("is gone" in line for line in ours) and not any("5009" in line for line in ours)
