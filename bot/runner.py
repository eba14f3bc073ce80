"""`pardonwatch run`: start every configured transport; with none configured, the console demo."""

from __future__ import annotations

import logging

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
