"""`pardonwatch db backup|check`: an online backup and an integrity check of the database file."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from bot.config import Config
from bot.dispatcher import utc_now
from bot.storage import Database
from bot.storage.db import CheckRecord
from bot.storage.operations import Backup


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    backup = dbsub.add_parser("backup", help="copy the live database to PATH (safe while the bot runs)")
    backup.add_argument("path", type=Path)
    backup.set_defaults(func=cmd_backup)
    check = dbsub.add_parser("check", help="run PRAGMA integrity_check")
    check.set_defaults(func=cmd_check)


async def cmd_backup(args: argparse.Namespace) -> int:
    source_path = Config.from_env(db_path=args.db).db_path
    if not source_path.exists():
        print(f"no database at {source_path}")
        return 1
    args.path.parent.mkdir(parents=True, exist_ok=True)
    # SQLite's online backup API copies a consistent snapshot even while the bot writes.
    with sqlite3.connect(source_path) as source, sqlite3.connect(args.path) as target:
        source.backup(target)
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
    # Recorded in the live database, for `pardonwatch status` (the copy predates its own record).
    db = await Database.open(source_path, check_integrity=False)
    try:
        async with db.transaction():
            await db.operations.record_backup(Backup(path=str(args.path.resolve()),
                                                     made_at=utc_now().isoformat(timespec="seconds"),
                                                     size_bytes=args.path.stat().st_size, integrity=ok))
    finally:
        await db.close()
    print(f"backed up {source_path} to {args.path} (integrity: {ok})")
    return 0 if ok == "ok" else 1


def cmd_check(args: argparse.Namespace) -> int:
    path = Config.from_env(db_path=args.db).db_path
    with sqlite3.connect(path) as conn:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlite3.OperationalError:
            raise  # locked or unreadable: not a verdict on the file's contents
        except sqlite3.DatabaseError as damage:  # too damaged even to be checked
            rows = [str(damage)]
    if rows != ["ok"]:
        CheckRecord(path).forget()  # the next start checks the file again, and refuses it
    print("\n".join(rows))
    return 0 if rows == ["ok"] else 1
