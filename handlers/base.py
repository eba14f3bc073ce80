"""What every handler receives and returns; nothing here knows Telegram or Matrix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import IntEnum

from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.i18n import Translator
from bot.reply import Reply
from bot.storage import Database


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


@dataclass
class Context:
    """The services a handler may use; passed in, never imported as globals."""

    db: Database
    config: Config
    i18n: Translator
    now: dt.datetime
    directory: PrisonerDirectory

    @property
    def today(self) -> dt.date:
        return self.now.date()

    @property
    def now_iso(self) -> str:
        return self.now.isoformat(timespec="seconds")

    async def round_changed(self, round_id: int) -> None:
        """A round was created or changed (new report, correction): queue or edit its auto-posts."""
        from bot.outbox import schedule_round  # the outbox renders posts with handlers' formatting

        await schedule_round(self.db, round_id, self.now)


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
