"""Storage: one SQLite file, reached only through the typed stores below (no SQL elsewhere)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiosqlite

from bot.storage.articles import ArticleStore
from bot.storage.audit import AuditStore
from bot.storage.backfills import BackfillStore
from bot.storage.chats import ChatStore
from bot.storage.counts import CountStore
from bot.storage.db import CheckRecord, connect, integrity_check, transaction, truncate_wal
from bot.storage.feeds import FeedStore
from bot.storage.generation import GenerationCache
from bot.storage.lock import TaskLock
from bot.storage.matrix_state import MatrixStateStore
from bot.storage.notices import NoticeStore
from bot.storage.operations import OperationsStore
from bot.storage.outbox import OutboxStore
from bot.storage.prisoners import PrisonerStore
from bot.storage.registry import RegistryStore
from bot.storage.reviews import ReviewStore
from bot.storage.roles import RoleStore
from bot.storage.rounds import RoundStore
from bot.storage.watches import WatchStore

log = logging.getLogger(__name__)


class Database:
    """The open database and its stores; create with `await Database.open(path)`."""

    def __init__(self, conn: aiosqlite.Connection, checked: CheckRecord | None = None):
        self.conn = conn
        # Written at close when this process checked the file at start (or found it unchanged since).
        self._checked = checked
        # Held by every writer: see bot/storage/lock.py.
        self.lock = TaskLock()
        self.articles = ArticleStore(conn)
        self.rounds = RoundStore(conn)
        self.counts = CountStore(conn)
        self.prisoners = PrisonerStore(conn)
        self.chats = ChatStore(conn)
        self.roles = RoleStore(conn)
        self.audit = AuditStore(conn)
        self.matrix = MatrixStateStore(conn, self.lock)
        self.outbox = OutboxStore(conn)
        self.feeds = FeedStore(conn)
        self.registry = RegistryStore(conn)
        self.operations = OperationsStore(conn)
        self.backfills = BackfillStore(conn)
        self.reviews = ReviewStore(conn)
        self.watches = WatchStore(conn)
        self.notices = NoticeStore(conn)
        # Every round's view and state, kept until the data they are built from changes (bot/round_snapshot.py).
        self.round_cache: GenerationCache = GenerationCache(conn)

    @classmethod
    async def open(cls, path: str | Path, check_integrity: bool = True) -> Database:
        """Open (and migrate) the database; with ``check_integrity``, refuse a damaged file
        (``PRAGMA quick_check``, skipped when the file is as a checked process closed it)."""
        record = CheckRecord(path) if check_integrity and str(path) != ":memory:" else None
        unchanged = record is not None and record.take()  # before connecting: opening may write
        conn = await connect(path)
        try:
            if check_integrity and not unchanged:
                await integrity_check(conn)
        except BaseException:
            await conn.close()  # its thread would otherwise keep the process alive after the error
            raise
        return cls(conn, record)

    def transaction(self):
        """`async with db.transaction():` — the writes inside are all or nothing."""
        return transaction(self.conn, self.lock)

    async def is_empty(self) -> bool:
        async with self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM articles)") as cur:
            (empty,) = await cur.fetchone()
        return bool(empty)

    async def forget(self, platform: str, user_id: str | None, chat_id: str | None,
                     rewrite: Callable[[], Awaitable[object]] | None = None) -> dict[str, int]:
        """Delete what is held about one user (and, when given, one chat); count what went, by kind.
        `rewrite` runs in the same commit, after the deletions: it rewrites what still names the user
        (the review cards they decided, queued again without their id).

        Gone means gone from the file too: deleted content is zeroed (secure_delete, set on every
        connection), and a checkpoint empties the write-ahead log, which would still hold old pages."""
        deleted: dict[str, int] = {}
        async with self.transaction():
            if user_id is not None:
                # Their private chat's review cards go with the role (before the chat's subscriptions are counted).
                await self.chats.unsubscribe(platform, user_id, purpose="moderator")
            if chat_id is not None:
                deleted["watches"] = await self.watches.forget_chat(platform, chat_id)
                deleted.update(await self.chats.forget_chat(platform, chat_id))
            if user_id is not None:
                deleted["moderator role"] = int(await self.roles.remove_moderator(platform, user_id))
                deleted["audit entries"], deleted["audit mentions"] = await self.audit.forget_user(platform, user_id)
            if rewrite is not None:
                await rewrite()
        async with self.lock:
            emptied = await truncate_wal(self.conn)
        if not emptied:
            log.warning("forget: a reader kept the write-ahead log busy; its old pages go at the next checkpoint")
        return {kind: n for kind, n in deleted.items() if n}

    def found_damaged(self) -> None:
        """Damage was met after the start: this process leaves no record, so the next start checks."""
        self._checked = None

    async def close(self) -> None:
        await self.conn.close()
        if self._checked is not None:
            self._checked.write()


__all__ = ["Database"]
