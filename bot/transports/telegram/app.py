"""The Telegram transport: a python-telegram-bot `Application` wired to the dispatcher and the outbox.

Long polling by default; a webhook with a secret token when TELEGRAM_WEBHOOK_URL is set; any Bot
API server via TELEGRAM_API_BASE. The outbox worker starts in post_init and stops in post_stop,
before the HTTP client closes; its database connection closes in post_shutdown.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from telegram import Message, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.app import App
from bot.config import Config
from bot.outbox import OutboxLimits, OutboxWorker
from bot.reply import Reply
from bot.storage import Database
from bot.transports.telegram.adapter import incoming_from_button, incoming_from_message
from bot.transports.telegram.aiohttp_request import AiohttpRequest
from bot.transports.telegram.inline import inline_handler
from bot.transports.telegram.menus import set_menus
from bot.transports.telegram.prompts import OpenQuestions
from bot.transports.telegram.replies import send_reply
from bot.transports.telegram.sender import TelegramPostSender
from bot.transports.telegram.subscriptions import TelegramAdminCheck, my_chat_member_handler

log = logging.getLogger(__name__)

MAX_CONCURRENT_UPDATES = 16
REPLY_CONNECTIONS = 256  # python-telegram-bot's default pool for everything but the long poll
CALLBACK_ANSWER_LIMIT = 200  # characters Telegram shows in a button's pop-up answer
ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"]
_ADMIN_STATUSES = ("administrator", "creator")


class TelegramTransport:
    """Builds the Application and runs it (with the outbox worker) between `start()` and `stop()`."""

    def __init__(self, config: Config, app: App, limits: OutboxLimits | None = None, poll_timeout: int = 30,
                 run_worker: bool = True, request_class: type[BaseRequest] = AiohttpRequest):
        if not config.telegram_token:
            raise ValueError("TELEGRAM_TOKEN is not set")
        self.config = config
        self.app = app
        self.limits = limits
        self.poll_timeout = poll_timeout
        self.run_worker = run_worker
        self.worker: OutboxWorker | None = None
        self._worker_db: Database | None = None
        self._worker_task: asyncio.Task | None = None
        self.questions = OpenQuestions()
        self.application = self._build(request_class)

    def _build(self, request_class: type[BaseRequest]) -> Application:
        # PTB's own pools: many connections for replies and posts, one for the long poll.
        builder = (ApplicationBuilder().token(self.config.telegram_token)
                   .request(request_class(connection_pool_size=REPLY_CONNECTIONS))
                   .get_updates_request(request_class(connection_pool_size=1))
                   .concurrent_updates(MAX_CONCURRENT_UPDATES)
                   .post_init(self._post_init).post_stop(self._post_stop).post_shutdown(self._post_shutdown))
        if self.config.telegram_api_base:
            base = self.config.telegram_api_base.rstrip("/")
            builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
        application = builder.build()
        application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self.on_migrate))
        application.add_handler(MessageHandler(filters.TEXT & ~filters.UpdateType.EDITED, self.on_message))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(InlineQueryHandler(inline_handler(self.app.dispatcher)))
        application.add_handler(ChatMemberHandler(my_chat_member_handler(self.app.db),
                                                  ChatMemberHandler.MY_CHAT_MEMBER))
        application.add_error_handler(on_error)
        return application

    async def start(self) -> None:
        """Initialize (getMe), post_init (menus, worker), then receive updates by webhook or polling."""
        application = self.application
        await application.initialize()
        await self._post_init(application)
        if self.config.telegram_webhook_url:
            url = self.config.telegram_webhook_url
            await application.updater.start_webhook(
                listen=self.config.telegram_webhook_listen, port=self.config.telegram_webhook_port,
                url_path=urlsplit(url).path.strip("/") or "telegram", webhook_url=url,
                secret_token=self.config.telegram_webhook_secret or secrets.token_urlsafe(32),
                allowed_updates=ALLOWED_UPDATES)
        else:
            await application.updater.start_polling(timeout=self.poll_timeout, allowed_updates=ALLOWED_UPDATES)
        await application.start()

    async def stop(self) -> None:
        """Stop receiving, let running handlers and in-flight posts finish, close the clients."""
        application = self.application
        if application.updater.running:
            with _stop_errors_as_warnings(logging.getLogger("telegram.ext.Updater")):
                await application.updater.stop()
        if application.running:
            await application.stop()
        await self._post_stop(application)
        await application.shutdown()
        await self._post_shutdown(application)

    async def _post_init(self, application: Application) -> None:
        await set_menus(application.bot)
        if self.run_worker and self.worker is None:
            self._worker_db = await Database.open(self.config.db_path, check_integrity=False)
            sender = TelegramPostSender(application.bot, self._worker_db)
            self.worker = OutboxWorker(self._worker_db, {"telegram": sender}, limits=self.limits)
            self._worker_task = asyncio.create_task(self.worker.run())

    async def _post_stop(self, application: Application) -> None:
        if self.worker is not None and self._worker_task is not None:
            self.worker.stop()
            await self._worker_task
            self._worker_task = None

    async def _post_shutdown(self, application: Application) -> None:
        if self._worker_db is not None:
            await self._worker_db.close()
            self._worker_db = None

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not message.text:
            return
        incoming = incoming_from_message(message)
        answer = self.questions.answer(message)
        if answer is not None:
            incoming = dataclasses.replace(incoming, text=answer)
        reply = await self.app.dispatcher.handle(
            incoming, prefix="/", bot_username=context.bot.username, is_chat_admin=_admin_probe(message),
            remote_chats=TelegramAdminCheck(context.bot))
        if reply is not None:  # None: group talk, or a flood the dispatcher dropped
            await self._send(context, incoming.chat_id, reply, incoming.thread_id)

    async def _send(self, context: ContextTypes.DEFAULT_TYPE, chat_id: str, reply: Reply,
                    thread_id: str | None) -> None:
        sent = await send_reply(context.bot, chat_id, reply, thread_id)
        if reply.prompt and sent:
            self.questions.ask(int(chat_id), sent[-1], reply.prompt)

    async def on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A group became a supergroup and got a new id: its language and subscriptions follow it."""
        message = update.effective_message
        if message is not None and message.migrate_to_chat_id:
            await self.app.db.chats.move_chat("telegram", str(message.chat.id), str(message.migrate_to_chat_id))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        incoming = incoming_from_button(query)
        if incoming is None or not isinstance(query.message, Message):
            await query.answer()
            return
        # The button's command runs exactly like typed text, with the presser's own rights.
        reply = await self.app.dispatcher.handle(
            incoming, prefix="/", bot_username=context.bot.username,
            is_chat_admin=_admin_probe(query.message, query.from_user.id),
            remote_chats=TelegramAdminCheck(context.bot))
        if reply is not None and reply.alert:
            # A refusal (a non-moderator pressing Approve) is told to the presser alone, not to the chat.
            await query.answer(reply.plain_text[:CALLBACK_ANSWER_LIMIT], show_alert=True)
            return
        await query.answer()
        if reply is not None:
            await self._send(context, incoming.chat_id, reply, incoming.thread_id)


