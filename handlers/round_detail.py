"""/round <n>: one round in full, with each of its articles, their numbers and what each one says."""

from __future__ import annotations

from bot.moderation.fields import parse_number
from bot.reconcile import build_round_views
from bot.reply import Reply, bold, italic, link, text
from bot.review import load_trust
from bot.storage.rounds import ArticleInRound
from handlers.base import Context, Request
from handlers.format import round_details, round_state_line, value_text
from handlers.moderation_text import field_label


def _figures(article: ArticleInRound, ctx: Context) -> str:
    return ", ".join(f"{field_label(field, ctx)} {value_text(field, value, ctx.i18n)}"
                     for field, value in article.figures.items())


async def round_(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    round_id = parse_number(req.args.strip()) if req.args.strip() else None
    if round_id is None:
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}round 3")).add(
            _("The round numbers are in {rounds}.").format(rounds=f"{req.prefix}rounds"))
    articles = await ctx.db.rounds.articles_in(round_id)
    if not articles:
        return Reply().add(_("There is no round #{round}. Send {rounds} to see the rounds and their numbers.").format(
            round=round_id, rounds=f"{req.prefix}rounds"))
    reply = Reply().add(bold(_("Round #{round}").format(round=round_id)))
    trust = await load_trust(ctx.db, round_id)
    if trust is not None:
        reply.add(*round_state_line(trust, ctx.i18n))
        if trust.reason:
            reply.add(_("Reason: {reason}").format(reason=trust.reason))
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
