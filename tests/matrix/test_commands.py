"""A person invites the bot to a room and talks to it with `!` commands; it answers with notices."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.dispatcher import Incoming
from bot.i18n import get_translator
from bot.render import render_matrix

HTML = "org.matrix.custom.html"


async def expected(app, room_id: str, text: str, user_id: str):
    """What the shared dispatcher answers to this command in this room, rendered for Matrix."""
    reply = await app.dispatcher.handle(Incoming("matrix", room_id, user_id, text, chat_kind="group"), prefix="!")
    return render_matrix(reply)[0]


async def invited_room(person, bot) -> str:
    room = await person.create_room(invite=[str(bot.client.mxid)])
    await person.wait_for_member(room, str(bot.client.mxid))
    return room


async def test_invited_bot_answers_latest_with_a_formatted_notice(bot, matrix_app, people):
    alice = await people("alice")
    room = await invited_room(alice, bot)
    await alice.say(room, "!latest")
    [answer] = await alice.wait_for_events(room, str(bot.client.mxid), 1)
    content = answer["content"]
    assert content["msgtype"] == "m.notice"
    assert content["format"] == HTML
    assert content["formatted_body"].startswith("<strong>Latest pardon round</strong>")
    assert content["body"].startswith("Latest pardon round")
    want = await expected(matrix_app, room, "!latest", alice.user_id)
    assert (content["body"], content["formatted_body"]) == (want.body, want.formatted_body)


async def test_lang_be_makes_the_room_answer_in_belarusian(bot, matrix_app, people):
    alice = await people("alice")
    room = await invited_room(alice, bot)
    await alice.say(room, "!lang be")
    await alice.say(room, "!total")
    confirmation, total = await alice.wait_for_events(room, str(bot.client.mxid), 2)
    assert confirmation["content"]["body"] == get_translator("be").gettext("From now on I will answer here in English.")
    assert await matrix_app.db.chats.language("matrix", room) == "be"
    want = await expected(matrix_app, room, "!total", alice.user_id)
    assert total["content"]["body"] == want.body
    assert total["content"]["formatted_body"] == want.formatted_body


async def test_prisoner_is_found_by_belarusian_name(bot, matrix_app, people):
    alice = await people("alice")
    room = await invited_room(alice, bot)
    await alice.say(room, "!prisoner Бяляцкі")
    [answer] = await alice.wait_for_events(room, str(bot.client.mxid), 1)
    assert "Ales Bialiatski" in answer["content"]["body"]
    assert "Ales Bialiatski" in answer["content"]["formatted_body"]
    want = await expected(matrix_app, room, "!prisoner Бяляцкі", alice.user_id)
    assert answer["content"]["body"] == want.body


async def test_bot_ignores_notices_and_plain_chat(bot, people):
    alice = await people("alice")
    room = await invited_room(alice, bot)
    await alice.send(room, {"msgtype": "m.notice", "body": "!latest"})
    await alice.say(room, "hello everyone, latest news?")
    await alice.say(room, "!total")
    events = await alice.wait_for_events(room, str(bot.client.mxid), 1)
    assert len(events) == 1
    assert events[0]["content"]["m.relates_to"]["m.in_reply_to"]["event_id"]
    assert events[0]["content"]["body"].startswith("Released since July 2024")


async def test_rate_limited_bot_waits_as_told_and_answers_every_command(bots, synapse, matrix_config, matrix_app,
                                                                         people, caplog):
    caplog.set_level(logging.INFO, logger="bot.transports.matrix.sending")
    limited = synapse.register(synapse.unique("slowbot"), unlimited=False)
    transport = await bots.start(
        replace(matrix_config, matrix_user_id=limited.user_id, matrix_password=limited.password), matrix_app)
    alice = await people("alice")
    room = await invited_room(alice, transport)
    commands = ["!total", "!latest", "!help", "!total", "!latest"]  # more than the homeserver's burst of 3
    for command in commands:
        await alice.say(room, command)
    answers = await alice.wait_for_events(room, limited.user_id, len(commands), timeout=30)
    firsts = [a["content"]["body"].split("\n")[0].split(" (#")[0] for a in answers]
    assert firsts[0] == firsts[3] == "Released since July 2024"
    assert firsts[1] == firsts[4] == "Latest pardon round"
    assert any("rate limit" in r.getMessage() for r in caplog.records)  # the homeserver did say M_LIMIT_EXCEEDED
