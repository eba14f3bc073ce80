"""Turning a new or changed round into outbox rows, one per subscription."""

from __future__ import annotations

import datetime as dt
import logging

from bot.i18n import get_translator
from bot.outbox.codec import content_hash, reply_to_json
from bot.posts import round_post
from bot.reconcile import build_round_views
from bot.storage import Database
from bot.storage.outbox import NewPost

log = logging.getLogger(__name__)


async def schedule_round(db: Database, round_id: int, now: dt.datetime, new_posts: bool = True) -> int:
    """Queue (or update) every subscription's post for the round; return how many rows were written.

    Subscribers get a new post only for the newest round; a change to an older round edits the
    posts that exist and never posts an old round to chats that subscribed after it. With
    `new_posts=False` (history read by `pardonwatch backfill` or from a folder) only existing
    posts are edited.
    """
    views = build_round_views(await db.rounds.all_claims(), await db.rounds.corrections())
    view = next((v for v in views if v.id == round_id), None)
    if view is None:
        return 0
    post_new = views[0].id == round_id and new_posts
    bodies: dict[str, tuple[str, str]] = {}
    posts = []
    for sub in await db.chats.subscriptions():
        if sub.language not in bodies:
            body = reply_to_json(round_post(view, get_translator(sub.language)))
            bodies[sub.language] = (body, content_hash(body))
        body, digest = bodies[sub.language]
        posts.append(NewPost(subscription_id=sub.id, round_id=round_id, body_json=body, content_hash=digest))
    stamp = now.isoformat(timespec="seconds")
    if db.conn.in_transaction:
        # Called from inside a caller's transaction (a moderator's correction): the rows join it.
        await db.outbox.upsert(posts, stamp, insert_new=post_new)
    else:
        async with db.transaction():
            await db.outbox.upsert(posts, stamp, insert_new=post_new)
    log.info("round %s scheduled for %d subscriptions", round_id, len(posts))
    return len(posts)
