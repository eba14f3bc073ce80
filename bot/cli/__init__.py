"""The `pardonwatch` command line: each command group lives in its own module and registers itself."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import logging
import sys

from bot.bounded import InputRefused
from bot.config import Config, ConfigError
from bot.i18n import CatalogMissing
from bot.logs import config_secrets, setup_logging
from bot.storage.db import DatabaseCorrupt, MigrationFailed

# Each module has `register(subparsers)`, which adds the commands named here with
# `set_defaults(func=...)`. Only the module of the command being run is imported, so that a
# one-shot command (`pardonwatch prisoners search`) does not load the feed reader or the chat stack.
COMMAND_MODULES = {
    "bot.cli.chat_commands": ("run", "chat", "ask"),
    "bot.cli.extract_commands": ("extract",),
    "bot.cli.db_commands": ("db",),
    "bot.cli.feed_commands": ("feeds", "poll", "ingest"),
    "bot.cli.history_commands": ("backfill",),
    "bot.cli.prisoner_commands": ("prisoners",),
    "bot.cli.status_commands": ("status",),
}


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database file (default: $PARDONWATCH_DB or ./data/pardonwatch.sqlite3)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log more (-v: what the bot does; -vv: debug; never users' words or secrets)")


def command_of(argv: list[str] | None) -> str | None:
    """The command named on a command line (`ask` in `pardonwatch --db x ask …`), if any."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _global_options(pre)
    pre.add_argument("command", nargs="?")
    try:
        known, _ = pre.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser reports it
    return known.command


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or only the commands of the module that owns ``command`` when it is known."""
    parser = argparse.ArgumentParser(prog="pardonwatch", description="Pardon Watch: Belarus's pardon rounds, with sources.")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True)
    owners = [m for m, commands in COMMAND_MODULES.items() if command in commands] or list(COMMAND_MODULES)
    for module in owners:
        importlib.import_module(module).register(sub)
    _accept_db_anywhere(sub)
    return parser


def _accept_db_anywhere(sub: argparse._SubParsersAction) -> None:
    """`pardonwatch ask --db PATH …` works as well as `pardonwatch --db PATH ask …`."""
    for parser in sub.choices.values():
        if "--db" not in parser._option_string_actions:
            parser.add_argument("--db", default=argparse.SUPPRESS, help="database file")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_db_anywhere(action)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(command_of(argv))
    args = parser.parse_args(argv)
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    try:
        setup_logging(level, config_secrets(Config.from_env(db_path=args.db)))
        result = args.func(args)
        if inspect.isawaitable(result):
            result = asyncio.run(result)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        sys.stderr.close()
        return 0
    except (InputRefused, ConfigError) as refused:  # a file past its limit, a bad variable…: its own words
        print(f"pardonwatch: {refused}", file=sys.stderr)
        return 2
    except DatabaseCorrupt as damage:
        print(f"The database is damaged ({damage}). Restore it from a backup (README: Backups);"
              " `pardonwatch db check` lists the problems.", file=sys.stderr)
        return 3
    except MigrationFailed as failure:
        print(f"The database could not be upgraded: {failure}. The failed step changed nothing;"
              " see docs/deploy.md (Upgrades).", file=sys.stderr)
        return 3
    except CatalogMissing as missing:
        print(f"Cannot answer in every language: {missing}. Reinstall the package, or run"
              " `make catalogs` in a checkout.", file=sys.stderr)
        return 4
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
