"""`pardonwatch backfill FEED_URL --since YYYY-MM-DD`: read a feed's older pages back to a date."""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlsplit

from tqdm import tqdm

from bot.app import open_app
from bot.cli.feed_commands import parse_date
from bot.config import Config
from bot.feeds.backfill import Backfill, BackfillProgress
from bot.feeds.pipeline import FeedSource, Pipeline
from bot.feeds.poller import open_poller
from bot.feeds.urls import is_http_url


def register(sub: argparse._SubParsersAction) -> None:
    backfill = sub.add_parser("backfill", help="read a feed's older pages back to a date (resumable)")
    backfill.add_argument("url", help="the feed's address (a watched feed or any other)")
    backfill.add_argument("--since", type=parse_date, required=True, help="stop at items older than YYYY-MM-DD")
    backfill.add_argument("--outlet", help="the outlet's name (default: the watched feed's, else the host)")
    backfill.set_defaults(func=cmd_backfill)


def _describe(progress: BackfillProgress) -> str:
    oldest = progress.oldest.isoformat() if progress.oldest else "-"
    return (f"{progress.items} items, {progress.relevant} relevant, {progress.stored} new articles,"
            f" back to {oldest}")


async def cmd_backfill(args: argparse.Namespace) -> int:
    if not is_http_url(args.url):
        print(f"not an http(s) address: {args.url}", file=sys.stderr)
        return 2
    config = Config.from_env(db_path=args.db)
    async with open_app(config) as app:
        watched = await app.db.feeds.get(args.url)
        outlet = args.outlet or (watched.outlet if watched else (urlsplit(args.url).hostname or args.url))
        # History only enriches the record: existing posts are edited, nothing is posted anew.
        pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.history_round_changed)
        # disable=False: the bar is drawn even when stderr is not a terminal (a log, a test).
        with tqdm(unit=" pages", desc="backfill", file=sys.stderr, disable=False) as bar:
            def on_page(progress: BackfillProgress) -> None:
                bar.n = progress.pages
                bar.set_postfix_str(_describe(progress), refresh=False)
                bar.refresh()

            async with open_poller(pipeline, private_networks=config.private_feed_networks) as poller:
                progress = await Backfill(pipeline, poller, FeedSource(args.url, outlet), args.since, on_page).run()
    if progress.error:
        print(f"stopped at {progress.error}; run the same command again to resume", file=sys.stderr)
    state = "finished" if progress.finished else "not finished"
    print(f"{state}: {progress.pages} pages read; this run: {_describe(progress)}")
    return 0 if progress.finished and not progress.error else 1
