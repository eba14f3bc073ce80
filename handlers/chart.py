"""/chart: the political-prisoner count and the pardon rounds as a picture, with a sourced caption."""

from __future__ import annotations

from bot.charts import ChartService
from bot.charts.data import ChartData
from bot.charts.service import CHART_FILENAME
from bot.i18n import Translator
from bot.reply import Image, Reply, bold
from handlers.base import Context, Request
from handlers.format import count_spans, source_spans

MAX_CAPTION_SOURCES = 5  # a Telegram photo caption holds 1,024 characters


async def chart(req: Request, ctx: Context) -> Reply:
    # Without the app's service (a bare dispatcher) the chart is still drawn, just not remembered.
    charts = ctx.charts or ChartService(ctx.db)
    drawn = await charts.chart(ctx.i18n.language)
    if drawn.png is None:
        return nothing_to_draw(ctx.i18n)
    reply = caption(drawn.data, ctx.i18n)
    reply.image = Image(drawn.png, filename=CHART_FILENAME)
    return reply


def caption(data: ChartData, i18n: Translator) -> Reply:
    """Caption lines with links to the sources; short enough for a photo caption."""
    _ = i18n.gettext
    reply = Reply().add(bold(_("Political prisoners in Belarus and pardon rounds")))
    newest = data.newest_count
    if newest is not None:
        reply.add(_("Newest figure: "), *count_spans(newest, i18n))
    if data.rounds:
        # {when} is a whole phrase ("on 18 January 2025", "in December 2024"): see Translator.on.
        reply.add(i18n.ngettext("{n} pardon round on the chart (the newest {when})",
                     "{n} pardon rounds on the chart (the newest {when})", len(data.rounds)).format(
            n=i18n.number(len(data.rounds)), when=i18n.on(data.rounds[-1].view.date)))
    if any(m.when.month_only for m in data.counts) or any(b.when.month_only for b in data.rounds):
        reply.add(_("Dates known only to the month are drawn in the middle of the month."))
    if data.undated_rounds:
        n = len(data.undated_rounds)
        years = sorted({v.date for v in data.undated_rounds if v.date})
        reply.add(i18n.ngettext("{n} round known only by its year ({years}) is not drawn.",
                     "{n} rounds known only by their year ({years}) are not drawn.", n).format(
            n=i18n.number(n), years=", ".join(years) or "—"))
    if data.undated_counts:
        n = len(data.undated_counts)
        reply.add(i18n.ngettext("{n} count known only by its year is not drawn.",
                     "{n} counts known only by their year are not drawn.", n).format(n=i18n.number(n)))
    reply.add(_("Sources: "), *source_spans(data.sources, i18n, limit=MAX_CAPTION_SOURCES))
    return reply


def nothing_to_draw(i18n: Translator) -> Reply:
    """The answer when no count or round can be placed on a time axis yet."""
    _ = i18n.gettext
    return Reply().add(_("There is nothing to draw yet: no dated count of political prisoners "
                         "and no dated pardon round is known."))
