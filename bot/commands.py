"""Parsing a chat message into a command: `/prisoner@PardonWatchBot Бяляцкі` → ("prisoner", "Бяляцкі")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Longer arguments are refused before any handler sees them: no name or correction needs more.
MAX_ARGS_LENGTH = 500
_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")
# Round, article, prisoner and page numbers: nine digits is far beyond anything the bot shows.
MAX_NUMBER = 999_999_999
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class ParsedCommand:
    name: str
    args: str
    too_long: bool = False


def clean_text(text: str) -> str:
    """Normalise user text: NFC, no control or zero-width characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if c.isspace() else c for c in text if unicodedata.category(c) not in ("Cc", "Cf") or c.isspace())
    return " ".join(text.split())


def parse_command(text: str, prefixes: tuple[str, ...] = ("/",), bot_username: str | None = None) -> ParsedCommand | None:
    """Return the command in `text`, or None when the message is not a command (or is for another bot)."""
    if not text:
        return None
    stripped = text.lstrip()
    prefix = next((p for p in prefixes if stripped.startswith(p)), None)
    if prefix is None:
        return None
    head, _, rest = stripped[len(prefix):].partition(" ")
    head, _, newline_rest = head.partition("\n")
    rest = f"{newline_rest} {rest}" if newline_rest else rest
    name, _, addressee = head.partition("@")
    name = name.lower()
    if not _NAME.fullmatch(name):
        return None if not name else ParsedCommand(name="", args="")
    if addressee and bot_username and addressee.lower() != bot_username.lower().lstrip("@"):
        return None
    if len(rest) > MAX_ARGS_LENGTH * 4:
        return ParsedCommand(name=name, args="", too_long=True)
    args = clean_text(rest)
    if len(args) > MAX_ARGS_LENGTH:
        return ParsedCommand(name=name, args="", too_long=True)
    return ParsedCommand(name=name, args=args)


def command_number(word: str, low: int = 1, high: int = MAX_NUMBER, *, hash_ok: bool = True) -> int | None:
    """A number as typed in a command ("12", or "#12" as the bot shows ids), within `low`..`high`; else None.

    Only the ASCII digits count: "²" or "٣" pass `str.isdigit()` but are no number anyone typed on
    purpose, and a number with more digits than `high` is refused before it is ever converted.
    """
    if hash_ok:
        word = word.removeprefix("#")
    if not _DIGITS.fullmatch(word) or len(word) > len(str(high)):
        return None
    number = int(word)
    return number if low <= number <= high else None
