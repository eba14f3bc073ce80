"""/latest: the newest pardon round with its make-up and sources."""

from __future__ import annotations

from bot.reconcile import build_round_views
from bot.reply import Reply, bold
from handlers.base import Context, Request
from handlers.format import round_details


async def latest(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    views = build_round_views(await ctx.db.rounds.all_claims(), await ctx.db.rounds.corrections())
    if not views:
        return Reply().add(_("No pardon rounds are known yet."))
    reply = Reply().add(bold(_("Latest pardon round")))
    return reply.extend(round_details(views[0], ctx.i18n))
