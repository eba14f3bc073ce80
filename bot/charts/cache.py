"""A small cache of rendered charts, keyed by a version of the data they were drawn from."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable

DEFAULT_SIZE = 6  # a couple of data versions in each of the three languages


class ChartCache:
    """PNG bytes by data version, least recently used first out; rendering runs in a worker thread.

    The key says everything the picture depends on, so a stale entry is never served: when the data
    changes the key changes, and the old entry simply ages out.
    """

    def __init__(self, size: int = DEFAULT_SIZE):
        self.size = max(1, size)
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._lock = asyncio.Lock()
        self.renders = 0  # how many times a picture was actually drawn
        self.hits = 0

    def __len__(self) -> int:
        return len(self._entries)

    async def get_or_render(self, key: str, render: Callable[[], bytes]) -> bytes:
        """The cached PNG for `key`, or `render()` run off the event loop and remembered."""
        # One render at a time: two users asking at once wait for the same picture instead of drawing it twice.
        async with self._lock:
            cached = self._entries.get(key)
            if cached is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return cached
            png = await asyncio.to_thread(render)
            self.renders += 1
            self._entries[key] = png
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
            return png
