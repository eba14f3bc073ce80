"""Fixtures: the fake Bot API server and the real python-telegram-bot Application talking to it."""

from __future__ import annotations

import dataclasses
import socket

import pytest

from bot.app import open_app
from bot.config import Config
from bot.outbox import OutboxLimits
from bot.transports.telegram import TelegramTransport
from tests.conftest import fixed_clock
from tests.telegram.fake_api import FakeBotApi, FakeLimits, message_update

TOKEN = "123456:TEST-TOKEN"
FAST_OUTBOX = OutboxLimits(per_second=180, chat_interval=1.0, chat_per_minute=20, poll_interval=0.1,
                           backoff_base=0.1, backoff_cap=0.5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def fake_api():
    api = FakeBotApi(FakeLimits(per_second=None))
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
def tg_config(config: Config, fake_api: FakeBotApi) -> Config:
    return dataclasses.replace(config, telegram_token=TOKEN, telegram_api_base=fake_api.url)


@pytest.fixture
async def telegram(tg_config: Config):
    """The real Application, long polling the fake server, with the outbox worker running."""
    async with open_app(tg_config, clock=fixed_clock) as app:
        transport = TelegramTransport(tg_config, app, limits=FAST_OUTBOX, poll_timeout=1)
        await transport.start()
        try:
            yield transport
        finally:
            await transport.stop()


@pytest.fixture
def tg_ask(fake_api: FakeBotApi, telegram: TelegramTransport):
    """Send a message as a Telegram user and return the bot's answer (all its messages, joined)."""

    async def _ask(text: str, chat_id: int = 5001, language: str | None = "en", user_id: int | None = None,
                   kind: str | None = None, thread_id: int | None = None) -> str:
        before = len(fake_api.messages.get(chat_id, []))
        fake_api.push(message_update(chat_id, text, user_id or abs(chat_id), language, kind, thread_id))
        await fake_api.wait_for(lambda: len(fake_api.messages.get(chat_id, [])) > before)
        await _settle(fake_api, chat_id)
        return "\n".join(fake_api.texts_to(chat_id)[before:])

    return _ask


async def _settle(api: FakeBotApi, chat_id: int) -> None:
    """Wait until a multi-message reply has stopped growing."""
    import asyncio

    count = -1
    while count != len(api.messages.get(chat_id, [])):
        count = len(api.messages.get(chat_id, []))
        await asyncio.sleep(0.05)
