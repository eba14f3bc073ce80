"""The `pardonwatch` command line: each command group lives in its own module and registers itself."""

from __future__ import annotations

import argparse
import asyncio
import inspect
import logging
import sys

from bot.cli import chat_commands, db_commands, extract_commands, feed_commands

# Each module has `register(subparsers)`, which adds its commands with `set_defaults(func=...)`.
COMMAND_MODULES = [chat_commands, extract_commands, db_commands, feed_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pardonwatch", description="Pardon Watch: Belarus's pardon rounds, with sources.")
    parser.add_argument("--db", help="database file (default: $PARDONWATCH_DB or ./data/pardonwatch.sqlite3)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    result = args.func(args)
    if inspect.isawaitable(result):
        try:
            result = asyncio.run(result)
        except KeyboardInterrupt:
            return 130
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
