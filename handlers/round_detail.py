"""/round <n|date>: one round in full, with its state, each of its articles, their numbers and what each
one says.

A round is named by its number in /rounds or by its date in any usual form (see bot/round_refs.py); a
round moderators rejected is still found here, with its state and the moderator's reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import RoundView
from bot.reply import Reply, bold, italic, link, text
from bot.round_refs import NumberedRounds, Resolved, numbered_rounds, parse_round_ref, resolve
from bot.round_snapshot import kept_answer, round_snapshot
from bot.storage.rounds import ArticleInRound
from handlers.base import Context, Request
from handlers.format import round_details, round_state_line, round_summary, value_text
from handlers.freshness import freshness
from handlers.moderation_text import field_label


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


@dataclass(frozen=True)
class NamedRound:
    """The round a command names: its number, its view, and how buttons about it name it."""

    place: int
    view: RoundView
    ref: str


async def named_round(words: str, req: Request, ctx: Context) -> NamedRound | Reply | None:
    """The round that `words` name by its number in /rounds or its date (2025-09-11), rejected rounds
    included; a Reply listing the candidates when they name no single round; None when they are no
    round reference at all."""
    found = await _one_round(words, req, ctx)
    if found is None or isinstance(found, Reply):
        return found
    rounds, place, view = found
    return NamedRound(place, view, rounds.stable_ref(view.id) or str(place))


async def _one_round(words: str, req: Request, ctx: Context) -> tuple[NumberedRounds, int, RoundView] | Reply | None:
    """`named_round` without the name buttons give the round (finding it compares every round's date)."""
    ref = parse_round_ref(words)
    if ref is None:
        return None
    rounds = await numbered_rounds(ctx.db)
    found = resolve(ref, rounds.numbered)
    if len(found.matches) != 1:
        return not_one_round(found, words, req, ctx)
    place, view = found.matches[0]
    return rounds, place, view


async def round_(req: Request, ctx: Context) -> Reply:
    found = await _one_round(req.args.strip(), req, ctx) if req.args.strip() else None
    if found is None:
        return _usage(req, ctx)
    if isinstance(found, Reply):
        return found
    rounds, place, view = found
    reply = await kept_answer(await round_snapshot(ctx.db), ("round", place, view.id, req.language),
                              lambda: round_in_full(place, view.id, ctx))
    return reply.extend(await freshness(ctx, warn_when_stale=False))


async def round_in_full(place: int, round_id: int, ctx: Context) -> Reply:
    """The round's state and figures, then every article in it (hidden ones marked) with what each one says."""
    _ = ctx.i18n.gettext
    articles = await ctx.db.rounds.articles_in(round_id)
    reply = Reply().add(bold(_("Round #{round}").format(round=place)))
    rounds = await round_snapshot(ctx.db)
    view = next((v for v in rounds.oldest_first if v.id == round_id), None)
    if view is not None:
        trust = rounds.trusts[round_id]
        reply.add(*round_state_line(trust, ctx.i18n))
        if trust.reason:
            reply.add(_("Reason: {reason}").format(reason=trust.reason))
        reply.extend(round_details(view, ctx.i18n))
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
