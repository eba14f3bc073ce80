"""Trust before broadcast on Telegram: the real python-telegram-bot stack against the loopback Bot API,
feeds read from a loopback HTTP server, moderators deciding with the review card's buttons."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from bot.transports.telegram import TelegramTransport
from tests.conftest import table_dump
from tests.reports import round_number, round_places
from tests.review.news import DAY, feed_reader, publish
from tests.telegram.fake_api import FakeBotApi, press_update, reply_update

FAST_CHAT = 7001  # a person's own chat: /subscribe there posts at the first report
GROUP, GROUP_ADMIN = -1007002, 7802  # a group: /subscribe there waits for confirmation
MODCHAT = -1007100  # the moderators' chat
OWNER, MODERATOR, STRANGER = 1, 801, 9999
QUIET = 0.6  # seconds in which a wrongly queued post would have arrived
BY_DATE = DAY.isoformat()  # how the card's buttons name the round


@dataclass(frozen=True)
class Newsroom:
    app: object
    api: FakeBotApi


@pytest.fixture
async def newsroom(tg_ask, telegram: TelegramTransport, fake_api: FakeBotApi) -> Newsroom:
    """A fast chat, a group that waits for confirmation, a moderator and the moderators' chat."""
    fake_api.members[(GROUP, GROUP_ADMIN)] = "administrator"
    assert (await tg_ask("/subscribe", chat_id=FAST_CHAT)).startswith("Subscribed")
    assert (await tg_ask("/subscribe", chat_id=GROUP, user_id=GROUP_ADMIN)).startswith("Subscribed")
    assert "is now a moderator" in await tg_ask(f"/mod add {MODERATOR}", chat_id=OWNER, user_id=OWNER)
    assert "moderators' chat" in await tg_ask("/modchat", chat_id=MODCHAT, user_id=OWNER)
    return Newsroom(telegram.app, fake_api)


def sent_to(api: FakeBotApi, chat: int) -> list[dict]:
    """The bot's messages in a chat that are round posts (not answers to commands)."""
    return [m for m in api.messages.get(chat, []) if m["text"].startswith(("<b>Pardon round", "<b>Retraction"))]


def card(api: FakeBotApi, number: int) -> dict:
    """The review card of the round (by its number in /rounds) in the moderators' chat."""
    [found] = [m for m in api.messages.get(MODCHAT, []) if m["text"].startswith(f"<b>Review: pardon round #{number}")]
    return found


