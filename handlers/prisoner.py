"""/prisoner <name>: status, since when, sentence, other spellings and the latest mentions."""

from __future__ import annotations

import asyncio
from functools import lru_cache

from bot.commands import command_number
from bot.directory import Found
from bot.facts import Prisoner, StatusEntry
from bot.i18n import FORMATTED_KEPT, Translator
from bot.names import CONFIDENT
from bot.render.links import safe_url
from bot.reply import Button, Reply, Span, bold, link, text
from handlers.base import Context, Request
from handlers.freshness import freshness

MAX_QUERY = 100
MAX_EARLIER = 3


def status_text(status: str, ctx: Context) -> str:
    _ = ctx.i18n.gettext
    return {"held": _("held"), "released": _("released"), "died": _("died in custody"),
            "abroad": _("freed and taken abroad"), "new_case": _("held, with a new case or sentence"),
            "unknown": _("status unknown")}.get(status, status)


def role_text(role: str, ctx: Context) -> str:
    _ = ctx.i18n.gettext
    return {"released": _("named as released"), "still_held": _("named as still held"),
            "other": _("mentioned")}.get(role, role)


async def prisoner(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    query = req.args.strip()
    if not query:
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}prisoner Bialiatski"))
    found = find_person(query, req, ctx)
    return found if isinstance(found, Reply) else await prisoner_card(found, ctx)


def find_person(query: str, req: Request, ctx: Context, command: str = "prisoner") -> Prisoner | Reply:
    """The one person a query names ("#12", or a name in any spelling), or the reply to send instead:
    near-ties offered as choices, closest names when no one matches; the buttons repeat `command`."""
    _ = ctx.i18n.gettext
    if len(query) > MAX_QUERY:
        return Reply().add(_("That name is too long. Please send a shorter request."))
    number = command_number(query) if query.startswith("#") else None
    if number is not None:
        chosen = ctx.directory.get(number)
        if chosen is None:
            return Reply().add(_("No one with that number is in the registry."))
        return chosen
    lookup = ctx.directory.lookup(query)
    if lookup.match:
        return lookup.match.prisoner
    if len(lookup.candidates) > 1 and lookup.candidates[0].score >= CONFIDENT:
        return choose_between(lookup.candidates, req, ctx, command)
    reply = Reply().add(_("No one named “{query}” is in the registry.").format(query=query))
    if lookup.candidates:
        names = ", ".join(c.prisoner.name_in(ctx.i18n.language) for c in lookup.candidates)
        reply.add(_("Closest names: {names}").format(names=names))
        reply.buttons.extend(_buttons(lookup.candidates, ctx, command))
    return reply


def choose_between(candidates: list[Found], req: Request, ctx: Context, command: str = "prisoner") -> Reply:
    _ = ctx.i18n.gettext
    reply = Reply().add(_("Several people match. Which one do you mean?"))
    for found in candidates:
        reply.add(f"{req.prefix}{command} #{found.prisoner.id} — ", bold(found.prisoner.name_in(ctx.i18n.language)))
    reply.buttons.extend(_buttons(candidates, ctx, command))
    return reply


def _buttons(candidates: list[Found], ctx: Context, command: str) -> list[Button]:
    return [Button(label=c.prisoner.name_in(ctx.i18n.language), command=f"/{command} #{c.prisoner.id}")
            for c in candidates]


async def prisoner_card(person: Prisoner, ctx: Context) -> Reply:
    """Everything the bot knows about one prisoner, in the reply's language."""
    _ = ctx.i18n.gettext
    language = ctx.i18n.language
    reply = Reply().add(bold(person.name_in(language)))
    others = [n for n in person.all_names if n != person.name_in(language)]
    if others:
        reply.add(_("Also written: {names}").format(names=", ".join(others[:8])))
    # The card's three reads wait on the database thread together, not one after another.
    statuses, mentions, fresh = await asyncio.gather(ctx.db.prisoners.statuses(person.id),
                                                     ctx.db.prisoners.mentions(person.id),
                                                     freshness(ctx, warn_when_stale=False))
    if statuses:
        reply.add(text(_("Status: ")), *status_spans(statuses[0], ctx))
        earlier = _earlier_statuses(statuses)
        if earlier:
            reply.add(_("Before that:"))
            for entry in earlier[:MAX_EARLIER]:
                reply.add("• ", *status_spans(entry, ctx))
    else:
        reply.add(_("Status: "), bold(status_text("unknown", ctx)))
    if person.sentence:
        reply.add(_("Sentence: {sentence}").format(sentence=person.sentence))
    if mentions:
        reply.blank().add(_("Latest reports:"))
        for m in mentions:
            date = ctx.i18n.date(m.published) if m.published else ""
            reply.add("• ", link(m.outlet, m.url), text(f", {date}" if date else ""),
                      text(f" — {role_text(m.role, ctx)}"))
    return reply.extend(fresh)


def status_spans(entry: StatusEntry, ctx: Context) -> list[Span]:
    """"released (since 21 June 2025) — Meduza"."""
    spans = [bold(status_text(entry.status, ctx))]
    if entry.since:
        spans.append(text(" (" + _since(ctx.i18n, entry.since) + ")"))
    if entry.source:
        spans.extend([text(" — "), link(entry.source, safe_url(entry.url))])
    return spans


@lru_cache(maxsize=FORMATTED_KEPT)
def _since(i18n: Translator, value: str) -> str:
    # Babel's date formatting was about a fifth of a card's time; the same dates recur (the registry's,
    # a round's), and the phrase depends on nothing but the date and the language.
    return i18n.since(value)


def _earlier_statuses(statuses: list[StatusEntry]) -> list[StatusEntry]:
    """The statuses before the current one, one per change (the same status from several reports once)."""
    earlier: list[StatusEntry] = []
    for entry in statuses[1:]:
        previous = earlier[-1] if earlier else statuses[0]
        if entry.status != previous.status:
            earlier.append(entry)
    return earlier
