"""Moderator commands on people: /status (dated and sourced) and /alias."""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.commands import command_number
from bot.i18n import N_
from bot.moderation import people as service
from bot.moderation.fields import parse_day
from bot.render.links import safe_url
from bot.reply import Reply
from handlers.base import Context, Request
from handlers.moderation_text import actor, apply, split_reason, usage
from handlers.prisoner import choose_between

STATUS_USAGE = N_("<prisoner#|name> held|released|died|abroad|new_case <YYYY-MM-DD> <source link or name> [— reason]")
ALIAS_USAGE = N_("<prisoner#> <alias> [— reason]")

# The status words in the three languages; every chat accepts all of them. "abroad": freed and taken or
# expelled abroad; "new_case": a new sentence or criminal case (one word each: the date follows).
STATUS_WORDS = {
    "held": "held", "released": "released", "died": "died", "abroad": "abroad", "deported": "abroad",
    "new_case": "new_case", "new_sentence": "new_case",
    "утрымліваецца": "held", "вызвалены": "released", "памёр": "died", "вывезены": "abroad",
    "дэпартаваны": "abroad", "новая_справа": "new_case", "новы_тэрмін": "new_case",
    "содержится": "held", "освобождён": "released", "освобожден": "released", "умер": "died",
    "вывезен": "abroad", "депортирован": "abroad", "новое_дело": "new_case", "новый_срок": "new_case",
}


def _find_prisoner(query: str, req: Request, ctx: Context) -> int | Reply:
    """A prisoner's number from "#5", "5" or a clear name; otherwise the reply to send instead."""
    _ = ctx.i18n.gettext
    number = command_number(query)
    if number is not None:
        return number
    lookup = ctx.directory.lookup(query)
    if lookup.match:
        return lookup.match.prisoner.id
    if lookup.candidates:
        return choose_between(lookup.candidates, req, ctx).add(
            _("Repeat the command with the number, e.g. {example}.").format(example=f"{req.prefix}{req.command} #"
                                                                              f"{lookup.candidates[0].prisoner.id}"))
    return Reply().add(_("No one named “{query}” is in the registry.").format(query=query[:100]))


def _source(words: list[str]) -> tuple[str, str | None]:
    """The source as given: a link (shown by its site name) or a name."""
    given = " ".join(words)
    url = safe_url(given) if len(words) == 1 else None
    if url:
        return (urlsplit(url).hostname or url).removeprefix("www."), url
    return given, None


async def status(req: Request, ctx: Context) -> Reply:
    """/status Бяляцкі released 2025-02-01 https://spring96.org/… — a dated, sourced status."""
    _ = ctx.i18n.gettext
    main, reason = split_reason(req.args)
    words = main.split()
    position = next((i for i, w in enumerate(words) if w.casefold() in STATUS_WORDS), None)
    if position is None or position == 0 or len(words) < position + 3:
        return usage(req, ctx, STATUS_USAGE)
    day = parse_day(words[position + 1], ctx.today)
    if day is None:
        return Reply().add(_("“{value}” is not a valid date: write YYYY-MM-DD, not in the future.").format(
            value=words[position + 1][:20]))
    found = _find_prisoner(" ".join(words[:position]), req, ctx)
    if isinstance(found, Reply):
        return found
    source, url = _source(words[position + 2:])
    change = service.set_status(ctx.db, actor(req, ctx), found, STATUS_WORDS[words[position].casefold()],
                                day.isoformat(), source, url, reason)
    return await apply(change, req, ctx)


async def alias(req: Request, ctx: Context) -> Reply:
    """/alias 2 Ціханоўскі С. — one more spelling under which a prisoner is found."""
    main, reason = split_reason(req.args)
    number, _, name = main.partition(" ")
    prisoner_id = command_number(number)
    if prisoner_id is None or not name.strip():
        return usage(req, ctx, ALIAS_USAGE)
    return await apply(service.add_alias(ctx.db, ctx.directory, actor(req, ctx), prisoner_id, name.strip(), reason),
                       req, ctx)
