"""Which links may be shown: only absolute http(s) URLs without control characters."""

from functools import lru_cache
from urllib.parse import urlsplit

_MAX_URL = 2048


# Every answer checks the links of its sources, and the same few hundred links recur in every answer.
@lru_cache(maxsize=4096)
def safe_url(url: str | None) -> str | None:
    """Return the URL if it is a plain http(s) link safe to render, else None."""
    if not url or len(url) > _MAX_URL:
        return None
    url = url.strip()
    if any(ord(c) < 0x21 or c in '"<>\\`' or 0x7F <= ord(c) <= 0x9F for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url
