"""Plain text for the console and Matrix's fallback body: links written out after their label."""

from bot.render.links import safe_url
from bot.reply import Reply, Span


def _clean(text: str) -> str:
    # Terminal control sequences from feed text must not reach the user's terminal.
    return "".join(c for c in text if c in "\n\t" or (ord(c) >= 0x20 and not 0x7F <= ord(c) <= 0x9F))


def render_plain_span(span: Span) -> str:
    url = safe_url(span.url)
    label = _clean(span.text)
    return f"{label} <{url}>" if url and url != label else label


def render_plain_line(line: list[Span]) -> str:
    return "".join(render_plain_span(s) for s in line)


def render_plain(reply: Reply) -> str:
    """Render a reply as plain text; buttons are listed as the commands they would run."""
    lines = [render_plain_line(line) for line in reply.lines]
    if reply.buttons:
        lines.append("")
        lines.extend(f"  [{_clean(b.label)}] {_clean(b.command)}" for b in reply.buttons)
    return "\n".join(lines).strip("\n")
