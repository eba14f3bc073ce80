"""The outbox worker: delivers pending posts through each platform's sender, within its limits.

Each row is claimed ('sending', committed) right before its network call and marked 'sent' with
the message id right after it, so a crash loses nothing; see docs/outbox.md for the guarantee.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.outbox.codec import reply_from_json
from bot.outbox.pacing import OutboxLimits, Pacer
from bot.outbox.sender import ChatGone, PostSender, RateLimited, SendFailed
from bot.storage import Database
from bot.storage.outbox import OutboxRow

log = logging.getLogger(__name__)

# Waits between attempts to record a delivery while the database is locked by another process.
RECORD_RETRY_FIRST = 0.5
RECORD_RETRY_CAP = 10.0


@dataclass
class _Lane:
    """One sender's delivery state: its pacing, free request slots, chats and tasks in flight."""

    pacer: Pacer
    slots: asyncio.Semaphore
    busy_chats: set[str] = field(default_factory=set)
    tasks: set[asyncio.Task] = field(default_factory=set)


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


class OutboxWorker:
    """Runs until `stop()`: one delivery loop per platform sender, sharing one database connection.

    Give it a connection of its own (not the one handlers use), so its one-statement commits never
    land inside someone else's transaction.
    """

    def __init__(self, db: Database, senders: dict[str, PostSender], clock: Callable[[], float] = time.time,
                 limits: OutboxLimits | None = None):
        self.db = db
        self.senders = senders
        self.clock = clock
        self.limits = limits or OutboxLimits()
        self._stopping = asyncio.Event()
        self._wake = asyncio.Event()
        self._rng = random.Random()
        self.recovered = 0

    def wake(self) -> None:
        """New rows were queued: look now instead of at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    async def run(self) -> None:
        """Recover rows a crash left in flight, then deliver until stopped."""
        for platform in self.senders:
            self.recovered += await self.db.outbox.recover_sending(platform)
        if self.recovered:
            log.warning("outbox: %d posts were in flight at the last stop; sending them again", self.recovered)
        await asyncio.gather(*(self._drive(sender) for sender in self.senders.values()))

    async def _drive(self, sender: PostSender) -> None:
        limits = self.limits
        lane = _Lane(Pacer(limits, self.clock), asyncio.Semaphore(limits.max_in_flight))
        idle_rounds = 0
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                dispatched, soonest = await self._dispatch_due(sender, lane)
            except Exception as exc:  # a locked or failing database: log, wait, try again
                log.error("outbox: %s loop failed: %s", sender.platform, type(exc).__name__)
                dispatched, soonest = 0, self.clock() + limits.poll_interval
            if dispatched:
                idle_rounds = 0
                continue
            idle_rounds += 1
            if idle_rounds % 60 == 0:
                lane.pacer.forget_idle()
            await self._idle(max(0.0, soonest - self.clock()))
        if lane.tasks:
            await asyncio.gather(*lane.tasks, return_exceptions=True)

    async def _dispatch_due(self, sender: PostSender, lane: _Lane) -> tuple[int, float]:
        """Start delivering every due row whose chat may receive now; return how many, and when to look again."""
        pacer = lane.pacer
        rows = await self.db.outbox.due(sender.platform, self.clock(), self.limits.batch)
        dispatched, soonest = 0, self.clock() + self.limits.poll_interval
        for row in rows:
            if self._stopping.is_set():
                break
            if row.chat_id in lane.busy_chats:
                continue
            ready_at = pacer.chat_ready_at(row.chat_id)
            if ready_at > self.clock():
                soonest = min(soonest, ready_at)
                continue
            await lane.slots.acquire()
            started = False
            try:
                await self._sleep(pacer.take_slot())
                while pacer.paused_until > self.clock() and not self._stopping.is_set():
                    await self._sleep(pacer.paused_until - self.clock())
                if self._stopping.is_set() or pacer.chat_ready_at(row.chat_id) > self.clock():
                    continue
                if not await self.db.outbox.mark_sending(row.id, _iso(self.clock())):
                    continue
                lane.busy_chats.add(row.chat_id)
                pacer.record(row.chat_id)
                task = asyncio.create_task(self._deliver(sender, pacer, row))
                lane.tasks.add(task)
                task.add_done_callback(lambda t, chat=row.chat_id: self._finished(t, chat, lane))
                started = True
                dispatched += 1
            finally:
                if not started:
                    lane.slots.release()
        return dispatched, soonest

    def _finished(self, task: asyncio.Task, chat_id: str, lane: _Lane) -> None:
        lane.busy_chats.discard(chat_id)
        lane.tasks.discard(task)
        lane.slots.release()
        self._wake.set()  # the chat (or a slot) is free again

    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            try:
                await asyncio.wait_for(self._stopping.wait(), seconds)
            except TimeoutError:
                pass

    async def _idle(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._wake.wait(), max(seconds, 0.01))
        except TimeoutError:
            pass

    async def _deliver(self, sender: PostSender, pacer: Pacer, row: OutboxRow) -> None:
        """One network call for one row, and the row's new state according to its outcome."""
        try:
            await self._deliver_row(sender, pacer, row)
        except Exception as exc:
            # Only a database failure at shutdown gets here: the row stays 'sending', resent at the next start.
            log.error("outbox: recording post %d failed: %s", row.id, type(exc).__name__)

    async def _deliver_row(self, sender: PostSender, pacer: Pacer, row: OutboxRow) -> None:
        reply = reply_from_json(row.body_json)
        try:
            if row.message_id:
                await sender.edit(row.chat_id, row.thread_id, row.message_id, reply)
                message_id = row.message_id
            else:
                message_id = await sender.send(row.chat_id, row.thread_id, reply)
        except RateLimited as exc:
            until = self.clock() + exc.retry_after
            if exc.is_global:
                pacer.pause_all(until)
            else:
                pacer.pause_chat(row.chat_id, until)
            # A rate limit is not the post's fault: it keeps its attempts.
            await self._record(row.id, lambda: self.db.outbox.retry_later(
                row.id, until, row.attempts, "RateLimited", _iso(self.clock())))
        except ChatGone:
            # A watching chat is not named: the line's time would tell it was just notified of a change.
            chat = "(a watching chat)" if row.kind == "watch" else row.chat_id
            log.info("outbox: %s chat %s is gone; unsubscribing it", sender.platform, chat)
            await self._record(row.id, lambda: self._chat_gone(sender.platform, row.chat_id))
        except Exception as exc:  # SendFailed, or anything the sender did not foresee
            await self._record(row.id, lambda failure=exc: self._failed(row, failure))
        else:
            await self._record(row.id, lambda: self.db.outbox.mark_sent(
                row.id, message_id, row.content_hash, _iso(self.clock())))
            if row.kind == "watch":
                await self._record(row.id, self.db.watches.wipe_delivered)

    async def _chat_gone(self, platform: str, chat_id: str) -> None:
        """The chat blocked or removed the bot: it gets nothing any more, and keeps no watches."""
        async with self.db.transaction():
            await self.db.chats.unsubscribe(platform, chat_id)
            await self.db.watches.forget_chat(platform, chat_id)

    async def _record(self, row_id: int, write: Callable[[], Awaitable[object]]) -> None:
        """Write what the platform answered. Only this task knows it, so a database that another
        process keeps locked is waited out: giving up would leave the row 'sending', to be sent
        again at the next start (a duplicate post) and never edited until then."""
        wait = RECORD_RETRY_FIRST
        while True:
            try:
                await write()
                return
            except Exception as exc:
                if self._stopping.is_set():
                    raise
                log.warning("outbox: recording post %d failed (%s); retrying in %.1fs", row_id,
                            type(exc).__name__, wait)
                await self._sleep(wait)
                wait = min(wait * 2, RECORD_RETRY_CAP)

    async def _failed(self, row: OutboxRow, exc: Exception) -> None:
        # A send failure carries the platform's reason (an operator reads it in `pardonwatch status`).
        error = str(exc) if isinstance(exc, SendFailed) and str(exc) else type(exc).__name__
        attempts = row.attempts + 1
        permanent = isinstance(exc, SendFailed) and exc.permanent
        if permanent or attempts >= self.limits.max_attempts:
            log.error("outbox: giving up on post %d after %d attempts (%s)", row.id, attempts, error)
            await self.db.outbox.mark_failed(row.id, error, _iso(self.clock()))
            return
        delay = min(self.limits.backoff_cap, self.limits.backoff_base * 2 ** (attempts - 1))
        delay *= self._rng.uniform(0.5, 1.0)  # jitter: retries of many chats do not come back together
        log.warning("outbox: post %d failed (%s); retrying in %.0fs", row.id, error, delay)
        await self.db.outbox.retry_later(row.id, self.clock() + delay, attempts, error, _iso(self.clock()))
