"""The console transport: an interactive chat in the terminal, and one-shot answers for scripts."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.bounded import read_line
from bot.dispatcher import Dispatcher, Incoming
from bot.i18n import get_translator
from bot.render import render_plain
from bot.reply import Reply

CONSOLE_CHAT = "local"


def console_incoming(text: str, language: str | None, user: str = CONSOLE_CHAT) -> Incoming:
    return Incoming(platform="console", chat_id=user, user_id=user, text=text, client_language=language)


async def ask(dispatcher: Dispatcher, text: str, language: str | None = None, user: str = CONSOLE_CHAT) -> Reply:
    """One reply to one line; a line that is not a command gets the hint to send /help."""
    reply = await dispatcher.handle(console_incoming(text, language, user))
    # Never None in fact: the console is a private chat, and it is never throttled.
    return reply if reply is not None else Reply()


async def chat(dispatcher: Dispatcher, language: str | None = None, user: str = CONSOLE_CHAT,
               stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Read commands line by line until end of input or /quit; print each reply."""
    lang = await dispatcher.language_for("console", user, language)
    stdout.write(get_translator(lang).gettext("Pardon Watch console. Send /help for the commands, /quit to leave.")
                 + "\n")
    loop = asyncio.get_running_loop()
    while True:
        stdout.write("> ")
        stdout.flush()
        line = await loop.run_in_executor(None, read_line, stdin)
        if not line:
            break
        line = line.strip()
        if line in ("/quit", "/exit"):
            break
        if not line:
            continue
        reply = await ask(dispatcher, line, language, user)
        stdout.write(render_plain(reply) + "\n\n")
        stdout.flush()
