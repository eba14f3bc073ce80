"""One writer at a time on the shared connection.

All tasks share one aiosqlite connection, so a statement from one task issued while another
task's transaction is open would silently join (and, on rollback, vanish with) that transaction.
Every writer therefore holds this lock; it is re-entrant per task, so a transaction may call
code that takes the lock again.
"""

from __future__ import annotations

import asyncio


class TaskLock:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task | None = None
        self._depth = 0

    @property
    def held_by_me(self) -> bool:
        return self._owner is not None and self._owner is asyncio.current_task()

    async def __aenter__(self) -> TaskLock:
        if not self.held_by_me:
            await self._lock.acquire()
            self._owner = asyncio.current_task()
        self._depth += 1
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._lock.release()
