"""`pardonwatch feeds add|remove|list`, `poll [--once]` and `ingest FILE|URL`: the feed watcher by hand."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from tqdm import tqdm

from bot.app import open_app
from bot.bounded import ARTICLE, InputRefused, read_text
from bot.config import Config, IPNetwork
from bot.feeds.article import page_main_text
from bot.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError
from bot.feeds.pipeline import Pipeline
from bot.feeds.poller import open_poller, summarize
from bot.feeds.service import load_default_feeds, watch_feeds
from bot.feeds.sources import LANGUAGES
from bot.feeds.urls import is_http_url
from bot.round_refs import numbered_rounds


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (want YYYY-MM-DD): {value!r}") from None


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).lower()


def _interval(value: str) -> int:
    seconds = int(value)
    if seconds < 60:
        raise argparse.ArgumentTypeError("the interval is at least 60 seconds")
    return seconds


def register(sub: argparse._SubParsersAction) -> None:
    feeds = sub.add_parser("feeds", help="the news feeds the bot watches")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", required=True)
    add = feeds_sub.add_parser("add", help="watch a feed")
    add.add_argument("url")
    add.add_argument("--outlet", help="the outlet's name, shown as the source (default: the host)")
    add.add_argument("--lang", choices=LANGUAGES, help="the language the outlet mostly writes in")
    add.add_argument("--interval", type=_interval, help="seconds between checks (default: the configured one)")
    add.set_defaults(func=cmd_feeds_add)
    remove = feeds_sub.add_parser("remove", help="stop watching a feed")
    remove.add_argument("url")
    remove.set_defaults(func=cmd_feeds_remove)
    listing = feeds_sub.add_parser("list", help="the feeds and their health")
    listing.set_defaults(func=cmd_feeds_list)

    poll = sub.add_parser("poll", help="poll the feeds (every due feed, until stopped)")
    poll.add_argument("--once", action="store_true", help="poll every feed once now, then exit")
    poll.set_defaults(func=cmd_poll)

    ingest = sub.add_parser("ingest", help="read articles (a file, a folder of files or an address) into the database")
    ingest.add_argument("source", help="a text file, a folder of saved articles, or an http(s) address of the article page")
    ingest.add_argument("--published", type=parse_date,
                        help="publication date YYYY-MM-DD (in a folder: else a file name starting with the date)")
    ingest.add_argument("--outlet", help="the outlet's name (default: the host, or the file name)")
    ingest.set_defaults(func=cmd_ingest)


async def cmd_feeds_add(args: argparse.Namespace) -> int:
    if not is_http_url(args.url):
        print(f"not an http(s) address: {args.url}", file=sys.stderr)
        return 2
    config = Config.from_env(db_path=args.db)
    async with open_app(config) as app:
        await load_default_feeds(app)
        outlet = args.outlet or _host(args.url)
        added = await app.db.feeds.add(url=args.url, outlet=outlet, lang=args.lang,
                                       interval_seconds=args.interval or config.poll_interval_seconds,
                                       now=app.clock().isoformat(timespec="seconds"))
    print(f"added {args.url} ({outlet})" if added else f"already watched: {args.url}")
    return 0 if added else 1


async def cmd_feeds_remove(args: argparse.Namespace) -> int:
    async with open_app(Config.from_env(db_path=args.db)) as app:
        await load_default_feeds(app)
        removed = await app.db.feeds.remove(args.url)
    print(f"removed {args.url}" if removed else f"not watched: {args.url}")
    return 0 if removed else 1


def _health(feed) -> str:
    if feed.consecutive_failures:
        return f"FAILING x{feed.consecutive_failures}"
    return "ok" if feed.last_success else "never checked"


async def cmd_feeds_list(args: argparse.Namespace) -> int:
    async with open_app(Config.from_env(db_path=args.db)) as app:
        await load_default_feeds(app)
        feeds = await app.db.feeds.all()
    if not feeds:
        print("no feeds; add one with: pardonwatch feeds add URL")
        return 0
    for feed in feeds:
        print(f"{feed.url}\n    {feed.outlet} [{feed.lang or '-'}] every {feed.interval_seconds}s;"
              f" {_health(feed)}; last success {feed.last_success or '-'}; next check {feed.next_check or 'now'}")
        if feed.last_error:
            print(f"    last error {feed.last_error_at}: {feed.last_error}")
    return 0


async def cmd_poll(args: argparse.Namespace) -> int:
    config = Config.from_env(db_path=args.db)
    async with open_app(config) as app:
        await load_default_feeds(app)
        if not args.once:
            await watch_feeds(app, asyncio.Event())
            return 0
        # Rounds found here are queued for subscribers; the running bot's outbox worker posts them.
        pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.dispatcher.round_changed)
        async with open_poller(pipeline, private_networks=config.private_feed_networks) as poller:
            reports = await poller.poll(due_only=False)
    for report in reports:
        if report.status == "failed":
            print(f"failed: {report.url}: {report.error}")
    print(summarize(reports))
    return 0


async def _read_source(source: str, private_networks: Sequence[IPNetwork]) -> tuple[str, str | None, str]:
    """The article's text, its link (None for a file) and a default outlet name."""
    if is_http_url(source):
        fetcher = Fetcher(private_networks=private_networks)
        try:
            page = await fetcher.fetch(source, accept=PAGE_ACCEPT)
        finally:
            await fetcher.aclose()
        text = await asyncio.to_thread(page_main_text, page.body, page.content_type)
        if not text:
            raise FetchError("no article text found on the page")
        return text, source, _host(source)
    return read_text(source, ARTICLE), None, Path(source).name


