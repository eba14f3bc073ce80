"""From feed items to stored facts: skip what was seen, keep what is relevant, read, extract, ingest.

The same path serves the poller, the demo feed and `pardonwatch ingest`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.directory import PrisonerDirectory
from bot.dispatcher import Clock
from bot.extract import extract_report, report_to_json
from bot.extract.relevance import is_relevant
from bot.feeds.fetch import FetchError
from bot.feeds.parse import FeedItem
from bot.feeds.urls import canonical_url
from bot.ingest import ArticleMeta, IngestResult, content_hash, ingest_facts
from bot.reconcile.stories import story_phrases
from bot.storage import Database
from bot.storage.feeds import SeenItem

log = logging.getLogger(__name__)

# Below this many characters an item carries a summary, not the report: the article page is read.
SHORT_TEXT = 400

RoundChanged = Callable[[int], Awaitable[None] | None]
# Returns the main text of the page at the link, None when it has none; raises FetchError on failure.
PageReader = Callable[[str], Awaitable[str | None]]


@dataclass(frozen=True)
class FeedSource:
    """Where items come from: the feed's address (the key of its seen items) and the outlet's name."""

    url: str
    outlet: str


@dataclass
class ItemsOutcome:
    new: int = 0
    relevant: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    first_error: str | None = None


class Pipeline:
    """Holds what every item needs; `write_lock` serialises writes on the shared connection."""

    def __init__(self, db: Database, directory: PrisonerDirectory, clock: Clock,
                 round_changed: RoundChanged | None = None):
        self.db = db
        self.directory = directory
        self.clock = clock
        self.round_changed = round_changed
        self.write_lock = db.lock

    def now(self) -> str:
        return self.clock().astimezone(dt.UTC).isoformat(timespec="seconds")

    async def ingest_text(self, *, outlet: str, url: str | None, title: str | None, published: dt.date | None,
                          text: str) -> IngestResult:
        """Extract the facts of one article's text and store them (the caller holds `write_lock`).

        The title is read with the text; the stored hash is of the text alone, so the same report under
        another outlet's headline is still one article.
        """
        full = f"{title}\n\n{text}" if title and not text.startswith(title) else text
        report = await asyncio.to_thread(extract_report, full, published, None)
        meta = ArticleMeta(outlet=outlet, url=canonical_url(url) if url else None, title=title,
                           published=published.isoformat() if published else None, text_hash=content_hash(text),
                           phrases=tuple(story_phrases(text)))
        # The round's posts are queued in the same commit as its facts: a crash between the two
        # would leave a stored round that no subscriber ever hears of (a re-read is a duplicate).
        async with self.db.transaction():
            result = await ingest_facts(self.db, self.directory, meta, report_to_json(report), self.now())
            if result.round_id is not None and not result.duplicate:
                await self._announce(result.round_id)
        return result

    async def _announce(self, round_id: int) -> None:
        if self.round_changed is None:
            return
        try:
            outcome = self.round_changed(round_id)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            # The facts are stored; a failing listener must not undo or block that.
            log.exception("round_changed listener failed for round %s", round_id)

    async def unseen(self, source: FeedSource, items: Sequence[FeedItem]) -> list[FeedItem]:
        """The items whose GUID was not seen before in this feed, once each."""
        known = await self.db.feeds.seen_guids(source.url, [item.guid for item in items])
        fresh, guids = [], set(known)
        for item in items:
            if item.guid not in guids:
                guids.add(item.guid)
                fresh.append(item)
        return fresh

    async def not_reported_elsewhere(self, items: Sequence[FeedItem]) -> list[FeedItem]:
        """The relevant items whose link and words no relevant item of any feed had before, once each.

        Only relevant items are compared across feeds: an irrelevant item stores nothing, so it needs
        neither its canonical link nor a lookup.
        """
        if not items:
            return []
        links = [item.canonical_link for item in items if item.canonical_link]
        known = await self.db.feeds.seen_reports(links, [item.item_hash for item in items])
        fresh, seen_links, seen_hashes = [], set(known.links), set(known.hashes)
        for item in items:
            link = item.canonical_link
            if (link and link in seen_links) or item.item_hash in seen_hashes:
                continue
            seen_hashes.add(item.item_hash)
            if link:
                seen_links.add(link)
            fresh.append(item)
        return fresh

    async def _text(self, item: FeedItem, read_page: PageReader | None) -> str:
        body = item.content if len(item.content) >= len(item.summary) else item.summary
        if len(body) < SHORT_TEXT and item.link and read_page is not None:
            page = await read_page(item.link)
            if page:
                body = page
        return body

    async def process_items(self, source: FeedSource, items: Sequence[FeedItem],
                            read_page: PageReader | None = None) -> ItemsOutcome:
        """Store the facts of every new relevant item, oldest first; every handled item is marked seen.

        An item whose text cannot be read is left unseen, so the next poll tries it again.
        """
        outcome = ItemsOutcome()
        relevant, skipped = [], []
        for item in await self.unseen(source, items):
            is_report = is_relevant(item.title, f"{item.summary}\n{item.content[:2000]}")
            (relevant if is_report else skipped).append(item)
        relevant = await self.not_reported_elsewhere(relevant)
        outcome.new = len(skipped) + len(relevant)
        outcome.relevant = len(relevant)
        texts = await asyncio.gather(*(self._text(i, read_page) for i in relevant), return_exceptions=True)
        now = self.now()
        async with self.write_lock:
            if skipped:
                # One transaction for all of them: a commit per item cost more than everything else they need.
                async with self.db.transaction():
                    await self.db.feeds.mark_seen([self._seen(source, i, False, None, now) for i in skipped])
            ordered = sorted(zip(relevant, texts, strict=True), key=lambda pair: pair[0].published or dt.date.min)
            for item, text in ordered:
                if isinstance(text, FetchError):
                    outcome.failed += 1
                    outcome.first_error = outcome.first_error or f"article page: {text}"[:200]
                    continue
                if isinstance(text, BaseException):
                    raise text
                result = await self.ingest_text(outlet=source.outlet, url=item.link, title=item.title,
                                                published=item.published, text=text)
                outcome.stored += not result.duplicate
                outcome.duplicates += result.duplicate
                await self.db.feeds.mark_seen([self._seen(source, item, True, result.article_id, now)])
        return outcome

    @staticmethod
    def _seen(source: FeedSource, item: FeedItem, relevant: bool, article_id: int | None, now: str) -> SeenItem:
        # An irrelevant item is looked up by its GUID alone: its hash fills the column, never a lookup.
        return SeenItem(feed_url=source.url, guid=item.guid, link=item.canonical_link if relevant else None,
                        item_hash=item.item_hash, relevant=relevant, article_id=article_id, seen_at=now)
