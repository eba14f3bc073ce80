"""/total: released since July 2024 and political prisoners still held, each dated and sourced."""

from __future__ import annotations

from bot.facts import CountPoint
from bot.reply import Reply, bold, text
from handlers.base import Context, Request
from handlers.format import count_spans, people, source_spans


async def total(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    released = await ctx.db.counts.series("released_total")
    held = await ctx.db.counts.series("political_prisoners")
    if not released and not held:
        return Reply().add(_("No counts are known yet."))
    reply = Reply()
    if released:
        newest = released[-1]
        reply.add(bold(_("Released since July 2024")))
        reply.add(bold(people(newest.value, newest.qualifier, ctx.i18n)), text(" — "),
                  *source_spans([newest.source], ctx.i18n), text(", " + ctx.i18n.date(newest.as_of)))
        _change_line(reply, released, ctx)
    if held:
        reply.blank().add(bold(_("Political prisoners still held")))
        reply.add(*count_spans(held[-1], ctx.i18n))
        _change_line(reply, held, ctx)
    return reply


def _change_line(reply: Reply, series: list[CountPoint], ctx: Context) -> None:
    """"+50 since the previous figure (1,250, December 2024)", when there is a previous figure."""
    _ = ctx.i18n.gettext
    if len(series) < 2:
        return
    newest, previous = series[-1], series[-2]
    delta = newest.value - previous.value
    sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
    reply.add(_("{change} since the previous figure ({value}, {date})").format(
        change=f"{sign}{ctx.i18n.number(abs(delta))}", value=ctx.i18n.number(previous.value),
        date=ctx.i18n.date(previous.as_of)))
