"""/start and /help."""

from __future__ import annotations

from bot.reply import Reply, bold
from handlers.base import Context, Request, Role


async def start(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    reply = Reply()
    reply.add(bold(_("Pardon Watch")))
    reply.add(_("I follow the rounds of pardons of political prisoners in Belarus since July 2024, "
                "and the count of those still held, with the source of every figure."))
    reply.blank()
    reply.add(_("Try {latest}, {total} or {prisoner}.").format(
        latest=f"{req.prefix}latest", total=f"{req.prefix}total", prisoner=f"{req.prefix}prisoner Bialiatski"))
    reply.add(_("{help} lists every command; {lang} changes the language.").format(
        help=f"{req.prefix}help", lang=f"{req.prefix}lang en|be|ru"))
    return reply


async def help_(req: Request, ctx: Context) -> Reply:
    from handlers import COMMANDS  # the registry imports this module

    _ = ctx.i18n.gettext
    reply = Reply().add(bold(_("Commands")))
    # Chat-admin commands are always listed: admin rights are only checked when one is used.
    visible_up_to = max(req.role, Role.CHAT_ADMIN)
    for command in COMMANDS.values():
        if command.min_role > visible_up_to:
            continue
        usage = " " + _(command.usage) if command.usage else ""
        reply.add(bold(req.prefix + command.name + usage), " — " + _(command.description))
    return reply
