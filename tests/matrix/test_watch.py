"""Watching a prisoner on a real Synapse: `!watch` in a direct chat, a confirmed release delivered
once through the outbox, a moderator's rejection corrected once; rooms are told watches are private."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.config import Config
from bot.render import render_plain
from bot.transports import console
from tests.matrix.test_autopost import outbox  # noqa: F401  (the outbox worker fixture)
from tests.matrix.test_commands import invited_room
from tests.matrix.test_rooms import QUIET
from tests.reports import round_number
from tests.watch.conftest import SECRET
from tests.watch.news import NASHA_NIVA, ZERKALO, publish


@pytest.fixture
def matrix_config(matrix_config: Config) -> Config:
    return replace(matrix_config, watch_secret=SECRET)


async def _bodies(person, room: str, me: str) -> list[str]:
    return [e["content"]["body"] for e in await person.events(room, me)]


async def test_a_confirmed_release_reaches_the_direct_chat_once_and_a_rejection_is_corrected_once(
        bot, matrix_app, outbox, people):  # noqa: F811
    alice = await people("alice")
    me = str(bot.client.mxid)
    room = await invited_room(alice, bot)  # alice and the bot only: a direct chat
    await alice.say(room, "!watch Максима Знака")
    [answer] = await alice.wait_for_events(room, me, 1)
    assert "You are now watching Maxim Znak." in answer["content"]["body"]

    await publish(matrix_app, "Zerkalo", ZERKALO)
    outbox.wake()
    await asyncio.sleep(QUIET)
    assert len(await _bodies(alice, room, me)) == 1  # one unconfirmed report: nothing yet

    round_id = await publish(matrix_app, "Nasha Niva", NASHA_NIVA)
    outbox.wake()
    await alice.wait_for_events(room, me, 2)
    await asyncio.sleep(QUIET)
    bodies = await _bodies(alice, room, me)
    assert len(bodies) == 2
    assert "Maxim Znak has been released." in bodies[1] and "!unwatch #" in bodies[1]
    assert "zerkalo.example" in bodies[1] or "nashaniva.example" in bodies[1]

    number = await round_number(matrix_app, round_id)
    rejected = render_plain(await console.ask(matrix_app.dispatcher, f"/reject {number} — a misread list"))
    assert "eject" in rejected
    outbox.wake()
    await alice.wait_for_events(room, me, 3)
    await asyncio.sleep(QUIET)
    bodies = await _bodies(alice, room, me)
    assert len(bodies) == 3
    assert "Correction about Maxim Znak:" in bodies[2] and "Status now: held" in bodies[2]


async def test_in_a_room_of_three_watch_is_refused_and_nothing_stored(bot, matrix_app, people):
    alice, bob = await people("alice"), await people("bob")
    me = str(bot.client.mxid)
    room = await invited_room(alice, bot)
    await alice.invite(room, bob.user_id)
    await bob.join(room)
    await alice.say(room, "!watch Максима Знака")
    [answer] = await alice.wait_for_events(room, me, 1)
    assert "Watches are private: send !watch to me in a direct chat." in answer["content"]["body"]
    assert await matrix_app.db.watches.count("matrix", room) == 0
