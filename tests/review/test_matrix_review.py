"""Trust before broadcast on Matrix: the bot against the real Synapse of the suite, posts through the
shared outbox, moderators deciding with ✅ / ❌ reactions on the review card or with `!` commands."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

import pytest

from bot.app import App, open_app
from bot.outbox import OutboxLimits, OutboxWorker
from bot.storage import Database
from tests.conftest import fixed_clock
from tests.matrix.people import Person
from tests.matrix.test_rooms import QUIET, settings_dump
from tests.reports import round_number
from tests.review.news import DAY, feed_reader, publish

FAST = OutboxLimits(chat_interval=0.1, poll_interval=0.1, backoff_base=0.2)


@dataclass
class Rooms:
    """The owner's fast and confirmed rooms, and the moderators' room with a moderator and a stranger."""

    app: App
    me: str
    owner: Person
    moderator: Person
    stranger: Person
    fast: str
    confirmed: str
    modchat: str


@pytest.fixture
async def rooms(synapse, matrix_config, bots, people, tmp_path):
    owner_account = synapse.register(synapse.unique("owner"))
    config = replace(matrix_config, owners=frozenset({f"matrix:{owner_account.user_id}"}))
    owner = Person(synapse.url, owner_account)
    async with open_app(config, clock=fixed_clock) as app:
        transport = await bots.start(config, app)
        me = str(transport.client.mxid)
        worker_db = await Database.open(config.db_path, check_integrity=False)
        worker = OutboxWorker(worker_db, {"matrix": transport.post_sender()}, limits=FAST)
        task = asyncio.create_task(worker.run())
        try:
            moderator, stranger = await people("moderator"), await people("stranger")
            made = {}
            for name, command in (("fast", "!subscribe en fast"), ("confirmed", "!subscribe en confirmed"),
                                  ("modchat", "!modchat")):
                room = await owner.create_room(invite=[me])
                await owner.wait_for_member(room, me)
                await owner.say(room, command)
                await owner.wait_for_events(room, me, 1)
                made[name] = room
            for person in (moderator, stranger):
                await owner.invite(made["modchat"], person.user_id)
                await person.join(made["modchat"])
            await owner.say(made["modchat"], f"!mod add {moderator.user_id}")
            await owner.wait_for_events(made["modchat"], me, 2)
            yield Rooms(app, me, owner, moderator, stranger, **made)
        finally:
            worker.stop()
            await task
            await worker_db.close()
            await owner.close()
            await bots.stop_all()


def originals(events: list[dict]) -> list[dict]:
    """The bot's messages that are not edits of earlier ones."""
    return [e for e in events if (e["content"].get("m.relates_to") or {}).get("rel_type") != "m.replace"]


def shown(events: list[dict], event: dict) -> str:
    """What a client shows for a message: its newest edit's text, or its own."""
    body = event["content"]["body"]
    for e in events:
        relates = e["content"].get("m.relates_to") or {}
        if relates.get("rel_type") == "m.replace" and relates.get("event_id") == event["event_id"]:
            body = e["content"]["m.new_content"]["body"]
    return body


async def posts(r: Rooms, room: str) -> list[str]:
    """The round posts in a room, as a client shows them now."""
    events = await r.owner.events(room, r.me)
    return [shown(events, e) for e in originals(events) if e["content"]["body"].startswith(("Pardon round",
                                                                                          "Retraction"))]


async def card(r: Rooms, round_id: int) -> tuple[dict, str]:
    """The review card's event in the moderators' room (by the round's number) and its text as shown now."""
    events = await r.owner.events(r.modchat, r.me)
    [found] = [e for e in originals(events) if e["content"]["body"].startswith(f"Review: pardon round #{round_id}")]
    return found, shown(events, found)


async def until(check, timeout: float = 20.0) -> None:
    async with asyncio.timeout(timeout):
        while not await check():
            await asyncio.sleep(0.2)


async def settled(app: App) -> None:
    async with asyncio.timeout(20):
        while (await app.db.outbox.state_counts()).keys() - {"sent"}:
            await asyncio.sleep(0.1)


async def react(person: Person, room: str, event_id: str, key: str) -> None:
    await person.send(room, {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}},
                      event_type="m.reaction")


async def test_one_outlets_report_reaches_a_fast_room_within_one_poll_and_not_a_confirmed_one(rooms, server):
    r = rooms
    async with feed_reader(r.app) as poller:
        round_id = await round_number(r.app, await publish(r.app, server, poller, "zerkalo", "Zerkalo"))
    await until(lambda: _has_card(r, round_id))
    await until(lambda: _count(posts(r, r.fast), 1))
    await settled(r.app)
    await asyncio.sleep(QUIET)
    [post] = await posts(r, r.fast)
    assert "Status: one report so far, not confirmed yet" in post
    assert await posts(r, r.confirmed) == []
    _, shown_card = await card(r, round_id)
    assert f"Approve — !approve {DAY.isoformat()}" in shown_card  # buttons name the round by its date


