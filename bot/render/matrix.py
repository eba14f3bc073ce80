"""Matrix messages: an org.matrix.custom.html body with a plain-text fallback."""

from dataclasses import dataclass

from bot.render.html import span_html
from bot.render.plain import render_plain_line
from bot.reply import Reply, Span

# Matrix events are limited to 65,536 bytes as JSON; keep each message well below.
_CHUNK = 16000


@dataclass(frozen=True)
class MatrixMessage:
    body: str
    formatted_body: str


def _span_html(span: Span) -> str:
    return span_html(span, "strong", "em")


def render_matrix(reply: Reply) -> list[MatrixMessage]:
    """Render a reply as Matrix messages (plain `body` and HTML `formatted_body`)."""
    messages: list[MatrixMessage] = []
    plain: list[str] = []
    html: list[str] = []
    size = 0
    for line in reply.lines:
        p = render_plain_line(line)
        h = "".join(_span_html(s) for s in line)
        if size + len(h) + len(p) > _CHUNK and plain:
            messages.append(_message(plain, html))
            plain, html, size = [], [], 0
        plain.append(p)
        html.append(h)
        size += len(h) + len(p)
    if any(plain):
        messages.append(_message(plain, html))
    return messages


def _message(plain: list[str], html: list[str]) -> MatrixMessage:
    return MatrixMessage(body="\n".join(plain).strip("\n"), formatted_body="<br>".join(html).strip())
