"""/watch, /watching, /unwatch: a private chat hears once when a watched person's status changes.

The chat's watches are stored only as keyed hashes (bot/watch/keys.py); to list them the bot
recomputes the hash of every prisoner for this chat and keeps the ones that match.
"""

from __future__ import annotations

import asyncio

from bot.facts import Prisoner
from bot.reply import Button, Reply, bold, text
from bot.watch.keys import WatchKeys, watch_keys
from handlers.base import Context, Request
from handlers.prisoner import find_person, status_spans

MAX_WATCHES = 20


def _refusal(req: Request, ctx: Context) -> Reply | None:
    """Why this chat cannot watch anyone (a group, or no secret configured); None when it can."""
    _ = ctx.i18n.gettext
    if req.chat_kind != "private":
        if req.platform == "matrix":
            message = _("Watches are private: send {command} to me in a direct chat. Nothing was stored here.")
        else:
            message = _("Watches are private: send {command} to me in a private chat. Nothing was stored here.")
        return Reply().add(message.format(command=f"{req.prefix}{req.command}"))
    if watch_keys(ctx.config.watch_secret) is None:
        return Reply().add(_("Watching is not available on this bot: its operator has not set it up yet."))
    return None


def _keys(ctx: Context) -> WatchKeys:
    keys = watch_keys(ctx.config.watch_secret)
    assert keys is not None  # _refusal() answered first
    return keys


def _named(req: Request, ctx: Context) -> Prisoner | Reply:
    """The one person the command names, or the reply instead: a refusal, near-ties to choose from
    (their buttons repeat the command), or no one by that name."""
    return _refusal(req, ctx) or find_person(req.args.strip(), req, ctx, req.command)


async def watch(req: Request, ctx: Context) -> Reply:
    """/watch <name>: find the person like /prisoner, store the watch, confirm with their status now."""
    _ = ctx.i18n.gettext
    if not req.args.strip():
        return _refusal(req, ctx) or Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}watch Bialiatski"))
    found = _named(req, ctx)
    if isinstance(found, Reply):
        return found
    name = found.name_in(ctx.i18n.language)
    person = _keys(ctx).person(req.platform, req.chat_id, found.id)
    async with ctx.db.transaction():
        watched = await ctx.db.watches.of_chat(req.platform, req.chat_id)
        if person in watched:
            return Reply().add(_("You already watch {name}.").format(name=name))
        if len(watched) >= MAX_WATCHES:
            return Reply().add(ctx.i18n.ngettext(
                "You watch {count} person already, the most one chat may watch. Stop one with {command} first.",
                "You watch {count} people already, the most one chat may watch. Stop one with {command} first.",
                len(watched)).format(count=ctx.i18n.number(len(watched)), command=f"{req.prefix}unwatch"))
        await ctx.db.watches.add(req.platform, req.chat_id, person, ctx.i18n.language, ctx.today.isoformat())
    reply = Reply().add(bold(_("You are now watching {name}.").format(name=name)))
    statuses = await ctx.db.prisoners.statuses(found.id)
    if statuses:
        reply.add(text(_("Status: ")), *status_spans(statuses[0], ctx))
    reply.add(_("I will write here once when their status changes: released or pardoned, freed and taken "
                "abroad, back in custody, a new case or sentence, or died in custody, and only once the news is "
                "confirmed. If the news is withdrawn, I will tell you."))
    return reply.add(_("Your watches: {watching}. To stop: {unwatch}.").format(
        watching=f"{req.prefix}watching", unwatch=f"{req.prefix}unwatch {name}"))


async def watching(req: Request, ctx: Context) -> Reply:
    """/watching: the chat's watches, each with a button to stop it."""
    _ = ctx.i18n.gettext
    refusal = _refusal(req, ctx)
    if refusal is not None:
        return refusal
    people = await watched_people(req, ctx)
    if not people:
        return Reply().add(_("You watch no one. Start with {usage}.").format(usage=f"{req.prefix}watch Bialiatski"))
    reply = Reply().add(bold(ctx.i18n.ngettext("You watch {count} person:", "You watch {count} people:",
                                               len(people)).format(count=ctx.i18n.number(len(people)))))
    for person in people:
        reply.add(f"• {person.name_in(ctx.i18n.language)} — {req.prefix}unwatch #{person.id}")
    reply.buttons.extend(_stop_buttons(people, ctx))
    return reply


async def unwatch(req: Request, ctx: Context) -> Reply:
    """/unwatch <name>: stop one watch (without a name: the list, with buttons to stop each)."""
    _ = ctx.i18n.gettext
    if not req.args.strip():
        return await watching(req, ctx)
    found = _named(req, ctx)
    if isinstance(found, Reply):
        return found
    name = found.name_in(ctx.i18n.language)
    async with ctx.db.transaction():
        removed = await ctx.db.watches.remove(req.platform, req.chat_id,
                                              _keys(ctx).person(req.platform, req.chat_id, found.id))
    if not removed:
        return Reply().add(_("You were not watching {name}.").format(name=name))
    return Reply().add(_("You no longer watch {name}.").format(name=name))


async def watched_people(req: Request, ctx: Context) -> list[Prisoner]:
    """The people this chat watches: every prisoner's hash for this chat, kept where it matches."""
    watched = await ctx.db.watches.of_chat(req.platform, req.chat_id)
    if not watched:
        return []
    keys = _keys(ctx)
    everyone = await ctx.db.prisoners.ids()
    # One hash per prisoner: a registry of 200,000 people takes a fraction of a second, off the event loop.
    ids = await asyncio.to_thread(
        lambda: [pid for pid in everyone if keys.person(req.platform, req.chat_id, pid) in watched])
    people = [p for p in (ctx.directory.get(pid) for pid in ids) if p is not None]
    return sorted(people, key=lambda p: p.name_in(ctx.i18n.language))


def _stop_buttons(people: list[Prisoner], ctx: Context) -> list[Button]:
    _ = ctx.i18n.gettext
    return [Button(label=_("Stop watching {name}").format(name=p.name_in(ctx.i18n.language)),
                   command=f"/unwatch #{p.id}") for p in people]
