"""The Matrix homeserver restarted while the bot is in a long-poll sync: the bot reconnects, answers
the next command, and replays nothing it had already answered."""

from __future__ import annotations

import asyncio

from bot.transports import console
from tests.matrix.test_commands import invited_room


async def test_the_bot_reconnects_after_a_homeserver_restart_and_answers_without_replaying(
        bot, matrix_app, people, synapse):
    alice = await people("alice")
    room = await invited_room(alice, bot)
    await alice.say(room, "!total")
    [first] = await alice.wait_for_events(room, str(bot.client.mxid), 1)
    assert first["content"]["body"].startswith("Released since July 2024")

    await asyncio.to_thread(synapse.stop)  # the bot's open sync request fails; it keeps retrying
    await asyncio.sleep(2.0)
    # The other transports share the dispatcher and go on answering meanwhile.
    reply = await console.ask(matrix_app.dispatcher, "/latest", "en")
    assert reply.lines
    await asyncio.to_thread(synapse.restart)

    await alice.say(room, "!lang")
    await alice.wait_for_events(room, str(bot.client.mxid), 2, timeout=60)
    await asyncio.sleep(3.0)  # a replayed answer to "!total" would arrive by now
    answers = await alice.events(room, str(bot.client.mxid))
    assert len(answers) == 2
    assert answers[0]["event_id"] == first["event_id"]
    assert not answers[1]["content"]["body"].startswith("Released since July 2024")
