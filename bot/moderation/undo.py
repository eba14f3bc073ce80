"""/undo: revert a moderator's own last change, restoring exactly the state before it.

A change that was changed again since (by anyone) is not reverted blindly: the state is checked
to be what the change left, so an undo never overwrites someone else's later work.
"""

from __future__ import annotations

from bot.directory import PrisonerDirectory
from bot.moderation.changes import Actor, Change, Recorder, Refused, finished, record
from bot.storage import Database
from bot.storage.audit import FORGOTTEN, AuditEntry
from bot.storage.reviews import Review


async def undo_last(db: Database, directory: PrisonerDirectory, actor: Actor) -> Change:
    """Revert the actor's newest change that is not undone yet; the returned change is the undone one."""
    entry = await db.audit.last_active(actor.id)
    if entry is None:
        raise Refused("nothing_to_undo")
    revert = _REVERTERS.get(entry.action)
    if revert is None:
        raise Refused("cannot_undo", entry=entry.id)
    async with db.transaction():
        rounds = await revert(db, entry)
        await record(db, actor, Recorder("undo", f"audit:{entry.id}", before=entry.after, after=entry.before))
        await db.audit.mark_undone(entry.id, actor.now)
    if entry.action == "alias":
        await directory.refresh(entry.after["prisoner"])
    return await finished(db, entry.id, rounds)


async def _revert_correct(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    round_id, field = entry.after["round"], entry.after["field"]
    if await db.rounds.correction(round_id, field) != entry.after["value"]:
        raise Refused("changed_since", entry=entry.id)
    before = entry.before["correction"]
    await db.rounds.set_correction(round_id, field, before["value"] if before else None,
                                   before.get("audit_id") if before else None)
    if "review" in entry.before and await _review_is(db, round_id, entry.after["review"]):
        # The round goes back in the review queue it left, unless someone has decided on it since.
        await db.reviews.put(Review.from_snapshot(round_id, entry.before["review"]))
    return (round_id,)


async def _review_is(db: Database, round_id: int, snapshot: dict) -> bool:
    return (await db.reviews.get(round_id)).snapshot() == Review.from_snapshot(round_id, snapshot).snapshot()


async def _revert_decision(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    round_id = entry.after["round"]
    if not await _review_is(db, round_id, entry.after["review"]):
        raise Refused("changed_since", entry=entry.id)
    await db.reviews.put(Review.from_snapshot(round_id, entry.before["review"]))
    return (round_id,)


async def _revert_merge(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    into, other, articles = entry.before["into"], entry.before["from"], entry.before["articles"]
    if (await db.rounds.corrections_of(into) != entry.after["corrections_into"]
            or any([await db.articles.round_of(a) != into for a in articles])):
        raise Refused("changed_since", entry=entry.id)
    await db.rounds.move_articles(articles, other)
    await db.rounds.replace_corrections(into, entry.before["corrections_into"])
    await db.rounds.replace_corrections(other, entry.before["corrections_from"])
    return (into, other)


async def _revert_split(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    new_round, article, old_round = entry.after["round"], entry.after["article"], entry.before["round"]
    if (await db.articles.round_of(article) != new_round or await db.rounds.articles_of(new_round) != [article]
            or await db.rounds.corrections_of(new_round)):
        raise Refused("changed_since", entry=entry.id)
    await db.rounds.move_articles([article], old_round)
    await db.rounds.delete_if_empty(new_round)
    return (old_round,)


async def _revert_hidden(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    article = await db.articles.get(entry.after["article"])
    if article is None or bool(article["hidden"]) != entry.after["hidden"]:
        raise Refused("changed_since", entry=entry.id)
    await db.articles.set_hidden(entry.after["article"], entry.before["hidden"])
    return (entry.after.get("round"),)


async def _revert_status(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    if not await db.prisoners.status_exists(entry.after["status_id"]):
        raise Refused("changed_since", entry=entry.id)
    await db.prisoners.delete_status(entry.after["status_id"])
    return ()


async def _revert_alias(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    prisoner, alias = entry.after["prisoner"], entry.after["alias"]
    if not await db.prisoners.has_alias(prisoner, alias):
        raise Refused("changed_since", entry=entry.id)
    await db.prisoners.remove_alias(prisoner, alias)
    return ()


async def _revert_moderator(db: Database, entry: AuditEntry) -> tuple[int, ...]:
    platform, user = entry.after["platform"], entry.after["user"]
    if user == FORGOTTEN:
        raise Refused("cannot_undo", entry=entry.id)  # the person used /forget: nobody to give the role back to
    if await db.roles.is_moderator(platform, user) != entry.after["moderator"]:
        raise Refused("changed_since", entry=entry.id)
    if entry.before["moderator"]:
        await db.roles.add_moderator(platform, user, entry.before.get("granted_at") or entry.created_at)
    else:
        await db.roles.remove_moderator(platform, user)
    await db.chats.set_moderator_chat(platform, user, entry.before["moderator"], entry.created_at)
    return ()


_REVERTERS = {
    "correct": _revert_correct, "merge": _revert_merge, "split": _revert_split, "hide": _revert_hidden,
    "unhide": _revert_hidden, "status": _revert_status, "alias": _revert_alias, "mod_add": _revert_moderator,
    "mod_remove": _revert_moderator, "approve": _revert_decision, "reject": _revert_decision,
}
