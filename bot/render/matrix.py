"""Matrix messages: an org.matrix.custom.html body with a plain-text fallback."""

import json
from dataclasses import dataclass
from html import escape

from bot.render.html import span_html
from bot.render.plain import render_plain_line
from bot.render.split import cut_point
from bot.reply import Reply, Span

# A Matrix event may be at most 65,536 bytes of JSON, envelope (sender, room, hashes, signatures…)
# included. The body and formatted_body of one message share half of that, counted as the client
# sends them: JSON with every non-ASCII character escaped (6 bytes for Cyrillic, 12 for an emoji).
CONTENT_BYTES = 32_000


@dataclass(frozen=True)
class MatrixMessage:
    body: str
    formatted_body: str


def json_bytes(text: str) -> int:
    """The bytes `text` takes as a JSON string in the request mautrix sends (ASCII-escaped)."""
    return len(json.dumps(text))


def _plain_and_html_bytes(text: str) -> int:
    return json_bytes(text) + json_bytes(escape(text, quote=False))


def _span_html(span: Span) -> str:
    return span_html(span, "strong", "em")


def _pieces(line: list[Span]) -> list[tuple[str, str]]:
    """A line as (plain, html) pieces that each fit one message. A line too long for one (a quoted
    article, never a figure) loses its markup so it can be cut where a reader would."""
    plain = render_plain_line(line)
    html = "".join(_span_html(s) for s in line)
    if json_bytes(plain) + json_bytes(html) <= CONTENT_BYTES:
        return [(plain, html)]
    pieces = []
    while plain:
        fits = _plain_and_html_bytes(plain) <= CONTENT_BYTES
        cut = len(plain) if fits else cut_point(plain, CONTENT_BYTES, _plain_and_html_bytes)
        pieces.append((plain[:cut], escape(plain[:cut], quote=False)))
        plain = plain[cut:]
    return pieces


def render_matrix(reply: Reply) -> list[MatrixMessage]:
    """Render a reply as Matrix messages (plain `body` and HTML `formatted_body`), as many as it takes
    for each to fit an event."""
    messages: list[MatrixMessage] = []
    plain: list[str] = []
    html: list[str] = []
    size = 0
    for line in reply.lines:
        for p, h in _pieces(line):
            # Each joined line adds its separator ("\n" is 2 bytes as JSON, "<br>" 4).
            cost = json_bytes(p) + json_bytes(h) + 2
            if size + cost > CONTENT_BYTES and plain:
                messages.append(_message(plain, html))
                plain, html, size = [], [], 0
            plain.append(p)
            html.append(h)
            size += cost
    if any(plain):
        messages.append(_message(plain, html))
    return messages


def _message(plain: list[str], html: list[str]) -> MatrixMessage:
    return MatrixMessage(body="\n".join(plain).strip("\n"), formatted_body="<br>".join(html).strip())
