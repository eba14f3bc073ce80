"""Another process holding the database's write lock during polling and broadcasting: the bot keeps
answering, nothing is lost, and the work resumes once the lock is released."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import contextmanager

from telegram import Bot

from bot.app import App
from bot.feeds import Pipeline, open_poller
from bot.outbox import OutboxWorker, schedule_round
from bot.storage import Database
from bot.transports.telegram.sender import TelegramPostSender
from tests.conftest import FIXED_NOW
from tests.faults.chaos import article_text
from tests.feeds.conftest import LOOPBACK, TEST_LIMITS, add_feed, scalar
from tests.feeds.server import FeedServer, rss
from tests.telegram.conftest import FAST_OUTBOX, TOKEN
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.test_broadcast import newest_round, posts_per_chat, subscribe_all

SHORT_BUSY_MS = 100  # instead of 5 s: the lock outlasts the wait quickly


@contextmanager
def write_locked(db_path):
    """Another process's open write transaction (what `sqlite3 db.sqlite3` with BEGIN IMMEDIATE does)."""
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        blocker.rollback()
        blocker.close()


async def test_a_broadcast_whose_database_is_locked_mid_send_resumes_and_posts_once(app: App, ask, config,
                                                                                     fake_api: FakeBotApi):
    chats = [7101, 7102, -1007103]
    await subscribe_all(app.db, chats)
    fake_api.hang_seconds = 0.5  # the first post's answer comes slowly: the lock is taken meanwhile
    fake_api.fail_next("sendMessage", "timeout", chat_id=7101)
    worker_db = await Database.open(config.db_path, check_integrity=False)
    await worker_db.conn.execute(f"PRAGMA busy_timeout = {SHORT_BUSY_MS}")
    bot = Bot(TOKEN, base_url=f"{fake_api.url}/bot")
    await bot.initialize()
    worker = OutboxWorker(worker_db, {"telegram": TelegramPostSender(bot, worker_db)}, limits=FAST_OUTBOX)
    running = asyncio.create_task(worker.run())
    try:
        await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)
        await fake_api.wait_for(lambda: fake_api.faulted, timeout=5)
        with write_locked(config.db_path):
            # Its answer arrives while the lock is held: the worker cannot record it yet.
            await asyncio.sleep(1.5)
            assert "Latest pardon round" in await ask("/latest", "en")  # reads go on
        await fake_api.wait_for(lambda: all(fake_api.messages.get(c) for c in chats), timeout=10)
        async with asyncio.timeout(10):
            while await worker_db.outbox.state_counts() != {"sent": len(chats)}:
                await asyncio.sleep(0.05)
    finally:
        worker.stop()
        await running
        await bot.shutdown()
        await worker_db.close()
    assert set(posts_per_chat(fake_api, chats).values()) == {1}


async def test_a_poll_while_the_database_is_locked_fails_softly_and_the_next_one_stores_the_article(
        app: App, config):
    server = await FeedServer().start()
    try:
        day = FIXED_NOW.date()
        server.serve("/feed.xml", rss([{"guid": "a1", "title": "Lukashenko pardons 31 political prisoners",
                                        "content": article_text(31, day, 3, 1150)}]))
        await add_feed(app, server.url("/feed.xml"))
        articles_before = await scalar(app, "SELECT count(*) FROM articles")
        await app.db.conn.execute(f"PRAGMA busy_timeout = {SHORT_BUSY_MS}")
        pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.dispatcher.round_changed)
        async with open_poller(pipeline, TEST_LIMITS, LOOPBACK) as poller:
            with write_locked(config.db_path):
                [report] = await poller.poll(due_only=True)
            assert report.status == "failed" and "database" in report.error
            assert await scalar(app, "SELECT count(*) FROM articles") == articles_before
            [report] = await poller.poll(due_only=True)  # still due: nothing was recorded
        assert report.status == "ok" and report.outcome.stored == 1
        assert await scalar(app, "SELECT count(*) FROM articles") == articles_before + 1
    finally:
        await server.close()
