"""Splitting long replies into messages that fit a platform's size limit."""

from collections.abc import Callable, Iterable


def pack_lines(lines: Iterable[str], limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Join rendered lines with newlines into as few chunks as fit `limit`.

    A line is never cut in the middle unless it alone exceeds the limit, in which case it is
    cut at the limit (renderers only pass lines whose markup survives such a cut: plain text).
    """
    chunks: list[str] = []
    current = ""
    for line in lines:
        while measure(line) > limit:
            head, line = line[:limit], line[limit:]
            if current:
                chunks.append(current)
                current = ""
            chunks.append(head)
        candidate = f"{current}\n{line}" if current else line
        if measure(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = line
    if current.strip():
        chunks.append(current)
    return [c.strip("\n") for c in chunks if c.strip()]
