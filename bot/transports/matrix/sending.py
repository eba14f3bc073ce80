"""Sending to a room: replies (waiting out rate limits) and images."""

from __future__ import annotations

import asyncio
import logging

from mautrix.client.api import ClientAPI
from mautrix.types import EventType, RoomID

from bot.reply import Image, Reply
from bot.transports.matrix.http import MatrixRateLimited
from bot.transports.matrix.messages import image_content, in_reply_to, notice_contents

log = logging.getLogger(__name__)

MAX_RATE_LIMIT_WAIT = 60.0
MAX_ATTEMPTS = 5


async def send_event(client: ClientAPI, room_id: str, content: dict) -> str:
    """Send one m.room.message; the caller handles rate limits."""
    return str(await client.send_message_event(RoomID(room_id), EventType.ROOM_MESSAGE, content))


async def upload_image(client: ClientAPI, image: Image) -> str:
    return str(await client.upload_media(image.png, mime_type="image/png", filename=image.filename))


async def send_patiently(client: ClientAPI, room_id: str, content: dict) -> str:
    """Send one event, waiting as long as the homeserver asks when it says M_LIMIT_EXCEEDED."""
    attempt = 1
    while True:
        try:
            return await send_event(client, room_id, content)
        except MatrixRateLimited as exc:
            if attempt >= MAX_ATTEMPTS:
                raise
            wait = min(exc.retry_after, MAX_RATE_LIMIT_WAIT)
            log.info("Matrix rate limit: waiting %.1f s", wait)
            await asyncio.sleep(wait)
            attempt += 1


async def send_reply(client: ClientAPI, room_id: str, reply: Reply, reply_to: str | None = None) -> list[str]:
    """Send a reply (its image first, then its text as notices); returns the event ids."""
    sent = []
    if reply.image is not None:
        mxc = await upload_image(client, reply.image)
        sent.append(await send_patiently(client, room_id, image_content(mxc, reply.image.filename,
                                                                        len(reply.image.png))))
    for index, content in enumerate(notice_contents(reply)):
        sent.append(await send_patiently(client, room_id, in_reply_to(content, reply_to if index == 0 else None)))
    return sent
