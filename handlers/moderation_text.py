"""How moderation is phrased: refusals, what a change did, and the way back (shared by the handlers)."""

from __future__ import annotations

import re
from collections.abc import Awaitable

from bot.i18n import N_
from bot.moderation import Actor, Change, Refused
from bot.reply import Reply, Span, bold, italic, text
from bot.storage.audit import FORGOTTEN, AuditEntry
from bot.watch.keys import watch_keys
from bot.watch.notify import notify_watchers
from handlers.base import Context, Request
from handlers.format import field_name, value_text
from handlers.prisoner import status_text
from handlers.rounds import round_places

# Everything after " — " (or " -- ") is the moderator's reason, kept in the audit log.
_REASON = re.compile(r"\s+(?:—|–|--)\s*")

REFUSALS = {
    "no_round": N_("There is no round #{round}. Send {rounds} to see the rounds and their numbers."),
    "no_correction": N_("Round #{round} has no correction of that field to remove."),
    "same_value": N_("Round #{round} already has that corrected value."),
    "same_round": N_("That is the same round twice (#{round}). Give two different rounds."),
    "not_in_round": N_("Article #{article} is not in round #{round}. Send {round_command} to see its articles."),
    "only_article": N_("Article #{article} is the only report of round #{round}: there is nothing to split off."),
    "no_article": N_("There is no article #{article}."),
    "already_hidden": N_("Article #{article} is already hidden."),
    "not_hidden": N_("Article #{article} is not hidden."),
    "no_prisoner": N_("No one with number #{prisoner} is in the registry."),
    "bad_source": N_("Please give the source: a link or a name (at most 200 characters)."),
    "bad_alias": N_("Please give an alias of at most 100 characters."),
    "alias_exists": N_("“{alias}” is already a name of prisoner #{prisoner}."),
    "already_moderator": N_("{user} is already a moderator."),
    "not_moderator": N_("{user} is not a moderator."),
    "nothing_to_undo": N_("You have no change left to undo."),
    "cannot_undo": N_("Change #{entry} cannot be undone."),
    "changed_since": N_("Change #{entry} was changed again since, so it was not undone. Send {audit} to see why."),
    "already_approved": N_("Round #{round} is already approved."),
    "already_rejected": N_("Round #{round} is already rejected."),
}


def split_reason(args: str) -> tuple[str, str | None]:
    """"3 women 4 — two outlets miscounted" → ("3 women 4", "two outlets miscounted")."""
    parts = _REASON.split(args, maxsplit=1)
    reason = parts[1].strip() if len(parts) > 1 else None
    return parts[0].strip(), reason or None


def actor(req: Request, ctx: Context) -> Actor:
    return Actor(id=req.actor, now=ctx.now_iso)


def usage(req: Request, ctx: Context, *lines: str) -> Reply:
    """The correct way to write a command, with its placeholders translated."""
    _ = ctx.i18n.gettext
    reply = Reply().add(_("Usage: {usage}").format(usage=req.prefix + req.command + " " + _(lines[0])))
    for line in lines[1:]:
        reply.add(line)
    return reply


def refused(exc: Refused, req: Request, ctx: Context, places: dict[int, int] | None = None) -> Reply:
    message = ctx.i18n.gettext(REFUSALS[exc.code])
    params = dict(exc.params)
    if "round" in params:
        params["round"] = (places or {}).get(params["round"], params["round"])
    return Reply().add(message.format(**params, rounds=f"{req.prefix}rounds", audit=f"{req.prefix}audit",
                                      round_command=f"{req.prefix}round {params.get('round', '')}"))


async def apply(change: Awaitable[Change], req: Request, ctx: Context) -> Reply:
    """Run a change and answer with what changed and how to revert it (or why nothing changed)."""
    # Rounds are named by their place in /rounds as it was when the moderator typed the command; a
    # round that a split creates gets its new place.
    places = await round_places(ctx)
    try:
        # The change and its posts' new content commit together: a crash between the two would leave,
        # say, a rejected round whose posts are never retracted.
        async with ctx.db.transaction():
            done = await change
            for round_id in done.rounds:
                await ctx.notify_round_changed(round_id)
            # A /status (or any change to a round) may change a watched person's trusted status.
            await notify_watchers(ctx.db, watch_keys(ctx.config.watch_secret), ctx.now)
    except Refused as exc:
        return refused(exc, req, ctx, places)
    _ = ctx.i18n.gettext
    reply = Reply().add(*describe(done.entry, ctx, {**await round_places(ctx), **places}))
    if done.entry.reason:
        reply.add(_("Reason: {reason}").format(reason=done.entry.reason))
    return reply.add(italic(_("Send {undo} to revert.").format(undo=f"{req.prefix}undo")))


