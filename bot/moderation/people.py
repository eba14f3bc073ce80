"""Changes about people: a prisoner's status or alias, and who is a moderator."""

from __future__ import annotations

from bot.directory import PrisonerDirectory
from bot.moderation.changes import Actor, Change, Recorder, Refused, finished, record
from bot.storage import Database

MAX_ALIAS = 100
MAX_SOURCE = 200


async def set_status(db: Database, actor: Actor, prisoner_id: int, status: str, since: str, source: str,
                     url: str | None, reason: str | None) -> Change:
    """Add a moderator's dated, sourced status; it becomes the current one for that date."""
    if await db.prisoners.get(prisoner_id) is None:
        raise Refused("no_prisoner", prisoner=prisoner_id)
    if not source or len(source) > MAX_SOURCE:
        raise Refused("bad_source")
    statuses = await db.prisoners.statuses(prisoner_id)
    previous = statuses[0] if statuses else None
    rec = Recorder("status", f"prisoner:{prisoner_id}", reason=reason,
                   before={"prisoner": prisoner_id, "status": previous.status if previous else None,
                           "since": previous.since if previous else None})
    async with db.transaction():
        status_id = await db.prisoners.add_status(prisoner_id, status=status, since=since, source=source, url=url,
                                                  origin="moderator", now=actor.now)
        rec.after = {"prisoner": prisoner_id, "status_id": status_id, "status": status, "since": since,
                     "source": source, "url": url}
        audit_id = await record(db, actor, rec)
    return await finished(db, audit_id)


async def add_alias(db: Database, directory: PrisonerDirectory, actor: Actor, prisoner_id: int, alias: str,
                    reason: str | None) -> Change:
    """Let a prisoner be found under another spelling too."""
    if await db.prisoners.get(prisoner_id) is None:
        raise Refused("no_prisoner", prisoner=prisoner_id)
    if not alias or len(alias) > MAX_ALIAS:
        raise Refused("bad_alias")
    if await db.prisoners.has_alias(prisoner_id, alias):
        raise Refused("alias_exists", prisoner=prisoner_id, alias=alias)
    rec = Recorder("alias", f"prisoner:{prisoner_id}", reason=reason,
                   before={"prisoner": prisoner_id, "alias": None},
                   after={"prisoner": prisoner_id, "alias": alias})
    async with db.transaction():
        await db.prisoners.add_aliases(prisoner_id, [alias])
        audit_id = await record(db, actor, rec)
    await directory.refresh(prisoner_id)
    return await finished(db, audit_id)


async def set_moderator(db: Database, actor: Actor, platform: str, user_id: str, moderator: bool) -> Change:
    """Make a user (by platform id) a moderator, or no longer one."""
    granted = await db.roles.granted_at(platform, user_id)
    rec = Recorder("mod_add" if moderator else "mod_remove", f"user:{platform}:{user_id}",
                   before={"platform": platform, "user": user_id, "moderator": not moderator, "granted_at": granted},
                   after={"platform": platform, "user": user_id, "moderator": moderator})
    async with db.transaction():
        if moderator:
            changed = await db.roles.add_moderator(platform, user_id, actor.now)
        else:
            changed = await db.roles.remove_moderator(platform, user_id)
        if not changed:
            raise Refused("already_moderator" if moderator else "not_moderator", user=f"{platform}:{user_id}")
        # A Telegram moderator's private chat gets review cards (while no moderators' chat is set).
        await db.chats.set_moderator_chat(platform, user_id, moderator, actor.now)
        audit_id = await record(db, actor, rec)
    return await finished(db, audit_id)
