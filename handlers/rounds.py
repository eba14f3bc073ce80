"""/rounds [page]: every known round, newest first, a page at a time."""

from __future__ import annotations

from bot.reconcile import build_round_views
from bot.reply import Reply, bold, italic
from bot.review import load_trusts
from handlers.base import Context, Request
from handlers.format import round_state, round_summary

PAGE_SIZE = 8


async def rounds(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    if req.args and not (req.args.isdigit() and int(req.args) >= 1):
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}rounds [2]"))
    page = int(req.args or 1)
    views = build_round_views(await ctx.db.rounds.all_claims(), await ctx.db.rounds.corrections())
    if not views:
        return Reply().add(_("No pardon rounds are known yet."))
    pages = (len(views) + PAGE_SIZE - 1) // PAGE_SIZE
    if page > pages:
        return Reply().add(_("There is no page {page}; the last page is {pages}.").format(
            page=ctx.i18n.number(page), pages=ctx.i18n.number(pages)))
    reply = Reply().add(bold(_("Pardon rounds, newest first")),
                        f" ({_('page {page} of {pages}').format(page=page, pages=pages)})")
    trusts = await load_trusts(ctx.db)
    for view in views[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
        state = round_state(trusts[view.id], ctx.i18n)
        reply.add(f"#{view.id} ", *round_summary(view, ctx.i18n), " · ", italic(state))
    if page < pages:
        reply.blank().add(_("Next page: {command}").format(command=f"{req.prefix}rounds {page + 1}"))
    return reply
