"""`pardonwatch extract`: the facts of one article as JSON."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser("extract", help="print the facts of one article as JSON")
    extract.add_argument("--published", help="publication date YYYY-MM-DD, resolves 'on Saturday', 'сёння'")
    extract.add_argument("--lang", choices=("en", "be", "ru", "uk"), help="article language (detected if omitted)")
    extract.add_argument("file", help="article text file (UTF-8)")
    extract.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    from bot.extract.cli import main as extract_main

    argv = [args.file]
    if args.published:
        argv += ["--published", args.published]
    if args.lang:
        argv += ["--lang", args.lang]
    return extract_main(argv)
