"""Sending a `Reply` to Telegram: HTML chunks, buttons as an inline keyboard, an image as a photo."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
from collections.abc import Awaitable, Callable

from telegram import Bot, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.render import render_telegram
from bot.render.split import utf16_len
from bot.reply import Button, Reply

log = logging.getLogger(__name__)

CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for a button's callback data
CAPTION_LIMIT = 1024  # UTF-16 code units, like the text limit
MAX_REPLY_WAIT = 30.0  # a reply that would wait longer for a rate limit is dropped, not queued
NETWORK_RETRIES = (0.5, 1.5)  # waits before retrying a reply the Bot API failed (5xx, connection reset)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


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


async def send_reply(bot: Bot, chat_id: str, reply: Reply, thread_id: str | None = None) -> list[Message]:
    """Send the whole reply; buttons go under the last message, and a question (`reply.prompt`) opens
    the reply field for its answer."""
    chunks = render_telegram(reply)
    markup = keyboard(reply.buttons)
    if markup is None and reply.prompt:
        markup = ForceReply()
    sent: list[Message] = []
    common = {"chat_id": chat_arg(chat_id), "message_thread_id": thread_arg(thread_id)}
    if reply.image is not None:
        caption = chunks.pop(0) if chunks and utf16_len(chunks[0]) <= CAPTION_LIMIT else None
        photo_markup = markup if not chunks else None
        sent.append(await _with_retry(lambda: bot.send_photo(
            photo=reply.image.png, caption=caption, parse_mode=ParseMode.HTML, reply_markup=photo_markup,
            **common)))
    for i, chunk in enumerate(chunks):
        chunk_markup = markup if i == len(chunks) - 1 else None
        sent.append(await _with_retry(lambda chunk=chunk, chunk_markup=chunk_markup: bot.send_message(
            text=chunk, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=chunk_markup,
            **common)))
    return sent


async def _with_retry(call: Callable[[], Awaitable[Message]]) -> Message:
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
