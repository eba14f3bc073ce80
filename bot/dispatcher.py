"""From an incoming message to a reply: parse, resolve language and role, run the handler.

Transports build an `Incoming` and render the `Reply`; everything in between happens here, the
same way for Telegram, Matrix and the console.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.charts import ChartService
from bot.commands import parse_command
from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.i18n import DEFAULT_LANGUAGE, get_translator, normalize_language
from bot.logs import where
from bot.ratelimit import RateLimiter, Verdict
from bot.reply import Reply
from bot.storage import Database
from handlers import COMMANDS
from handlers.base import ChatAdminCheck, Command, Context, Request, Role, RoundChanged

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Incoming:
    """A message as a transport hands it over: ids, text and the client's language, nothing more."""

    platform: str
    chat_id: str
    user_id: str | None
    text: str
    client_language: str | None = None
    chat_kind: str = "private"
    thread_id: str | None = None


class Dispatcher:
    def __init__(self, db: Database, config: Config, directory: PrisonerDirectory,
                 clock: Clock = utc_now, commands: dict[str, Command] = COMMANDS,
                 round_changed: RoundChanged = None, limiter: RateLimiter | None = None,
                 charts: ChartService | None = None):
        self.db = db
        self.config = config
        self.directory = directory
        self.clock = clock
        self.commands = commands
        self.round_changed = round_changed
        self.limiter = limiter or RateLimiter()
        self.charts = charts

    async def language_for(self, platform: str, chat_id: str, client_language: str | None) -> str:
        """The chat's stored choice, else the user's client language, else English."""
        stored = await self.db.chats.language(platform, chat_id)
        return stored or normalize_language(client_language) or DEFAULT_LANGUAGE

    async def role_for(self, platform: str, user_id: str | None,
                       is_chat_admin: Callable[[], Awaitable[bool]] | None, needed: Role) -> Role:
        """The user's role, asking the platform about chat admin rights only when the command needs them."""
        if user_id is None:
            return Role.USER
        if f"{platform}:{user_id}" in self.config.owners:
            return Role.OWNER
        if needed == Role.CHAT_ADMIN:
            # A chat's settings belong to its admins: being a bot moderator is not enough.
            admin = is_chat_admin is not None and await is_chat_admin()
            return Role.CHAT_ADMIN if admin else Role.USER
        if await self.db.roles.is_moderator(platform, user_id):
            return Role.MODERATOR
        return Role.USER

    def context(self, language: str, remote_chats: ChatAdminCheck | None = None) -> Context:
        return Context(db=self.db, config=self.config, i18n=get_translator(language), now=self.clock(),
                       directory=self.directory, round_changed=self.round_changed, charts=self.charts,
                       remote_chats=remote_chats)

    async def handle(self, incoming: Incoming, *, prefix: str = "/", bot_username: str | None = None,
                     is_chat_admin: Callable[[], Awaitable[bool]] | None = None,
                     remote_chats: ChatAdminCheck | None = None) -> Reply | None:
        """The reply to a message, or None when nothing is to be sent: talk in a group that is no
        command for this bot, or a message dropped by the flood limit (transports send nothing then)."""
        parsed = parse_command(incoming.text, (prefix,), bot_username)
        if parsed is None and incoming.chat_kind != "private":
            return None
        # Everything answered is counted, the hint for a message without a command too: a flood costs
        # at most the limit's replies and one warning. The console is the operator at the bot's own
        # machine: throttling it would only break scripted moderation sessions (`pardonwatch chat`).
        verdict = (Verdict.ALLOW if incoming.platform == "console"
                   else self.limiter.check(f"{incoming.platform}:{incoming.user_id or incoming.chat_id}"))
        if verdict is Verdict.DROP:
            return None
        language = await self.language_for(incoming.platform, incoming.chat_id, incoming.client_language)
        ctx = self.context(language, remote_chats)
        _ = ctx.i18n.gettext
        if verdict is Verdict.WARN:
            return Reply().add(_("Too many commands at once. I will answer again in a minute."))
        if parsed is None:
            return Reply().add(_("Commands start with “{prefix}”. Send {help} to see them.").format(
                prefix=prefix, help=f"{prefix}help"))
        command = self.commands.get(parsed.name)
        if command is None:
            return Reply().add(_("Unknown command. Send {help} to see what I can do.").format(help=f"{prefix}help"))
        if parsed.too_long:
            return Reply().add(_("That is too long. Please send a shorter request."))
        if incoming.chat_kind == "private":
            is_chat_admin = _yes  # in a private chat the user decides its settings
        role = await self.role_for(incoming.platform, incoming.user_id, is_chat_admin, command.min_role)
        request = Request(platform=incoming.platform, chat_id=incoming.chat_id, user_id=incoming.user_id,
                          command=parsed.name, args=parsed.args, language=language, role=role,
                          chat_kind=incoming.chat_kind, thread_id=incoming.thread_id, prefix=prefix)
        if role < command.min_role:
            return Reply(alert=True).add(refusal(command.min_role, ctx))
        try:
            # Handlers write through the shared connection: one at a time with the other writers.
            async with self.db.lock:
                return await command.handler(request, ctx)
        except Exception as exc:
            # The user's text is never logged: only which command failed and why.
            log.error("command /%s failed: %s at %s", parsed.name, type(exc).__name__, where(exc))
            return Reply().add(_("Something went wrong on my side. Please try again later."))


async def _yes() -> bool:
    return True


def refusal(needed: Role, ctx: Context) -> str:
    _ = ctx.i18n.gettext
    if needed >= Role.OWNER:
        return _("Only the bot's owner can do this.")
    if needed >= Role.MODERATOR:
        return _("Only moderators can do this.")
    return _("Only this chat's administrators can do this.")
