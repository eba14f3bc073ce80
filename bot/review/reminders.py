"""Reminding moderators, once, of a round that has waited for review longer than
PARDONWATCH_REVIEW_REMIND: the reminder goes through the outbox like the card itself."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from bot.storage import Database

log = logging.getLogger(__name__)

# How often the running bot looks for rounds that have waited too long.
CHECK_SECONDS = 60.0

Schedule = Callable[[int], Awaitable[object]]


async def remind_waiting(db: Database, now: dt.datetime, wait: dt.timedelta, schedule: Schedule) -> list[int]:
    """Mark every round waiting since `wait` ago or longer as reminded, and queue its reminders, in one
    commit each: a restart neither loses a reminder nor sends one twice. Returns the rounds."""
    stamp = now.isoformat(timespec="seconds")
    due = await db.reviews.due_reminders((now - wait).isoformat(timespec="seconds"))
    for round_id in due:
        async with db.transaction():
            await db.reviews.mark_reminded(round_id, stamp)
            await schedule(round_id)
    if due:
        log.info("review reminders queued for %d rounds", len(due))
    return due


async def watch_reviews(db: Database, clock: Callable[[], dt.datetime], wait: dt.timedelta, schedule: Schedule,
                        stop: asyncio.Event, every: float = CHECK_SECONDS) -> None:
    """Look for overdue reviews every `every` seconds until `stop` is set."""
    while not stop.is_set():
        try:
            await remind_waiting(db, clock(), wait, schedule)
        except Exception as exc:  # a locked database: try again at the next look
            log.error("review reminders failed: %s", type(exc).__name__)
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
        except TimeoutError:
            continue