def _admin_probe(message: Message, user_id: int | None = None):
    """An async check, run only when a command needs it, that the sender administers the chat."""

    async def probe() -> bool:
        chat = message.chat
        if chat.type == chat.CHANNEL:
            return True  # only a channel's administrators can post in it
        if user_id is None and message.sender_chat is not None and message.sender_chat.id == chat.id:
            return True  # an anonymous administrator of the group
        who = user_id if user_id is not None else (message.from_user.id if message.from_user else None)
        if who is None:
            return False
        member = await message.get_bot().get_chat_member(chat.id, who)
        return member.status in _ADMIN_STATUSES

    return probe


class _StopWarning(logging.Filter):
    """Turns an error the Updater logs while it stops into one warning line that says what it means."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            error = type(record.exc_info[1]).__name__ if record.exc_info and record.exc_info[1] else "an error"
            record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
            record.msg = ("telegram: the last updates could not be confirmed at shutdown (%s);"
                          " Telegram may deliver them again after a restart")
            record.args, record.exc_info, record.exc_text = (error,), None, None
        return True


@contextmanager
def _stop_errors_as_warnings(logger: logging.Logger) -> Iterator[None]:
    """While the Updater stops, its last getUpdates (confirming the updates already taken) can fail on
    a network that is going away; PTB logs that as an ERROR with a traceback on every such stop. It
    costs at most a repeated update after a restart, so during the stop it is a warning; errors while
    the bot runs are untouched."""
    quiet = _StopWarning()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log which kind of update failed and the error's type; never the user's text."""
    kind = "none"
    if isinstance(update, Update):
        kind = next((k for k in ALLOWED_UPDATES if getattr(update, k, None) is not None), "other")
    log.error("telegram: %s while handling a %s update", type(context.error).__name__, kind)
