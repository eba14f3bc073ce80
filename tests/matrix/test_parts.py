"""The Matrix transport's pure parts and its state store, without a homeserver."""

from __future__ import annotations

from bot.reply import Button, Reply
from bot.transports.matrix.events import parse_invites, parse_joined_rooms
from bot.transports.matrix.http import DEFAULT_RETRY_AFTER, retry_after_seconds
from bot.transports.matrix.messages import edit_content, notice_contents
from bot.transports.matrix.rooms import invite_allowed

ME = "@pardonbot:example.org"


def test_invites_are_accepted_from_listed_users_and_servers_only():
    allowed = frozenset({"@alice:example.org", ":viasna.example"})
    assert invite_allowed("@alice:example.org", allowed)
    assert invite_allowed("@anyone:viasna.example", allowed)
    assert not invite_allowed("@bob:example.org", allowed)
    assert not invite_allowed("@mallory:evil.example", allowed)
    assert not invite_allowed("@mallory:evil.example", frozenset())
    assert invite_allowed("@mallory:evil.example", frozenset({"*"}))


def test_retry_after_comes_from_the_body_then_the_header():
    assert retry_after_seconds({"retry_after_ms": 2500}, "9") == 2.5
    assert retry_after_seconds({}, "9") == 9.0
    assert retry_after_seconds({"retry_after_ms": "soon"}, None) == DEFAULT_RETRY_AFTER


def test_reply_quotes_are_not_read_as_commands():
    sync = {"rooms": {"join": {"!r:example.org": {"timeline": {"events": [
        {"type": "m.room.message", "event_id": "$1", "sender": "@alice:example.org", "origin_server_ts": 5,
         "content": {"msgtype": "m.text", "body": "> <@bob:example.org> !latest\n\nthanks",
                     "m.relates_to": {"m.in_reply_to": {"event_id": "$0"}}}},
    ]}}}}}
    [update] = parse_joined_rooms(sync, ME)
    assert [m.body for m in update.messages] == ["thanks"]


def test_a_room_update_knows_the_bots_join_encryption_and_upgrade():
    events = [
        {"type": "m.room.encryption", "state_key": "", "sender": "@alice:example.org", "content": {}},
        {"type": "m.room.member", "state_key": ME, "sender": ME, "origin_server_ts": 42,
         "content": {"membership": "join"}},
        {"type": "m.room.tombstone", "state_key": "", "sender": "@alice:example.org",
         "content": {"replacement_room": "!new:example.org"}},
    ]
    [update] = parse_joined_rooms({"rooms": {"join": {"!old:example.org": {"timeline": {"events": events}}}}}, ME)
    assert (update.joined_at_ms, update.encrypted, update.replacement_room) == (42, True, "!new:example.org")


def test_invite_names_who_invited_the_bot():
    sync = {"rooms": {"invite": {"!r:example.org": {"invite_state": {"events": [
        {"type": "m.room.member", "state_key": ME, "sender": "@alice:example.org",
         "content": {"membership": "invite", "is_direct": True}}]}}}}}
    [invite] = parse_invites(sync, ME)
    assert (invite.inviter, invite.is_direct) == ("@alice:example.org", True)


def test_buttons_become_commands_written_with_an_exclamation_mark():
    reply = Reply().add("Several people match <Бяляцкі>:")
    reply.buttons.append(Button("Ales Bialiatski", "/prisoner #1"))
    [content] = notice_contents(reply)
    assert content["msgtype"] == "m.notice"
    assert content["body"].endswith("Ales Bialiatski — !prisoner #1")
    assert "&lt;Бяляцкі&gt;" in content["formatted_body"]


def test_an_edit_replaces_the_post_with_new_content():
    [content] = notice_contents(Reply().add("Released: 27 people"))
    edit = edit_content("$post", content)
    assert edit["m.new_content"] == content
    assert edit["m.relates_to"] == {"rel_type": "m.replace", "event_id": "$post"}
    assert edit["body"] == "* Released: 27 people"


async def test_login_of_a_new_device_forgets_the_old_sync_position(app):
    store = app.db.matrix
    await store.save_login(ME, "DEVICE1", "token1")
    await store.save_next_batch(ME, "s42")
    await store.save_login(ME, "DEVICE1", "token2")
    assert (await store.session(ME)).next_batch == "s42"
    await store.save_login(ME, "DEVICE2", "token3")
    session = await store.session(ME)
    assert (session.device_id, session.access_token, session.next_batch) == ("DEVICE2", "token3", None)


async def test_room_upgrade_moves_language_and_subscription(app):
    await app.db.chats.set_language("matrix", "!old:example.org", "be")
    await app.db.chats.subscribe("matrix", "!old:example.org", "", "be", "2025-02-01T12:00:00")
    assert await app.db.matrix.move_room("!old:example.org", "!new:example.org")
    assert await app.db.chats.language("matrix", "!new:example.org") == "be"
    assert await app.db.chats.language("matrix", "!old:example.org") is None
    assert [s.chat_id for s in await app.db.chats.subscriptions("matrix")] == ["!new:example.org"]


async def test_encryption_notice_is_recorded_once(app):
    assert await app.db.matrix.mark_encryption_noticed("!r:example.org", "2025-02-01T12:00:00")
    assert not await app.db.matrix.mark_encryption_noticed("!r:example.org", "2025-02-02T12:00:00")
    assert await app.db.matrix.encryption_noticed("!r:example.org")
