"""Polling feeds: fetch the due ones concurrently, hand new items to the pipeline, keep each feed's health."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import random
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.config import IPNetwork
from bot.feeds.article import page_main_text
from bot.feeds.backoff import next_check_after_failure, next_check_after_success
from bot.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError, FetchLimits
from bot.feeds.parse import FeedError, parse_feed
from bot.feeds.pipeline import FeedSource, ItemsOutcome, Pipeline
from bot.storage.feeds import Feed

log = logging.getLogger(__name__)

# How often a running poller looks for feeds whose next check has come.
TICK_SECONDS = 30.0


@dataclass(frozen=True)
class FeedReport:
    """What one poll of one feed did: `status` is "ok", "not_modified" or "failed"."""

    url: str
    status: str
    error: str | None = None
    outcome: ItemsOutcome | None = None


class Poller:
    def __init__(self, pipeline: Pipeline, fetcher: Fetcher, rng: random.Random | None = None):
        self.pipeline = pipeline
        self.db = pipeline.db
        self.fetcher = fetcher
        self._rng = rng or random.Random()

    async def poll(self, due_only: bool = True) -> list[FeedReport]:
        """Poll every due feed (or every feed) once, concurrently; one feed's failure never stops the others."""
        now = self.pipeline.now()
        feeds = await (self.db.feeds.due(now) if due_only else self.db.feeds.all())
        return list(await asyncio.gather(*(self.poll_feed(feed) for feed in feeds)))

    async def poll_forever(self, stop: asyncio.Event) -> None:
        """Poll due feeds until `stop` is set."""
        while not stop.is_set():
            await self.poll(due_only=True)
            try:
                await asyncio.wait_for(stop.wait(), timeout=TICK_SECONDS)
            except TimeoutError:
                continue

    async def read_page(self, url: str) -> str | None:
        """The main text of an article page, fetched under the same limits and address rules as feeds."""
        page = await self.fetcher.fetch(url, accept=PAGE_ACCEPT)
        return await asyncio.to_thread(page_main_text, page.body, page.content_type)

    async def poll_feed(self, feed: Feed) -> FeedReport:
        """Fetch one feed, store its new relevant items, and record its health."""
        try:
            return await self._poll_feed(feed)
        except Exception as failure:
            # The database itself failed (another process held its write lock too long): nothing was
            # recorded, so the feed is still due and the next tick tries it again.
            log.warning("feed %s: could not record the poll (%s)", feed.url, type(failure).__name__)
            return FeedReport(feed.url, "failed", f"database unavailable ({type(failure).__name__})")

    async def _poll_feed(self, feed: Feed) -> FeedReport:
        try:
            fetched = await self.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
            if fetched.not_modified:
                await self._succeeded(feed, fetched.etag or feed.etag, fetched.last_modified or feed.last_modified,
                                      feed.body_hash)
                return FeedReport(feed.url, "not_modified")
            body_hash = hashlib.sha256(fetched.body).hexdigest()
            if body_hash == feed.body_hash:
                # The same body as the last fully handled one, from a server that sent no 304.
                await self._succeeded(feed, fetched.etag, fetched.last_modified, body_hash)
                return FeedReport(feed.url, "not_modified")
            # Parsed in the loop's thread: measured, a thread or a process pool costs more than it saves
            # (docs/feeds.md, "Where the time went").
            items = parse_feed(fetched.body, fetched.content_type)
            outcome = await self.pipeline.process_items(FeedSource(feed.url, feed.outlet), items, self.read_page)
        except (FetchError, FeedError) as failure:
            return await self._failed(feed, str(failure))
        except Exception as failure:
            # A bug met on one feed's content must not stop the other feeds.
            log.exception("feed %s: unexpected error", feed.url)
            return await self._failed(feed, f"internal error ({type(failure).__name__})")
        if outcome.failed:
            # Keep the old validators, so the next poll gets the feed again and retries those items.
            return await self._failed(feed, outcome.first_error or "some items failed", outcome)
        await self._succeeded(feed, fetched.etag, fetched.last_modified, body_hash)
        return FeedReport(feed.url, "ok", outcome=outcome)

    async def _succeeded(self, feed: Feed, etag: str | None, last_modified: str | None, body_hash: str | None) -> None:
        now = self.pipeline.clock().astimezone(dt.UTC)
        next_check = next_check_after_success(now, feed.interval_seconds, self._rng)
        async with self.pipeline.write_lock:
            await self.db.feeds.record_success(feed.id, etag=etag, last_modified=last_modified, body_hash=body_hash,
                                               now=now.isoformat(timespec="seconds"),
                                               next_check=next_check.isoformat(timespec="seconds"))

    async def _failed(self, feed: Feed, error: str, outcome: ItemsOutcome | None = None) -> FeedReport:
        error = " ".join(error.split())[:200]
        log.warning("feed %s failed: %s", feed.url, error)
        now = self.pipeline.clock().astimezone(dt.UTC)
        next_check = next_check_after_failure(now, feed.interval_seconds, feed.consecutive_failures + 1, self._rng)
        async with self.pipeline.write_lock:
            await self.db.feeds.record_failure(feed.id, error=error, now=now.isoformat(timespec="seconds"),
                                               next_check=next_check.isoformat(timespec="seconds"))
        return FeedReport(feed.url, "failed", error, outcome)


@asynccontextmanager
async def open_poller(pipeline: Pipeline, limits: FetchLimits | None = None,
                      private_networks: Sequence[IPNetwork] = (), rng: random.Random | None = None
                      ) -> AsyncIterator[Poller]:
    """A poller with its own HTTP client (fetching from public addresses and `private_networks`), closed on exit."""
    fetcher = Fetcher(limits, private_networks)
    try:
        yield Poller(pipeline, fetcher, rng)
    finally:
        await fetcher.aclose()


def summarize(reports: Sequence[FeedReport]) -> str:
    """One line for the operator: how many feeds were fetched, unchanged, failed, and articles stored."""
    stored = sum(r.outcome.stored for r in reports if r.outcome)
    counts = {status: sum(r.status == status for r in reports) for status in ("ok", "not_modified", "failed")}
    return (f"{len(reports)} feeds: {counts['ok']} fetched, {counts['not_modified']} unchanged, "
            f"{counts['failed']} failed; {stored} new articles stored")
