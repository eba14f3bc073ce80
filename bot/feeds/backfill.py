"""Walking a feed's history back to a date (`pardonwatch backfill FEED_URL --since YYYY-MM-DD`).

Feeds carry their last few dozen items; many sites also serve older pages. The walk follows the
page's own link to older items where it has one (RFC 5005 `<link rel="next">` or `rel="prev-archive"`),
else tries the usual page parameters (`?paged=2` as WordPress serves, `?page=2`). Every page is
fetched by the poller's fetcher (same limits, same address rules) and its items go through the
same pipeline as polled ones, so an item already read (by the poller or an earlier walk) is skipped.
The position is saved after each page: an interrupted walk resumes where it stopped.

History only enriches the record: the command hands rounds to `App.history_round_changed`, which
edits posts that exist and never posts anything new.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bot.feeds.fetch import FetchError
from bot.feeds.parse import FeedError, FeedItem, FeedPage, parse_feed_page
from bot.feeds.pipeline import FeedSource, Pipeline
from bot.feeds.poller import Poller
from bot.storage.backfills import BackfillPosition

# Page parameters tried, in order, when a feed links no older page.
PAGE_PARAMETERS = ("paged", "page")
# A bound on one walk, whatever a site answers (a page parameter it ignores is caught earlier).
MAX_PAGES = 2000
# How a site answers a page number past its last page (WordPress: 404).
PAST_THE_END = ("HTTP 404", "HTTP 410")


@dataclass
class BackfillProgress:
    """What the walk has done so far, for the progress bar and the final line."""

    pages: int = 0
    items: int = 0
    relevant: int = 0
    stored: int = 0
    oldest: dt.date | None = None
    finished: bool = False
    error: str | None = None


def with_page(url: str, parameter: str, number: int) -> str:
    """The address of page `number` under a page parameter: `…/feed/?paged=3`."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != parameter]
    query.append((parameter, str(number)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


class Backfill:
    """One walk through one feed's history, resumable from its saved position."""

    def __init__(self, pipeline: Pipeline, poller: Poller, source: FeedSource, since: dt.date,
                 on_page: Callable[[BackfillProgress], None] | None = None):
        self.pipeline = pipeline
        self.db = pipeline.db
        self.poller = poller
        self.source = source
        self.since = since
        self.on_page = on_page or (lambda progress: None)
        self.progress = BackfillProgress()

    async def _start(self) -> BackfillPosition:
        """The saved position of an unfinished walk back to the same date, else the feed's first page."""
        saved = await self.db.backfills.get(self.source.url)
        if saved and saved.finished_at is None and saved.next_url and saved.since == self.since.isoformat():
            return saved
        return BackfillPosition(self.source.url, self.since.isoformat(), self.source.url, None, 0, 0, None)

    async def _fetch(self, url: str) -> FeedPage:
        fetched = await self.poller.fetcher.fetch(url)
        return parse_feed_page(fetched.body, fetched.content_type)

    async def run(self) -> BackfillProgress:
        """Walk until the date, the last page or a failure; the position is saved after every page."""
        position = await self._start()
        self.progress.pages = position.pages_read
        previous: set[str] = set()
        page: FeedPage | None = None
        while position.next_url and position.pages_read < MAX_PAGES:
            try:
                page = page or await self._fetch(position.next_url)
            except (FetchError, FeedError) as failure:
                if position.paging in PAGE_PARAMETERS and str(failure) in PAST_THE_END:
                    position = await self._save(replace(position, next_url=None), finished=True)
                else:
                    self.progress.error = f"page {position.pages_read + 1}: {failure}"
                break
            guids = {item.guid for item in page.items}
            if not page.items or guids <= previous:
                position = await self._save(replace(position, next_url=None), finished=True)
                break
            reached_date = await self._read(page.items)
            position = replace(position, pages_read=position.pages_read + 1,
                               items_read=position.items_read + len(page.items))
            page, older, paging = (None, None, position.paging) if reached_date else await self._older(
                position, page, guids)
            position = await self._save(replace(position, next_url=older, paging=paging), finished=older is None)
            previous = guids
        return self.progress

    async def _read(self, items: list[FeedItem]) -> bool:
        """Store the page's items from the date on; True when the page goes back past the date."""
        wanted = [i for i in items if i.published is None or i.published >= self.since]
        outcome = await self.pipeline.process_items(self.source, wanted, self.poller.read_page)
        dates = [i.published for i in items if i.published]
        self.progress.items += len(items)
        self.progress.relevant += outcome.relevant
        self.progress.stored += outcome.stored
        if dates:
            self.progress.oldest = min(dates) if self.progress.oldest is None else min(self.progress.oldest, *dates)
        if outcome.failed:
            # The failed items stay unseen: a later walk (or poll) reads them again.
            self.progress.error = outcome.first_error
        return any(d < self.since for d in dates)

    async def _older(self, position: BackfillPosition, page: FeedPage, guids: set[str]
                     ) -> tuple[FeedPage | None, str | None, str | None]:
        """The next page (already fetched when it had to be probed), its address and the paging found."""
        if page.older:
            return None, urljoin(position.next_url or self.source.url, page.older), "link"
        number = position.pages_read + 1
        if position.paging in PAGE_PARAMETERS:
            return None, with_page(self.source.url, position.paging, number), position.paging
        if position.paging is not None:
            return None, None, position.paging  # a linked archive that links no older page: its end
        for parameter in PAGE_PARAMETERS:
            url = with_page(self.source.url, parameter, number)
            try:
                probed = await self._fetch(url)
            except (FetchError, FeedError):
                continue
            if probed.items and not {item.guid for item in probed.items} <= guids:
                return probed, url, parameter
        return None, None, None  # the feed serves no older pages

    async def _save(self, position: BackfillPosition, finished: bool) -> BackfillPosition:
        now = self.pipeline.now()
        position = replace(position, finished_at=now if finished else None)
        async with self.db.transaction():
            await self.db.backfills.save(position, now)
        self.progress.pages = position.pages_read
        self.progress.finished = finished
        self.on_page(self.progress)
        return position
