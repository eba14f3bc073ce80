"""The sync loop: long-poll the homeserver, remember where we are, hand each batch over."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import ClientError
from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixConnectionError, MatrixRequestError, MUnknownToken

from bot.logs import where
from bot.storage.matrix_state import MatrixStateStore
from bot.transports.matrix.http import MatrixRateLimited

log = logging.getLogger(__name__)

# Only what the bot reads: room timelines and state, no presence, no account data, lazy members.
SYNC_FILTER = json.dumps({
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {
        "timeline": {"limit": 50},
        "state": {"lazy_load_members": True},
        "ephemeral": {"types": []},
        "account_data": {"types": []},
    },
})
MAX_BACKOFF = 300.0


class SyncLoop:
    """Runs until cancelled; a batch's token is saved before the batch is handled, so a crash
    mid-batch never makes the bot answer the same messages twice after a restart."""

    def __init__(self, client: ClientAPI, store: MatrixStateStore,
                 handle: Callable[[dict], Awaitable[None]], timeout_ms: int = 30000):
        self.client = client
        self.store = store
        self.handle = handle
        self.timeout_ms = timeout_ms
        self.synced = asyncio.Event()  # set after the first batch has been handled

    async def run(self) -> None:
        session = await self.store.session(self.client.mxid)
        next_batch = session.next_batch if session else None
        backoff = 1.0
        while True:
            try:
                data = await self.client.sync(since=next_batch, timeout=self.timeout_ms, filter_id=SYNC_FILTER)
            except MUnknownToken:
                raise
            except MatrixRateLimited as exc:
                await asyncio.sleep(exc.retry_after)
                continue
            except (TimeoutError, MatrixRequestError, MatrixConnectionError, ClientError) as exc:
                log.warning("Matrix sync failed (%s); retrying in %.0f s", type(exc).__name__, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            backoff = 1.0
            next_batch = data.get("next_batch") or next_batch
            if next_batch:
                await self.store.save_next_batch(self.client.mxid, next_batch)
            try:
                await self.handle(data)
            except Exception as exc:
                # One bad batch must not stop the bot; what failed is logged, never message text.
                log.error("handling a Matrix sync batch failed: %s at %s", type(exc).__name__, where(exc))
            self.synced.set()
