"""The outbox of auto-posts: one row per (subscription, round, kind), with its delivery state.

Kinds: a round's "post" to a subscribed chat; its review "card" to a moderators' chat; the "reminder"
sent once when the round has waited for review too long.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class NewPost:
    """The rendered post a subscription should show for a round."""

    subscription_id: int
    round_id: int
    body_json: str
    content_hash: str
    kind: str = "post"


@dataclass(frozen=True)
class OutboxRow:
    """A post waiting to be sent (no message id yet) or edited (message id set)."""

    id: int
    subscription_id: int
    round_id: int
    platform: str
    chat_id: str
    thread_id: str
    body_json: str
    content_hash: str
    message_id: str | None
    attempts: int
    kind: str = "post"


# A changed post goes back to 'pending' unless it is in flight ('sending': mark_sent compares the hash
# it delivered) or the platform already shows exactly this content.
_UPSERT = """
INSERT INTO outbox (subscription_id, round_id, kind, body_json, content_hash, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (subscription_id, round_id, kind) DO UPDATE SET
    body_json = excluded.body_json, content_hash = excluded.content_hash, updated_at = excluded.updated_at,
    state = CASE WHEN state = 'sending' THEN 'sending'
                 WHEN message_id IS NOT NULL AND sent_hash = excluded.content_hash THEN 'sent'
                 ELSE 'pending' END,
    attempts = 0, next_attempt_at = 0
WHERE outbox.content_hash != excluded.content_hash
"""

_UPDATE = """
UPDATE outbox SET body_json = ?, content_hash = ?, updated_at = ?,
    state = CASE WHEN state = 'sending' THEN 'sending'
                 WHEN message_id IS NOT NULL AND sent_hash = ? THEN 'sent'
                 ELSE 'pending' END,
    attempts = 0, next_attempt_at = 0
WHERE subscription_id = ? AND round_id = ? AND kind = ? AND content_hash != ?
"""

_ROW = """
SELECT o.id, o.subscription_id, o.round_id, s.platform, s.chat_id, s.thread_id, o.body_json, o.content_hash,
       o.message_id, o.attempts, o.kind
FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id
"""


def _row(r: tuple) -> OutboxRow:
    return OutboxRow(*r)


class OutboxStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def upsert(self, posts: list[NewPost], now: str, insert_new: bool) -> None:
        """Store each subscription's post for a round; only new rows need `insert_new`, changes always apply."""
        if insert_new:
            await self._conn.executemany(_UPSERT, [
                (p.subscription_id, p.round_id, p.kind, p.body_json, p.content_hash, now, now) for p in posts])
        else:
            await self._conn.executemany(_UPDATE, [
                (p.body_json, p.content_hash, now, p.content_hash, p.subscription_id, p.round_id, p.kind,
                 p.content_hash) for p in posts])

    async def withdraw_unsent(self, round_id: int, targets: list[tuple[int, str]]) -> int:
        """Drop a round's messages (subscription id, kind) that were queued but never reached the
        platform: a post of a round rejected or no longer confirmed for the subscription's policy, a
        reminder of a round decided meanwhile. One in flight stays: it is edited afterwards. So does one
        that was in flight at a crash (`maybe_delivered`): the chat may show it, so it gets the new content
        (a retraction) as a message of its own."""
        cur = await self._conn.executemany(
            "DELETE FROM outbox WHERE round_id = ? AND subscription_id = ? AND kind = ?"
            " AND message_id IS NULL AND maybe_delivered = 0 AND state IN ('pending', 'failed')",
            [(round_id, sub, kind) for sub, kind in targets])
        return cur.rowcount

    async def round_of_message(self, platform: str, chat_id: str, message_id: str) -> int | None:
        """The round of the review card (or reminder) posted as this message in this chat."""
        async with self._conn.execute(
            "SELECT o.round_id FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id"
            " WHERE o.message_id = ? AND s.platform = ? AND s.chat_id = ? AND o.kind IN ('card', 'reminder')",
            (message_id, platform, chat_id),
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def due(self, platform: str, now: float, limit: int) -> list[OutboxRow]:
        """Pending rows of one platform whose time has come, oldest first."""
        async with self._conn.execute(
            _ROW + " WHERE o.state = 'pending' AND o.next_attempt_at <= ? AND s.platform = ? ORDER BY o.id LIMIT ?",
            (now, platform, limit),
        ) as cur:
            return [_row(r) for r in await cur.fetchall()]

    async def next_due_at(self, platform: str) -> float | None:
        """The earliest time a pending row of the platform becomes due."""
        async with self._conn.execute(
            "SELECT min(o.next_attempt_at) FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id"
            " WHERE o.state = 'pending' AND s.platform = ?", (platform,),
        ) as cur:
            (at,) = await cur.fetchone()
        return at

    async def mark_sending(self, row_id: int, now: str) -> bool:
        """Claim a pending row before the network call; False when it is no longer pending."""
        cur = await self._conn.execute(
            "UPDATE outbox SET state = 'sending', updated_at = ? WHERE id = ? AND state = 'pending'", (now, row_id))
        return cur.rowcount == 1

    async def mark_sent(self, row_id: int, message_id: str, sent_hash: str, now: str) -> None:
        """Record what the platform accepted; a newer content queued meanwhile makes the row pending again.
        A watch's notification is deleted instead: its text names the person (docs/watch.md)."""
        await self._conn.execute("DELETE FROM outbox WHERE id = ? AND kind = 'watch'", (row_id,))
        await self._conn.execute(
            "UPDATE outbox SET message_id = ?, sent_hash = ?, attempts = 0, next_attempt_at = 0, last_error = NULL,"
            " state = CASE WHEN content_hash = ? THEN 'sent' ELSE 'pending' END, updated_at = ? WHERE id = ?",
            (message_id, sent_hash, sent_hash, now, row_id))

    async def retry_later(self, row_id: int, at: float, attempts: int, error: str, now: str) -> None:
        await self._conn.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?, attempts = ?, last_error = ?, updated_at = ?"
            " WHERE id = ?", (at, attempts, error, now, row_id))

    async def mark_failed(self, row_id: int, error: str, now: str) -> None:
        """Give a row up; a watch's notification is deleted rather than kept with the person's name."""
        await self._conn.execute("DELETE FROM outbox WHERE id = ? AND kind = 'watch'", (row_id,))
        await self._conn.execute(
            "UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?", (error, now, row_id))

    async def recover_sending(self, platform: str) -> int:
        """At start-up: the platform's rows left 'sending' by a crash go back to 'pending' (sent again:
        at-least-once). Per platform, so one transport's worker never touches another's posts in flight."""
        cur = await self._conn.execute(
            "UPDATE outbox SET state = 'pending', maybe_delivered = 1 WHERE state = 'sending'"
            " AND subscription_id IN (SELECT id FROM subscriptions WHERE platform = ?)", (platform,))
        return cur.rowcount

    async def state_counts(self) -> dict[str, int]:
        async with self._conn.execute("SELECT state, count(*) FROM outbox GROUP BY state") as cur:
            return {r[0]: r[1] for r in await cur.fetchall()}

    async def of_round(self, round_id: int, kind: str = "post") -> list[OutboxRow]:
        async with self._conn.execute(_ROW + " WHERE o.round_id = ? AND o.kind = ? ORDER BY o.id",
                                      (round_id, kind)) as cur:
            return [_row(r) for r in await cur.fetchall()]
