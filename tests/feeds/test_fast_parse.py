"""The fast path reads the common feed exactly as feedparser does, and hands anything else to feedparser."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.feeds import parse
from bot.feeds.fastparse import read_common_feed
from tests.feeds.reports import report_items
from tests.feeds.server import rss

RSS_HEAD = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
            'content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Наша Ніва</title>'
            "<link>https://nashaniva.com/</link><description>Навіны</description>")
ATOM_HEAD = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Meduza</title>'
             "<id>urn:meduza</id><updated>2025-03-12T10:00:00Z</updated>")


def rss_doc(*items: str) -> bytes:
    return (RSS_HEAD + "".join(f"<item>{item}</item>" for item in items) + "</channel></rss>").encode()


def atom_doc(*entries: str) -> bytes:
    return (ATOM_HEAD + "".join(f"<entry>{entry}</entry>" for entry in entries) + "</feed>").encode()


def by_feedparser(body: bytes) -> list[parse.FeedItem]:
    return [item for item in map(parse._item, parse._feedparser_entries(body, "utf-8")) if item]


def by_fast_path(body: bytes) -> list[parse.FeedItem] | None:
    entries = read_common_feed(body)
    return None if entries is None else [item for item in map(parse._item, entries) if item]


COMMON_FEEDS = {
    "rss with full text": rss(report_items()),
    "rss with cdata html and offsets": rss_doc(
        "<title><![CDATA[Лукашэнка памілаваў яшчэ 17 палітвязняў &mdash; <b>Вясна</b>]]></title>"
        "<link>https://nashaniva.com/?c=ar&amp;i=312345&amp;utm_source=rss</link>"
        "<description><![CDATA[<p>Сярод вызваленых &mdash; 5 жанчын.</p><p>«Вясна»&nbsp;пацвердзіла.</p>]]>"
        "</description><dc:date>2025-03-12T23:30:00+03:00</dc:date>",
        "<title>Belarus frees 23 political prisoners &amp; an opposition figure</title>"
        '<guid isPermaLink="true">https://belsat.eu/en/news/23-freed</guid>'
        "<description>Released &#8212; 23 people, Viasna said.</description>"
        "<content:encoded><![CDATA[<p>Lukashenko has <em>pardoned</em> 23 people.</p><script>x()</script>"
        "<p>Second paragraph.</p>]]></content:encoded><pubDate>Sun, 19 Jan 2025 01:30:00 +0300</pubDate>",
        "<guid>https://charter97.org/ru/news/2025/1/18/1</guid><title>Помилованы 23 человека</title>"
        "<description>Короткая заметка.</description><pubDate>Sat, 18 Jan 2025 12:00:00 GMT</pubDate>",
        '<guid isPermaLink="false">zerkalo-998877</guid><title>Без ссылки</title><description>Текст.</description>',
        "<title>Only content</title><link>https://more.example/2</link>"
        "<content:encoded><![CDATA[<p>Belarus released 10.</p>]]></content:encoded>",
    ),
    "atom": atom_doc(
        '<title type="html">Лукашенко помиловал 17 &lt;i&gt;политзаключенных&lt;/i&gt;</title><id>tag:meduza.io,'
        '2025:1</id><link rel="self" href="https://meduza.io/api/1"/><link rel="alternate" type="text/html" '
        'href="https://meduza.io/news/1?utm_source=atom"/><published>2025-03-12T22:30:00-02:00</published>'
        '<summary type="html">&lt;p&gt;Среди освобожденных пять женщин.&lt;/p&gt;</summary>',
        '<title>Only content</title><id>tag:meduza.io,2025:2</id><link href="https://meduza.io/news/2"/>'
        '<updated>2025-03-11T08:00:00Z</updated><content type="html">&lt;p&gt;52 released.&lt;/p&gt;</content>',
        "<id>tag:meduza.io,2025:3</id><title>No link at all</title><summary>Вызвалілі 14 чалавек.</summary>",
    ),
}


@pytest.mark.parametrize("body", COMMON_FEEDS.values(), ids=COMMON_FEEDS.keys())
def test_common_feed_is_read_by_the_fast_path_as_feedparser_reads_it(body):
    fast = by_fast_path(body)
    assert fast is not None
    assert fast == by_feedparser(body)


UNUSUAL_FEEDS = {
    "xml:base": atom_doc('<title>Relative</title><id>urn:1</id><link href="news/1"/>').replace(
        b"<feed ", b'<feed xml:base="https://dw.com/ru/" '),
    "xhtml title": atom_doc('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Вызвалілі <b>17</b>'
                            "</div></title><id>urn:2</id>"),
    "two alternate links": atom_doc('<title>Two</title><id>urn:3</id><link href="https://a.example/en"/>'
                                    '<link href="https://a.example/ru"/>'),
    "rdf": (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://reform.news/"><title>R</title></channel>'
            b'<item rdf:about="https://reform.news/1"><title>Pardoned 31</title><link>https://reform.news/1</link>'
            b"</item></rdf:RDF>"),
    "date in another form": rss_doc("<guid>d1</guid><title>Помилованы 31</title><pubDate>31.01.2025</pubDate>"),
    "itunes summary": rss_doc('<guid>i1</guid><title>T</title><itunes:summary xmlns:itunes="http://www.itunes.com/'
                              'dtds/podcast-1.0.dtd">Podcast</itunes:summary>'),
    "doctype": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY w "Belarus">]><rss version="2.0"><channel>'
               b"<item><guid>e1</guid><title>&w; pardons 17</title></item></channel></rss>",
}


@pytest.mark.parametrize("body", UNUSUAL_FEEDS.values(), ids=UNUSUAL_FEEDS.keys())
def test_unusual_feed_is_left_to_feedparser_and_still_read(body):
    assert read_common_feed(body) is None
    assert parse.parse_feed(body, "application/xml; charset=utf-8")


def test_not_well_formed_feed_is_still_reported_as_invalid_xml():
    body = rss_doc("<guid>b1</guid><title>Belarus pardons").replace(b"</channel>", b"")
    assert read_common_feed(body) is None
    with pytest.raises(parse.FeedError, match="invalid XML"):
        parse.parse_feed(body, "application/rss+xml; charset=utf-8")


# Random items in the elements both readers know, with text that mixes markup, entities and scripts.
_words = st.text(alphabet="ab &<>;#/ \n\tпўЎ—«»0123", max_size=30)
_html = st.lists(st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<br/>", "&amp;", "&mdash;", "&nbsp;", "&#1051;",
                                  "<script>x</script>", "Belarus ", "Вясна ", "  ", "<a href='/x'>", "</a>"]),
                 max_size=8).map("".join)
_dates = st.sampled_from(["Sun, 19 Jan 2025 01:30:00 +0300", "Sat, 18 Jan 2025 23:59:59 -0500",
                          "18 Jan 2025 12:00 GMT", "2025-01-18T23:30:00+03:00", "2025-01-18T02:00:00Z",
                          "2025-01-18", "yesterday", "Sat, 18 Jan 2025 12:00:00 MSK", ""])
_links = st.sampled_from(["https://belsat.eu/news/1?utm_source=rss", "/news/relative", "tag:x,2025:1", "", "  "])


def _text_element(tag: str, text: str, as_cdata: bool) -> str:
    if as_cdata and "]]>" not in text:
        return f"<{tag}><![CDATA[{text}]]></{tag}>"
    return f"<{tag}>{escape(text)}</{tag}>"


@st.composite
def rss_items(draw) -> str:
    parts = []
    if draw(st.booleans()):
        permalink = draw(st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"', ' isPermaLink="True"']))
        parts.append(f"<guid{permalink}>{escape(draw(st.one_of(_links, _words)))}</guid>")
    if draw(st.booleans()):
        parts.append(f"<link>{escape(draw(_links))}</link>")
    for tag in ("title", "description", "content:encoded"):
        if draw(st.booleans()):
            parts.append(_text_element(tag, draw(st.one_of(_words, _html)), draw(st.booleans())))
    for tag in ("pubDate", "dc:date"):
        if draw(st.booleans()):
            parts.append(f"<{tag}>{escape(draw(_dates))}</{tag}>")
    return "".join(draw(st.permutations(parts)))


@st.composite
def atom_entries(draw) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(f"<id>{escape(draw(st.one_of(_links, _words)))}</id>")
    for _ in range(draw(st.integers(0, 2))):
        rel = draw(st.sampled_from(["", ' rel="alternate"', ' rel="self"', ' rel="related"']))
        parts.append(f"<link{rel} href={quoteattr(draw(_links))}/>")
    for tag in ("title", "summary", "content"):
        if draw(st.booleans()):
            kind = draw(st.sampled_from(["", ' type="text"', ' type="html"']))
            parts.append(f"<{tag}{kind}>{escape(draw(st.one_of(_words, _html)))}</{tag}>")
    for tag in ("published", "updated"):
        if draw(st.booleans()):
            parts.append(f"<{tag}>{escape(draw(_dates))}</{tag}>")
    return "".join(draw(st.permutations(parts)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(rss_doc("<description>&lt;&gt;</description>"))  # broken markup: feedparser's sanitizer decides
@example(atom_doc('<summary type="html">&amp;a;</summary>'))  # no HTML entity: feedparser's sanitizer decides
@given(st.one_of(st.lists(rss_items(), min_size=1, max_size=3).map(lambda items: rss_doc(*items)),
                 st.lists(atom_entries(), min_size=1, max_size=3).map(lambda entries: atom_doc(*entries))))
def test_whenever_the_fast_path_reads_a_feed_it_reads_what_feedparser_reads(body):
    fast = by_fast_path(body)
    if fast is not None:
        assert fast == by_feedparser(body)
