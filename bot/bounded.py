"""Reading what the operator hands the command line — files and streams — with a cap on every size.

Every CLI reader goes through here: an article for `ingest`/`extract`, a secret file, a registry
file for `prisoners import`, a line typed into `chat`. Nothing is read past its limit, so
`pardonwatch ingest /dev/zero` stops at once, and each refusal says what was refused and why.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

KIB = 1024
MIB = 1024 * KIB
_CHUNK = 64 * KIB


@dataclass(frozen=True)
class Limit:
    """The most bytes (or, for a console line, characters) one kind of input may have."""

    size: int
    what: str  # the kind of input, for the message: "an article"

    def __str__(self) -> str:
        if self.size % MIB == 0:
            return f"{self.size // MIB} MiB"
        return f"{self.size // KIB} KiB" if self.size % KIB == 0 else f"{self.size:,}"


ARTICLE = Limit(2 * MIB, "an article")  # the longest seed article is 6 KiB; a feed page is capped alike
SECRET = Limit(64 * KIB, "a secret file")
REGISTRY = Limit(512 * MIB, "a registry file")  # 100,000 people take about 20 MiB
REGISTRY_LINE = Limit(MIB, "a line of a registry file")
CONSOLE_LINE = Limit(16 * KIB, "a console line")  # characters; a command's text is cut far below


class InputRefused(Exception):
    """A file or stream that is not read (further); the message names it and the reason or limit."""


class UnreadableLine(Exception):  # noqa: N818 - one line to report and skip, not a failure of the reader
    """One line of a text file that cannot be read (too long, or not in the file's encoding)."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


def _too_large(name: object, limit: Limit) -> InputRefused:
    return InputRefused(f"cannot read {name}: it is larger than {limit}, the limit for {limit.what}")


def read_bytes(path: str | Path, limit: Limit) -> bytes:
    """The whole file, read no further than `limit` (InputRefused when it holds more)."""
    try:
        with open(path, "rb") as fp:
            data = fp.read(limit.size + 1)
    except OSError as exc:
        raise InputRefused(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > limit.size:
        raise _too_large(path, limit)
    return data


def read_head(path: str | Path, size: int = 256) -> bytes:
    """The first `size` bytes of a file, to tell its format."""
    try:
        with open(path, "rb") as fp:
            return fp.read(size)
    except OSError as exc:
        raise InputRefused(f"cannot read {path}: {exc.strerror or exc}") from None


def read_text(path: str | Path, limit: Limit) -> str:
    """A UTF-8 text file within `limit`; an empty or binary one is refused (InputRefused).

    A stray byte that is not UTF-8 becomes U+FFFD, as text copied from the web often has one; a
    file where more than one character in twenty is such a byte is not UTF-8 text at all."""
    data = read_bytes(path, limit)
    if b"\0" in data:
        raise InputRefused(f"cannot read {path}: it is not a text file (it holds NUL bytes)")
    text = data.decode("utf-8-sig", errors="replace")
    if text.count("\ufffd") * 20 > len(text):
        first = _first_undecodable(data)
        line = data.count(b"\n", 0, first) + 1
        raise InputRefused(f"cannot read {path}: it is not UTF-8 text (line {line}, byte 0x{data[first]:02x});"
                           " save the file as UTF-8")
    if not text.strip():
        raise InputRefused(f"cannot read {path}: it is empty")
    return text


def _first_undecodable(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def read_line(stream: TextIO, limit: Limit = CONSOLE_LINE) -> str:
    """One line of a stream ("" at its end); InputRefused for a line longer than `limit` characters."""
    line = stream.readline(limit.size + 1)
    if len(line) > limit.size and not line.endswith("\n"):
        raise InputRefused(f"stopped reading: a line is longer than {limit.size:,} characters, "
                           f"the limit for {limit.what}")
    return line


def line_encoding(name: str) -> str:
    """The codec's name if lines can be split on its bytes (utf-8, cp1251, koi8-r…); ValueError if not."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if "\n,;\"'{}[]".encode(codec) != b"\n,;\"'{}[]":
        raise ValueError(f"{name} is not read line by line: give an ASCII-compatible encoding (utf-8, cp1251, …)")
    return codec


class LineReader:
    """A text file read from its bytes, under `limit` in all and `line_limit` per line.

    Iterating gives the lines one by one, each decoded on its own: an over-long or undecodable
    line raises UnreadableLine with its number, and the next one is read as usual. `read(n)` gives
    the file as a stream instead, for formats that are not line-based (a JSON array on one line).
    """

    def __init__(self, raw: BinaryIO, name: str, *, encoding: str = "utf-8", limit: Limit = REGISTRY,
                 line_limit: Limit = REGISTRY_LINE, on_read: Callable[[int], object] | None = None):
        self.name = name
        self.encoding = line_encoding(encoding)
        self.limit = limit
        self.line_limit = line_limit
        self.line = 0  # lines read so far
        self.undecodable = 0  # lines that were not in `encoding`
        self._raw = raw
        self._on_read = on_read
        self._total = 0
        self._decoder = codecs.getincrementaldecoder(self.encoding)()

    @classmethod
    def open(cls, path: Path, **options) -> LineReader:
        """Open a file, refusing at once one that is already larger than the limit."""
        limit = options.get("limit", REGISTRY)
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise InputRefused(f"cannot read {path}: {exc.strerror or exc}") from None
        info = os.fstat(raw.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit.size:
            raw.close()
            raise _too_large(path, limit)
        return cls(raw, str(path), **options)

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> LineReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seekable(self) -> bool:
        return False

    def __iter__(self) -> LineReader:
        return self

    def __next__(self) -> str:
        data = self._take(self._raw.readline(self.line_limit.size + 1))
        if not data:
            raise StopIteration
        self.line += 1
        if len(data) > self.line_limit.size and not data.endswith(b"\n"):
            while data and not data.endswith(b"\n"):
                data = self._take(self._raw.readline(_CHUNK))
            raise UnreadableLine(self.line, f"longer than {self.line_limit}, the limit for {self.line_limit.what}")
        if self.line == 1 and self.encoding == "utf-8":
            data = data.removeprefix(codecs.BOM_UTF8)
        try:
            return data.decode(self.encoding)
        except UnicodeDecodeError as exc:
            raise self._undecodable(self.line, data[exc.start]) from None

    def read(self, size: int = -1) -> str:
        """Up to `size` bytes more, decoded ("" at the end of the file)."""
        chunk = self._take(self._raw.read(size if size > 0 else _CHUNK))
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise self._undecodable(self.line + 1 + chunk.count(b"\n", 0, max(exc.start, 0)),
                                    exc.object[exc.start]) from None
        self.line += text.count("\n")
        return text

    def _take(self, data: bytes) -> bytes:
        self._total += len(data)
        if self._on_read is not None:
            self._on_read(len(data))
        if self._total > self.limit.size:
            raise _too_large(self.name, self.limit)
        return data

    def _undecodable(self, line: int, byte: int) -> UnreadableLine:
        self.undecodable += 1
        return UnreadableLine(line, f"not {self.encoding} text (byte 0x{byte:02x})")
