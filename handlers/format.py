"""Shared pieces of replies: qualified figures, sources as links, dates, round summaries."""

from __future__ import annotations

from babel.lists import format_list

from bot.facts import ChosenValue, CountPoint, RoundView, Source
from bot.i18n import Translator
from bot.reconcile.trust import RoundTrust
from bot.reply import Reply, Span, bold, italic, link, text


def people(n: int, qualifier: str, i18n: Translator) -> str:
    """"over 200 people", with the plural form (and case) each language needs after its qualifier."""
    num = i18n.number(n)
    if qualifier == "over":
        return i18n.ngettext("over {n} person", "over {n} people", n).format(n=num)
    if qualifier == "nearly":
        return i18n.ngettext("nearly {n} person", "nearly {n} people", n).format(n=num)
    if qualifier == "about":
        return i18n.ngettext("about {n} person", "about {n} people", n).format(n=num)
    if qualifier == "at_least":
        return i18n.ngettext("at least {n} person", "at least {n} people", n).format(n=num)
    return i18n.ngettext("{n} person", "{n} people", n).format(n=num)


def figure(n: int, qualifier: str, i18n: Translator) -> str:
    """A bare figure with its qualifier: "nearly 1,300"."""
    _, num = i18n.gettext, i18n.number(n)
    return {
        "over": _("over {n}"), "nearly": _("nearly {n}"), "about": _("about {n}"), "at_least": _("at least {n}"),
    }.get(qualifier, "{n}").format(n=num)


# Who states a figure, as the extractor normalises it, in each reply language.
_STATED_BY = {
    "viasna": {"en": "Viasna", "be": "«Вясна»", "ru": "«Весна»"},
    "human rights groups": {"en": "human rights groups", "be": "праваабаронцы", "ru": "правозащитники"},
}


def stated_by_name(who: str, language: str) -> str:
    """A well-known source's name in the reply's language; others as written."""
    return _STATED_BY.get(who.casefold(), {}).get(language, who)


def source_spans(sources: list[Source], i18n: Translator, limit: int = 4, with_stated_by: bool = True) -> list[Span]:
    """Outlets as links, "Viasna via AP" where the outlet quotes someone else's figure."""
    spans: list[Span] = []
    for i, source in enumerate(sources[:limit]):
        if i:
            spans.append(text(", "))
        if with_stated_by and source.stated_by and source.stated_by.casefold() != source.outlet.casefold():
            who = stated_by_name(source.stated_by, i18n.language)
            spans.append(text(i18n.gettext("{who} via ").format(who=who)))
        spans.append(link(source.outlet, source.url))
    if len(sources) > limit:
        spans.append(text(i18n.gettext(" and {n} more").format(n=i18n.number(len(sources) - limit))))
    return spans


def value_text(field: str, value: int | str, i18n: Translator) -> str:
    if field == "event_date":
        return i18n.date(str(value))
    return i18n.number(int(value))


def chosen_spans(field: str, chosen: ChosenValue, i18n: Translator, as_people: bool = False) -> list[Span]:
    """The chosen value, then "(51 and 50 in other reports)" with each other value linked to a source."""
    main = people(int(chosen.value), chosen.qualifier, i18n) if as_people else value_text(field, chosen.value, i18n)
    spans = [bold(main)]
    if chosen.rule == "correction":
        spans.append(italic(" " + i18n.gettext("(corrected by a moderator)")))
    if not chosen.others:
        return spans
    marker = "\x00"
    # Babel joins the values the way each language lists things ("51 and 50", "51 и 50", "51 і 50").
    joined = format_list([marker] * len(chosen.others), locale=i18n.locale)
    template = i18n.gettext("({values} in other reports)")
    before, _, after = template.partition("{values}")
    spans.append(text(" " + before))
    pieces = joined.split(marker)
    for piece, (value, sources) in zip(pieces, chosen.others, strict=False):
        if piece:
            spans.append(text(piece))
        first = sources[0] if sources else None
        spans.append(link(value_text(field, value, i18n), first.url if first else None))
    if pieces[-1]:
        spans.append(text(pieces[-1]))
    spans.append(text(after))
    return spans


def makeup_labels(i18n: Translator) -> dict[str, str]:
    _ = i18n.gettext
    return {"women": _("Women"), "men": _("Men"), "chronically_ill": _("Chronically ill"),
            "disabled": _("With disabilities"), "over_50": _("Over 50"), "with_children": _("Parents")}


def date_line(view: RoundView, i18n: Translator) -> list[Span]:
    """The round's date as precisely as it is known: "11 September 2025", "December 2024 (day not
    known)", "24 January 2025 (date of the first report)"."""
    _ = i18n.gettext
    date = view.date
    if not date:
        return [bold(_("not known"))]
    shown = i18n.date(date)
    if len(date) == 4:
        return [bold(shown), text(" " + _("(month and day not known)"))]
    if len(date) < 10:
        return [bold(shown), text(" " + _("(day not known)"))]
    if view.date_precision == "publication":
        return [bold(shown), text(" " + _("(date of the first report)"))]
    return [bold(shown)]


def ordinal(n: int, language: str) -> str:
    """"the 8th", "8-й", "8-ы": an outlet's number for a round, as each language writes an ordinal numeral."""
    if language == "ru":
        return f"{n}-й"
    if language == "be":
        # другі, трэці take -і; every other ordinal (and 12th, 13th) ends in -ы.
        return f"{n}-і" if n % 10 in (2, 3) and n % 100 not in (12, 13) else f"{n}-ы"
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suffix}"


