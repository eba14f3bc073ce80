"""What every handler receives and returns; nothing here knows Telegram or Matrix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

from bot.charts import ChartService
from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.i18n import Translator
from bot.reply import Reply
from bot.storage import Database

RoundChanged = Callable[[int], Awaitable[None]] | None


class Role(IntEnum):
    """What a user may do; each role includes the ones below it."""

    USER = 0
    CHAT_ADMIN = 1
    MODERATOR = 2
    OWNER = 3


@dataclass(frozen=True)
class Request:
    """One command from one user in one chat, already parsed and with the reply language resolved."""

    platform: str
    chat_id: str
    user_id: str | None
    command: str
    args: str
    language: str
    role: Role
    chat_kind: str = "private"  # private | group | channel
    thread_id: str | None = None
    prefix: str = "/"  # how commands are written on this platform ("/" on Telegram, "!" on Matrix)

    @property
    def actor(self) -> str:
        """The user as recorded in the audit log: platform and id, nothing else."""
        return f"{self.platform}:{self.user_id}"


@dataclass(frozen=True)
class RemoteChat:
    """Another chat a user names (a channel, from a private chat), with both admin checks done."""

    chat_id: str
    user_is_admin: bool
    bot_is_admin: bool


class ChatAdminCheck(Protocol):
    """Asks the platform about a chat the user names; each transport that supports it implements it."""

    async def check(self, chat_ref: str, user_id: str) -> RemoteChat | None:
        """The chat `chat_ref` ("@channel") and whether the user and the bot administer it; None if not found."""
        ...


@dataclass
class Context:
    """The services a handler may use; passed in, never imported as globals."""

    db: Database
    config: Config
    i18n: Translator
    now: dt.datetime
    directory: PrisonerDirectory
    remote_chats: ChatAdminCheck | None = None  # None on platforms where users cannot name other chats
    # Called after a handler changes a round (a correction, a merge): auto-posts are scheduled from it.
    round_changed: RoundChanged = None
    charts: ChartService | None = None  # the app's chart renderer and cache (/chart, auto-posts)

    async def notify_round_changed(self, round_id: int) -> None:
        if self.round_changed is not None:
            await self.round_changed(round_id)

    @property
    def today(self) -> dt.date:
        return self.now.date()

    @property
    def now_iso(self) -> str:
        return self.now.isoformat(timespec="seconds")


Handler = Callable[[Request, Context], Awaitable[Reply]]


@dataclass(frozen=True)
class Command:
    """A command the bot understands: its handler, who may use it, and its menu text (a msgid)."""

    name: str
    handler: Handler
    description: str
    usage: str = ""
    min_role: Role = Role.USER
    in_menu: bool = True
