"""/mod (the owner's list of moderators), /undo and /audit."""

from __future__ import annotations

from bot.i18n import N_
from bot.moderation import Refused, people
from bot.moderation.undo import undo_last
from bot.reply import Reply, bold, text
from handlers.base import Context, Request
from handlers.moderation_text import actor, apply, describe, refused, usage

MOD_USAGE = N_("add|remove <user id> · list")
AUDIT_USAGE = N_("[how many, 1–50]")
MAX_USER_ID = 100
MAX_AUDIT = 50


async def mod(req: Request, ctx: Context) -> Reply:
    """/mod add 123456 · /mod remove 123456 · /mod list — moderators of this platform, by id only."""
    _ = ctx.i18n.gettext
    words = req.args.split()
    if words == ["list"]:
        moderators = await ctx.db.roles.moderators()
        if not moderators:
            return Reply().add(_("There are no moderators yet."))
        reply = Reply().add(bold(_("Moderators")))
        for platform, user_id in moderators:
            reply.add(f"• {platform}:{user_id}")
        return reply
    if len(words) != 2 or words[0] not in ("add", "remove") or len(words[1]) > MAX_USER_ID:
        return usage(req, ctx, MOD_USAGE)
    # Moderators are named on the platform the owner writes from: a Telegram id on Telegram.
    user_id = words[1] if req.platform == "matrix" else words[1].removeprefix("@")
    if req.platform == "telegram" and not user_id.isdigit():
        return Reply().add(_("On Telegram, give the user's numeric id (for example 123456)."))
    if req.platform == "matrix" and not (user_id.startswith("@") and ":" in user_id):
        return Reply().add(_("On Matrix, give the full user id (for example @alice:example.org)."))
    change = people.set_moderator(ctx.db, actor(req, ctx), req.platform, user_id, words[0] == "add")
    return await apply(change, req, ctx)


async def undo(req: Request, ctx: Context) -> Reply:
    """/undo: revert your own last change, whatever it was."""
    _ = ctx.i18n.gettext
    try:
        async with ctx.db.transaction():  # the undo and its posts' new content commit together
            done = await undo_last(ctx.db, ctx.directory, actor(req, ctx))
            for round_id in done.rounds:
                await ctx.notify_round_changed(round_id)
    except Refused as exc:
        return refused(exc, req, ctx)
    return Reply().add(bold(_("Undone change #{entry}:").format(entry=done.entry.id)), text(" "),
                       *describe(done.entry, ctx)).add(
        _("Everything is as it was before that change."))


async def audit(req: Request, ctx: Context) -> Reply:
    """/audit [n]: the latest changes — who, when, what before and after, and why."""
    _ = ctx.i18n.gettext
    words = req.args.split()
    if len(words) > 1 or (words and not (words[0].isdigit() and 1 <= int(words[0]) <= MAX_AUDIT)):
        return usage(req, ctx, AUDIT_USAGE)
    entries = await ctx.db.audit.recent(int(words[0]) if words else 10)
    if not entries:
        return Reply().add(_("No changes have been made yet."))
    reply = Reply().add(bold(_("Latest changes, newest first")))
    for entry in entries:
        when = entry.created_at.replace("T", " ")[:16]
        line = [bold(f"#{entry.id}"), text(f" · {when} · {entry.actor} — "), *describe(entry, ctx)]
        if entry.reason:
            line.append(text(" " + _("Reason: {reason}").format(reason=entry.reason)))
        if entry.undone_at:
            line.append(text(" " + _("(undone)")))
        reply.add(*line)
    return reply
