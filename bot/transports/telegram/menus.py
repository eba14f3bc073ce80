"""Command menus: `setMyCommands` for each language and each kind of chat, from the COMMANDS registry."""

from __future__ import annotations

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
)

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, get_translator
from handlers import COMMANDS
from handlers.base import Role

# Who sees which commands: in a private chat the user administers the chat, so sees /subscribe too;
# in groups everyone sees the reading commands, and the group's administrators also the settings.
MENU_SCOPES: list[tuple[BotCommandScope, Role]] = [
    (BotCommandScopeDefault(), Role.USER),
    (BotCommandScopeAllPrivateChats(), Role.CHAT_ADMIN),
    (BotCommandScopeAllGroupChats(), Role.USER),
    (BotCommandScopeAllChatAdministrators(), Role.CHAT_ADMIN),
]


def menu(language: str, up_to: Role) -> list[BotCommand]:
    """The menu entries in one language for users of a given role, in registry order."""
    _ = get_translator(language).gettext
    return [BotCommand(c.name, _(c.description)[:256]) for c in COMMANDS.values()
            if c.in_menu and c.min_role <= up_to]


async def set_menus(bot: Bot) -> int:
    """Register every (language, scope) menu, the default language last; return the number of calls."""
    calls = 0
    for language in (*LANGUAGES, None):
        for scope, role in MENU_SCOPES:
            await bot.set_my_commands(menu(language or DEFAULT_LANGUAGE, role), scope=scope, language_code=language)
            calls += 1
    return calls
