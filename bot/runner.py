"""`pardonwatch run`: start every configured transport; with none configured, the console demo."""

from __future__ import annotations

import asyncio
import logging
import signal

from bot.app import App, open_app
from bot.config import Config
from bot.outbox import OutboxWorker, PostSender
from bot.storage import Database
from bot.transports import console
from bot.transports.matrix import MatrixTransport, matrix_configured

log = logging.getLogger(__name__)


def matrix_transport(config: Config, app: App) -> MatrixTransport | None:
    """The Matrix transport when MATRIX_HOMESERVER and credentials are configured."""
    return MatrixTransport(config, app) if matrix_configured(config) else None


async def run_bot(config: Config) -> int:
    async with open_app(config) as app:
        matrix = matrix_transport(config, app)
        if not config.telegram_token and matrix is None:
            await console.chat(app.dispatcher)
            return 0
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        telegram = None
        senders: dict[str, PostSender] = {}
        if config.telegram_token:
            from bot.transports.telegram import TelegramTransport
            from bot.transports.telegram.sender import TelegramPostSender

            # With Matrix as well, one outbox worker serves both platforms (serve_matrix below).
            telegram = TelegramTransport(config, app, run_worker=matrix is None)
            senders["telegram"] = TelegramPostSender(telegram.application.bot)
            await telegram.start()
            log.info("telegram transport running")
        try:
            if matrix is None:
                await stop.wait()
            else:
                await serve_matrix(config, matrix, senders, stop)
        finally:
            if telegram is not None:
                await telegram.stop()
    return 0


async def serve_matrix(config: Config, matrix: MatrixTransport, other_senders: dict[str, PostSender],
                       stop: asyncio.Event) -> None:
    """Run the Matrix transport and the outbox worker (Matrix's sender and the others') until `stop`."""
    worker_db = await Database.open(config.db_path, check_integrity=False)
    worker = OutboxWorker(worker_db, {**other_senders, "matrix": matrix.post_sender()})
    tasks = [asyncio.create_task(matrix.run()), asyncio.create_task(worker.run())]
    log.info("matrix transport running")
    try:
        stopping = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([*tasks, stopping], return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        for task in done - {stopping}:
            task.result()  # a transport that failed (bad credentials…) ends the bot with its error
    finally:
        worker.stop()
        tasks[0].cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await worker_db.close()