def buttons(message: dict) -> dict[str, str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return {row[0]["text"]: row[0]["callback_data"] for row in rows}


def calls_to(api: FakeBotApi, method: str, chat: int) -> int:
    return sum(1 for c in api.ok_calls(method) if int(c.params["chat_id"]) == chat)


async def reported_by_one_outlet(app, api: FakeBotApi, server) -> int:
    """Zerkalo's report read in one poll, and its round's card in the moderators' chat; returns the
    round's number."""
    async with feed_reader(app) as poller:
        round_id = await publish(app, server, poller, "zerkalo", "Zerkalo")
    await api.wait_for(lambda: any("Review: pardon round" in m["text"] for m in api.messages.get(MODCHAT, [])))
    return await round_number(app, round_id)


async def settled(app) -> None:
    """Wait until the outbox has delivered everything queued."""
    async with asyncio.timeout(10):
        while (await app.db.outbox.state_counts()).keys() - {"sent"}:
            await asyncio.sleep(0.05)


async def test_one_outlets_report_reaches_a_fast_chat_within_one_poll_and_not_a_confirmed_one(newsroom, server):
    app, api = newsroom.app, newsroom.api
    async with feed_reader(app) as poller:
        number = await round_number(app, await publish(app, server, poller, "zerkalo", "Zerkalo"))
    await api.wait_for(lambda: sent_to(api, FAST_CHAT) and api.messages.get(MODCHAT, [])[-1:] and
                       "Review: pardon round" in api.messages[MODCHAT][-1]["text"])
    await settled(app)
    await asyncio.sleep(QUIET)
    [post] = sent_to(api, FAST_CHAT)
    assert "Status: <i>one report so far, not confirmed yet</i>" in post["text"]
    assert "Released: <b>26 people</b>" in post["text"]
    assert sent_to(api, GROUP) == []
    assert buttons(card(api, number)) == {"Approve": f"/approve {BY_DATE}", "Reject": f"/reject {BY_DATE}",
                                          "Correct": f"/correct {BY_DATE}"}


async def test_a_second_independent_outlet_confirms_the_round_and_the_confirmed_chat_gets_one_post(newsroom, server):
    app, api = newsroom.app, newsroom.api
    async with feed_reader(app) as poller:
        await publish(app, server, poller, "zerkalo", "Zerkalo")
        await api.wait_for(lambda: sent_to(api, FAST_CHAT))
        await publish(app, server, poller, "nasha-niva", "Nasha Niva")
    await api.wait_for(lambda: sent_to(api, GROUP) and "confirmed by 2" in sent_to(api, FAST_CHAT)[0]["text"])
    await settled(app)
    await asyncio.sleep(QUIET)
    [post] = sent_to(api, GROUP)
    assert "Status: <i>confirmed by 2 outlets</i>" in post["text"]
    assert calls_to(api, "sendMessage", GROUP) == 2  # the answer to /subscribe, then the one post
    assert len(sent_to(api, FAST_CHAT)) == 1  # the fast chat's first post was edited, not posted again


async def test_a_moderators_approve_button_posts_a_round_only_one_outlet_reported(newsroom, server):
    app, api = newsroom.app, newsroom.api
    number = await reported_by_one_outlet(app, api, server)
    api.push(press_update(card(api, number), MODERATOR, buttons(card(api, number))["Approve"]))
    await api.wait_for(lambda: sent_to(api, GROUP) and not buttons(card(api, number)))
    [post] = sent_to(api, GROUP)
    assert "Status: <i>checked by a moderator</i>" in post["text"]
    assert f"Approved by telegram:{MODERATOR}." in card(api, number)["text"]
    answer = api.messages[MODCHAT][-1]["text"]
    assert answer.startswith(f"Round #{number} is approved") and "/undo" in answer


async def test_a_rejected_round_becomes_a_retraction_in_every_chat_by_one_edit_each(newsroom, server, tg_ask):
    app, api = newsroom.app, newsroom.api
    async with feed_reader(app) as poller:
        number = await round_number(app, await publish(app, server, poller, "zerkalo", "Zerkalo"))
        await publish(app, server, poller, "nasha-niva", "Nasha Niva")
    await api.wait_for(lambda: sent_to(api, GROUP) and sent_to(api, FAST_CHAT))
    await settled(app)
    before = {chat: (calls_to(api, "sendMessage", chat), calls_to(api, "editMessageText", chat))
              for chat in (FAST_CHAT, GROUP)}
    answer = await tg_ask(f"/reject {number} — the families later said nobody was freed", chat_id=MODCHAT,
                          user_id=MODERATOR)
    assert answer.startswith(f"Round #{number} is rejected")
    await api.wait_for(lambda: all(sent_to(api, c)[0]["text"].startswith("<b>Retraction") for c in (FAST_CHAT, GROUP)))
    await settled(app)
    await asyncio.sleep(QUIET)
    for chat in (FAST_CHAT, GROUP):
        [retraction] = sent_to(api, chat)
        assert "pardon round of April 17, 2026 (26 people)" in retraction["text"]
        assert "Reason: the families later said nobody was freed" in retraction["text"]
        sends, edits = before[chat]
        assert (calls_to(api, "sendMessage", chat), calls_to(api, "editMessageText", chat)) == (sends, edits + 1)


async def test_a_non_moderator_pressing_the_buttons_changes_nothing_and_is_told_so_privately(
        newsroom, server, tg_config):
    app, api = newsroom.app, newsroom.api
    number = await reported_by_one_outlet(app, api, server)
    await settled(app)
    before, modchat_messages = table_dump(tg_config.db_path), len(api.messages[MODCHAT])
    for data in buttons(card(api, number)).values():
        api.push(press_update(card(api, number), STRANGER, data))
    await api.wait_for(lambda: len(api.callback_answers()) == 3)
    await asyncio.sleep(QUIET)
    assert [(a.get("text"), str(a.get("show_alert")).lower()) for a in api.callback_answers()] == \
        [("Only moderators can do this.", "true")] * 3
    assert len(api.messages[MODCHAT]) == modchat_messages
    assert sent_to(api, GROUP) == []
    assert table_dump(tg_config.db_path) == before


async def test_the_correct_button_asks_for_the_field_and_value_then_corrects_the_round(newsroom, server):
    app, api = newsroom.app, newsroom.api
    number = await reported_by_one_outlet(app, api, server)
    api.push(press_update(card(api, number), MODERATOR, buttons(card(api, number))["Correct"]))
    await api.wait_for(lambda: api.messages[MODCHAT][-1]["text"].startswith("Which figure"))
    fields = api.messages[MODCHAT][-1]
    assert fields["text"] == f"Which figure of round #{number} do you correct?"
    assert buttons(fields)["Women: 4"] == f"/correct {BY_DATE} women"
    api.push(press_update(fields, MODERATOR, buttons(fields)["Women: 4"]))
    await api.wait_for(lambda: api.messages[MODCHAT][-1]["text"].startswith(f"Round #{number}, women"))
    question = api.messages[MODCHAT][-1]
    asked = api.ok_calls("sendMessage")[-1].params
    assert asked["reply_markup"] == {"force_reply": True} and int(asked["chat_id"]) == MODCHAT
    api.push(reply_update(question, "5 — the official list names five women", MODERATOR))
    await api.wait_for(lambda: sent_to(api, GROUP) and not buttons(card(api, number)))
    [stored] = [i for i, place in (await round_places(app)).items() if place == number]
    assert await app.db.rounds.correction(stored, "women") == 5
    [post] = sent_to(api, GROUP)
    assert "Status: <i>corrected by a moderator</i>" in post["text"]
    assert "Women: <b>5</b>" in post["text"]


async def test_without_a_moderators_chat_each_moderator_gets_the_card_privately(tg_ask, telegram, fake_api, server):
    app = telegram.app
    assert "is now a moderator" in await tg_ask(f"/mod add {MODERATOR}", chat_id=OWNER, user_id=OWNER)
    async with feed_reader(app) as poller:
        number = await round_number(app, await publish(app, server, poller, "zerkalo", "Zerkalo"))
    await fake_api.wait_for(lambda: any(m["text"].startswith(f"<b>Review: pardon round #{number}")
                                        for m in fake_api.messages.get(MODERATOR, [])))
    assert "Review: pardon round" not in "".join(fake_api.texts_to(OWNER))  # owners are not moderators
