"""A round is queued for subscribers in the same commit as the facts that made it, whoever reads the
article: the feed pipeline, `pardonwatch ingest` or `pardonwatch poll --once`."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.app import App
from bot.feeds import Pipeline
from bot.round_refs import numbered_rounds
from tests.faults.chaos import article_text
from tests.faults.test_backup_restore import pardonwatch
from tests.telegram.test_broadcast import subscribe_all

DAY = dt.date(2026, 4, 14)  # after every round of the seeds: the newest round, so it is posted


async def test_an_ingest_stopped_while_queueing_posts_stores_nothing_and_the_next_read_queues_them(app: App):
    await subscribe_all(app.db, [4242])
    text = article_text(44, DAY, 4, 1144)

    def stopped_here(round_id: int) -> None:
        raise asyncio.CancelledError  # the process stops between storing the facts and queueing posts

    interrupted = Pipeline(app.db, app.directory, app.clock, round_changed=stopped_here)
    with pytest.raises(asyncio.CancelledError):
        await interrupted.ingest_text(outlet="Outlet Q", url=None, title=None, published=DAY, text=text)

    pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.dispatcher.round_changed)
    result = await pipeline.ingest_text(outlet="Outlet Q", url=None, title=None, published=DAY, text=text)
    assert not result.duplicate  # nothing of the interrupted read was kept
    assert [row.chat_id for row in await app.db.outbox.of_round(result.round_id)] == ["4242"]


async def test_a_round_read_by_pardonwatch_ingest_is_queued_for_the_running_bot_to_post(app: App, config,
                                                                                      tmp_path: Path):
    await subscribe_all(app.db, [4243, -1004244])
    article = tmp_path / "article.txt"
    article.write_text(article_text(45, DAY, 4, 1145), encoding="utf-8")
    done = await asyncio.to_thread(pardonwatch, config.db_path, "ingest", str(article), "--published",
                                   DAY.isoformat(), "--outlet", "Outlet R")
    assert done.returncode == 0 and "new round" in done.stdout, done.stderr
    number = int(done.stdout.rsplit("round #", 1)[1])  # its number in /rounds
    round_id = next(id_ for id_, place in (await numbered_rounds(app.db)).places().items() if place == number)
    rows = await app.db.outbox.of_round(round_id)
    assert sorted(row.chat_id for row in rows) == ["-1004244", "4243"]
