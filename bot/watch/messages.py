"""The message a watching chat gets: a status change with its round, date, source and evidence, or a
short correction when the change it was told of is withdrawn."""

from __future__ import annotations

from bot.facts import Prisoner
from bot.i18n import Translator
from bot.render.links import safe_url
from bot.reply import Reply, bold, italic, link, text
from bot.storage.notices import StatusRow
from bot.watch.changes import StatusChange

PREFIXES = {"matrix": "!"}  # how commands are written on each platform ("/" elsewhere)


def _status_word(status: str, i18n: Translator) -> str:
    _ = i18n.gettext
    return {"released": _("released"), "held": _("held"), "died": _("died in custody"),
            "abroad": _("freed and taken abroad"), "new_case": _("held, with a new case or sentence"),
            "unknown": _("status unknown")}.get(status, status)


def _headline(status: str, name: str, i18n: Translator) -> str:
    _ = i18n.gettext
    return {
        "released": _("{name} has been released."),
        "died": _("{name} has died in custody."),
        "held": _("{name} is in custody again."),
        "abroad": _("{name} has been freed and taken abroad."),
        "new_case": _("{name} faces a new criminal case or has been given a new sentence."),
    }.get(status, _("{name}: the status is no longer known.")).format(name=name)


def notification(change: StatusChange, person: Prisoner, round_number: int | None, evidence: str | None,
                 platform: str, i18n: Translator) -> Reply:
    """The message about one change, in the reader's language."""
    _ = i18n.gettext
    name = person.name_in(i18n.language)
    current = change.current
    if change.correction:
        was = change.withdrawn.status if change.withdrawn else "unknown"
        reply = Reply().add(bold(_("Correction about {name}:").format(name=name)), text(" "),
                            text(_("the news I sent you earlier ({status}) is withdrawn: it is not confirmed any"
                                   " more.").format(status=_status_word(was, i18n))))
        reply.add(text(_("Status now: ")), bold(_status_word(current.status if current else "unknown", i18n)),
                  text(f" ({i18n.since(current.since)})" if current and current.since else ""))
    else:
        assert current is not None  # a change (not a correction) is always to a trusted status
        reply = Reply().add(bold(_headline(current.status, name, i18n)))
        _details(reply, current, round_number, evidence, i18n)
    prefix = PREFIXES.get(platform, "/")
    return reply.add(_("Everything known: {prisoner}. Stop watching: {unwatch}.").format(
        prisoner=f"{prefix}prisoner #{person.id}", unwatch=f"{prefix}unwatch #{person.id}"))


def _details(reply: Reply, current: StatusRow, round_number: int | None, evidence: str | None,
             i18n: Translator) -> None:
    _ = i18n.gettext
    if current.since:
        reply.add(text(_status_word(current.status, i18n) + " " + i18n.since(current.since)))
    if round_number is not None:
        reply.add(_("Pardon round #{number}").format(number=round_number))
    if current.origin == "moderator":
        reply.add(_("Set by a moderator of this bot."))
    if current.source:
        reply.add(text(_("Sources: ")), link(current.source, safe_url(current.url)))
    if evidence:
        reply.add(italic(f"“{evidence}”"))
