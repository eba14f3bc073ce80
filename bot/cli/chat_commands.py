"""`pardonwatch run`, `chat` and `ask`: the bot itself and its console."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.app import open_app
from bot.config import Config
from bot.render import render_plain
from bot.transports import console


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="start every configured transport (the console demo when no token is set)")
    run.set_defaults(func=cmd_run)

    chat = sub.add_parser("chat", help="an interactive chat in the terminal")
    chat.add_argument("--lang", help="reply language: en, be or ru")
    chat.add_argument("--user", default=console.CONSOLE_CHAT, help="act as this console user id")
    chat.set_defaults(func=cmd_chat)

    ask = sub.add_parser("ask", help="answer one command and print the reply")
    ask.add_argument("--lang", help="reply language: en, be or ru")
    ask.add_argument("--user", default=console.CONSOLE_CHAT, help="act as this console user id")
    ask.add_argument("--out", type=Path, help="write the reply's image (e.g. /chart) to this file")
    ask.add_argument("text", help='the command, e.g. "/prisoner Bialiatski"')
    ask.set_defaults(func=cmd_ask)


async def cmd_chat(args: argparse.Namespace) -> int:
    async with open_app(Config.from_env(db_path=args.db)) as app:
        await console.chat(app.dispatcher, args.lang, args.user)
    return 0


async def cmd_ask(args: argparse.Namespace) -> int:
    async with open_app(Config.from_env(db_path=args.db)) as app:
        reply = await console.ask(app.dispatcher, args.text, args.lang, args.user)
    sys.stdout.write(render_plain(reply) + "\n")
    if reply.image and args.out:
        args.out.write_bytes(reply.image.png)
    return 0


async def cmd_run(args: argparse.Namespace) -> int:
    from bot.runner import run_bot

    return await run_bot(Config.from_env(db_path=args.db))