def field_label(field: str, ctx: Context) -> str:
    return field_name(field, ctx.i18n)


def _value(field: str, value: object, ctx: Context) -> str:
    if value is None:
        return ctx.i18n.gettext("not known")
    return value_text(field, value, ctx.i18n)


def _prisoner_name(prisoner_id: int, ctx: Context) -> str:
    person = ctx.directory.get(prisoner_id)
    return person.name_in(ctx.i18n.language) if person else f"#{prisoner_id}"


def status_word(status: str | None, ctx: Context) -> str:
    return status_text(status or "unknown", ctx)


def person(platform_id: str, ctx: Context) -> str:
    """A user as the audit log shows them: "telegram:12345", or a mark for someone who used /forget."""
    if platform_id == FORGOTTEN:
        return ctx.i18n.gettext("[forgotten user]")
    return platform_id


def describe(entry: AuditEntry, ctx: Context, places: dict[int, int] | None = None) -> list[Span]:
    """One sentence saying what a change did, with the state before and after; rounds are named by their
    place in /rounds (`places`: round id → place), a round no longer in the list by its stored id."""
    _ = ctx.i18n.gettext
    b, a = entry.before or {}, entry.after or {}

    def number(round_id: int) -> int:
        return (places or {}).get(round_id, round_id)

    if entry.action == "correct":
        field = a["field"]
        template = (_("Round #{round}: {field} is now {after} (was {before}).") if a["value"] is not None else
                    _("Round #{round}: the correction of {field} was removed; it is {after} again (was {before})."))
        return [text(template.format(round=number(a["round"]), field=field_label(field, ctx),
                                     after=_value(field, a["shown"], ctx), before=_value(field, b["shown"], ctx)))]
    if entry.action == "merge":
        n = len(b["articles"])
        return [text(ctx.i18n.ngettext("Round #{other} was merged into round #{into}: {n} report moved.",
                                       "Round #{other} was merged into round #{into}: {n} reports moved.",
                                       n).format(
            other=number(b["from"]), into=number(b["into"]), n=ctx.i18n.number(n)))]
    if entry.action == "split":
        return [text(_("Article #{article} was moved out of round #{round} into the new round #{new}.").format(
            article=a["article"], round=number(b["round"]), new=number(a["round"])))]
    if entry.action in ("hide", "unhide"):
        template = (_("Article #{article} ({outlet}) is hidden: its figures no longer count.") if a["hidden"] else
                    _("Article #{article} ({outlet}) is shown again: its figures count again."))
        return [text(template.format(article=a["article"], outlet=a["outlet"]))]
    if entry.action == "status":
        # {since} is a whole phrase ("since 1 February 2025", "з 1 лютага 2025 г."): see Translator.since.
        return [text(_("{name} (#{prisoner}): status set to “{status}” {since}, source: {source} "
                       "(was “{before}”).").format(
            name=_prisoner_name(a["prisoner"], ctx), prisoner=a["prisoner"], status=status_word(a["status"], ctx),
            since=ctx.i18n.since(a["since"]), source=a["source"], before=status_word(b.get("status"), ctx)))]
    if entry.action == "alias":
        return [text(_("{name} (#{prisoner}) can now also be found as “{alias}”.").format(
            name=_prisoner_name(a["prisoner"], ctx), prisoner=a["prisoner"], alias=a["alias"]))]
    if entry.action in ("mod_add", "mod_remove"):
        user = person(FORGOTTEN if a["user"] == FORGOTTEN else f"{a['platform']}:{a['user']}", ctx)
        template = _("{user} is now a moderator.") if a["moderator"] else _("{user} is no longer a moderator.")
        return [text(template.format(user=user))]
    if entry.action == "approve":
        return [text(_("Round #{round} is approved: it counts as checked by a moderator.").format(
            round=number(a["round"])))]
    if entry.action == "reject":
        rejected = _("Round #{round} is rejected: it is no longer shown, and its posts become a retraction.")
        return [text(rejected.format(round=number(a["round"])))]
    if entry.action == "undo":
        return [text(_("Change #{entry} was undone.").format(entry=entry.target.removeprefix("audit:")))]
    return [bold(entry.action), text(f" {entry.target}")]