def ordinal_spans(chosen: ChosenValue, i18n: Translator) -> list[Span]:
    """"the 8th by The Kyiv Independent, the 7th by rks.news": each outlet's number, as that outlet's."""
    _ = i18n.gettext
    spans: list[Span] = []
    for value, sources in [(chosen.value, chosen.sources), *chosen.others]:
        if spans:
            spans.append(text("; "))
        label = ordinal(int(value), i18n.language)
        if not sources:
            spans.extend([text(label), italic(" " + _("(corrected by a moderator)"))])
            continue
        before, _sep, after = _("{ordinal} by {outlets}").format(ordinal=label, outlets="\x00").partition("\x00")
        spans.append(text(before))
        spans.extend(source_spans(sources, i18n, limit=3, with_stated_by=False))
        if after:
            spans.append(text(after))
    return spans


def field_heading(field: str, i18n: Translator) -> str:
    """A round's field at the start of a line: "Released: ", "Women: "."""
    _ = i18n.gettext
    headings = {"event_date": _("Date: "), "pardoned": _("Released: "), "round_ordinal": _("Numbered by outlets: ")}
    headings.update({k: f"{v}: " for k, v in makeup_labels(i18n).items()})
    return headings[field]


def field_name(field: str, i18n: Translator) -> str:
    """A round's field as a word inside a sentence: "number released", "women"."""
    _ = i18n.gettext
    names = {"event_date": _("date"), "pardoned": _("number released"), "round_ordinal": _("round number")}
    names.update({k: v.lower() for k, v in makeup_labels(i18n).items()})
    return names.get(field, field)


def reasons_text(why: tuple[str, ...], i18n: Translator) -> str:
    """Why a round waits for review, in words: "a new round; reports disagree on number released"."""
    _ = i18n.gettext
    words = []
    for reason in why:
        kind, _sep, field = reason.partition(":")
        if kind == "new_round":
            words.append(_("a new round"))
        elif kind == "conflict":
            words.append(_("reports disagree on {field}").format(field=field_name(field, i18n)))
        elif kind == "low":
            words.append(_("the extractor is unsure of {field}").format(field=field_name(field, i18n)))
    return "; ".join(words)


def round_state(trust: RoundTrust, i18n: Translator) -> str:
    """How far a round can be trusted, in words: "one report so far", "confirmed by 3 outlets"."""
    _ = i18n.gettext
    if trust.state == "reported":
        if trust.sources <= 1:
            return _("one report so far, not confirmed yet")
        return i18n.ngettext("{n} report so far, not confirmed yet", "{n} reports so far, not confirmed yet",
                             trust.sources).format(n=i18n.number(trust.sources))
    if trust.state == "confirmed":
        if trust.basis == "official":
            return _("confirmed by an official announcement")
        if trust.basis == "rights_group":
            return _("confirmed by a human rights group's own report")
        if trust.basis == "record":
            return _("confirmed: in Pardon Watch's checked record of past rounds")
        return i18n.ngettext("confirmed by {n} outlet", "confirmed by {n} outlets", trust.sources).format(
            n=i18n.number(trust.sources))
    return {"approved": _("checked by a moderator"), "corrected": _("corrected by a moderator"),
            "rejected": _("rejected by a moderator")}[trust.state]


def round_state_line(trust: RoundTrust, i18n: Translator) -> list[Span]:
    """"Status: confirmed by 3 outlets", for the line under a round's title."""
    return [text(i18n.gettext("Status: ")), italic(round_state(trust, i18n))]


def round_details(view: RoundView, i18n: Translator) -> Reply:
    """The full description of one round: date, number released, make-up, outlets' numbering, sources."""
    _ = i18n.gettext
    reply = Reply()
    reply.add(_("Date: "), *date_line(view, i18n))
    if "event_date" in view.fields and view.fields["event_date"].others:
        reply.lines[-1].extend(chosen_spans("event_date", view.fields["event_date"], i18n)[1:])
    if "pardoned" in view.fields:
        reply.add(_("Released: "), *chosen_spans("pardoned", view.fields["pardoned"], i18n, as_people=True))
    labels = makeup_labels(i18n)
    for field, label in labels.items():
        if field in view.fields:
            reply.add(f"{label}: ", *chosen_spans(field, view.fields[field], i18n))
    if "round_ordinal" in view.fields:
        reply.add(_("Numbered by outlets: "), *ordinal_spans(view.fields["round_ordinal"], i18n))
    reply.add(_("Sources: "), *source_spans(view.sources, i18n, with_stated_by=False))
    return reply


def round_summary(view: RoundView, i18n: Translator) -> list[Span]:
    """One line for a list of rounds: date, number released, first source."""
    _ = i18n.gettext
    date = view.date
    spans: list[Span] = [bold(i18n.date(date) if date else _("date not known")), text(" — ")]
    if "pardoned" in view.fields:
        spans.extend(chosen_spans("pardoned", view.fields["pardoned"], i18n, as_people=True))
    else:
        spans.append(text(_("number not known")))
    first = view.sources[0] if view.sources else None
    if first:
        spans.extend([text(" · "), link(first.outlet, first.url)])
    return spans


def count_spans(point: CountPoint, i18n: Translator) -> list[Span]:
    """"nearly 1,300 — Viasna via The Kyiv Independent, 18 January 2025"."""
    spans: list[Span] = [bold(figure(point.value, point.qualifier, i18n)), text(" — ")]
    spans.extend(source_spans([point.source], i18n))
    spans.append(text(", " + i18n.date(point.as_of)))
    return spans
