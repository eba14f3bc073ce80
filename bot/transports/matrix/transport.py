"""The Matrix transport as the runner sees it: log in, then sync until cancelled."""

from __future__ import annotations

import asyncio

from mautrix.client.api import ClientAPI

from bot.app import App
from bot.config import Config
from bot.transports.matrix.bot import MatrixBot
from bot.transports.matrix.sender import MatrixPostSender
from bot.transports.matrix.session import open_client
from bot.transports.matrix.sync import SyncLoop


class MatrixTransport:
    """`await transport.run()` serves Matrix until the task is cancelled; `ready` is set once the
    first sync has been handled (and `client` is logged in)."""

    def __init__(self, config: Config, app: App, sync_timeout_ms: int = 30000):
        self.config = config
        self.app = app
        self.sync_timeout_ms = sync_timeout_ms
        self.client: ClientAPI | None = None
        self.ready = asyncio.Event()

    async def run(self) -> None:
        client = await open_client(self.config, self.app.db)
        self.client = client
        try:
            bot = MatrixBot(client, self.app, self.config.matrix_allowed_inviters)
            loop = SyncLoop(client, self.app.db.matrix, bot.handle_sync, timeout_ms=self.sync_timeout_ms)
            waiter = asyncio.create_task(self._set_ready(loop))
            try:
                await loop.run()
            finally:
                waiter.cancel()
        finally:
            self.client = None
            await client.api.session.close()

    def post_sender(self) -> MatrixPostSender:
        """The outbox's sender for Matrix, posting through this transport's client once logged in."""
        return MatrixPostSender(lambda: self.client)

    async def _set_ready(self, loop: SyncLoop) -> None:
        await loop.synced.wait()
        self.ready.set()
