"""When to check a feed next: its interval when healthy, exponentially later while it fails."""

from __future__ import annotations

import datetime as dt
import random

MAX_BACKOFF = dt.timedelta(hours=24)


def next_check_after_success(now: dt.datetime, interval_seconds: int, rng: random.Random) -> dt.datetime:
    """The feed's interval, spread by ±10% so that feeds added together do not stay in step."""
    return now + dt.timedelta(seconds=interval_seconds * rng.uniform(0.9, 1.1))


def next_check_after_failure(now: dt.datetime, interval_seconds: int, failures: int,
                             rng: random.Random, cap: dt.timedelta = MAX_BACKOFF) -> dt.datetime:
    """Interval × 2^(failures-1), capped, with "equal jitter": between half and all of that delay."""
    exponent = min(max(failures - 1, 0), 30)
    delay = min(interval_seconds * 2 ** exponent, cap.total_seconds())
    return now + dt.timedelta(seconds=delay / 2 + rng.uniform(0, delay / 2))
