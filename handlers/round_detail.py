"""/round <n|date>: one round in full, with each of its articles, their numbers and what each one says.

A round is named by its number in /rounds or by its date in any usual form (see bot/round_refs.py).
"""

from __future__ import annotations

from bot.reconcile import build_round_views
from bot.reply import Reply, bold, italic, link, text
from bot.round_refs import Resolved, parse_round_ref, resolve
from bot.storage.rounds import ArticleInRound
from handlers.base import Context, Request
from handlers.format import round_details, round_summary, value_text
from handlers.freshness import freshness
from handlers.moderation_text import field_label
from handlers.rounds import rounds_oldest_first


def _figures(article: ArticleInRound, ctx: Context) -> str:
    return ", ".join(f"{field_label(field, ctx)} {value_text(field, value, ctx.i18n)}"
                     for field, value in article.figures.items())


def _usage(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}round 3")).add(
        _("A round is named by its number in {rounds} or by its date: {example}.").format(
            rounds=f"{req.prefix}rounds", example=f"{req.prefix}round 2025-09-11"))


def not_one_round(found: Resolved, asked: str, req: Request, ctx: Context) -> Reply:
    """Several rounds in the month or year asked for, or none: the candidates, each with its number."""
    _ = ctx.i18n.gettext
    if found.matches:
        reply = Reply().add(_("Several rounds match “{asked}”. Which one do you mean?").format(asked=asked))
        candidates = found.matches
    else:
        reply = Reply().add(_("There is no round “{asked}”. Send {rounds} to see the rounds and their numbers.").format(
            asked=asked, rounds=f"{req.prefix}rounds"))
        candidates = found.nearest
        if candidates:
            reply.add(_("The nearest:"))
    for place, view in candidates:
        reply.add(f"{req.prefix}round {place} — ", *round_summary(view, ctx.i18n))
    return reply


async def round_(req: Request, ctx: Context) -> Reply:
    asked = req.args.strip()
    ref = parse_round_ref(asked) if asked else None
    if ref is None:
        return _usage(req, ctx)
    found = resolve(ref, await rounds_oldest_first(ctx))
    if len(found.matches) != 1:
        return not_one_round(found, asked, req, ctx)
    place, view = found.matches[0]
    return (await round_in_full(place, view.id, ctx)).extend(await freshness(ctx, warn_when_stale=False))


async def round_in_full(place: int, round_id: int, ctx: Context) -> Reply:
    """The round's figures, then every article in it (hidden ones marked) with what each one says."""
    _ = ctx.i18n.gettext
    articles = await ctx.db.rounds.articles_in(round_id)
    reply = Reply().add(bold(_("Round #{round}").format(round=place)))
    corrections = {k: v for k, v in (await ctx.db.rounds.corrections()).items() if k[0] == round_id}
    views = build_round_views(await ctx.db.rounds.claims_of(round_id), corrections)
    if views:
        reply.extend(round_details(views[0], ctx.i18n))
    else:
        reply.add(_("All reports of this round are hidden."))
    reply.blank().add(bold(_("Articles")))
    for article in articles:
        date = ctx.i18n.date(article.published) if article.published else _("date not known")
        line = [bold(f"#{article.id}"), text(" "), link(article.outlet, article.url), text(f", {date}: "),
                text(_figures(article, ctx))]
        if article.hidden:
            line.append(italic(" " + _("(hidden)")))
        reply.add(*line)
    return reply
