"""Watching a prisoner end to end: python-telegram-bot against the loopback Bot API, the real
extractor and feed pipeline, the trust gate, and the outbox worker delivering the notification."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from bot.config import Config
from bot.transports.telegram import TelegramTransport
from tests.reports import round_number
from tests.telegram.fake_api import FakeBotApi, callback_update
from tests.watch.conftest import SECRET
from tests.watch.news import NASHA_NIVA, ZERKALO, publish

CHAT = 7101


@pytest.fixture
def config(config: Config) -> Config:
    return dataclasses.replace(config, watch_secret=SECRET)


def _notifications(api: FakeBotApi, chat: int = CHAT) -> list[str]:
    return [t for t in api.texts_to(chat) if "Znak" in t and ("released" in t or "Correction" in t)
            and "You are now watching" not in t]


async def test_a_confirmed_release_reaches_the_watching_chat_once_with_its_source(
        tg_ask, fake_api: FakeBotApi, telegram: TelegramTransport):
    assert "You are now watching Maxim Znak." in await tg_ask("/watch Максима Знака", chat_id=CHAT)
    await publish(telegram.app, "Zerkalo", ZERKALO)
    await asyncio.sleep(1.0)  # the worker polls every 0.1 s: a notification would have come
    assert _notifications(fake_api) == []  # one unconfirmed report: nothing yet
    await publish(telegram.app, "Nasha Niva", NASHA_NIVA)
    await fake_api.wait_for(lambda: _notifications(fake_api))
    await asyncio.sleep(0.5)  # anything sent twice would arrive by now
    [message] = _notifications(fake_api)
    assert "<b>Maxim Znak has been released.</b>" in message
    assert 'href="https://zerkalo.example/znak"' in message or 'href="https://nashaniva.example/znak"' in message
    assert "/unwatch #" in message


async def test_a_moderators_rejection_sends_one_correction(tg_ask, fake_api: FakeBotApi, telegram: TelegramTransport):
    await tg_ask("/watch Максима Знака", chat_id=CHAT)
    await publish(telegram.app, "Zerkalo", ZERKALO)
    round_id = await publish(telegram.app, "Nasha Niva", NASHA_NIVA)
    await fake_api.wait_for(lambda: _notifications(fake_api))
    number = await round_number(telegram.app, round_id)
    answer = await tg_ask(f"/reject {number} — the outlets misread a list of transfers", chat_id=1, user_id=1)
    assert "eject" in answer
    await fake_api.wait_for(lambda: len(_notifications(fake_api)) == 2)
    await asyncio.sleep(0.5)
    first, correction = _notifications(fake_api)
    assert "<b>Correction about Maxim Znak:</b>" in correction and "Status now: <b>held</b>" in correction


async def test_near_ties_come_as_buttons_and_a_press_watches_that_person(fake_api: FakeBotApi,
                                                                         telegram: TelegramTransport, tg_ask):
    db = telegram.app.db
    async with db.transaction():
        other = await db.prisoners.add(name_en="Siarhei Znak", name_be="Сяргей Знак", name_ru="Сергей Знак",
                                       now="2025-01-01")
    await telegram.app.directory.load()
    answer = await tg_ask("/watch Знак", chat_id=CHAT)
    assert "Several people match." in answer
    keyboard = fake_api.messages[CHAT][-1]["reply_markup"]["inline_keyboard"]
    presses = {row[0]["text"]: row[0]["callback_data"] for row in keyboard}
    assert presses["Siarhei Znak"] == f"/watch #{other}"
    before = len(fake_api.messages[CHAT])
    fake_api.push(callback_update(CHAT, CHAT, presses["Siarhei Znak"]))
    await fake_api.wait_for(lambda: len(fake_api.messages[CHAT]) > before)
    assert "You are now watching Siarhei Znak." in fake_api.texts_to(CHAT)[-1]


async def test_in_a_group_the_bot_explains_and_stores_nothing(tg_ask, telegram: TelegramTransport):
    answer = await tg_ask("/watch Максима Знака", chat_id=-1007101, user_id=CHAT, kind="supergroup")
    assert "Watches are private" in answer
    assert await telegram.app.db.watches.count("telegram", "-1007101") == 0


def _about_znak(api: FakeBotApi, chat: int = CHAT) -> list[str]:
    """Every message to the watching chat after its /watch was confirmed."""
    texts = api.texts_to(chat)
    start = max(i for i, t in enumerate(texts) if "You are now watching" in t or "Теперь вы следите" in t)
    return texts[start + 1:]


async def test_a_moderator_setting_abroad_notifies_once_and_undo_sends_one_correction(
        tg_ask, fake_api: FakeBotApi, telegram: TelegramTransport):
    await tg_ask("/watch Максима Знака", chat_id=CHAT)
    answer = await tg_ask("/status Znak abroad 2025-01-29 https://spring96.org/en/news/znak-vilnius",
                          chat_id=1, user_id=1)
    assert "freed and taken abroad" in answer
    await fake_api.wait_for(lambda: _about_znak(fake_api))
    await asyncio.sleep(0.5)  # anything sent twice would arrive by now
    [message] = _about_znak(fake_api)
    assert "<b>Maxim Znak has been freed and taken abroad.</b>" in message and "spring96.org" in message
    await tg_ask("/undo", chat_id=1, user_id=1)
    await fake_api.wait_for(lambda: len(_about_znak(fake_api)) == 2)
    await asyncio.sleep(0.5)
    correction = _about_znak(fake_api)[1]
    assert "<b>Correction about Maxim Znak:</b>" in correction and "(freed and taken abroad)" in correction
    assert "Status now: <b>held</b>" in correction


async def test_a_new_case_set_in_russian_words_notifies_a_russian_chat_once_in_russian(
        tg_ask, fake_api: FakeBotApi, telegram: TelegramTransport):
    await tg_ask("/watch Максима Знака", chat_id=CHAT, language="ru")
    answer = await tg_ask("/status Знак новое_дело 2025-01-28 Вясна", chat_id=1, user_id=1, language="ru")
    assert "за решёткой, новое дело или срок" in answer
    await fake_api.wait_for(lambda: _about_znak(fake_api))
    await asyncio.sleep(0.5)
    [message] = _about_znak(fake_api)
    assert "<b>Максим Знак: новое уголовное дело или новый срок.</b>" in message and "Вясна" in message
    await tg_ask("/undo", chat_id=1, user_id=1, language="ru")
    await fake_api.wait_for(lambda: len(_about_znak(fake_api)) == 2)
    await asyncio.sleep(0.5)
    assert len(_about_znak(fake_api)) == 2
