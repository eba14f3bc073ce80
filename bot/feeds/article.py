"""The main text of an article page: the report itself, without the site's menus, teasers and captions."""

from __future__ import annotations

import trafilatura

from bot.feeds.parse import charset_of


def page_main_text(html: bytes, content_type: str = "") -> str | None:
    """The article's main text, or None when the page has none that trafilatura trusts."""
    charset = charset_of(content_type)
    document: str | bytes = html
    if charset:
        try:
            document = html.decode(charset, errors="replace")
        except LookupError:
            document = html
    # favor_precision: a missed paragraph costs less than "Latest Stories" read as facts.
    text = trafilatura.extract(document, include_comments=False, include_tables=False, favor_precision=True)
    return text.strip() if text and text.strip() else None
