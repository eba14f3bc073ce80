"""Platform-neutral command handlers and the registry of commands (in menu order)."""

from bot.i18n import N_
from handlers.base import Command, Role
from handlers.forget import forget
from handlers.lang import lang
from handlers.latest import latest
from handlers.prisoner import prisoner
from handlers.rounds import rounds
from handlers.start import help_, start
from handlers.subscribe import subscribe, unsubscribe
from handlers.total import total

_COMMANDS = [
    Command("latest", latest, N_("the newest pardon round")),
    Command("total", total, N_("released since July 2024 and political prisoners still held")),
    Command("rounds", rounds, N_("all pardon rounds, newest first"), usage=N_("[page]")),
    Command("prisoner", prisoner, N_("find a political prisoner by name"), usage=N_("<name>")),
    Command("lang", lang, N_("reply language: en, be or ru"), usage="en|be|ru", min_role=Role.CHAT_ADMIN),
    Command("forget", forget, N_("delete everything the bot holds about you")),
    Command("subscribe", subscribe, N_("post new pardon rounds here automatically"), usage=N_("[@channel] [en|be|ru]"),
            min_role=Role.CHAT_ADMIN),
    Command("unsubscribe", unsubscribe, N_("stop the automatic posts"), usage=N_("[@channel]"),
            min_role=Role.CHAT_ADMIN),
    Command("help", help_, N_("the list of commands")),
    Command("start", start, N_("what this bot does"), in_menu=False),
]

COMMANDS: dict[str, Command] = {c.name: c for c in _COMMANDS}
