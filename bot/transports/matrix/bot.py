"""The bot's side of a sync: accept invites, answer `!` commands, follow room upgrades, and say
once in an encrypted room that it cannot read it."""

from __future__ import annotations

import logging
import time
from functools import partial

from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixRequestError
from mautrix.types import RoomID

from bot.app import App
from bot.commands import parse_command
from bot.dispatcher import Incoming
from bot.i18n import N_, get_translator
from bot.reply import Reply
from bot.round_refs import numbered_rounds
from bot.transports.matrix.events import (
    Invite,
    RoomMessage,
    RoomReaction,
    RoomUpdate,
    parse_invites,
    parse_joined_rooms,
    parse_left_rooms,
)
from bot.transports.matrix.messages import MATRIX_PREFIX
from bot.transports.matrix.rooms import (
    invite_allowed,
    is_direct_chat,
    is_room_admin,
    server_of,
    state_content,
)
from bot.transports.matrix.sending import send_reply

log = logging.getLogger(__name__)

PLATFORM = "matrix"
# Reactions to a review card and the commands they stand for (the variation selector some clients add is dropped).
REACTION_COMMANDS = {"✅": "approve", "❌": "reject"}
ENCRYPTION_NOTICE = N_("This room is end-to-end encrypted, and I cannot read encrypted messages yet, so I "
                       "cannot answer here. Please talk to me in an unencrypted room or direct chat.")


class MatrixBot:
    """Reacts to one sync batch at a time; `started_at_ms` is when this process started listening."""

    def __init__(self, client: ClientAPI, app: App, allowed_inviters: frozenset[str],
                 started_at_ms: int | None = None):
        self.client = client
        self.app = app
        self.allowed_inviters = allowed_inviters
        self.started_at_ms = started_at_ms if started_at_ms is not None else int(time.time() * 1000)
        self.joined_at_ms: dict[str, int] = {}

    @property
    def me(self) -> str:
        return str(self.client.mxid)

    async def handle_sync(self, sync: dict) -> None:
        """Everything the bot does for one /sync response, room by room, in timeline order."""
        for invite in parse_invites(sync, self.me):
            await self._guarded(self.on_invite(invite))
        for room_id in parse_left_rooms(sync):
            self.joined_at_ms.pop(room_id, None)
        for update in parse_joined_rooms(sync, self.me):
            await self._guarded(self.on_room_update(update))

    async def _guarded(self, work) -> None:
        try:
            await work
        except MatrixRequestError as exc:
            # The homeserver refused one action (left room, no permission…): log the kind, go on.
            log.warning("Matrix request refused: %s %s", type(exc).__name__, exc.errcode)

    async def on_invite(self, invite: Invite) -> None:
        if not invite_allowed(invite.inviter, self.allowed_inviters):
            log.info("declining a Matrix invite from a server or user not in MATRIX_ALLOWED_INVITERS")
            await self.client.leave_room(RoomID(invite.room_id))
            return
        await self.client.join_room(RoomID(invite.room_id), servers=[server_of(invite.inviter)], max_retries=0)

    async def on_room_update(self, update: RoomUpdate) -> None:
        room = update.room_id
        if update.joined_at_ms is not None:
            self.joined_at_ms[room] = update.joined_at_ms
            if update.predecessor:
                await self.adopt_predecessor(room, update.predecessor)
        if update.encrypted or update.encrypted_message_seen:
            await self.notice_encryption(room)
        # Nothing from before this process started or before the bot joined gets an answer.
        cutoff = max(self.started_at_ms, self.joined_at_ms.get(room, 0))
        for message in update.messages:
            if message.timestamp_ms >= cutoff:
                await self._guarded(self.on_message(message))
        for reaction in update.reactions:
            if reaction.timestamp_ms >= cutoff:
                await self._guarded(self.on_reaction(reaction))
        if update.replacement_room:
            await self.follow_upgrade(room, update.replacement_room, update.tombstone_sender or "")

    async def on_message(self, message: RoomMessage) -> None:
        """Answer a `!` command; notices, edits, other message types and the bot's own are ignored."""
        if message.sender == self.me or message.msgtype != "m.text" or message.is_edit:
            return
        if parse_command(message.body, (MATRIX_PREFIX,)) is None:
            return
        room = message.room_id
        kind = "private" if await is_direct_chat(self.client, room) else "group"
        incoming = Incoming(platform=PLATFORM, chat_id=room, user_id=message.sender, text=message.body,
                            chat_kind=kind)
        reply = await self.app.dispatcher.handle(
            incoming, prefix=MATRIX_PREFIX, is_chat_admin=partial(is_room_admin, self.client, room, message.sender))
        if reply is not None:
            await send_reply(self.client, room, reply, reply_to=message.event_id)

    async def on_reaction(self, reaction: RoomReaction) -> None:
        """✅ or ❌ on a review card runs `!approve N` or `!reject N` (the round named as its card's buttons
        name it) with the reacting person's rights; the answer (or the refusal, for someone who is not a moderator) replies to the card."""
        command = REACTION_COMMANDS.get(reaction.key.replace("\ufe0f", ""))
        if reaction.sender == self.me or command is None:
            return
        room = reaction.room_id
        round_id = await self.app.db.outbox.round_of_message(PLATFORM, room, reaction.target)
        ref = (await numbered_rounds(self.app.db)).stable_ref(round_id) if round_id is not None else None
        if ref is None:
            return  # a reaction to anything but a review card (or to the card of a round no longer there)
        kind = "private" if await is_direct_chat(self.client, room) else "group"
        incoming = Incoming(platform=PLATFORM, chat_id=room, user_id=reaction.sender,
                            text=f"{MATRIX_PREFIX}{command} {ref}", chat_kind=kind)
        reply = await self.app.dispatcher.handle(
            incoming, prefix=MATRIX_PREFIX, is_chat_admin=partial(is_room_admin, self.client, room, reaction.sender))
        if reply is not None:
            await send_reply(self.client, room, reply, reply_to=reaction.target)

    async def notice_encryption(self, room_id: str) -> None:
        """Say once per room (ever, across restarts) that encrypted rooms are not supported."""
        if not await self.app.db.matrix.mark_encryption_noticed(room_id, self.app.clock().isoformat()):
            return
        language = await self.app.dispatcher.language_for(PLATFORM, room_id, None)
        await send_reply(self.client, room_id, Reply().add(get_translator(language).gettext(ENCRYPTION_NOTICE)))

    async def follow_upgrade(self, old_room: str, new_room: str, upgraded_by: str) -> None:
        """The room was upgraded: join its replacement and carry the room's settings over."""
        try:
            await self.client.join_room(RoomID(new_room), servers=[server_of(upgraded_by)], max_retries=0)
        except MatrixRequestError as exc:
            log.warning("could not join an upgraded Matrix room (%s); an invite there will do", exc.errcode)
            return
        await self.app.db.matrix.move_room(old_room, new_room)

    async def adopt_predecessor(self, room_id: str, predecessor: str) -> None:
        """Joined a room that replaces another: move the settings only if the old room says so."""
        tombstone = await state_content(self.client, predecessor, "m.room.tombstone")
        if tombstone and tombstone.get("replacement_room") == room_id:
            await self.app.db.matrix.move_room(predecessor, room_id)
