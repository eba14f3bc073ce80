"""A flood in a private chat, through the real Application and the fake Bot API: the limit's replies,
one warning, and then silence — no hint, no message at all, for what the limit dropped."""

from __future__ import annotations

import asyncio

import pytest

from bot.ratelimit import RateLimiter
from bot.transports.telegram import TelegramTransport
from tests.telegram.fake_api import FakeBotApi, message_update

BURST = 5
WARNING = "Too many commands at once. I will answer again in a minute."
HINT = "Commands start with"


@pytest.fixture
def limiter(telegram: TelegramTransport) -> RateLimiter:
    """The bot's limit with its clock stopped, so that nothing refills while the test runs."""
    telegram.app.dispatcher.limiter = RateLimiter(burst=BURST, per_minute=20, clock=lambda: 0.0)
    return telegram.app.dispatcher.limiter


async def flood(api: FakeBotApi, chat_id: int, texts: list[str], language: str = "en") -> list[str]:
    """Send the messages at once, then everything the chat shows once the bot has handled them all."""
    for text in texts:
        api.push(message_update(chat_id, text, chat_id, language))
    await api.wait_for(lambda: len(api.messages.get(chat_id, [])) >= BURST + 1)
    # Another person's command, answered after the flood was taken from the queue, then a pause
    # in which any late message to the flooding chat would still arrive.
    api.push(message_update(9090, "/total", 9090))
    await api.wait_for(lambda: api.messages.get(9090))
    await asyncio.sleep(0.5)
    return api.texts_to(chat_id)


async def test_thirty_commands_get_the_limits_replies_and_one_warning(fake_api, limiter):
    shown = await flood(fake_api, 6001, ["/total"] * 30)
    assert len(shown) == BURST + 1
    assert shown.count(WARNING) == 1  # replies are sent concurrently: the warning need not come last
    assert sum("Released since July 2024" in text for text in shown) == BURST


async def test_a_flood_of_plain_text_costs_no_more_than_a_flood_of_commands(fake_api, limiter):
    shown = await flood(fake_api, 6002, ["hello, is anyone there?"] * 30)
    assert len(shown) == BURST + 1
    assert shown.count(WARNING) == 1


async def test_a_throttled_forget_gets_no_misleading_hint(fake_api, limiter):
    shown = await flood(fake_api, 6003, ["/lang be"] + ["/total"] * 10 + ["/forget"], language="be")
    assert len(shown) == BURST + 1
    assert shown.count("Занадта шмат каманд запар. Я зноў адкажу праз хвіліну.") == 1
    assert not any(HINT in text or "Каманды пачынаюцца" in text for text in shown)
