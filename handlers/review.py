"""The review queue: /review lists what waits (or shows one round's card), /approve and /reject decide,
and the owner's /modchat chooses the chat where review cards are posted."""

from __future__ import annotations

import datetime as dt

from bot.i18n import N_
from bot.moderation import review as service
from bot.reply import Button, Reply, bold, italic, text
from bot.review import load_round
from bot.review.cards import review_card
from bot.round_refs import numbered_rounds
from handlers.base import Context, Request
from handlers.format import reasons_text, round_state, round_summary
from handlers.moderation_text import actor, apply, split_reason, usage
from handlers.round_detail import named_round

REVIEW_USAGE = N_("[round#]")
DECIDE_USAGE = N_("<round#> [— reason]")
MODCHAT_USAGE = N_("[off]")
MAX_LISTED = 20
# Review cards are pushed where the bot can post on its own; the console has /review instead.
CARD_PLATFORMS = ("telegram", "matrix")


def _waited(since: str, ctx: Context) -> str:
    """"3 hours", "2 days": how long a round has waited, in whole hours or days."""
    hours = max(0, int((ctx.now - dt.datetime.fromisoformat(since)).total_seconds() // 3600))
    if hours < 1:
        return ctx.i18n.gettext("less than an hour")
    if hours < 48:
        return ctx.i18n.ngettext("{n} hour", "{n} hours", hours).format(n=ctx.i18n.number(hours))
    return ctx.i18n.ngettext("{n} day", "{n} days", hours // 24).format(n=ctx.i18n.number(hours // 24))


async def review(req: Request, ctx: Context) -> Reply:
    """/review: the rounds waiting for a moderator, longest waiting first; /review 12: one round's card."""
    if req.args.strip():
        return await _card(req, ctx)
    _ = ctx.i18n.gettext
    waiting = await ctx.db.reviews.waiting()
    if not waiting:
        return Reply().add(_("Nothing is waiting for review."))
    rounds = await numbered_rounds(ctx.db)
    places = rounds.places()
    reply = Reply().add(bold(ctx.i18n.ngettext("{n} round is waiting for review", "{n} rounds are waiting for review",
                                               len(waiting)).format(n=ctx.i18n.number(len(waiting)))))
    for entry in waiting[:MAX_LISTED]:
        found = await load_round(ctx.db, entry.round_id)
        if found is None:
            continue  # every report of it was hidden since: nothing left to judge
        place = places[entry.round_id]
        reply.add(bold(f"#{place} "), *round_summary(found.view, ctx.i18n))
        reply.add(text("    "), italic(round_state(found.trust, ctx.i18n)), text(" · "),
                  text(_("waiting: {time}").format(time=_waited(entry.waiting_since, ctx))), text(" · "),
                  text(reasons_text(entry.why, ctx.i18n)))
        reply.buttons.append(Button(_("Review #{round}").format(round=place),
                                    f"/review {rounds.stable_ref(entry.round_id)}"))
    if len(waiting) > MAX_LISTED:
        reply.add(_("… and {n} more.").format(n=ctx.i18n.number(len(waiting) - MAX_LISTED)))
    first = next((places[w.round_id] for w in waiting if w.round_id in places), None)
    if first is not None:
        reply.blank().add(_("Send {command} to see a round's card and decide.").format(
            command=f"{req.prefix}review {first}"))
    return reply


async def _card(req: Request, ctx: Context) -> Reply:
    named = await named_round(req.args.strip(), req, ctx)
    if named is None:
        return usage(req, ctx, REVIEW_USAGE)
    if isinstance(named, Reply):
        return named
    found = await load_round(ctx.db, named.view.id)
    if found is None:  # every report of it was hidden meanwhile
        return Reply().add(ctx.i18n.gettext("All reports of this round are hidden."))
    return review_card(found, named.place, named.ref, ctx.i18n)


async def _decide(req: Request, ctx: Context, decision: str) -> Reply:
    words, reason = split_reason(req.args)
    named = await named_round(words, req, ctx) if words else None
    if named is None:
        return usage(req, ctx, DECIDE_USAGE)
    if isinstance(named, Reply):
        return named
    return await apply(service.decide(ctx.db, actor(req, ctx), named.view.id, decision, reason), req, ctx)


async def approve(req: Request, ctx: Context) -> Reply:
    """/approve 12: the round is right as reported; channels waiting for confirmation get it."""
    return await _decide(req, ctx, "approved")


async def reject(req: Request, ctx: Context) -> Reply:
    """/reject 12 — not a round: it disappears, and every post of it becomes a retraction."""
    return await _decide(req, ctx, "rejected")


async def modchat(req: Request, ctx: Context) -> Reply:
    """/modchat: review cards go to this chat; /modchat off: back to each moderator's private chat."""
    _ = ctx.i18n.gettext
    words = req.args.split()
    if len(words) > 1 or (words and words[0] != "off"):
        return usage(req, ctx, MODCHAT_USAGE)
    if req.platform not in CARD_PLATFORMS:
        return Reply().add(_("Review cards are posted on Telegram and Matrix only; here, use {review}.").format(
            review=f"{req.prefix}review"))
    if words:
        removed = await ctx.db.chats.unsubscribe(req.platform, req.chat_id, req.thread_id or "", purpose="modchat")
        if not removed:
            return Reply().add(_("This chat is not the moderators' chat."))
        if req.platform == "telegram":
            return Reply().add(_("Review cards will go to each moderator's private chat again."))
        return Reply().add(_("Review cards will no longer be posted here; moderators can use {review}.").format(
            review=f"{req.prefix}review"))
    await ctx.db.chats.set_modchat(req.platform, req.chat_id, req.thread_id or "", req.language, ctx.now_iso)
    return Reply().add(_("This is now the moderators' chat: review cards of new, disputed and uncertain rounds "
                         "will be posted here, and moderators can approve, reject or correct them here.")).add(
        _("Only moderators' decisions count here; everyone else is told so."))
