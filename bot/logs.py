"""Logging that keeps users and secrets out of the logs, whatever the level.

The libraries' own debug output carries whole updates and requests (message text, usernames,
display names), and httpx logs every request URL, which for the Bot API contains the token. So
those loggers never go below INFO, and every record has the configured secrets (and anything
shaped like a bot token) replaced before any handler sees it.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.config import Config

# Loggers whose output below this level carries users' messages, names or request bodies.
QUIET_LIBRARIES = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,  # at INFO: every request URL, with the bot token in it
    "httpcore": logging.WARNING,
    "mautrix": logging.INFO,
    "aiohttp": logging.INFO,
    "aiosqlite": logging.INFO,  # at DEBUG: every statement and its parameters
    "hpack": logging.INFO,
}
REDACTED = "[redacted]"
_TOKEN_SHAPE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")


def where(exc: BaseException, depth: int = 6) -> str:
    """Where an error came from (file:line function, innermost first), without its message, which
    may quote what a user wrote (`invalid literal for int(): '<their text>'`)."""
    frames = traceback.extract_tb(exc.__traceback__)[-depth:]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames)) or "?"


def config_secrets(config: Config) -> list[str]:
    """The configuration's secrets, as they might appear in a log line."""
    values = (config.telegram_token, config.telegram_webhook_secret, config.matrix_password,
              config.matrix_access_token, config.watch_secret)
    return [v for v in values if v and len(v) >= 4]


def redactor(secrets: Iterable[str]) -> Callable[[str], str]:
    """A function that blanks out each secret and anything shaped like a Telegram bot token."""
    ordered = sorted(set(secrets), key=len, reverse=True)

    def redact(text: str) -> str:
        for secret in ordered:
            text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    return redact


def setup_logging(level: int, secrets: Iterable[str]) -> None:
    """Configure the process's logging once, at start-up (the CLI's entry point)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name, lowest in QUIET_LIBRARIES.items():
        logging.getLogger(name).setLevel(max(level, lowest))
    redact = redactor(secrets)
    make_record = logging.getLogRecordFactory()

    def redacting_record(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: keep the record as it is, logging reports it
            return record
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            # The traceback's last line repeats the error's text (an httpx error can hold a URL).
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return record

    logging.setLogRecordFactory(redacting_record)
