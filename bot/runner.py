"""`pardonwatch run`: start every configured transport; with none configured, the console demo."""

from __future__ import annotations

import asyncio
import logging
import signal

from bot.app import open_app
from bot.config import Config
from bot.feeds import read_demo_feed
from bot.transports import console

log = logging.getLogger(__name__)


async def run_bot(config: Config) -> int:
    async with open_app(config) as app:
        if not config.telegram_token:
            # The demo: the project's own feed file through the real feed pipeline, no network.
            await read_demo_feed(app)
            await console.chat(app.dispatcher)
            return 0
        from bot.transports.telegram import TelegramTransport

        transport = TelegramTransport(config, app)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await transport.start()
        log.info("telegram transport running")
        try:
            await stop.wait()
        finally:
            await transport.stop()
    return 0
