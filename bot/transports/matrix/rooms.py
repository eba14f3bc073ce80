"""Questions about rooms: whom to accept invites from, who is a room admin, is it a direct chat."""

from __future__ import annotations

from mautrix.api import Method, Path
from mautrix.client.api import ClientAPI
from mautrix.errors import MNotFound

ADMIN_POWER_LEVEL = 50
# Room versions in which the creators stand above every power level (MSC4289).
_CREATORS_ABOVE_POWER_LEVELS_FROM = 12


def server_of(user_id: str) -> str:
    """`@alice:example.org` → `example.org`."""
    return user_id.partition(":")[2]


def invite_allowed(inviter: str, allowed: frozenset[str]) -> bool:
    """`*` allows everyone; `@alice:example.org` one user; `:example.org` everyone on that server."""
    if "*" in allowed or inviter in allowed:
        return True
    server = server_of(inviter)
    return bool(server) and f":{server}" in allowed


async def state_content(client: ClientAPI, room_id: str, event_type: str, state_key: str = "") -> dict | None:
    """A state event's content as the homeserver stores it, or None when the room has none."""
    try:
        content = await client.api.request(Method.GET, Path.v3.rooms[room_id].state[event_type][state_key])
    except MNotFound:
        return None
    return content if isinstance(content, dict) else None


async def create_event(client: ClientAPI, room_id: str) -> dict:
    """The room's m.room.create event, whole (its sender is the creator)."""
    event = await client.api.request(Method.GET, Path.v3.rooms[room_id].state["m.room.create"][""],
                                     query_params={"format": "event"})
    return event if isinstance(event, dict) else {}


async def power_level(client: ClientAPI, room_id: str, user_id: str) -> int | float:
    """The user's power level in the room (creators of v12+ rooms rank above every level)."""
    create = await create_event(client, room_id)
    content = create.get("content") if isinstance(create.get("content"), dict) else {}
    creators = _creators(create, content)
    if _creators_rank_highest(content) and user_id in creators:
        return float("inf")
    levels = await state_content(client, room_id, "m.room.power_levels")
    if levels is None:
        # Without a power levels event the creator has 100 and everyone else 0.
        return 100 if user_id in creators else 0
    users = levels.get("users") if isinstance(levels.get("users"), dict) else {}
    value = users.get(user_id, levels.get("users_default", 0))
    return value if isinstance(value, int) else 0


async def is_room_admin(client: ClientAPI, room_id: str, user_id: str) -> bool:
    """Room settings (language, subscriptions) belong to users with power level ≥ 50."""
    return await power_level(client, room_id, user_id) >= ADMIN_POWER_LEVEL


async def is_direct_chat(client: ClientAPI, room_id: str) -> bool:
    """A room with only the bot and one other person counts as a private chat."""
    members = await client.api.request(Method.GET, Path.v3.rooms[room_id].joined_members)
    return len(members.get("joined", {})) <= 2


def _creators_rank_highest(create: dict) -> bool:
    version = str(create.get("room_version", "1"))
    return version.isdigit() and int(version) >= _CREATORS_ABOVE_POWER_LEVELS_FROM


def _creators(create: dict, content: dict) -> set[str]:
    extra = content.get("additional_creators")
    creators = {c for c in extra if isinstance(c, str)} if isinstance(extra, list) else set()
    for candidate in (create.get("sender"), content.get("creator")):
        if isinstance(candidate, str):
            creators.add(candidate)
    return creators
