"""/mod (the owner's list of moderators), /undo and /audit."""

from __future__ import annotations

from bot.commands import command_number
from bot.i18n import N_
from bot.moderation import Refused, people
from bot.moderation.undo import undo_last
from bot.reply import Reply, bold, text
from bot.watch.keys import watch_keys
from bot.watch.notify import notify_watchers
from handlers.base import Context, Request
from handlers.moderation_text import actor, apply, describe, person, refused, usage
from handlers.rounds import round_places

MOD_USAGE = N_("add|remove <user id> · list")
AUDIT_USAGE = N_("[how many, 1–50]")
MAX_USER_ID = 100
MAX_TELEGRAM_ID = 2**53  # Telegram's ids fit in 52 bits
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
    if req.platform == "telegram" and command_number(user_id, high=MAX_TELEGRAM_ID, hash_ok=False) is None:
        return Reply().add(_("On Telegram, give the user's numeric id (for example 123456)."))
    if req.platform == "matrix" and not (user_id.startswith("@") and ":" in user_id):
        return Reply().add(_("On Matrix, give the full user id (for example @alice:example.org)."))
    change = people.set_moderator(ctx.db, actor(req, ctx), req.platform, user_id, words[0] == "add")
    return await apply(change, req, ctx)


async def undo(req: Request, ctx: Context) -> Reply:
    """/undo: revert your own last change, whatever it was."""
    _ = ctx.i18n.gettext
    places = await round_places(ctx)  # an undone split's round is named by the place it had
    try:
        async with ctx.db.transaction():  # the undo and its posts' new content commit together
            done = await undo_last(ctx.db, ctx.directory, actor(req, ctx))
            for round_id in done.rounds:
                await ctx.notify_round_changed(round_id)
            await notify_watchers(ctx.db, watch_keys(ctx.config.watch_secret), ctx.now)  # an undone /status
    except Refused as exc:
        return refused(exc, req, ctx, places)
    return Reply().add(bold(_("Undone change #{entry}:").format(entry=done.entry.id)), text(" "),
                       *describe(done.entry, ctx, {**await round_places(ctx), **places})).add(
        _("Everything is as it was before that change."))


async def audit(req: Request, ctx: Context) -> Reply:
    """/audit [n]: the latest changes — who, when, what before and after, and why."""
    _ = ctx.i18n.gettext
    words = req.args.split()
    count = command_number(words[0], 1, MAX_AUDIT, hash_ok=False) if len(words) == 1 else 10
    if len(words) > 1 or count is None:
        return usage(req, ctx, AUDIT_USAGE)
    entries = await ctx.db.audit.recent(count)
    if not entries:
        return Reply().add(_("No changes have been made yet."))
    reply = Reply().add(bold(_("Latest changes, newest first")))
    places = await round_places(ctx)
    for entry in entries:
        when = entry.created_at.replace("T", " ")[:16]
        line = [bold(f"#{entry.id}"), text(f" · {when} · {person(entry.actor, ctx)} — "), *describe(entry, ctx, places)]
        if entry.reason:
            line.append(text(" " + _("Reason: {reason}").format(reason=entry.reason)))
        if entry.undone_at:
            line.append(text(" " + _("(undone)")))
        reply.add(*line)
    return reply
