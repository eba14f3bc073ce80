"""Wiring: open the database, add what is new in the seed facts, build the directory and the dispatcher."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

from bot.charts import ChartService
from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.dispatcher import Clock, Dispatcher, utc_now
from bot.i18n import check_catalogs
from bot.outbox import schedule_round
from bot.seeding import apply_seeds
from bot.storage import Database
from bot.storage.db import DatabaseCorrupt
from bot.watch.keys import watch_keys
from bot.watch.notify import notify_watchers


@dataclass
class App:
    config: Config
    db: Database
    directory: PrisonerDirectory
    dispatcher: Dispatcher
    clock: Clock
    charts: ChartService | None = None

    async def history_round_changed(self, round_id: int) -> None:
        """A round that history (a backfill, a folder of saved articles) added to: its existing posts are
        edited, and nothing is posted anew, however recent the round looks."""
        await schedule_round(self.db, round_id, self.clock(), new_posts=False)


@asynccontextmanager
async def open_app(config: Config, clock: Clock = utc_now, seed: bool = True,
                   read_names_ahead: bool = False) -> AsyncIterator[App]:
    """Everything the transports need, opened in order and closed on exit. A bot that keeps running
    asks to ``read_names_ahead`` (``PrisonerDirectory.read_ahead``, while it is idle; a one-shot
    command has no use for it)."""
    check_catalogs()  # before anything else: a missing catalog would make replies silently English
    db = await Database.open(config.db_path)
    directory = PrisonerDirectory(db)
    reading_ahead: asyncio.Task | None = None
    try:
        try:
            if seed:
                # Every start: only seed entries this database does not hold yet are added (never posted).
                await directory.load()
                await apply_seeds(db, directory, config.seeds_dir, clock().isoformat(timespec="seconds"))
            await directory.load()
        except sqlite3.DatabaseError as exc:
            # Damage that the start-up check did not read (it skips a file left as a checked process
            # closed it): the same refusal, and the next start checks the whole file.
            if isinstance(exc, sqlite3.OperationalError):
                raise
            db.found_damaged()
            raise DatabaseCorrupt(str(exc)) from exc
        if read_names_ahead:
            reading_ahead = asyncio.create_task(directory.read_ahead(), name="names-read-ahead")

        keys = watch_keys(config.watch_secret)

        async def round_changed(round_id: int) -> None:
            # A round was created or changed: queue or edit its auto-posts (the outbox worker sends them),
            # and tell the chats watching someone whose trusted status it changed.
            await schedule_round(db, round_id, clock())
            await notify_watchers(db, keys, clock())

        charts = ChartService(db)
        yield App(config=config, db=db, directory=directory,
                  dispatcher=Dispatcher(db, config, directory, clock, round_changed=round_changed, charts=charts),
                  clock=clock, charts=charts)
    finally:
        if reading_ahead is not None:
            reading_ahead.cancel()
            with suppress(asyncio.CancelledError):
                await reading_ahead
        directory.close()
        await db.close()
