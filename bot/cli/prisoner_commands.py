"""`pardonwatch prisoners import|export|search`: the prisoner registry."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.bounded import LineReader, line_encoding, read_head
from bot.config import Config
from bot.directory import PrisonerDirectory
from bot.names.registry_file import detect_format
from bot.storage import Database
from bot.storage.db import DatabaseCorrupt

MAX_ERRORS_SHOWN = 200


def register(sub: argparse._SubParsersAction) -> None:
    prisoners = sub.add_parser("prisoners", help="the prisoner registry")
    psub = prisoners.add_subparsers(dest="prisoners_command", required=True)
    imp = psub.add_parser("import", help="upsert a registry file (CSV, JSON array or JSON Lines) by its ids")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=("csv", "json", "jsonl"), help="default: from the file")
    imp.add_argument("--encoding", type=_encoding, default="utf-8",
                     help="the file's encoding when it is not UTF-8, e.g. cp1251 or koi8-r")
    imp.set_defaults(func=cmd_import)
    exp = psub.add_parser("export", help="write the registry as CSV, JSON or JSON Lines")
    exp.add_argument("file", type=Path, nargs="?", help="default: standard output")
    exp.add_argument("--format", choices=("csv", "json", "jsonl"), default="csv")
    exp.set_defaults(func=cmd_export)
    search = psub.add_parser("search", help="ranked matches for a name in any spelling")
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.add_argument("--limit", type=int, default=5)
    search.set_defaults(func=cmd_search)


def _encoding(name: str) -> str:
    try:
        return line_encoding(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


async def cmd_import(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from bot.app import open_app
    from bot.dispatcher import utc_now
    from bot.registry_import import import_registry

    if not args.file.is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    first = read_head(args.file).decode(args.encoding, errors="ignore").lstrip("\ufeff \t\r\n")[:1]
    fmt = args.format or detect_format(args.file, first)
    async with open_app(Config.from_env(db_path=args.db)) as app:
        with tqdm(total=args.file.stat().st_size, unit="B", unit_scale=True, desc="import", file=sys.stderr,
                  disable=None) as bar, LineReader.open(args.file, encoding=args.encoding, on_read=bar.update) as fp:
            report = await import_registry(app.db, app.directory, fp, fmt, utc_now().isoformat(timespec="seconds"))
    for error in report.errors[:MAX_ERRORS_SHOWN]:
        print(f"line {error.line}: {error.reason}", file=sys.stderr)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        print(f"… and {len(report.errors) - MAX_ERRORS_SHOWN} more rows that cannot be used", file=sys.stderr)
    if fp.undecodable:
        print(f"{fp.undecodable} lines are not {fp.encoding} text. If the file is in another encoding, give it:"
              f" pardonwatch prisoners import --encoding cp1251 {args.file}", file=sys.stderr)
    c = report.counts
    print(f"{fp.line} lines read: {c.inserted} added, {c.updated} updated, {c.unchanged} unchanged,"
          f" {len(report.errors)} rows skipped")
    return 0 if not report.errors else 1


async def cmd_export(args: argparse.Namespace) -> int:
    from bot.app import open_app
    from bot.names import write_registry

    async with open_app(Config.from_env(db_path=args.db)) as app:
        rows = [row async for row in app.db.registry.export_rows()]
    if args.file:
        with open(args.file, "w", encoding="utf-8", newline="") as fp:
            count = write_registry(rows, fp, args.format)
        print(f"{count} people written to {args.file}", file=sys.stderr)
    else:
        write_registry(rows, sys.stdout, args.format)
    return 0


@asynccontextmanager
async def open_directory(config: Config) -> AsyncIterator[PrisonerDirectory]:
    """The prisoner directory over the database alone, for a one-shot search.

    The stored name index is read where it is: no index is built and no chat stack is loaded. The
    full integrity check of the bot's start is skipped too (it reads every page, seconds for a large
    registry); a damaged page that the search reads is still reported as a damaged database.
    """
    db = await Database.open(config.db_path, check_integrity=False)
    directory = PrisonerDirectory(db)
    try:
        if await db.is_empty():
            # A first start fills the database from the seed facts, as `pardonwatch run` would.
            from bot.dispatcher import utc_now
            from bot.seeding import apply_seeds

            await apply_seeds(db, directory, config.seeds_dir, utc_now().isoformat(timespec="seconds"))
        await directory.load()
        yield directory
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise
        raise DatabaseCorrupt(str(exc)) from exc
    finally:
        directory.close()
        await db.close()


async def cmd_search(args: argparse.Namespace) -> int:
    async with open_directory(Config.from_env(db_path=args.db)) as directory:
        found = directory.search(args.query, limit=max(1, min(args.limit, 50)))
    results = [{"id": f.prisoner.external_id or str(f.prisoner.id), "name_en": f.prisoner.name_en,
                "name_be": f.prisoner.name_be, "name_ru": f.prisoner.name_ru, "score": round(f.score, 3)}
               for f in found]
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r['score']:.3f}  {r['id']}  {r['name_en'] or ''} / {r['name_be'] or ''} / {r['name_ru'] or ''}")
    return 0
