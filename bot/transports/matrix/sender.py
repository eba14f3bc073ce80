"""Auto-posts to Matrix rooms for the shared outbox: one m.notice per round, edited with m.replace."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from aiohttp import ClientError
from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixConnectionError, MatrixRequestError, MForbidden, MNotFound

from bot.outbox.sender import ChatGone, RateLimited, SendFailed
from bot.reply import Reply
from bot.transports.matrix.http import MatrixRateLimited
from bot.transports.matrix.messages import edit_content, image_content, notice_contents
from bot.transports.matrix.rooms import state_content
from bot.transports.matrix.sending import send_event, upload_image


class MatrixPostSender:
    """The outbox's PostSender for Matrix. `get_client` returns the logged-in client, or None
    while the transport is still connecting (the post is then retried later)."""

    platform = "matrix"

    def __init__(self, get_client: Callable[[], ClientAPI | None]):
        self._get_client = get_client

    async def send(self, chat_id: str, thread_id: str, reply: Reply) -> str:
        """Post the round; the returned id is its first text message, the one later edits replace."""
        client = self._client()
        async with _translated_errors(client, chat_id):
            if reply.image is not None:
                mxc = await upload_image(client, reply.image)
                await send_event(client, chat_id, image_content(mxc, reply.image.filename, len(reply.image.png)))
            contents = notice_contents(reply)
            first = await send_event(client, chat_id, contents[0])
            for content in contents[1:]:
                await send_event(client, chat_id, content)
        return first

    async def edit(self, chat_id: str, thread_id: str, message_id: str, reply: Reply) -> None:
        """Replace the post's text (`m.replace` with `m.new_content`); repeating an edit is harmless."""
        client = self._client()
        async with _translated_errors(client, chat_id):
            await send_event(client, chat_id, edit_content(message_id, notice_contents(reply)[0]))

    def _client(self) -> ClientAPI:
        client = self._get_client()
        if client is None:
            raise SendFailed("Matrix is not connected yet")
        return client


@asynccontextmanager
async def _translated_errors(client: ClientAPI, room_id: str) -> AsyncIterator[None]:
    """Turn the homeserver's answers into the outbox's RateLimited / ChatGone / SendFailed."""
    try:
        yield
    except MatrixRateLimited as exc:
        raise RateLimited(exc.retry_after) from exc
    except (MForbidden, MNotFound) as exc:
        if not await _still_joined(client, room_id):
            raise ChatGone(room_id) from exc
        # Joined but not allowed to post (muted): retrying will not help.
        raise SendFailed(exc.errcode, permanent=True) from exc
    except MatrixRequestError as exc:
        raise SendFailed(exc.errcode or str(exc.http_status), permanent=400 <= exc.http_status < 500) from exc
    except (MatrixConnectionError, ClientError, TimeoutError) as exc:
        raise SendFailed(type(exc).__name__) from exc


async def _still_joined(client: ClientAPI, room_id: str) -> bool:
    """Is the bot still a member of the room (not kicked, banned, left, or the room gone)?"""
    try:
        member = await state_content(client, room_id, "m.room.member", str(client.mxid))
    except (MForbidden, MNotFound):
        return False
    return bool(member and member.get("membership") == "join")
