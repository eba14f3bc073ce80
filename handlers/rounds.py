"""/rounds [page]: every known round, newest first, a page at a time, each with its number.

A round's number is its place in the list since the first round (oldest first), the number
`/round` and `/latest` use too; each round's state ("confirmed by 3 outlets") follows its summary. A
rejected round is not listed, and keeps its number (bot/round_refs.py).
"""

from __future__ import annotations

from bot.commands import command_number
from bot.reply import Reply, bold, italic
from bot.round_refs import NumberedRounds, numbered_rounds
from bot.round_snapshot import RoundSnapshot, kept_answer, round_snapshot
from handlers.base import Context, Request
from handlers.format import round_state, round_summary
from handlers.freshness import freshness

PAGE_SIZE = 8


async def round_places(ctx: Context) -> dict[int, int]:
    """Each round's number in /rounds, by its stored id (rejected rounds keep theirs)."""
    return (await numbered_rounds(ctx.db)).places()


async def rounds(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    page = command_number(req.args, hash_ok=False) if req.args else 1
    if page is None:
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}rounds [2]"))
    known = await round_snapshot(ctx.db)
    pages = (len(known.shown_newest_first) + PAGE_SIZE - 1) // PAGE_SIZE
    if pages and page > pages:
        return Reply().add(_("There is no page {page}; the last page is {pages}.").format(
            page=ctx.i18n.number(page), pages=ctx.i18n.number(pages)))
    reply = await kept_answer(known, ("rounds", page, req.language, req.prefix), lambda: _page(known, page, req, ctx))
    return reply.extend(await freshness(ctx, warn_when_stale=False))


async def _page(rounds: RoundSnapshot, page: int, req: Request, ctx: Context) -> Reply:
    """One page of the list (an existing one), or the answer that there are no rounds yet."""
    _ = ctx.i18n.gettext
    numbered = NumberedRounds.of(rounds).shown()[::-1]
    if not numbered:
        return Reply().add(_("No pardon rounds are known yet."))
    pages = (len(numbered) + PAGE_SIZE - 1) // PAGE_SIZE
    page_of = _("page {page} of {pages}").format(page=ctx.i18n.number(page), pages=ctx.i18n.number(pages))
    reply = Reply().add(bold(_("Pardon rounds, newest first")), " (" + page_of + ")")
    for place, view in numbered[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
        reply.add(f"#{place} ", *round_summary(view, ctx.i18n), " · ", italic(round_state(rounds.trusts[view.id], ctx.i18n)))
    reply.blank().add(_("One round in full: {command} (its number or its date)").format(
        command=f"{req.prefix}round {numbered[0][0]}"))
    if page < pages:
        reply.add(_("Next page: {command}").format(command=f"{req.prefix}rounds {page + 1}"))
    return reply
