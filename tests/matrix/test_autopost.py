"""Auto-posts to Matrix rooms through the shared outbox: one post per round, edited on correction."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace

import pytest

from bot.ingest import ArticleMeta, ingest_facts
from bot.outbox import ChatGone, OutboxLimits, OutboxWorker, RateLimited, schedule_round
from bot.reply import Reply
from bot.storage import Database
from tests.conftest import FIXED_NOW
from tests.matrix.test_commands import invited_room
from tests.matrix.test_rooms import QUIET, settings_dump

# After every round of the seeds, so it is the newest round and gets posted.
NINTH_ROUND = {"is_pardon_report": True, "lang": "en", "event_date": "2026-06-30", "pardoned": 26,
               "pardoned_source": "Lukashenko's press office", "women": 4, "men": 22, "round_ordinal": 9,
               "named_released": [], "named_still_held": []}
FAST = OutboxLimits(chat_interval=0.1, poll_interval=0.1, backoff_base=0.2)


async def new_round(app) -> int:
    meta = ArticleMeta(outlet="Test Wire", url="https://example.org/ninth-round", title="Ninth round: 26 pardoned",
                       published="2026-06-30")
    result = await ingest_facts(app.db, app.directory, meta, NINTH_ROUND, FIXED_NOW.isoformat())
    assert result.new_round
    return result.round_id


async def subscribed_room(person, bot) -> str:
    room = await invited_room(person, bot)
    await person.say(room, "!subscribe")
    [answer] = await person.wait_for_events(room, str(bot.client.mxid), 1)
    assert answer["content"]["body"].startswith("Subscribed")
    return room


@pytest.fixture
async def outbox(matrix_config, bot):
    """The outbox worker delivering Matrix posts, on a connection of its own (as the runner does)."""
    db = await Database.open(matrix_config.db_path, check_integrity=False)
    worker = OutboxWorker(db, {"matrix": bot.post_sender()}, limits=FAST)
    task = asyncio.create_task(worker.run())
    yield worker
    worker.stop()
    await task
    await db.close()


async def test_two_subscribed_rooms_get_a_new_round_once_then_its_correction_as_an_edit(
        bot, matrix_app, outbox, people):
    alice = await people("alice")
    me = str(bot.client.mxid)
    rooms = [await subscribed_room(alice, bot), await subscribed_room(alice, bot)]

    round_id = await new_round(matrix_app)
    await schedule_round(matrix_app.db, round_id, FIXED_NOW)
    outbox.wake()
    posts = [(await alice.wait_for_events(room, me, 2))[1] for room in rooms]
    for post in posts:
        assert post["content"]["msgtype"] == "m.notice"
        assert "Released: 26 people" in post["content"]["body"]
        assert "<strong>" in post["content"]["formatted_body"]

    await matrix_app.db.rounds.set_correction(round_id, "pardoned", 27, None)
    await schedule_round(matrix_app.db, round_id, FIXED_NOW + dt.timedelta(hours=1))
    outbox.wake()
    for room, post in zip(rooms, posts, strict=True):
        await alice.wait_for_events(room, me, 3)
        await asyncio.sleep(QUIET)
        events = await alice.events(room, me)
        assert len(events) == 3  # the subscription answer, the post, one edit: nothing posted twice
        edit = events[2]["content"]
        assert edit["m.relates_to"] == {"rel_type": "m.replace", "event_id": post["event_id"]}
        assert "Released: 27 people" in edit["m.new_content"]["body"]
        assert edit["m.new_content"]["msgtype"] == "m.notice"


async def test_member_without_power_cannot_subscribe_the_room(bot, matrix_app, matrix_config, people):
    alice, bob = await people("alice"), await people("bob")
    room = await invited_room(alice, bot)
    await alice.invite(room, bob.user_id)
    await bob.join(room)
    before = settings_dump(matrix_config.db_path)
    await bob.say(room, "!subscribe")
    [answer] = await bob.wait_for_events(room, str(bot.client.mxid), 1)
    assert answer["content"]["body"] == "Only this chat's administrators can do this."
    assert await matrix_app.db.chats.subscriptions("matrix") == []
    assert settings_dump(matrix_config.db_path) == before


async def test_post_sender_reports_a_room_the_bot_was_kicked_from_as_gone(bot, people):
    alice = await people("alice")
    room = await invited_room(alice, bot)
    await alice.kick(room, str(bot.client.mxid))
    with pytest.raises(ChatGone):
        await bot.post_sender().send(room, "", Reply().add("Pardon round"))


async def test_post_sender_passes_on_the_homeservers_retry_after(bots, synapse, matrix_config, matrix_app, people):
    limited = synapse.register(synapse.unique("slowbot"), unlimited=False)
    config = replace(matrix_config, matrix_user_id=limited.user_id, matrix_password=limited.password)
    transport = await bots.start(config, matrix_app)
    alice = await people("alice")
    room = await invited_room(alice, transport)
    sender = transport.post_sender()
    with pytest.raises(RateLimited) as limit:
        for number in range(20):
            await sender.send(room, "", Reply().add(f"Post {number}"))
    assert 0 < limit.value.retry_after <= 2 / 0.5