def _published_from_name(path: Path) -> dt.date | None:
    """"2025-09-11 sud.ua.txt" was published on 11 September 2025."""
    try:
        return dt.date.fromisoformat(path.name[:10])
    except ValueError:
        return None


async def _ingest_folder(args: argparse.Namespace, folder: Path) -> int:
    """Every file in the folder (not its subfolders), in name order, through the single-file path."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    unreadable = 0
    counts = {"stored": 0, "duplicate": 0, "rounds": 0}
    config = Config.from_env(db_path=args.db)
    async with open_app(config) as app:
        # Saved articles are history: existing posts are edited, nothing is posted anew.
        pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.history_round_changed)
        for path in tqdm(files, desc="ingest", unit=" files", file=sys.stderr, disable=None):
            try:
                text, url, default_outlet = await _read_source(str(path), config.private_feed_networks)
            except (OSError, FetchError) as failure:
                print(f"cannot read {path.name}: {failure}", file=sys.stderr)
                unreadable += 1
                continue
            async with pipeline.write_lock:
                result = await pipeline.ingest_text(outlet=args.outlet or default_outlet, url=url, title=None,
                                                    published=args.published or _published_from_name(path), text=text)
            counts["duplicate" if result.duplicate else "stored"] += 1
            counts["rounds"] += result.new_round
    print(f"files read: {len(files)}; stored: {counts['stored']} (new rounds: {counts['rounds']});"
          f" already stored: {counts['duplicate']}; unreadable: {unreadable}")
    return 0 if not unreadable else 1


async def cmd_ingest(args: argparse.Namespace) -> int:
    if Path(args.source).is_dir():
        return await _ingest_folder(args, Path(args.source))
    config = Config.from_env(db_path=args.db)
    try:
        text, url, default_outlet = await _read_source(args.source, config.private_feed_networks)
    except FetchError as failure:
        print(f"cannot read {args.source}: {failure}", file=sys.stderr)
        return 2
    except InputRefused as refused:
        print(refused, file=sys.stderr)
        return 2
    async with open_app(config) as app:
        pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.dispatcher.round_changed)
        async with pipeline.write_lock:
            result = await pipeline.ingest_text(outlet=args.outlet or default_outlet, url=url, title=None,
                                                published=args.published, text=text)
        # The round's number as /rounds and the moderators' commands (/review, /approve) name it.
        place = (await numbered_rounds(app.db)).places().get(result.round_id) if result.round_id else None
    if result.duplicate:
        print(f"already stored as article {result.article_id}")
    elif result.round_id is not None:
        state = "new round" if result.new_round else "round"
        print(f"stored article {result.article_id}: {state} #{place}")
    else:
        print(f"stored article {result.article_id}: not a report of a pardon round")
    return 0

