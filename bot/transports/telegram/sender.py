"""The outbox's Telegram sender: a round post (or review card, with its buttons) as one HTML message,
and Bot API errors mapped to the outbox's RateLimited / ChatGone / SendFailed."""

from __future__ import annotations

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.outbox.sender import ChatGone, RateLimited, SendFailed
from bot.render import render_telegram
from bot.reply import Reply
from bot.storage import Database
from bot.transports.telegram.adapter import PLATFORM
from bot.transports.telegram.replies import NO_PREVIEW, chat_arg, keyboard, retry_after_seconds, thread_arg

# Bad requests that mean the bot can no longer post in that chat at all.
_GONE = ("chat not found", "bot was kicked", "not enough rights", "need administrator rights",
         "have no rights", "chat_write_forbidden", "bot is not a member", "topic_deleted", "thread not found")


class TelegramPostSender:
    """Implements `bot.outbox.PostSender` with the Bot API."""

    platform = PLATFORM

    def __init__(self, bot: Bot, db: Database | None = None):
        self.bot = bot
        self.db = db  # to follow a group that became a supergroup (its id changes)

    async def send(self, chat_id: str, thread_id: str, reply: Reply) -> str:
        try:
            async with _mapped_errors():
                message = await self.bot.send_message(
                    chat_id=chat_arg(chat_id), message_thread_id=thread_arg(thread_id), text=_one_message(reply),
                    parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=keyboard(reply.buttons))
        except SendFailed as exc:
            migrated = exc.__cause__
            if isinstance(migrated, ChatMigrated) and self.db is not None:
                # Move the subscription; the retry (after the usual backoff) goes to the new id.
                await self.db.chats.move_chat(PLATFORM, chat_id, str(migrated.new_chat_id))
                raise SendFailed("ChatMigrated") from migrated
            raise
        return str(message.message_id)

    async def edit(self, chat_id: str, thread_id: str, message_id: str, reply: Reply) -> None:
        """Replace the text and the buttons (a decided review card loses them: Telegram removes a
        keyboard that an edit does not repeat)."""
        try:
            async with _mapped_errors():
                await self.bot.edit_message_text(
                    chat_id=chat_arg(chat_id), message_id=int(message_id), text=_one_message(reply),
                    parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=keyboard(reply.buttons))
        except _NotModified:
            return  # the post already shows this content: an edit repeated after a crash


def _one_message(reply: Reply) -> str:
    # A post must stay one message so that it can be edited; round posts are far below the limit.
    chunks = render_telegram(reply)
    return chunks[0] if chunks else "—"


class _NotModified(Exception):
    pass


class _mapped_errors:  # noqa: N801 - used as a context manager
    """Translate Bot API errors into the outbox's three outcomes."""

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        if exc is None:
            return False
        if isinstance(exc, RetryAfter):
            raise RateLimited(retry_after_seconds(exc)) from exc
        if isinstance(exc, Forbidden):
            raise ChatGone(type(exc).__name__) from exc
        if isinstance(exc, ChatMigrated):
            raise SendFailed("ChatMigrated", permanent=True) from exc
        if isinstance(exc, BadRequest):
            message = exc.message.lower()
            if "message is not modified" in message:
                raise _NotModified() from exc
            if any(reason in message for reason in _GONE):
                raise ChatGone("BadRequest") from exc
            # Telegram's own description (fixed wording, never the post's text) tells operators why.
            raise SendFailed(f"BadRequest: {exc.message}", permanent=True) from exc
        if isinstance(exc, (NetworkError, TelegramError)):
            # Includes TimedOut: the request may have reached Telegram (the documented window).
            raise SendFailed(type(exc).__name__) from exc
        return False
