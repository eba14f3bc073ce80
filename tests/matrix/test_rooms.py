"""Rooms: who may change settings, whose invites are accepted, encryption, upgrades, restarts."""

from __future__ import annotations

import asyncio

from bot.dispatcher import Incoming
from bot.i18n import get_translator
from bot.render import render_matrix
from bot.transports.matrix.bot import ENCRYPTION_NOTICE
from tests.conftest import table_dump
from tests.matrix.conftest import with_inviters
from tests.matrix.test_commands import invited_room

# Long enough for the bot to have answered (it answers in well under a second) if it were going to.
QUIET = 2.0


def settings_dump(path):
    """Every table but the sync position, which moves with every message the bot sees."""
    return {name: rows for name, rows in table_dump(path).items() if name != "matrix_session"}


async def test_member_without_power_cannot_change_the_room_language(bot, matrix_app, matrix_config, people):
    alice, bob = await people("alice"), await people("bob")
    room = await invited_room(alice, bot)
    await alice.invite(room, bob.user_id)
    await bob.join(room)
    before = settings_dump(matrix_config.db_path)
    await bob.say(room, "!lang be")
    [answer] = await bob.wait_for_events(room, str(bot.client.mxid), 1)
    assert answer["content"]["body"] == "Only this chat's administrators can do this."
    assert await matrix_app.db.chats.language("matrix", room) is None
    assert settings_dump(matrix_config.db_path) == before


async def test_invite_from_a_server_not_allowed_is_declined(bots, matrix_config, matrix_app, people):
    transport = await bots.start(with_inviters(matrix_config, ":elsewhere.example", "@someone:pardonwatch.test"),
                                 matrix_app)
    mallory = await people("mallory")
    me = str(transport.client.mxid)
    room = await mallory.create_room(invite=[me])
    for _ in range(100):
        if await mallory.membership_of(room, me) != "invite":
            break
        await asyncio.sleep(0.1)
    assert await mallory.membership_of(room, me) == "leave"


async def test_invite_from_an_allowed_server_is_accepted(bots, matrix_config, matrix_app, people):
    transport = await bots.start(with_inviters(matrix_config, ":pardonwatch.test"), matrix_app)
    alice = await people("alice")
    room = await alice.create_room(invite=[str(transport.client.mxid)])
    await alice.wait_for_member(room, str(transport.client.mxid))


async def test_restarted_bot_answers_again_without_replaying_old_commands(bots, matrix_config, matrix_app, people):
    first = await bots.start(matrix_config, matrix_app)
    me, device = str(first.client.mxid), first.client.device_id
    alice = await people("alice")
    room = await invited_room(alice, first)
    await alice.say(room, "!total")
    await alice.wait_for_events(room, me, 1)
    await bots.stop_all()

    second = await bots.start(matrix_config, matrix_app)
    assert second.client.device_id == device  # the same device, not a new login
    await alice.say(room, "!latest")
    await asyncio.sleep(QUIET)
    answers = await alice.wait_for_events(room, me, 2)
    assert [a["content"]["body"].split("\n")[0].split(" (#")[0] for a in answers] == ["Released since July 2024",
                                                                      "Latest pardon round"]


async def test_commands_sent_before_the_bot_joined_are_not_answered(bot, people):
    alice = await people("alice")
    me = str(bot.client.mxid)
    room = await alice.create_room()
    await alice.say(room, "!latest")
    await alice.invite(room, me)
    await alice.wait_for_member(room, me)
    await alice.say(room, "!total")
    await asyncio.sleep(QUIET)
    answers = await alice.wait_for_events(room, me, 1)
    assert [a["content"]["body"].split("\n")[0] for a in answers] == ["Released since July 2024"]


async def test_encrypted_room_gets_the_notice_once_even_after_a_restart(bots, matrix_config, matrix_app, people):
    transport = await bots.start(matrix_config, matrix_app)
    me = str(transport.client.mxid)
    alice = await people("alice")
    room = await alice.create_room(invite=[me], encrypted=True)
    await alice.wait_for_member(room, me)
    ciphertext = {"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEnAC", "device_id": "X",
                  "sender_key": "k", "session_id": "s"}
    await alice.send(room, ciphertext, "m.room.encrypted")
    [notice] = await alice.wait_for_events(room, me, 1)
    assert notice["content"]["msgtype"] == "m.notice"
    assert notice["content"]["body"] == get_translator("en").gettext(ENCRYPTION_NOTICE)

    await bots.stop_all()
    await bots.start(matrix_config, matrix_app)
    await alice.send(room, ciphertext, "m.room.encrypted")
    await asyncio.sleep(QUIET)
    assert len(await alice.events(room, me)) == 1


async def test_upgraded_room_keeps_its_language_and_the_bot_follows(bot, matrix_app, people):
    alice = await people("alice")
    me = str(bot.client.mxid)
    room = await alice.create_room(invite=[me], public=True)
    await alice.wait_for_member(room, me)
    await alice.say(room, "!lang be")
    await alice.wait_for_events(room, me, 1)

    new_room = await alice.upgrade(room)
    await alice.wait_for_member(new_room, me)
    for _ in range(50):
        if await matrix_app.db.chats.language("matrix", new_room) == "be":
            break
        await asyncio.sleep(0.1)
    assert await matrix_app.db.chats.language("matrix", new_room) == "be"
    assert await matrix_app.db.chats.language("matrix", room) is None
    await alice.say(new_room, "!total")
    [answer] = await alice.wait_for_events(new_room, me, 1)
    reply = await matrix_app.dispatcher.handle(Incoming("matrix", new_room, alice.user_id, "!total"), prefix="!")
    assert answer["content"]["body"] == render_matrix(reply)[0].body
