"""`pardonwatch status [--json] [--check]`: the operator's view of the bot, on one screen."""

from __future__ import annotations

import argparse
import json
import sys

from bot.config import Config
from bot.dispatcher import utc_now
from bot.status import StatusSource, collect, render_text, to_json
from bot.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    status = sub.add_parser("status", help="feeds, rounds, outbox, database and backups on one screen")
    status.add_argument("--json", action="store_true", help="print the same figures as JSON, for scripts")
    status.add_argument("--check", action="store_true",
                        help="exit 1 unless the running bot is alive (for HEALTHCHECK and monitoring)")
    status.set_defaults(func=cmd_status)


async def cmd_status(args: argparse.Namespace) -> int:
    path = Config.from_env(db_path=args.db).db_path
    if not path.exists():
        print(f"no database at {path} (set PARDONWATCH_DB or --db)", file=sys.stderr)
        return 1
    now = utc_now()
    # The full integrity check reads every page: too slow for a health check every minute.
    db = await Database.open(path, check_integrity=False)
    try:
        sections = await collect(StatusSource(db, path, now))
    finally:
        await db.close()
    problems = [s.problem for s in sections if s.problem]
    if args.json:
        print(json.dumps(to_json(sections, now), ensure_ascii=False, indent=2))
    elif args.check:
        print("unhealthy: " + "; ".join(problems) if problems else "healthy")
    else:
        print(render_text(sections, now))
    return 1 if args.check and problems else 0
