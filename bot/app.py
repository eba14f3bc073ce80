"""Wiring: open the database, fill it on first start, build the directory and the dispatcher."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.charts import ChartService
from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.dispatcher import Clock, Dispatcher, utc_now
from bot.outbox import schedule_round
from bot.seeding import seed_if_empty
from bot.storage import Database


@dataclass
class App:
    config: Config
    db: Database
    directory: PrisonerDirectory
    dispatcher: Dispatcher
    clock: Clock
    charts: ChartService | None = None


@asynccontextmanager
async def open_app(config: Config, clock: Clock = utc_now, seed: bool = True) -> AsyncIterator[App]:
    """Everything the transports need, opened in order and closed on exit."""
    db = await Database.open(config.db_path)
    directory = PrisonerDirectory(db)
    try:
        if seed:
            await seed_if_empty(db, directory, config.seeds_dir, clock().isoformat(timespec="seconds"))
        await directory.load()

        async def round_changed(round_id: int) -> None:
            # A round was created or changed: queue or edit its auto-posts (the outbox worker sends them).
            await schedule_round(db, round_id, clock())

        charts = ChartService(db)
        yield App(config=config, db=db, directory=directory,
                  dispatcher=Dispatcher(db, config, directory, clock, round_changed=round_changed, charts=charts),
                  clock=clock, charts=charts)
    finally:
        directory.close()
        await db.close()
