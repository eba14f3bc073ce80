"""/total: released since July 2024 and political prisoners still held, each dated and sourced,
with the change since the previous figure."""

from __future__ import annotations

from bot.facts import CountPoint, RoundView
from bot.reconcile import dedupe_series
from bot.reply import Reply, Span, bold, text
from bot.round_snapshot import RoundSnapshot, kept_answer, round_snapshot
from handlers.base import Context, Request
from handlers.format import count_spans, figure, people, source_spans
from handlers.freshness import freshness

# The pardons began in July 2024; the bot's own count adds up the rounds from then on.
COUNT_FROM = "2024-07"


async def total(req: Request, ctx: Context) -> Reply:
    known = await round_snapshot(ctx.db)
    reply = await kept_answer(known, ("total", req.language), lambda: _counts(known, ctx))
    return reply.extend(await freshness(ctx, warn_when_stale=True))


async def _counts(known: RoundSnapshot, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    released, held = dedupe_series(list(known.released)), dedupe_series(list(known.held))
    oldest_first = reversed(known.shown_newest_first)
    rounds = [v for v in oldest_first if v.date and v.date >= COUNT_FROM and "pardoned" in v.fields]
    if not released and not held and not rounds:
        return Reply().add(_("No counts are known yet."))
    reply = Reply()
    if released or rounds:
        reply.add(bold(_("Released since July 2024")))
    if released:
        newest = released[-1]
        # Released people are counted as people ("over 200 people"); the held count reads as a figure.
        reply.add(bold(people(newest.value, newest.qualifier, ctx.i18n)), text(" — "),
                  *source_spans([newest.source], ctx.i18n), text(", " + ctx.i18n.date(newest.as_of)))
        _change_line(reply, released, ctx)
    if rounds:
        _own_count_line(reply, rounds, ctx)
    if held:
        reply.blank().add(bold(_("Political prisoners still held")))
        reply.add(*count_spans(held[-1], ctx.i18n))
        _change_line(reply, held, ctx)
    return reply


def _sum_qualifier(rounds: list[RoundView]) -> str:
    """A sum of exact figures is exact; with an "over" or "at least" in it, at least; else about."""
    qualifiers = {v.fields["pardoned"].qualifier for v in rounds}
    if qualifiers <= {"exact"}:
        return "exact"
    return "at_least" if qualifiers <= {"exact", "over", "at_least"} else "about"


def _own_count_line(reply: Reply, rounds: list[RoundView], ctx: Context) -> None:
    """"Pardon Watch's own count: 1,122 people in the 21 rounds it knows, up to <date of the newest>"."""
    total_people = sum(int(v.value("pardoned")) for v in rounds)
    counted = people(total_people, _sum_qualifier(rounds), ctx.i18n)
    message = ctx.i18n.ngettext(
        "Pardon Watch's own count: {people} in the {n} round it knows since July 2024 (up to {date})",
        "Pardon Watch's own count: {people} in the {n} rounds it knows since July 2024 (up to {date})",
        len(rounds))
    reply.add(text(message.format(people=counted, n=ctx.i18n.number(len(rounds)),
                                  date=ctx.i18n.date(rounds[-1].date))))


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
