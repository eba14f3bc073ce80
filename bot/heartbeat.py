"""The running bot's sign of life in the database, read by `pardonwatch status --check`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3

from bot.dispatcher import Clock
from bot.status import BOT_PROCESS, HEARTBEAT_SECONDS
from bot.storage import Database

log = logging.getLogger(__name__)


async def keep_heartbeat(db: Database, clock: Clock, stop: asyncio.Event) -> None:
    """Renew the heartbeat every HEARTBEAT_SECONDS until `stop`, then record a clean stop."""
    started = clock().isoformat(timespec="seconds")
    while not stop.is_set():
        try:
            async with db.transaction():
                await db.operations.beat(BOT_PROCESS, started, clock().isoformat(timespec="seconds"))
        except sqlite3.OperationalError as busy:  # locked for longer than the busy timeout: next beat
            log.warning("heartbeat not written: %s", type(busy).__name__)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), HEARTBEAT_SECONDS)
    async with db.transaction():
        await db.operations.stopped(BOT_PROCESS, clock().isoformat(timespec="seconds"))
