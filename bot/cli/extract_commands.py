"""`pardonwatch extract`: the facts of one article as JSON."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser("extract", help="print the facts of one article as JSON", add_help=False)
    extract.add_argument("rest", nargs=argparse.REMAINDER)
    extract.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    from bot.extract.cli import main as extract_main

    return extract_main(args.rest)
