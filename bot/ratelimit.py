"""Per-user command rate limiting: a flood is answered once, then ignored for a while."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first refused command: the user is told once
    DROP = "drop"  # later ones during the pause: silently ignored


@dataclass
class _Bucket:
    tokens: float
    updated: float
    paused_until: float = 0.0


class RateLimiter:
    """A token bucket per user: `burst` commands at once, refilled at `per_minute`.

    Only a bounded number of users is remembered (least recently seen forgotten first), and
    the keys are platform ids, kept in memory only.
    """

    def __init__(self, burst: int = 8, per_minute: float = 20, pause_seconds: float = 60,
                 max_users: int = 100_000, clock: Callable[[], float] = time.monotonic):
        self.burst = burst
        self.rate = per_minute / 60
        self.pause = pause_seconds
        self.max_users = max_users
        self.clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def check(self, user_key: str) -> Verdict:
        now = self.clock()
        bucket = self._buckets.pop(user_key, None) or _Bucket(tokens=self.burst, updated=now)
        self._buckets[user_key] = bucket
        if len(self._buckets) > self.max_users:
            self._buckets.popitem(last=False)
        if now < bucket.paused_until:
            return Verdict.DROP
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return Verdict.ALLOW
        bucket.paused_until = now + self.pause
        return Verdict.WARN
