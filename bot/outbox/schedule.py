"""Turning a new or changed round into outbox rows: subscribers' posts and moderators' review cards."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from bot.i18n import get_translator
from bot.outbox.codec import content_hash, reply_to_json
from bot.posts import retraction_post, round_post
from bot.reply import Reply
from bot.review.cards import review_card
from bot.review.states import RoundUnderReview, load_round
from bot.round_refs import NumberedRounds, numbered_rounds
from bot.storage import Database
from bot.storage.outbox import NewPost

log = logging.getLogger(__name__)


@dataclass
class _Rows:
    """The rows to write for a round: new ones allowed, edits only, and unsent messages to take back."""

    new: list[NewPost] = field(default_factory=list)
    edits: list[NewPost] = field(default_factory=list)
    withdrawn: list[tuple[int, str]] = field(default_factory=list)  # (subscription id, kind)


async def schedule_round(db: Database, round_id: int, now: dt.datetime, new_posts: bool = True) -> int:
    """Queue (or update) every message about the round; return how many rows were written.

    Subscribers get a new post only for the newest round, and with the `confirmed` policy only once
    the round is confirmed or checked by a moderator; a change to a round edits the posts that exist
    (a rejected round's posts become its retraction) and never posts an old round to chats that
    subscribed after it. With `new_posts=False` (history read by `pardonwatch backfill` or from a
    folder) subscribers' existing posts are only edited, however recent the round looks.
    Moderators' chats get the round's review card while it waits for review, and the reminder once
    it has waited too long; both are edited as the round changes.
    """
    current = await load_round(db, round_id)
    if current is None:
        return 0
    rounds = await numbered_rounds(db)
    shown = rounds.shown()
    rows = _Rows()
    await _posts(db, current, new_posts and bool(shown) and shown[-1][1].id == round_id, rows)
    await _cards(db, current, rounds, rows)
    stamp = now.isoformat(timespec="seconds")
    if db.conn.in_transaction:
        # Called from inside a caller's transaction (a moderator's correction): the rows join it.
        await _write(db, round_id, rows, stamp)
    else:
        async with db.transaction():
            await _write(db, round_id, rows, stamp)
    log.info("round %s scheduled: %d new or changed rows", round_id, len(rows.new) + len(rows.edits))
    return len(rows.new) + len(rows.edits)


def _post(sub_id: int, round_id: int, reply: Reply, kind: str = "post") -> NewPost:
    body = reply_to_json(reply)
    return NewPost(subscription_id=sub_id, round_id=round_id, body_json=body, content_hash=content_hash(body),
                   kind=kind)


async def _posts(db: Database, current: RoundUnderReview, post_new: bool, rows: _Rows) -> None:
    """Each subscription's post: new only where `post_new` and the policy allow, else an edit."""
    view, trust = current.view, current.trust
    rejected = trust.state == "rejected"
    bodies: dict[str, Reply] = {}
    for sub in await db.chats.subscriptions():
        if sub.language not in bodies:
            i18n = get_translator(sub.language)
            bodies[sub.language] = retraction_post(view, trust, i18n) if rejected else round_post(view, trust, i18n)
        post = _post(sub.id, view.id, bodies[sub.language])
        may_post = sub.policy == "fast" or trust.postable
        if not rejected and post_new and may_post:
            rows.new.append(post)
        else:
            rows.edits.append(post)
        if rejected or not may_post:
            rows.withdrawn.append((sub.id, "post"))


async def _cards(db: Database, current: RoundUnderReview, rounds: NumberedRounds, rows: _Rows) -> None:
    review, round_id = current.review, current.view.id
    place, ref = rounds.places()[round_id], rounds.stable_ref(round_id)
    for chat in await db.chats.review_chats():
        i18n = get_translator(chat.language)
        card = _post(chat.id, round_id, review_card(current, place, ref, i18n), "card")
        (rows.new if review.waiting else rows.edits).append(card)
        reminder = _post(chat.id, round_id, review_card(current, place, ref, i18n, reminder=True), "reminder")
        (rows.new if review.waiting and review.reminded_at else rows.edits).append(reminder)
        if not review.waiting:  # decided before its reminder went out: nothing to remind of
            rows.withdrawn.append((chat.id, "reminder"))


async def _write(db: Database, round_id: int, rows: _Rows, stamp: str) -> None:
    await db.outbox.upsert(rows.new, stamp, insert_new=True)
    await db.outbox.upsert(rows.edits, stamp, insert_new=False)
    await db.outbox.withdraw_unsent(round_id, rows.withdrawn)
