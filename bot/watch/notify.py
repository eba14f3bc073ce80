"""Queue one notification to each chat that watches a person whose trusted status changed.

Called inside the transaction that changed the status or its round's state (a stored article, a
moderator's decision, /status, /undo): the change noticed and its notifications commit together, so
a crash never loses one nor queues one twice; the outbox delivers each exactly once (docs/outbox.md)
and then deletes it (docs/watch.md). Every watch's hash is recomputed for the changed person; nothing
is logged about watches.
"""

from __future__ import annotations

import datetime as dt

from bot.i18n import get_translator
from bot.outbox.codec import content_hash, reply_to_json
from bot.round_refs import numbered_rounds
from bot.storage import Database
from bot.watch.changes import StatusChange, status_changes
from bot.watch.keys import WatchKeys
from bot.watch.messages import notification


async def notify_watchers(db: Database, keys: WatchKeys | None, now: dt.datetime) -> int:
    """Notice every trusted status change and queue its notifications; return how many were queued."""
    if db.conn.in_transaction:
        return await _notify(db, keys, now)
    async with db.transaction():
        return await _notify(db, keys, now)


async def _notify(db: Database, keys: WatchKeys | None, now: dt.datetime) -> int:
    changes = await status_changes(db)  # noticed even while watching is off: no old news when it is on
    if not changes or keys is None:
        return 0
    watches = await db.watches.all()
    if not watches:
        return 0
    places = (await numbered_rounds(db)).places()
    stamp = now.isoformat(timespec="seconds")
    queued = 0
    for change in changes:
        person = await db.prisoners.get(change.prisoner_id)
        if person is None:
            continue
        current = change.current
        evidence = (await db.notices.evidence(person.id, current.article_id)
                    if current is not None and current.article_id is not None else None)
        bodies: dict[tuple[str, str], tuple[str, str]] = {}
        for watch in watches:
            if keys.person(watch.platform, watch.chat_id, person.id) != watch.person:
                continue
            made = (watch.language, watch.platform)
            if made not in bodies:
                reply = notification(change, person, places.get(change.round_id) if change.round_id else None,
                                     evidence, watch.platform, get_translator(watch.language))
                body = reply_to_json(reply)
                bodies[made] = (body, content_hash(body))
            body, digest = bodies[made]
            notice = keys.notice(watch.platform, watch.chat_id, person.id, _event(change))
            queued += await db.watches.queue(watch, notice, body, digest, stamp)
    return queued


def _event(change: StatusChange) -> str:
    """Names the change (for the notice key): a correction and a change of the same entry differ."""
    current = change.current
    entry = f"{current.id}:{current.status}:{current.since}" if current else "none"
    return f"{'correction' if change.correction else 'change'}:{entry}"
