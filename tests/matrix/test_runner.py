"""The runner's Matrix wiring: the transport and the outbox worker run together until stopped."""

from __future__ import annotations

import asyncio
import dataclasses

from bot.outbox import schedule_round
from bot.runner import matrix_transport, serve
from tests.conftest import FIXED_NOW
from tests.matrix.test_autopost import new_round, subscribed_room


async def test_runner_serves_commands_and_auto_posts_until_stopped(matrix_config, matrix_app, people):
    config = dataclasses.replace(matrix_config, poll_feeds=False)
    transport = matrix_transport(config, matrix_app)
    stop = asyncio.Event()
    serving = asyncio.create_task(serve(config, matrix_app, transport, stop))
    await asyncio.wait_for(transport.ready.wait(), 30)
    alice = await people("alice")
    room = await subscribed_room(alice, transport)
    await schedule_round(matrix_app.db, await new_round(matrix_app), FIXED_NOW)
    events = await alice.wait_for_events(room, str(transport.client.mxid), 2)
    assert "Released: 26 people" in events[1]["content"]["body"]
    stop.set()
    await asyncio.wait_for(serving, 10)
    assert transport.client is None  # the transport closed its HTTP session
