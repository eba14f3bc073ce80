"""Subscribing groups, topics and channels; chats that remove the bot are unsubscribed."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.transports.telegram import TelegramTransport
from tests.telegram.fake_api import BOT_ID, FakeBotApi, message_update, my_chat_member_update

GROUP, ADMIN, MEMBER = -100777, 801, 802
CHANNEL = -100888


async def subscriptions(telegram: TelegramTransport, chat_id: int) -> list[tuple[str, str]]:
    return [(s.thread_id, s.language) for s in await telegram.app.db.chats.subscriptions("telegram", str(chat_id))]


@pytest.fixture
def group(fake_api: FakeBotApi) -> int:
    fake_api.members[(GROUP, ADMIN)] = "administrator"
    fake_api.members[(GROUP, MEMBER)] = "member"
    return GROUP


async def test_a_group_admin_subscribes_the_group_in_a_chosen_language(tg_ask, telegram, group: int):
    answer = await tg_ask("/subscribe be", chat_id=group, user_id=ADMIN)
    assert answer.startswith("Subscribed")
    assert await subscriptions(telegram, group) == [("", "be")]


async def test_a_group_member_who_is_not_admin_cannot_subscribe(tg_ask, telegram, group: int):
    answer = await tg_ask("/subscribe", chat_id=group, user_id=MEMBER)
    assert answer == "Only this chat's administrators can do this."
    assert await subscriptions(telegram, group) == []


async def test_subscribing_in_a_forum_topic_subscribes_only_that_topic(tg_ask, telegram, group: int):
    await tg_ask("/subscribe ru", chat_id=group, user_id=ADMIN, thread_id=42)
    assert await subscriptions(telegram, group) == [("42", "ru")]
    await tg_ask("/unsubscribe", chat_id=group, user_id=ADMIN, thread_id=42)
    assert await subscriptions(telegram, group) == []


async def test_a_wrong_language_is_refused_and_changes_nothing(tg_ask, telegram, group: int):
    answer = await tg_ask("/subscribe klingon", chat_id=group, user_id=ADMIN)
    assert answer.startswith("Usage: /subscribe")
    assert await subscriptions(telegram, group) == []


@pytest.mark.parametrize(("user_status", "bot_status", "expected", "subscribed"), [
    ("administrator", "administrator", "Subscribed", True),
    ("creator", "administrator", "Subscribed", True),
    ("member", "administrator", "Only administrators of @pardon_news can do this.", False),
    (None, "administrator", "Only administrators of @pardon_news can do this.", False),
    ("administrator", "member", "Make me an administrator of @pardon_news first", False),
])
async def test_a_channel_is_subscribed_from_a_private_chat_only_when_user_and_bot_are_admins(
        tg_ask, telegram, fake_api: FakeBotApi, user_status, bot_status, expected, subscribed):
    admins = {BOT_ID: bot_status} | ({ADMIN: user_status} if user_status else {})
    fake_api.add_channel("pardon_news", CHANNEL, admins)
    answer = await tg_ask("/subscribe @pardon_news ru", chat_id=ADMIN, user_id=ADMIN)
    assert answer.startswith(expected)
    assert await subscriptions(telegram, CHANNEL) == ([("", "ru")] if subscribed else [])


async def test_an_unknown_channel_is_refused(tg_ask, telegram):
    answer = await tg_ask("/subscribe @no_such_channel", chat_id=ADMIN, user_id=ADMIN)
    assert answer.startswith("I cannot find @no_such_channel")


async def test_a_channel_admin_unsubscribes_the_channel_from_a_private_chat(tg_ask, telegram, fake_api):
    fake_api.add_channel("pardon_news", CHANNEL, {BOT_ID: "administrator", ADMIN: "administrator"})
    await tg_ask("/subscribe @pardon_news", chat_id=ADMIN, user_id=ADMIN)
    answer = await tg_ask("/unsubscribe @pardon_news", chat_id=ADMIN, user_id=ADMIN)
    assert answer.startswith("Unsubscribed")
    assert await subscriptions(telegram, CHANNEL) == []


async def test_a_group_that_removes_the_bot_is_unsubscribed(tg_ask, telegram, fake_api, group: int):
    await tg_ask("/subscribe", chat_id=group, user_id=ADMIN)
    fake_api.push(my_chat_member_update(group, ADMIN, "kicked"))
    async with asyncio.timeout(5):
        while await subscriptions(telegram, group):
            await asyncio.sleep(0.02)


async def test_a_failing_update_is_logged_without_the_users_text(tg_ask, telegram, fake_api, caplog):
    fake_api.blocked.add(9091)
    caplog.set_level(logging.ERROR)
    fake_api.push(message_update(9091, "/prisoner Secret Name", 9091))
    await fake_api.wait_for(lambda: any("while handling" in r.getMessage() for r in caplog.records))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Forbidden while handling a message update" in logged
    assert "Secret" not in logged


async def test_the_subscribe_confirmation_is_in_the_chats_language(tg_ask, telegram, group: int):
    answer = await tg_ask("/subscribe", chat_id=group, user_id=ADMIN, language="be")
    assert answer.splitlines() == [
        "Падпіска аформлена: новыя хвалі памілаванняў будуць з'яўляцца тут. Мова: Беларуская.",
        "Хваля з'яўляецца тут, калі яе пацвердзяць два незалежныя выданні або афіцыйная крыніца ці праверыць "
        "мадэратар. Каб атрымліваць першае паведамленне адразу, дашліце /subscribe fast."]
    assert await subscriptions(telegram, group) == [("", "be")]
