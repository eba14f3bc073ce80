"""Telegram's HTML parse mode: <b>, <i>, <a href> and escaped text, split below 4,096 UTF-16 units."""

from html import escape

from bot.render.html import span_html
from bot.render.split import pack_lines, utf16_len
from bot.reply import Reply, Span

TELEGRAM_LIMIT = 4096
# Telegram counts its limit in UTF-16 code units (an emoji is two) on the text after entity parsing;
# we measure the markup itself in the same units: simpler, and always on the safe side.
_CHUNK = 4000


def render_span(span: Span) -> str:
    return span_html(span, "b", "i")


def render_line(line: list[Span], limit: int = _CHUNK) -> str:
    """Render one line; a line too long for one message loses its markup and is cut as text."""
    html = "".join(render_span(s) for s in line)
    if utf16_len(html) > limit:
        return escape("".join(s.text for s in line), quote=False)
    return html


def render_telegram(reply: Reply, limit: int = _CHUNK) -> list[str]:
    """Render a reply as one or more Telegram HTML messages, each at most `limit` UTF-16 code units."""
    return pack_lines((render_line(line, limit) for line in reply.lines), limit, utf16_len) if reply.lines else []
