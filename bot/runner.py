"""`pardonwatch run`: start every configured transport; with none configured, the console demo."""

from __future__ import annotations

import asyncio
import logging

from bot.app import App, open_app
from bot.config import Config
from bot.transports import console
from bot.transports.matrix import MatrixTransport, matrix_configured

log = logging.getLogger(__name__)


def matrix_transport(config: Config, app: App) -> MatrixTransport | None:
    """The Matrix transport when MATRIX_HOMESERVER and credentials are configured."""
    return MatrixTransport(config, app) if matrix_configured(config) else None


async def run_bot(config: Config) -> int:
    async with open_app(config) as app:
        transports = [t for t in (matrix_transport(config, app),) if t is not None]
        if transports:
            await asyncio.gather(*(t.run() for t in transports))
        else:
            await console.chat(app.dispatcher)
    return 0
