"""/latest: the newest pardon round (by its date, never an old one reported late) with its state and sources."""

from __future__ import annotations

from bot.reply import Reply, bold
from bot.round_refs import NumberedRounds
from bot.round_snapshot import RoundSnapshot, kept_answer, round_snapshot
from handlers.base import Context, Request
from handlers.format import round_details, round_state_line
from handlers.freshness import freshness


async def latest(req: Request, ctx: Context) -> Reply:
    rounds = await round_snapshot(ctx.db)
    reply = await kept_answer(rounds, ("latest", req.language, req.prefix), lambda: _newest(rounds, req, ctx))
    return reply.extend(await freshness(ctx, warn_when_stale=True))


async def _newest(rounds: RoundSnapshot, req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    # The list's order puts undated rounds first; the newest dated round is the last one.
    numbered = [(place, view) for place, view in NumberedRounds.of(rounds).shown() if view.date]
    if not numbered:
        return Reply().add(_("No pardon rounds are known yet."))
    place, view = numbered[-1]
    reply = Reply().add(bold(_("Latest pardon round")), f" (#{place})")
    reply.add(*round_state_line(rounds.trusts.get(view.id), ctx.i18n))
    reply.extend(round_details(view, ctx.i18n))
    return reply.add(_("Every report of this round: {command}").format(command=f"{req.prefix}round {place}"))
