"""`pardonwatch run`: start every configured transport; with none configured, the console demo.

With Telegram and/or Matrix configured, the bot runs until SIGINT/SIGTERM: the transports, one
outbox worker for every platform (on a connection of its own), the feed watcher, and the reminders
of rounds that wait too long for review.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import signal
from contextlib import AsyncExitStack

from bot.app import App, open_app
from bot.config import Config
from bot.feeds import read_demo_feed, watch_feeds
from bot.heartbeat import keep_heartbeat
from bot.metrics import serve_metrics
from bot.outbox import OutboxWorker, PostSender
from bot.review.reminders import CHECK_SECONDS, watch_reviews
from bot.storage import Database
from bot.transports import console
from bot.transports.matrix import MatrixTransport, matrix_configured

log = logging.getLogger(__name__)
# Parts that finish their own work once `stop` is set (the others are cancelled).
ENDS_ON_STOP = ("outbox", "heartbeat", "metrics")


def matrix_transport(config: Config, app: App) -> MatrixTransport | None:
    """The Matrix transport when MATRIX_HOMESERVER and credentials are configured."""
    return MatrixTransport(config, app) if matrix_configured(config) else None


async def run_bot(config: Config) -> int:
    async with open_app(config, read_names_ahead=True) as app:
        matrix = matrix_transport(config, app)
        if not config.telegram_token and matrix is None:
            # The demo: the project's own feed file through the real feed pipeline, no network.
            await read_demo_feed(app)
            await console.chat(app.dispatcher)
            return 0
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(config, app, matrix, stop)
    return 0


async def serve(config: Config, app: App, matrix: MatrixTransport | None, stop: asyncio.Event) -> None:
    """Run the configured transports, the outbox worker and the feed watcher until `stop`."""
    async with AsyncExitStack() as stack:
        senders: dict[str, PostSender] = {}
        tasks: list[asyncio.Task] = []
        # The worker commits on its own connection, so its writes never land in a handler's transaction.
        worker_db = await Database.open(config.db_path, check_integrity=False)
        stack.push_async_callback(worker_db.close)
        if config.telegram_token:
            from bot.transports.telegram import TelegramTransport
            from bot.transports.telegram.sender import TelegramPostSender

            telegram = TelegramTransport(config, app, run_worker=False)
            await telegram.start()
            stack.push_async_callback(telegram.stop)
            senders["telegram"] = TelegramPostSender(telegram.application.bot, worker_db)
            log.info("telegram transport running")
        if matrix is not None:
            senders["matrix"] = matrix.post_sender()
            tasks.append(asyncio.create_task(matrix.run(), name="matrix"))
            log.info("matrix transport running")
        if not config.watch_secret:
            log.warning("watches are off: /watch refuses until PARDONWATCH_SECRET or PARDONWATCH_SECRET_FILE"
                        " gives a secret of at least 16 characters (docs/watch.md)")
        worker = OutboxWorker(worker_db, senders)
        tasks.append(asyncio.create_task(worker.run(), name="outbox"))
        if config.poll_feeds:
            tasks.append(asyncio.create_task(
                watch_feeds(app, stop, round_changed=app.dispatcher.round_changed), name="feeds"))
        tasks.append(asyncio.create_task(keep_heartbeat(app.db, app.clock, stop), name="heartbeat"))
        if config.metrics_port:
            tasks.append(asyncio.create_task(
                serve_metrics(app.db, config.db_path, config.metrics_port, app.clock, stop), name="metrics"))
        remind_after = dt.timedelta(seconds=config.review_remind_seconds)
        tasks.append(asyncio.create_task(watch_reviews(
            app.db, app.clock, remind_after, app.dispatcher.round_changed, stop,
            # A reminder comes at most a quarter of the wait late (a minute with the default 2 h).
            every=min(CHECK_SECONDS, max(1.0, remind_after.total_seconds() / 4))), name="reviews"))
        try:
            stopping = asyncio.create_task(stop.wait())
            done, _ = await asyncio.wait([*tasks, stopping], return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            for task in done - {stopping}:
                task.result()  # a part that failed (bad credentials…) ends the bot with its error
        finally:
            stop.set()
            worker.stop()
            for task in tasks:
                if task.get_name() not in ENDS_ON_STOP:
                    task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
