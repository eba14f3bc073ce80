"""Turning fetched feed bytes into items: feedparser reads bytes only, never the network."""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import re
import xml.sax
from dataclasses import dataclass
from html.parser import HTMLParser

import feedparser

from bot.feeds.fastparse import RawEntry, read_common_feed
from bot.feeds.urls import canonical_url, is_http_url

_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_CHARSET = re.compile(r"charset\s*=\s*\"?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class FeedError(Exception):
    """The body is not a usable feed; the message is short and holds no feed content."""


@dataclass(frozen=True)
class FeedItem:
    guid: str
    link: str | None
    title: str
    summary: str          # plain text
    content: str          # plain text of the full content, when the feed carries it
    published: dt.date | None

    @functools.cached_property
    def canonical_link(self) -> str | None:
        return canonical_url(self.link) if self.link else None

    @functools.cached_property
    def item_hash(self) -> str:
        """A hash of the item's words: the same item re-dated or re-linked has the same hash."""
        words = " ".join(f"{self.title} {self.summary}".casefold().split())
        return hashlib.sha256(words.encode("utf-8")).hexdigest()


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment; block elements become line breaks."""

    _BLOCKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The readable text of an HTML fragment (a feed summary), with paragraphs kept apart."""
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def charset_of(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def declared_encoding(body: bytes, content_type: str) -> str:
    """The encoding the server or the document claims: HTTP charset, BOM, XML declaration, else UTF-8."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    name = charset_of(content_type)
    if name is None:
        match = _XML_DECLARED.match(body[:200])
        name = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise FeedError(f"unknown character encoding {name[:30]}") from None


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _feedparser_entry(entry) -> RawEntry:
    return RawEntry(guid=entry.get("id"), link=entry.get("link"), title=entry.get("title", "") or "",
                    summary=entry.get("summary", "") or "",
                    content=[part.get("value", "") or "" for part in entry.get("content", []) or []],
                    published=_entry_date(entry))


def _item(entry: RawEntry) -> FeedItem | None:
    title = html_to_text(entry.title)
    summary = html_to_text(entry.summary)
    content = "\n".join(html_to_text(part) for part in entry.content)
    raw_link = (entry.link or "").strip() or None
    if not (title or summary or content):
        return None
    guid = (entry.guid or "").strip() or raw_link
    if not guid:
        guid = "hash:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()
    if content == summary:
        content = ""
    # Only a web address is a link: a "tag:" id or a relative path standing in for one cannot be read.
    link = raw_link if raw_link and is_http_url(raw_link) else None
    return FeedItem(guid=guid[:1000], link=link, title=title, summary=summary, content=content,
                    published=entry.published)


def _verified_encoding(body: bytes, content_type: str) -> str:
    encoding = declared_encoding(body, content_type)
    try:
        body.decode(encoding)
    except UnicodeDecodeError:
        raise FeedError(f"body is not valid {encoding} as declared") from None
    return encoding


def _feedparser_parse(body: bytes, encoding: str):
    """feedparser's reading of a verified document; FeedError when it is not a well-formed feed."""
    # The verified encoding is handed to feedparser, so it never guesses another one.
    parsed = feedparser.parse(body, response_headers={"content-type": f"application/xml; charset={encoding}"})
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        raise FeedError(f"invalid XML at line {problem.getLineNumber()}: {problem.getMessage()[:80]}")
    if not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed")
    return parsed


def _feedparser_entries(body: bytes, encoding: str) -> list[RawEntry]:
    return [_feedparser_entry(entry) for entry in _feedparser_parse(body, encoding).entries]


def _items(entries: list[RawEntry]) -> list[FeedItem]:
    items = [_item(entry) for entry in entries]
    return [item for item in items if item is not None]


def parse_feed(body: bytes, content_type: str = "") -> list[FeedItem]:
    """The items of an RSS or Atom document; FeedError when it is not well-formed or mis-encoded.

    A plain UTF-8 RSS 2.0 or Atom 1.0 document is read by the fast path (`fastparse`), anything else
    by feedparser; both give the same items.
    """
    encoding = _verified_encoding(body, content_type)
    entries = read_common_feed(body) if encoding == "utf-8" else None
    if entries is None:
        entries = _feedparser_entries(body, encoding)
    return _items(entries)


# RFC 5005: a paged feed links its next page; an archived feed links the archive before it.
OLDER_PAGE_RELATIONS = ("next", "prev-archive")


@dataclass(frozen=True)
class FeedPage:
    """One page of a feed: its items and the address of the page of older items, when it links one."""

    items: list[FeedItem]
    older: str | None


def parse_feed_page(body: bytes, content_type: str = "") -> FeedPage:
    """The items of a feed page and its link to older items (`<link rel="next">` or `rel="prev-archive"`).

    Backfill reads few pages, so feedparser reads them all: it also knows the feed's own links.
    """
    parsed = _feedparser_parse(body, _verified_encoding(body, content_type))
    links = {link.get("rel"): link.get("href") for link in parsed.feed.get("links", []) if link.get("href")}
    older = next((links[rel] for rel in OLDER_PAGE_RELATIONS if rel in links), None)
    return FeedPage(_items([_feedparser_entry(entry) for entry in parsed.entries]), older)
