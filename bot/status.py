"""The operator's view: the bot's health as a list of sections, for `pardonwatch status` and the metrics.

Each section is built by one function in SECTIONS, which gives its screen lines, its JSON fields
and its Prometheus gauges together; a new part of the view is one more function added to that list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.round_refs import numbered_rounds
from bot.storage import Database
from bot.storage.feeds import Feed

HEARTBEAT_SECONDS = 30
# The bot counts as alive while its heartbeat is younger than this (three missed beats).
HEARTBEAT_STALE_SECONDS = 3 * HEARTBEAT_SECONDS
BOT_PROCESS = "bot"
MAX_LISTED = 5  # failing feeds or failed posts listed by name; the rest are counted


@dataclass(frozen=True)
class Metric:
    """One Prometheus gauge sample."""

    name: str
    help: str
    value: float
    labels: dict[str, str] = field(default_factory=dict)


@dataclass
class Section:
    """One part of the view: a title, lines for the screen, fields for --json, gauges for Prometheus.

    `problem` says why the bot is not healthy (it fails `pardonwatch status --check`); None when it is.
    """

    name: str
    title: str
    summary: str
    details: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    metrics: list[Metric] = field(default_factory=list)
    problem: str | None = None


@dataclass(frozen=True)
class StatusSource:
    """What the sections read: the open database, its file, and the time now."""

    db: Database
    db_path: Path
    now: dt.datetime


def _time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _ago(value: dt.datetime, now: dt.datetime) -> str:
    seconds = max(0, int((now - value).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def when(value: str | None, now: dt.datetime) -> str:
    """"2025-02-01 12:00 UTC (3 h ago)", or "never"."""
    moment = _time(value)
    if moment is None:
        return "never"
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC ({_ago(moment, now)})"


def _timestamp_metric(name: str, help_: str, value: str | None, **labels: str) -> list[Metric]:
    moment = _time(value)
    return [Metric(name, help_, moment.timestamp(), labels)] if moment else []


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


async def bot_section(source: StatusSource) -> Section:
    """Is `pardonwatch run` alive? Its heartbeat says; a stale one fails the health check."""
    beat = await source.db.operations.heartbeat(BOT_PROCESS)
    data = {"started_at": beat.started_at if beat else None, "heartbeat_at": beat.beat_at if beat else None,
            "stopped_at": beat.stopped_at if beat else None}
    metrics = _timestamp_metric("pardonwatch_heartbeat_timestamp_seconds",
                                "When the running bot last said it was alive.", data["heartbeat_at"])
    if beat is None:
        return Section("bot", "Bot", "has never run as a service here (`pardonwatch run` with a token)",
                       data=data, metrics=metrics, problem="the bot has never run")
    if beat.stopped_at:
        return Section("bot", "Bot", f"stopped {when(beat.stopped_at, source.now)}", data=data,
                       metrics=metrics, problem="the bot is stopped")
    age = (source.now - _time(beat.beat_at)).total_seconds()
    summary = f"running since {when(beat.started_at, source.now)}; heartbeat {when(beat.beat_at, source.now)}"
    problem = None
    if age > HEARTBEAT_STALE_SECONDS:
        summary = f"NOT RESPONDING: last heartbeat {when(beat.beat_at, source.now)} (killed, hung or crashed)"
        problem = f"no heartbeat for {int(age)} s"
    return Section("bot", "Bot", summary, data=data, metrics=metrics, problem=problem)


def _feed_state(feed: Feed) -> str:
    if feed.consecutive_failures:
        return "failing"
    return "ok" if feed.last_success else "never_checked"


async def feeds_section(source: StatusSource) -> Section:
    """Each feed's health, and when the bot last heard from any of them."""
    feeds = await source.db.feeds.all()
    states = {state: [f for f in feeds if _feed_state(f) == state] for state in ("ok", "failing", "never_checked")}
    heard = max((f for f in feeds if f.last_success), key=lambda f: f.last_success, default=None)
    summary = (f"{len(feeds)} watched: {len(states['ok'])} ok, {len(states['failing'])} failing,"
               f" {len(states['never_checked'])} never checked; last good read"
               f" {when(heard.last_success if heard else None, source.now)}" + (f" ({heard.outlet})" if heard else ""))
    details = [f"FAILING x{f.consecutive_failures}: {f.outlet} {f.url} — {f.last_error}"
               f" ({when(f.last_error_at, source.now)})" for f in states["failing"][:MAX_LISTED]]
    if len(states["failing"]) > MAX_LISTED:
        details.append(f"… and {len(states['failing']) - MAX_LISTED} more (`pardonwatch feeds list`)")
    data = {"count": len(feeds), **{state: len(found) for state, found in states.items()},
            "last_heard_at": heard.last_success if heard else None,
            "feeds": [{"url": f.url, "outlet": f.outlet, "state": _feed_state(f), "last_success": f.last_success,
                       "consecutive_failures": f.consecutive_failures, "last_error": f.last_error}
                      for f in feeds]}
    metrics = [Metric("pardonwatch_feeds", "Feeds watched, by health.", len(found), {"state": state})
               for state, found in states.items()]
    metrics += _timestamp_metric("pardonwatch_feed_last_success_timestamp_seconds",
                                 "When the bot last read any feed successfully.", data["last_heard_at"])
    metrics += [Metric("pardonwatch_feed_consecutive_failures", "Failed checks in a row, per feed.",
                       f.consecutive_failures, {"outlet": f.outlet, "url": f.url}) for f in feeds]
    return Section("feeds", "Feeds", summary, details, data, metrics)


