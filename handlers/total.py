"""/total: released since July 2024 and political prisoners still held, each dated and sourced,
with the change since the previous figure."""

from __future__ import annotations

from bot.facts import CountPoint
from bot.reconcile import dedupe_series
from bot.reply import Reply, Span, bold, text
from handlers.base import Context, Request
from handlers.format import count_spans, figure, people, source_spans


async def total(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    released = dedupe_series(await ctx.db.counts.series("released_total"))
    held = dedupe_series(await ctx.db.counts.series("political_prisoners"))
    if not released and not held:
        return Reply().add(_("No counts are known yet."))
    reply = Reply()
    if released:
        reply.add(bold(_("Released since July 2024")))
        newest = released[-1]
        # Released people are counted as people ("over 200 people"); the held count reads as a figure.
        reply.add(bold(people(newest.value, newest.qualifier, ctx.i18n)), text(" — "),
                  *source_spans([newest.source], ctx.i18n), text(", " + ctx.i18n.date(newest.as_of)))
        _change_line(reply, released, ctx)
    if held:
        reply.blank().add(bold(_("Political prisoners still held")))
        reply.add(*count_spans(held[-1], ctx.i18n))
        _change_line(reply, held, ctx)
    return reply


def _previous_spans(previous: CountPoint, ctx: Context) -> list[Span]:
    spans: list[Span] = [text(figure(previous.value, previous.qualifier, ctx.i18n) + " — ")]
    spans.extend(source_spans([previous.source], ctx.i18n))
    spans.append(text(", " + ctx.i18n.date(previous.as_of)))
    return spans


def _change_line(reply: Reply, series: list[CountPoint], ctx: Context) -> None:
    """"+50 since the previous figure (1,250 — Viasna via AP, December 2024)"; only exact figures are subtracted.

    "Over 200" then "207" is no change of 7: a hedged figure is shown as it was stated instead.
    """
    _ = ctx.i18n.gettext
    if len(series) < 2:
        return
    newest, previous = series[-1], series[-2]
    if newest.qualifier == "exact" and previous.qualifier == "exact":
        delta = newest.value - previous.value
        sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
        before, _sep, after = _("{change} since the previous figure ({previous})").partition("{previous}")
        reply.add(text(before.format(change=f"{sign}{ctx.i18n.number(abs(delta))}")),
                  *_previous_spans(previous, ctx), text(after))
    else:
        before, _sep, after = _("Previous figure: {previous}").partition("{previous}")
        reply.add(text(before), *_previous_spans(previous, ctx), text(after))
