"""One span as HTML: escaped text, the platform's tags for bold and italic, a checked link."""

from html import escape

from bot.render.links import safe_url
from bot.reply import Span


def span_html(span: Span, bold_tag: str, italic_tag: str) -> str:
    """Telegram wants <b>/<i>, Matrix clients <strong>/<em>; everything else is the same."""
    html = escape(span.text, quote=False)
    if span.bold:
        html = f"<{bold_tag}>{html}</{bold_tag}>"
    if span.italic:
        html = f"<{italic_tag}>{html}</{italic_tag}>"
    url = safe_url(span.url)
    if url:
        html = f'<a href="{escape(url, quote=True)}">{html}</a>'
    return html
