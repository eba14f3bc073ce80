"""Reading a response body under a size cap that also holds after decompression.

httpx would inflate a whole compressed chunk at once, so a small gzip bomb could still expand to
many megabytes in memory. The body is therefore read raw and inflated here, never producing more
than the cap allows.
"""

from __future__ import annotations

import zlib


class BodyError(Exception):
    """The body is too large or cannot be decoded; the message is short and safe to store."""


def _decompressor(content_encoding: str) -> zlib._Decompress | None:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        # "deflate" is zlib-wrapped per the HTTP spec; 32 + MAX_WBITS also accepts a gzip header.
        return zlib.decompressobj(32 + zlib.MAX_WBITS)
    raise BodyError(f"unsupported content encoding {encoding[:20]}")


class CappedBody:
    """Collects the decoded body; raises BodyError as soon as it would exceed `max_bytes`."""

    def __init__(self, content_encoding: str, max_bytes: int):
        self._inflate = _decompressor(content_encoding)
        self._max = max_bytes
        self._parts: list[bytes] = []
        self.raw_size = 0
        self.size = 0

    def feed(self, raw: bytes) -> None:
        self.raw_size += len(raw)
        if self.raw_size > self._max:
            raise BodyError(f"body larger than {self._max} bytes")
        if self._inflate is None:
            self._add(raw)
            return
        data = raw
        while data:
            # Never ask zlib for more than one byte past the room left: that byte proves the overflow.
            limit = self._max - self.size + 1
            try:
                out = self._inflate.decompress(data, limit)
            except zlib.error:
                raise BodyError("corrupt compressed body") from None
            self._add(out)
            data = self._inflate.unconsumed_tail

    def _add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self._max:
            raise BodyError(f"body larger than {self._max} bytes after decompression")
        if chunk:
            self._parts.append(chunk)

    def result(self) -> bytes:
        return b"".join(self._parts)