async def test_a_second_independent_outlet_confirms_the_round_and_the_confirmed_room_gets_one_post(rooms, server):
    r = rooms
    async with feed_reader(r.app) as poller:
        await publish(r.app, server, poller, "zerkalo", "Zerkalo")
        await until(lambda: _count(posts(r, r.fast), 1))
        await publish(r.app, server, poller, "nasha-niva", "Nasha Niva")
    await until(lambda: _count(posts(r, r.confirmed), 1))
    await settled(r.app)
    await asyncio.sleep(QUIET)
    [post] = await posts(r, r.confirmed)
    assert "Status: confirmed by 2 outlets" in post
    [fast_post] = await posts(r, r.fast)
    assert "Status: confirmed by 2 outlets" in fast_post  # edited in place, not posted again


async def test_a_moderators_approve_reaction_posts_a_round_only_one_outlet_reported(rooms, server):
    r = rooms
    async with feed_reader(r.app) as poller:
        round_id = await round_number(r.app, await publish(r.app, server, poller, "zerkalo", "Zerkalo"))
    await until(lambda: _has_card(r, round_id))
    event, _ = await card(r, round_id)
    await react(r.moderator, r.modchat, event["event_id"], "✅")
    await until(lambda: _count(posts(r, r.confirmed), 1))
    [post] = await posts(r, r.confirmed)
    assert "Status: checked by a moderator" in post
    await settled(r.app)
    _, shown_card = await card(r, round_id)
    assert f"Approved by matrix:{r.moderator.user_id}." in shown_card and "!approve" not in shown_card
    answers = [e for e in await r.owner.events(r.modchat, r.me)
               if (e["content"].get("m.relates_to") or {}).get("m.in_reply_to", {}).get("event_id") == event["event_id"]]
    assert answers[-1]["content"]["body"].startswith(f"Round #{round_id} is approved")


async def test_a_rejected_round_becomes_a_retraction_in_every_room_by_one_edit_each(rooms, server):
    r = rooms
    async with feed_reader(r.app) as poller:
        round_id = await round_number(r.app, await publish(r.app, server, poller, "zerkalo", "Zerkalo"))
        await publish(r.app, server, poller, "nasha-niva", "Nasha Niva")
    await until(lambda: _count(posts(r, r.confirmed), 1))
    await settled(r.app)
    before = {room: len(await r.owner.events(room, r.me)) for room in (r.fast, r.confirmed)}
    await r.moderator.say(r.modchat, f"!reject {round_id} — the families later said nobody was freed")
    await until(lambda: _all_retracted(r))
    await settled(r.app)
    await asyncio.sleep(QUIET)
    for room in (r.fast, r.confirmed):
        events = await r.owner.events(room, r.me)
        assert len(events) == before[room] + 1  # one edit, no new message
        assert events[-1]["content"]["m.relates_to"]["rel_type"] == "m.replace"
        [retraction] = await posts(r, room)
        assert retraction.startswith("Retraction")
        assert "Reason: the families later said nobody was freed" in retraction


async def test_a_stranger_reacting_or_commanding_changes_nothing_and_is_told_so(rooms, server, matrix_config):
    r = rooms
    async with feed_reader(r.app) as poller:
        round_id = await round_number(r.app, await publish(r.app, server, poller, "zerkalo", "Zerkalo"))
    await until(lambda: _has_card(r, round_id))
    await settled(r.app)
    event, _ = await card(r, round_id)
    before = settings_dump(matrix_config.db_path)
    bot_messages = len(await r.owner.events(r.modchat, r.me))
    await react(r.stranger, r.modchat, event["event_id"], "✅")
    await react(r.stranger, r.modchat, event["event_id"], "❌")
    await r.stranger.say(r.modchat, f"!approve {round_id}")
    answers = (await r.owner.wait_for_events(r.modchat, r.me, bot_messages + 3))[bot_messages:]
    assert [a["content"]["body"] for a in answers] == ["Only moderators can do this."] * 3
    await asyncio.sleep(QUIET)
    assert await posts(r, r.confirmed) == []
    assert settings_dump(matrix_config.db_path) == before


async def test_a_moderators_reject_reaction_retracts_the_posted_round(rooms, server):
    r = rooms
    async with feed_reader(r.app) as poller:
        round_id = await round_number(r.app, await publish(r.app, server, poller, "zerkalo", "Zerkalo"))
    await until(lambda: _count(posts(r, r.fast), 1))
    event, _ = await card(r, round_id)
    await react(r.moderator, r.modchat, event["event_id"], "❌\ufe0f")
    await until(lambda: _all_retracted(r, rooms=(r.fast,)))
    [retraction] = await posts(r, r.fast)
    assert "Pardon Watch's moderators found that report wrong" in retraction


async def _has_card(r: Rooms, round_id: int) -> bool:
    events = await r.owner.events(r.modchat, r.me)
    return any(e["content"]["body"].startswith(f"Review: pardon round #{round_id}") for e in events)


async def _count(found, n: int) -> bool:
    return len(await found) == n


async def _all_retracted(r: Rooms, rooms: tuple[str, ...] | None = None) -> bool:
    for room in rooms or (r.fast, r.confirmed):
        shown_posts = await posts(r, room)
        if not shown_posts or not all(p.startswith("Retraction") for p in shown_posts):
            return False
    return True
