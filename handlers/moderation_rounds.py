"""Moderator commands on rounds: /correct, /merge, /split, /hide and /unhide."""

from __future__ import annotations

from bot.commands import command_number
from bot.i18n import N_
from bot.moderation import rounds as service
from bot.moderation.fields import COMMAND_FIELD_NAMES, parse_field, parse_value
from bot.reply import Reply
from bot.round_refs import parse_round_ref, resolve
from handlers.base import Context, Request
from handlers.moderation_text import actor, apply, split_reason, usage
from handlers.round_detail import not_one_round
from handlers.rounds import rounds_oldest_first

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
    ref = parse_round_ref(word)
    if ref is None:
        return None
    found = resolve(ref, await rounds_oldest_first(ctx))
    if len(found.matches) != 1:
        return not_one_round(found, word, req, ctx)
    return found.matches[0][1].id


async def correct(req: Request, ctx: Context) -> Reply:
    """/correct 3 women 4 — the moderator's value for one field of a round wins over every report."""
    main, reason = split_reason(req.args)
    words = main.split()
    if len(words) != 3:
        return usage(req, ctx, CORRECT_USAGE, _fields_line(ctx))
    round_id, field = await _round_id(words[0], req, ctx), parse_field(words[1])
    if round_id is None or field is None:
        return usage(req, ctx, CORRECT_USAGE, _fields_line(ctx))
    if isinstance(round_id, Reply):
        return round_id
    if words[2] in ("-", "clear", "none"):
        value = None
    else:
        value = parse_value(field, words[2], ctx.today)
        if value is None:
            _ = ctx.i18n.gettext
            return Reply().add(_("“{value}” is not a valid value here.").format(value=words[2][:40])).add(
                _fields_line(ctx))
    return await apply(service.correct(ctx.db, actor(req, ctx), round_id, field, value, reason), req, ctx)


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
