"""Pacing for one platform sender: messages per second overall, and per chat per second and minute.

Kept in memory: after a restart the first messages may come a little faster than the per-chat
limits allow, and the platform's rate-limit answer (RateLimited) covers that.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

MINUTE = 60.0


@dataclass(frozen=True)
class OutboxLimits:
    """Limits for one platform sender (Telegram's defaults; a little under its 30 per second)."""

    per_second: float = 29.0
    chat_interval: float = 1.0  # seconds between two messages to the same chat
    chat_per_minute: int = 20  # messages per minute to one group or channel
    max_in_flight: int = 16  # concurrent requests, so network latency does not cap the rate
    batch: int = 200  # rows read from the database at a time
    poll_interval: float = 1.0  # how often to look for new rows without being woken
    backoff_base: float = 2.0
    backoff_cap: float = 900.0
    max_attempts: int = 15


class Pacer:
    """When the next message may go, overall and to each chat; pauses after a rate-limit answer."""

    def __init__(self, limits: OutboxLimits, clock: Callable[[], float]):
        self._limits = limits
        self._clock = clock
        self._next_slot = 0.0
        self.paused_until = 0.0
        self._chat_ready: dict[str, float] = {}
        self._chat_recent: dict[str, deque[float]] = {}

    def chat_ready_at(self, chat_id: str) -> float:
        """The earliest time the chat may receive its next message."""
        ready = self._chat_ready.get(chat_id, 0.0)
        recent = self._chat_recent.get(chat_id)
        if recent and len(recent) >= self._limits.chat_per_minute:
            ready = max(ready, recent[0] + MINUTE)
        return ready

    def take_slot(self) -> float:
        """Reserve the next overall send slot; return how long to wait for it."""
        now = self._clock()
        start = max(now, self._next_slot, self.paused_until)
        self._next_slot = start + 1.0 / self._limits.per_second
        return start - now

    def record(self, chat_id: str) -> None:
        """Note a message to the chat now."""
        now = self._clock()
        self._chat_ready[chat_id] = max(self._chat_ready.get(chat_id, 0.0), now + self._limits.chat_interval)
        recent = self._chat_recent.setdefault(chat_id, deque())
        recent.append(now)
        while recent and recent[0] <= now - MINUTE:
            recent.popleft()

    def pause_chat(self, chat_id: str, until: float) -> None:
        self._chat_ready[chat_id] = max(self._chat_ready.get(chat_id, 0.0), until)

    def pause_all(self, until: float) -> None:
        self.paused_until = max(self.paused_until, until)

    def forget_idle(self) -> None:
        """Drop chats with nothing to remember, so memory stays bounded over a long run."""
        horizon = self._clock() - MINUTE
        for chat_id in [c for c, at in self._chat_ready.items() if at < horizon]:
            recent = self._chat_recent.get(chat_id)
            if not recent or recent[-1] <= horizon:
                self._chat_ready.pop(chat_id, None)
                self._chat_recent.pop(chat_id, None)
