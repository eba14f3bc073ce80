"""The keyed hash that stands for "this chat watches this prisoner" in the database.

HMAC-SHA256 with the operator's secret over the platform, the chat id and the prisoner id: the
database never holds the prisoner id or name beside a chat. The chat is part of the message so that
two chats watching the same person hold different hashes (a copied file does not even tell that
they watch the same person). The bot recomputes the hash for each watch when a status changes.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

_SEPARATOR = b"\x1f"


@dataclass(frozen=True)
class WatchKeys:
    """Computes the hashes of watches with one secret (never printed: repr hides it)."""

    secret: bytes = field(repr=False)

    def person(self, platform: str, chat_id: str, prisoner_id: int) -> bytes:
        """The hash stored for "this chat watches this prisoner"."""
        return self._mac(b"watch", platform, chat_id, str(prisoner_id))

    def notice(self, platform: str, chat_id: str, prisoner_id: int, event: str) -> str:
        """A key naming one notification to one chat (the outbox's guard against queueing it twice)."""
        return self._mac(b"notice", platform, chat_id, str(prisoner_id), event).hex()

    def _mac(self, purpose: bytes, *parts: str) -> bytes:
        message = _SEPARATOR.join([purpose, *(p.encode("utf-8") for p in parts)])
        return hmac.digest(self.secret, message, "sha256")  # the one-shot C path: a few times faster


def watch_keys(secret: str | None) -> WatchKeys | None:
    """The keys for a configured secret; None when watching is off (no secret)."""
    return WatchKeys(secret.encode("utf-8")) if secret else None
