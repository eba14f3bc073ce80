"""Webhook mode: the bot registers its URL with a secret token and answers only updates that carry it."""

from __future__ import annotations

import dataclasses

import aiohttp

from bot.app import open_app
from bot.config import Config
from bot.transports.telegram import TelegramTransport
from tests.conftest import fixed_clock
from tests.telegram.conftest import free_port
from tests.telegram.fake_api import FakeBotApi, message_update

SECRET = "s3cret-Token_for-tests"


async def test_webhook_updates_with_the_secret_are_answered_and_others_refused(tg_config: Config,
                                                                                fake_api: FakeBotApi):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    config = dataclasses.replace(tg_config, telegram_webhook_url=url, telegram_webhook_secret=SECRET,
                                 telegram_webhook_listen="127.0.0.1", telegram_webhook_port=port)
    async with open_app(config, clock=fixed_clock) as app:
        transport = TelegramTransport(config, app)
        await transport.start()
        try:
            assert fake_api.webhook["url"] == url and fake_api.webhook["secret_token"] == SECRET
            async with aiohttp.ClientSession() as http:
                forged = message_update(7001, "/total", 7001)
                async with http.post(url, json={"update_id": 1, **forged},
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as response:
                    assert response.status == 403
                async with http.post(url, json={"update_id": 2, **message_update(7001, "/total", 7001)}) as response:
                    assert response.status == 403
                real = message_update(7002, "/total", 7002, language="ru")
                async with http.post(url, json={"update_id": 3, **real},
                                     headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
                    assert response.status == 200
            await fake_api.wait_for(lambda: fake_api.messages.get(7002))
            assert "Освобождены с июля 2024 года" in fake_api.texts_to(7002)[0]
            assert 7001 not in fake_api.messages
        finally:
            await transport.stop()
