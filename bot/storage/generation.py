"""One value computed from the database, kept between commands until the data under it changes.

The key says which data the value was computed from: the `data_generation` counter, which
triggers (migration 0022) move in the same transaction as every insert, update or delete of rounds,
their claims, corrections and reviews, articles and counts, whoever writes them; and SQLite's
`PRAGMA data_version`, which moves whenever another connection (another process) commits anything.
Both are read in one query before the value is computed, so a kept value is served only while the
database still holds exactly the data it was computed from.

This connection's own uncommitted writes are the one thing the key cannot tell apart (a rollback
puts the counter back), so a value is neither served nor kept while a transaction is open on the
connection, nor kept when the connection wrote anything while it was being computed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import aiosqlite

T = TypeVar("T")

_KEY = "SELECT generation, (SELECT data_version FROM pragma_data_version) FROM data_generation"


class GenerationCache(Generic[T]):
    """The last value `build()` returned, served again while the data it was built from is unchanged.

    `enabled = False` computes every value afresh (the benchmark's baseline)."""

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn
        self._kept: tuple[tuple[int, int], T] | None = None
        self.enabled = True
        self.builds = 0  # how many times the value was computed, for tests and benchmarks

    async def key(self) -> tuple[int, int]:
        """Which data the database holds now: the data generation and SQLite's data version."""
        # Asked on every command that shows rounds: one trip to the database thread, not three.
        [(generation, data_version)] = await self._conn.execute_fetchall(_KEY)
        return generation, data_version

    async def get(self, build: Callable[[], Awaitable[T]]) -> T:
        """The kept value if the data is unchanged since it was built, else `build()` (kept when it
        read committed data only)."""
        if not self.enabled or self._conn.in_transaction:
            return await self._build(build)
        writes_before = self._conn.total_changes
        key = await self.key()
        if self._kept is not None and self._kept[0] == key and not self._conn.in_transaction:
            return self._kept[1]
        value = await self._build(build)
        # Built from committed data only when this connection wrote nothing meanwhile and no
        # transaction of its own is open now; a later commit by anyone moves the key.
        if self._conn.total_changes == writes_before and not self._conn.in_transaction:
            self._kept = (key, value)
        return value

    async def _build(self, build: Callable[[], Awaitable[T]]) -> T:
        self.builds += 1
        return await build()
