"""What the bot needs from a /sync response, as small values (the raw JSON stays in here)."""

from __future__ import annotations

from dataclasses import dataclass, field

MESSAGE = "m.room.message"
ENCRYPTED = "m.room.encrypted"
ENCRYPTION = "m.room.encryption"
MEMBER = "m.room.member"
TOMBSTONE = "m.room.tombstone"
CREATE = "m.room.create"
REACTION = "m.reaction"


@dataclass(frozen=True)
class Invite:
    room_id: str
    inviter: str
    is_direct: bool


@dataclass(frozen=True)
class RoomMessage:
    room_id: str
    event_id: str
    sender: str
    msgtype: str
    body: str
    timestamp_ms: int
    is_edit: bool = False


@dataclass(frozen=True)
class RoomReaction:
    """An emoji reaction (m.annotation) to an event: on a review card, ✅ approves and ❌ rejects."""

    room_id: str
    event_id: str
    sender: str
    target: str  # the event reacted to
    key: str
    timestamp_ms: int


@dataclass
class RoomUpdate:
    """One joined room's part of a sync: the messages and the few state changes the bot acts on."""

    room_id: str
    joined_at_ms: int | None = None  # our own join, when it is in this sync
    encrypted: bool = False  # the room has (or just got) encryption
    encrypted_message_seen: bool = False
    replacement_room: str | None = None  # the room was upgraded (tombstone)
    tombstone_sender: str | None = None
    predecessor: str | None = None  # this room replaces an older one (create event)
    messages: list[RoomMessage] = field(default_factory=list)
    reactions: list[RoomReaction] = field(default_factory=list)


def parse_invites(sync: dict, me: str) -> list[Invite]:
    """The rooms the bot has been invited to in this sync, with who invited it."""
    invites = []
    for room_id, room in sync.get("rooms", {}).get("invite", {}).items():
        for event in room.get("invite_state", {}).get("events", []):
            content = event.get("content") or {}
            if (event.get("type") == MEMBER and event.get("state_key") == me
                    and content.get("membership") == "invite" and isinstance(event.get("sender"), str)):
                invites.append(Invite(room_id, event["sender"], bool(content.get("is_direct"))))
                break
    return invites


def parse_left_rooms(sync: dict) -> list[str]:
    """Rooms the bot left, was kicked from or banned from in this sync."""
    return list(sync.get("rooms", {}).get("leave", {}))


def parse_joined_rooms(sync: dict, me: str) -> list[RoomUpdate]:
    """Every joined room's update, events in timeline order."""
    updates = []
    for room_id, room in sync.get("rooms", {}).get("join", {}).items():
        update = RoomUpdate(room_id)
        events = list(room.get("state", {}).get("events", [])) + list(room.get("timeline", {}).get("events", []))
        for event in events:
            _apply(update, event, me)
        updates.append(update)
    return updates


def _apply(update: RoomUpdate, event: dict, me: str) -> None:
    kind = event.get("type")
    content = event.get("content") or {}
    sender = event.get("sender")
    if not isinstance(content, dict) or not isinstance(sender, str):
        return
    if kind == MEMBER and event.get("state_key") == me and content.get("membership") == "join":
        update.joined_at_ms = _timestamp(event)
    elif kind == ENCRYPTION and "state_key" in event:
        update.encrypted = True
    elif kind == TOMBSTONE and "state_key" in event and isinstance(content.get("replacement_room"), str):
        update.replacement_room = content["replacement_room"]
        update.tombstone_sender = sender
    elif kind == CREATE and "state_key" in event:
        predecessor = content.get("predecessor")
        if isinstance(predecessor, dict) and isinstance(predecessor.get("room_id"), str):
            update.predecessor = predecessor["room_id"]
    elif kind == ENCRYPTED and sender != me:
        update.encrypted_message_seen = True
    elif kind == REACTION and isinstance(event.get("event_id"), str):
        relates = content.get("m.relates_to") or {}
        if (isinstance(relates, dict) and relates.get("rel_type") == "m.annotation"
                and isinstance(relates.get("event_id"), str) and isinstance(relates.get("key"), str)):
            update.reactions.append(RoomReaction(room_id=update.room_id, event_id=event["event_id"], sender=sender,
                                                 target=relates["event_id"], key=relates["key"],
                                                 timestamp_ms=_timestamp(event)))
    elif kind == MESSAGE and isinstance(content.get("body"), str) and isinstance(event.get("event_id"), str):
        relates = content.get("m.relates_to") or {}
        update.messages.append(RoomMessage(
            room_id=update.room_id, event_id=event["event_id"], sender=sender,
            msgtype=str(content.get("msgtype", "")), body=_without_reply_fallback(content),
            timestamp_ms=_timestamp(event),
            is_edit=isinstance(relates, dict) and relates.get("rel_type") == "m.replace"))


def _timestamp(event: dict) -> int:
    value = event.get("origin_server_ts")
    return value if isinstance(value, int) else 0


def _without_reply_fallback(content: dict) -> str:
    """The body without the quoted message older clients put in front of a reply."""
    body = content["body"]
    relates = content.get("m.relates_to")
    if not (isinstance(relates, dict) and "m.in_reply_to" in relates):
        return body
    lines = body.split("\n")
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    if lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)
