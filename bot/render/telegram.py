"""Telegram's HTML parse mode: <b>, <i>, <a href> and escaped text, split below 4,096 characters."""

from html import escape

from bot.render.html import span_html
from bot.render.split import pack_lines
from bot.reply import Reply, Span

TELEGRAM_LIMIT = 4096
# Telegram counts the limit on the text after entity parsing, but we measure the markup itself:
# simpler, and always on the safe side.
_CHUNK = 4000


def render_span(span: Span) -> str:
    return span_html(span, "b", "i")


def render_line(line: list[Span], limit: int = _CHUNK) -> str:
    """Render one line; a line too long for one message loses its markup and is cut as text."""
    html = "".join(render_span(s) for s in line)
    if len(html) > limit:
        return escape("".join(s.text for s in line), quote=False)
    return html


def render_telegram(reply: Reply, limit: int = _CHUNK) -> list[str]:
    """Render a reply as one or more Telegram HTML messages, each at most `limit` characters."""
    return _split_escaped(render_line(line, limit) for line in reply.lines) if reply.lines else []


def _split_escaped(lines) -> list[str]:
    # Cutting an escaped line must not break an entity such as &amp; in two.
    safe: list[str] = []
    for line in lines:
        while len(line) > _CHUNK:
            cut = line.rfind("&", _CHUNK - 8, _CHUNK)
            cut = cut if cut > 0 and ";" not in line[cut:_CHUNK] else _CHUNK
            safe.append(line[:cut])
            line = line[cut:]
        safe.append(line)
    return pack_lines(safe, _CHUNK)
