"""The outbox with a recording in-process sender: one post per chat, edits, limits, crashes."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import App
from bot.outbox import ChatGone, OutboxLimits, OutboxWorker, RateLimited, SendFailed, schedule_round
from bot.outbox.codec import reply_from_json
from bot.reconcile import build_round_views
from bot.reply import Reply
from bot.storage import Database
from tests.conftest import FIXED_NOW

FAST = OutboxLimits(per_second=500, chat_interval=0.0, chat_per_minute=1000, poll_interval=0.05,
                    backoff_base=0.05, backoff_cap=0.2)


class RecordingSender:
    """Keeps what a platform would show: posts per chat, with edits applied in place."""

    platform = "test"

    def __init__(self):
        self.posts: dict[str, list[str]] = {}
        self.edits = 0
        self.failures: dict[str, list[Exception]] = {}

    def _maybe_fail(self, chat_id: str) -> None:
        queue = self.failures.get(chat_id)
        if queue:
            raise queue.pop(0)

    async def send(self, chat_id: str, thread_id: str, reply: Reply) -> str:
        self._maybe_fail(chat_id)
        self.posts.setdefault(chat_id, []).append(reply.plain_text)
        return f"{chat_id}:{len(self.posts[chat_id])}"

    async def edit(self, chat_id: str, thread_id: str, message_id: str, reply: Reply) -> None:
        self._maybe_fail(chat_id)
        index = int(message_id.split(":")[1]) - 1
        self.posts[chat_id][index] = reply.plain_text
        self.edits += 1


async def newest_round(db: Database) -> int:
    return build_round_views(await db.rounds.all_claims(), await db.rounds.corrections())[0].id


async def subscribe(db: Database, chats: list[str], language: str = "en") -> None:
    for chat in chats:
        await db.chats.subscribe("test", chat, "", language, "2025-02-01T12:00:00")


async def deliver_all(db: Database, sender: RecordingSender, timeout: float = 10.0) -> None:
    worker = OutboxWorker(db, {"test": sender}, limits=FAST)
    task = asyncio.create_task(worker.run())
    try:
        async with asyncio.timeout(timeout):
            while (await db.outbox.state_counts()).keys() - {"sent", "failed"}:
                await asyncio.sleep(0.02)
    finally:
        worker.stop()
        await task


async def test_a_new_round_is_posted_once_to_every_subscribed_chat(app: App):
    await subscribe(app.db, [f"c{i}" for i in range(30)])
    await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)
    await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)  # a second report, same content
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert sorted(sender.posts) == sorted(f"c{i}" for i in range(30))
    assert all(len(posts) == 1 and "Pardon round" in posts[0] for posts in sender.posts.values())


async def test_each_chat_gets_the_post_in_its_language(app: App):
    await subscribe(app.db, ["english"], "en")
    await subscribe(app.db, ["belarusian"], "be")
    await subscribe(app.db, ["russian"], "ru")
    await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert len({sender.posts[c][0] for c in ("english", "belarusian", "russian")}) == 3


async def test_a_corrected_round_edits_the_existing_post(app: App):
    round_id = await newest_round(app.db)
    await subscribe(app.db, ["c1", "c2"])
    await schedule_round(app.db, round_id, FIXED_NOW)
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    await app.db.rounds.set_correction(round_id, "pardoned", 777, None)
    await schedule_round(app.db, round_id, FIXED_NOW)
    await deliver_all(app.db, sender)
    assert all(len(sender.posts[c]) == 1 and "777" in sender.posts[c][0] for c in ("c1", "c2"))
    assert sender.edits == 2


async def test_a_change_to_an_older_round_is_not_posted_to_chats_without_its_post(app: App):
    views = build_round_views(await app.db.rounds.all_claims(), await app.db.rounds.corrections())
    await subscribe(app.db, ["late"])
    await app.db.rounds.set_correction(views[-1].id, "pardoned", 555, None)
    await schedule_round(app.db, views[-1].id, FIXED_NOW)
    assert await app.db.outbox.of_round(views[-1].id) == []


async def test_posts_left_sending_by_a_crash_are_sent_again_at_start_up(app: App):
    await subscribe(app.db, ["c1", "c2"])
    round_id = await newest_round(app.db)
    await schedule_round(app.db, round_id, FIXED_NOW)
    first = (await app.db.outbox.of_round(round_id))[0]
    await app.db.outbox.mark_sending(first.id, "2025-02-01T12:00:00")  # the crash came after this commit
    sender = RecordingSender()
    await deliver_all(app.db, sender)
    assert sorted(sender.posts) == ["c1", "c2"]
    assert all(len(p) == 1 for p in sender.posts.values())


async def test_a_rate_limited_chat_waits_while_the_others_go_on(app: App):
    await subscribe(app.db, ["slow", "fast1", "fast2"])
    await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)
    sender = RecordingSender()
    sender.failures["slow"] = [RateLimited(0.5)]
    worker = OutboxWorker(app.db, {"test": sender}, limits=FAST)
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.3)
    assert set(sender.posts) == {"fast1", "fast2"}
    await asyncio.sleep(0.6)
    worker.stop()
    await task
    assert sender.posts["slow"] and len(sender.posts["slow"]) == 1


async def test_a_chat_that_blocked_the_bot_is_unsubscribed(app: App):
    await subscribe(app.db, ["gone", "here"])
    await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)
    sender = RecordingSender()
    sender.failures["gone"] = [ChatGone()]
    await deliver_all(app.db, sender)
    assert [s.chat_id for s in await app.db.chats.subscriptions("test")] == ["here"]
    assert set(sender.posts) == {"here"}


@pytest.mark.parametrize("failures", [1, 3])
async def test_a_temporary_failure_is_retried_until_the_post_goes_out(app: App, failures: int):
    await subscribe(app.db, ["flaky"])
    await schedule_round(app.db, await newest_round(app.db), FIXED_NOW)
    sender = RecordingSender()
    sender.failures["flaky"] = [SendFailed("502")] * failures
    await deliver_all(app.db, sender)
    assert len(sender.posts["flaky"]) == 1


async def test_the_stored_post_is_the_rendered_round(app: App):
    await subscribe(app.db, ["c1"], "be")
    round_id = await newest_round(app.db)
    await schedule_round(app.db, round_id, FIXED_NOW)
    (row,) = await app.db.outbox.of_round(round_id)
    assert reply_from_json(row.body_json).plain_text.startswith("Хваля памілаванняў\n")


async def test_a_change_that_arrives_while_the_post_is_in_flight_is_edited_afterwards(app: App):
    round_id = await newest_round(app.db)
    await subscribe(app.db, ["c1"])
    await schedule_round(app.db, round_id, FIXED_NOW)
    (row,) = await app.db.outbox.of_round(round_id)
    await app.db.outbox.mark_sending(row.id, "2025-02-01T12:00:00")
    await app.db.rounds.set_correction(round_id, "pardoned", 888, None)
    await schedule_round(app.db, round_id, FIXED_NOW)  # the correction lands during the network call
    await app.db.outbox.mark_sent(row.id, "c1:1", row.content_hash, "2025-02-01T12:00:01")
    assert await app.db.outbox.state_counts() == {"pending": 1}
    (after,) = await app.db.outbox.of_round(round_id)
    assert after.message_id == "c1:1"  # so the worker edits that message instead of posting again


async def test_start_up_recovery_leaves_other_platforms_posts_in_flight_alone(app: App):
    await subscribe(app.db, ["c1"])
    await app.db.chats.subscribe("matrix", "!room:example.org", "", "en", "2025-02-01T12:00:00")
    round_id = await newest_round(app.db)
    await schedule_round(app.db, round_id, FIXED_NOW)
    for row in await app.db.outbox.of_round(round_id):
        await app.db.outbox.mark_sending(row.id, "2025-02-01T12:00:00")
    assert await app.db.outbox.recover_sending("test") == 1
    assert await app.db.outbox.state_counts() == {"pending": 1, "sending": 1}


async def test_a_round_changed_inside_a_moderators_transaction_is_scheduled_with_it(app: App):
    await subscribe(app.db, ["c1"])
    round_id = await newest_round(app.db)
    async with app.db.transaction():
        await app.db.rounds.set_correction(round_id, "pardoned", 999, None)
        await schedule_round(app.db, round_id, FIXED_NOW)
    (row,) = await app.db.outbox.of_round(round_id)
    assert "999" in reply_from_json(row.body_json).plain_text
