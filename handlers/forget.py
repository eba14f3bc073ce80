"""/forget: delete everything the bot holds about the user (and, in a private chat, the chat)."""

from __future__ import annotations

from bot.reply import Reply
from handlers.base import Context, Request


def kind_text(kind: str, ctx: Context) -> str:
    _ = ctx.i18n.gettext
    return {
        "language": _("the language chosen for this chat"),
        "subscriptions": _("auto-post subscriptions"),
        "watches": _("the people this chat watched, and their notifications not yet sent"),
        "moderator role": _("your moderator role"),
        "audit entries": _("your id on the changes you made (they stay in the audit log, without your id)"),
        "audit mentions": _("your id in audit entries about you, such as being made a moderator"),
    }.get(kind, kind)


async def forget(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    chat_id = req.chat_id if req.chat_kind == "private" else None
    decided = await ctx.db.reviews.decided_by(req.actor)

    async def rewrite_cards() -> None:
        # The review cards of rounds they approved or rejected name them: edited to a forgotten user.
        for round_id in decided:
            await ctx.notify_round_changed(round_id)

    deleted = await ctx.db.forget(req.platform, req.user_id, chat_id, rewrite=rewrite_cards)
    if not deleted:
        reply = Reply().add(_("I held nothing about you here, so there was nothing to delete."))
    else:
        reply = Reply().add(_("Deleted:"))
        for kind, count in deleted.items():
            reply.add(f"• {kind_text(kind, ctx)} ({ctx.i18n.number(count)})")
    if req.chat_kind != "private":
        reply.add(_("This chat's own settings belong to its admins: they can remove them with {command}.").format(
            command=f"{req.prefix}unsubscribe"))
    reply.add(_("I never store your messages, name or username."))
    return reply
