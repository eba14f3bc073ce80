"""Moderator commands on rounds: /correct, /merge, /split, /hide and /unhide."""

from __future__ import annotations

from bot.commands import command_number
from bot.i18n import N_
from bot.moderation import rounds as service
from bot.moderation.fields import CLEAR, COMMAND_FIELD_NAMES, FIELD_ALIASES, parse_field, parse_value
from bot.reply import Button, Reply
from handlers.base import Context, Request
from handlers.format import field_heading, value_text
from handlers.moderation_text import actor, apply, field_label, split_reason, usage
from handlers.round_detail import NamedRound, named_round

CORRECT_USAGE = N_("<round#> <field> <value> [— reason]")
MERGE_USAGE = N_("<round#> <round#> [— reason]")
SPLIT_USAGE = N_("<round#> <article#> [— reason]")
HIDE_USAGE = N_("<article#> [— reason]")


def _fields_line(ctx: Context) -> str:
    return ctx.i18n.gettext("Fields: {fields}. A date is written YYYY-MM-DD; “-” removes a correction.").format(
        fields=", ".join(COMMAND_FIELD_NAMES))


async def _round_id(word: str, req: Request, ctx: Context) -> int | Reply | None:
    """The stored id of the round a moderator names by its number in /rounds or its date (2025-09-11);
    a Reply listing the candidates when that names no single round; None when it is no round at all."""
    named = await named_round(word, req, ctx)
    return named.view.id if isinstance(named, NamedRound) else named


async def correct(req: Request, ctx: Context) -> Reply:
    """/correct 3 women 4 — the moderator's value for one field of a round wins over every report.

    Without the value (the review card's Correct button) it asks: /correct 3 offers the fields,
    /correct 3 women asks for the value."""
    main, reason = split_reason(req.args)
    words = main.split()
    named = await named_round(words[0], req, ctx) if words else None
    field = parse_field(words[1]) if len(words) > 1 else None
    if isinstance(named, Reply):
        return named
    if named is not None and len(words) == 1:
        return _ask_field(ctx, named)
    if named is not None and field is not None and len(words) == 2:
        return _ask_value(req, ctx, named, words[1].casefold())
    if len(words) != 3 or named is None or field is None:
        return usage(req, ctx, CORRECT_USAGE, _fields_line(ctx))
    if words[2] in CLEAR:
        value = None
    else:
        value = parse_value(field, words[2], ctx.today)
        if value is None:
            _ = ctx.i18n.gettext
            return Reply().add(_("“{value}” is not a valid value here.").format(value=words[2][:40])).add(
                _fields_line(ctx))
    return await apply(service.correct(ctx.db, actor(req, ctx), named.view.id, field, value, reason), req, ctx)


def _ask_field(ctx: Context, named: NamedRound) -> Reply:
    """Which field to correct: one button per field, with the value shown now."""
    _ = ctx.i18n.gettext
    reply = Reply().add(_("Which figure of round #{round} do you correct?").format(round=named.place))
    for word in COMMAND_FIELD_NAMES:
        field = FIELD_ALIASES[word]
        value = named.view.value(field)
        shown = value_text(field, value, ctx.i18n) if value is not None else "—"
        reply.buttons.append(Button(f"{field_heading(field, ctx.i18n)}{shown}", f"/correct {named.ref} {word}"))
    return reply


def _ask_value(req: Request, ctx: Context, named: NamedRound, word: str) -> Reply:
    """Ask for the corrected value; on Telegram a plain reply to this question is enough."""
    _ = ctx.i18n.gettext
    field = parse_field(word)
    hint = _("a date, YYYY-MM-DD") if field == "event_date" else _("a whole number")
    reply = Reply(prompt=f"correct {named.ref} {word}")
    reply.add(_("Round #{round}, {field}: what is the right value ({hint})?").format(
        field=field_label(field, ctx), round=named.place, hint=hint))
    return reply.add(_("Send {command} <value> [— reason]").format(command=f"{req.prefix}correct {named.ref} {word}"))


async def merge(req: Request, ctx: Context) -> Reply:
    """/merge 3 5: the reports of round 5 join round 3 (two rounds that are really one)."""
    main, reason = split_reason(req.args)
    words = main.split()
    rounds = [await _round_id(w, req, ctx) for w in words]
    if len(rounds) != 2 or None in rounds:
        return usage(req, ctx, MERGE_USAGE)
    into, other = rounds
    for found in (into, other):
        if isinstance(found, Reply):
            return found
    return await apply(service.merge(ctx.db, actor(req, ctx), into, other, reason), req, ctx)


async def split(req: Request, ctx: Context) -> Reply:
    """/split 3 12: article 12 leaves round 3 and becomes a round of its own (undoing a wrong merge)."""
    main, reason = split_reason(req.args)
    words = main.split()
    if len(words) != 2:
        return usage(req, ctx, SPLIT_USAGE)
    round_id, article_id = await _round_id(words[0], req, ctx), command_number(words[1])
    if round_id is None or article_id is None:
        return usage(req, ctx, SPLIT_USAGE)
    if isinstance(round_id, Reply):
        return round_id
    return await apply(service.split(ctx.db, actor(req, ctx), round_id, article_id, reason), req, ctx)


async def _set_hidden(req: Request, ctx: Context, hidden: bool) -> Reply:
    main, reason = split_reason(req.args)
    words = main.split()
    article_id = command_number(words[0]) if len(words) == 1 else None
    if article_id is None:
        return usage(req, ctx, HIDE_USAGE)
    return await apply(service.set_hidden(ctx.db, actor(req, ctx), article_id, hidden, reason), req, ctx)


async def hide(req: Request, ctx: Context) -> Reply:
    """/hide 12: an article that is not a report stops counting anywhere."""
    return await _set_hidden(req, ctx, True)


async def unhide(req: Request, ctx: Context) -> Reply:
    """/unhide 12: a hidden article counts again."""
    return await _set_hidden(req, ctx, False)
