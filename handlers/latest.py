"""/latest: the newest pardon round (by its date, never an old one reported late) with its sources."""

from __future__ import annotations

from bot.reconcile import build_round_views, latest_round
from bot.reply import Reply, bold
from bot.review import load_trust
from handlers.base import Context, Request
from handlers.format import round_details, round_state_line


async def latest(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    view = latest_round(build_round_views(await ctx.db.rounds.all_claims(), await ctx.db.rounds.corrections()))
    if view is None:
        return Reply().add(_("No pardon rounds are known yet."))
    reply = Reply().add(bold(_("Latest pardon round")), f" (#{view.id})")
    reply.add(*round_state_line(await load_trust(ctx.db, view.id), ctx.i18n))
    reply.extend(round_details(view, ctx.i18n))
    return reply.add(_("Every report of this round: {command}").format(command=f"{req.prefix}round {view.id}"))