async def rounds_section(source: StatusSource) -> Section:
    """How many pardon rounds are known, and when the newest one was first seen."""
    count, newest_id, seen_at = await source.db.operations.rounds_seen()
    # Operators talk to moderators in the numbers of /rounds, not the database's ids.
    place = (await numbered_rounds(source.db)).places().get(newest_id) if count else None
    summary = f"{count} known; the newest (#{place}) first seen {when(seen_at, source.now)}" if count else "none yet"
    metrics = [Metric("pardonwatch_rounds", "Pardon rounds known.", count)]
    metrics += _timestamp_metric("pardonwatch_last_round_seen_timestamp_seconds",
                                 "When the newest pardon round was first stored.", seen_at)
    return Section("rounds", "Rounds", summary, data={"count": count, "newest_number": place,
                                                       "newest_seen_at": seen_at}, metrics=metrics)


async def review_section(source: StatusSource) -> Section:
    """Rounds waiting for a moderator's review, and since when the longest-waiting one waits."""
    queue = await source.db.reviews.review_queue_summary(source.now)
    oldest = (source.now - queue.oldest_age).isoformat(timespec="seconds") if queue.oldest_age is not None else None
    summary = "nothing waiting"
    if queue.waiting:
        rounds = "1 round" if queue.waiting == 1 else f"{queue.waiting} rounds"
        summary = f"{rounds} waiting; the longest waiting since {when(oldest, source.now)} (`/review`)"
    age = queue.oldest_age.total_seconds() if queue.oldest_age is not None else 0
    metrics = [Metric("pardonwatch_review_queue_rounds", "Rounds waiting for a moderator's review.", queue.waiting),
               Metric("pardonwatch_review_queue_oldest_age_seconds",
                      "How long the longest-waiting round has waited for review (0 when none waits).", age)]
    return Section("review", "Review queue", summary, data={"waiting": queue.waiting, "oldest_since": oldest},
                   metrics=metrics)


