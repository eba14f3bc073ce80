"""Sending a `Reply` to Telegram: HTML chunks, buttons as an inline keyboard, an image as a photo."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.warnings import PTBUserWarning

from bot.render import render_telegram
from bot.render.split import utf16_len
from bot.reply import Button, Reply

log = logging.getLogger(__name__)
T = TypeVar("T")

CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for a button's callback data
CAPTION_LIMIT = 1024  # UTF-16 code units, like the text limit
MAX_REPLY_WAIT = 30.0  # a reply that would wait longer for a rate limit is dropped, not queued
NETWORK_RETRIES = (0.5, 1.5)  # waits before retrying a reply the Bot API failed (5xx, connection reset)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
SEND_MESSAGE = "sendMessage"

# Replies are sent with `Bot.do_api_request`, which asks for the named method instead when one exists.
warnings.filterwarnings("ignore", message=rf"Please use 'Bot\.{SEND_MESSAGE}'", category=PTBUserWarning)


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait Telegram asked for, whatever PTB's current representation of it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB warns about its int → timedelta transition
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def keyboard(buttons: list[Button]) -> InlineKeyboardMarkup | None:
    """One button per row; the callback data is the button's command, which a press runs."""
    rows = [[InlineKeyboardButton(b.label[:64], callback_data=b.command)] for b in buttons
            if len(b.command.encode("utf-8")) <= CALLBACK_DATA_LIMIT]
    return InlineKeyboardMarkup(rows) if rows else None


def thread_arg(thread_id: str | None) -> int | None:
    return int(thread_id) if thread_id else None


def chat_arg(chat_id: str) -> int | str:
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


async def send_reply(bot: Bot, chat_id: str, reply: Reply, thread_id: str | None = None) -> list[int]:
    """Send the whole reply; buttons go under the last message, and a question (`reply.prompt`) opens
    the reply field for its answer. The ids of the messages sent, in order."""
    chunks = render_telegram(reply)
    markup = keyboard(reply.buttons)
    if markup is None and reply.prompt:
        markup = ForceReply()
    sent: list[int] = []
    common = {"chat_id": chat_arg(chat_id), "message_thread_id": thread_arg(thread_id)}
    if reply.image is not None:
        caption = chunks.pop(0) if chunks and utf16_len(chunks[0]) <= CAPTION_LIMIT else None
        photo_markup = markup if not chunks else None
        photo = await _with_retry(lambda: bot.send_photo(
            photo=reply.image.png, caption=caption, parse_mode=ParseMode.HTML, reply_markup=photo_markup,
            **common))
        sent.append(photo.message_id)
    for i, chunk in enumerate(chunks):
        fields = {"text": chunk, "parse_mode": ParseMode.HTML, "link_preview_options": NO_PREVIEW,
                  "reply_markup": markup if i == len(chunks) - 1 else None, **common}
        # The sent message's JSON as it came: only its id is needed, so no `Message` is built from it
        # (that was a tenth of the CPU of a command). Errors are raised exactly as by `send_message`.
        result = await _with_retry(lambda fields=fields: bot.do_api_request(SEND_MESSAGE, fields))
        sent.append(result["message_id"])
    return sent


async def _with_retry(call: Callable[[], Awaitable[T]]) -> T:
    """Run one API call; after a short rate limit wait and try once more; after a server error or a
    dropped connection try twice more, a little later each time."""
    network_waits = list(NETWORK_RETRIES)
    rate_limited = False
    while True:
        try:
            return await call()
        except RetryAfter as exc:
            wait = retry_after_seconds(exc)
            if rate_limited or wait > MAX_REPLY_WAIT:
                raise
            rate_limited = True
            log.info("telegram: reply rate-limited for %.0fs", wait)
            await asyncio.sleep(wait)
        except (TimedOut, BadRequest):
            # A bad request stays bad; after a timeout the message may have been posted already.
            raise
        except NetworkError as exc:
            if not network_waits:
                raise
            log.info("telegram: reply failed (%s); retrying", type(exc).__name__)
            await asyncio.sleep(network_waits.pop(0))