async def outbox_section(source: StatusSource) -> Section:
    """Auto-posts waiting, in flight, sent and given up on, with the newest failures."""
    ops = source.db.operations
    counts = {state: 0 for state in ("pending", "sending", "sent", "failed")}
    counts.update(await source.db.outbox.state_counts())
    oldest = await ops.oldest_pending_post()
    failures = await ops.failed_posts(MAX_LISTED)
    places = (await numbered_rounds(source.db)).places() if failures else {}
    summary = (f"{counts['pending']} waiting, {counts['sending']} being sent, {counts['sent']} sent,"
               f" {counts['failed']} failed")
    if oldest:
        summary += f"; the longest waiting since {when(oldest, source.now)}"
    details = [f"failed: {platform} round #{places.get(round_id)} — {error} ({when(at, source.now)})"
               for platform, round_id, error, at in failures]
    data = {**counts, "oldest_pending_at": oldest,
            "failures": [{"platform": p, "round_number": places.get(r), "error": e, "at": a}
                         for p, r, e, a in failures]}
    metrics = [Metric("pardonwatch_outbox_posts", "Auto-posts in the outbox, by state.", n, {"state": state})
               for state, n in counts.items()]
    metrics += _timestamp_metric("pardonwatch_outbox_oldest_pending_timestamp_seconds",
                                 "When the longest-waiting auto-post was queued.", oldest)
    return Section("outbox", "Outbox", summary, details, data, metrics)


async def database_section(source: StatusSource) -> Section:
    """The database file's size (with its write-ahead log) and schema version."""
    main = source.db_path.stat().st_size if source.db_path.exists() else 0
    wal_path = source.db_path.with_name(source.db_path.name + "-wal")
    wal = wal_path.stat().st_size if wal_path.exists() else 0
    version = await source.db.operations.schema_version()
    summary = f"{source.db_path} — {_size(main)} (+{_size(wal)} write-ahead log), schema version {version}"
    metrics = [Metric("pardonwatch_database_size_bytes", "Size of the database files.", main, {"file": "main"}),
               Metric("pardonwatch_database_size_bytes", "Size of the database files.", wal, {"file": "wal"})]
    return Section("database", "Database", summary, data={"path": str(source.db_path), "size_bytes": main,
                                                           "wal_bytes": wal, "schema_version": version},
                   metrics=metrics)


async def backup_section(source: StatusSource) -> Section:
    """The last backup made with `pardonwatch db backup`."""
    backup = await source.db.operations.last_backup()
    if backup is None:
        return Section("backup", "Last backup", "none recorded (`pardonwatch db backup PATH`)",
                       data={"last": None})
    summary = (f"{when(backup.made_at, source.now)}, {_size(backup.size_bytes)}, integrity {backup.integrity},"
               f" {backup.path}")
    metrics = _timestamp_metric("pardonwatch_last_backup_timestamp_seconds",
                                "When the last backup was made.", backup.made_at)
    metrics.append(Metric("pardonwatch_last_backup_size_bytes", "Size of the last backup.", backup.size_bytes))
    return Section("backup", "Last backup", summary, data={"last": {
        "path": backup.path, "made_at": backup.made_at, "size_bytes": backup.size_bytes,
        "integrity": backup.integrity}}, metrics=metrics)


SECTIONS: list[Callable[[StatusSource], Awaitable[Section]]] = [
    bot_section, feeds_section, rounds_section, review_section, outbox_section, database_section, backup_section,
]


async def collect(source: StatusSource) -> list[Section]:
    """Every section of the view, in order."""
    return [await build(source) for build in SECTIONS]


def render_text(sections: list[Section], now: dt.datetime) -> str:
    """The view on one screen: a line per section, indented details below it."""
    lines = [f"Pardon Watch status at {now.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"]
    width = max(len(s.title) for s in sections) + 1
    for section in sections:
        lines.append(f"{section.title + ':':<{width}} {section.summary}")
        lines.extend(f"{'':<{width}}   {line}" for line in section.details)
    return "\n".join(lines)


def to_json(sections: list[Section], now: dt.datetime) -> dict:
    """The view for scripts: each section's fields under its name, and whether the bot is healthy."""
    problems = [s.problem for s in sections if s.problem]
    return {"at": now.isoformat(timespec="seconds"), "healthy": not problems, "problems": problems,
            **{s.name: s.data for s in sections}}
