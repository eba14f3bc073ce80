"""The review card: a round as moderators judge it — its figures, each with the sentence it was read
from and the source's link, why it waits, and buttons to approve, reject or correct it."""

from __future__ import annotations

import datetime as dt

from bot.facts import Claim, RoundView, Source
from bot.i18n import Translator
from bot.reply import Button, Reply, Span, bold, italic, link, text
from bot.review.states import RoundUnderReview
from bot.storage.audit import FORGOTTEN
from bot.storage.reviews import Review
from handlers.format import (
    chosen_spans,
    date_line,
    field_heading,
    makeup_labels,
    ordinal_spans,
    reasons_text,
    round_state_line,
    source_spans,
    value_text,
)

MAX_EVIDENCE = 200  # characters of an evidence sentence on a card (a card must stay one message)
MAX_OTHER_VALUES = 2  # other reports' values quoted under a figure


def _evidence(sources: list[Source], prefix: str, unsure: bool, i18n: Translator) -> list[Span]:
    """"    “the sentence” — Outlet": where a value was read; empty when no report quotes one."""
    source = next((s for s in sources if s.evidence), None)
    if source is None:
        return []
    sentence = source.evidence if len(source.evidence) <= MAX_EVIDENCE else source.evidence[:MAX_EVIDENCE - 1] + "…"
    spans = [text("    " + prefix), italic(f"“{sentence}”"), text(" — "), link(source.outlet, source.url)]
    if unsure:
        spans.append(italic(" " + i18n.gettext("(the extractor is unsure)")))
    return spans


def _value_spans(view: RoundView, field: str, i18n: Translator) -> list[Span]:
    """A figure's value as the round's other views show it: the date with its precision, outlets'
    numbering as theirs."""
    if field == "event_date":
        return date_line(view, i18n)
    if field == "round_ordinal":
        return ordinal_spans(view.fields[field], i18n)
    return chosen_spans(field, view.fields[field], i18n, as_people=field == "pardoned")


def _figure_lines(view: RoundView, field: str, claims: list[Claim], i18n: Translator) -> list[list[Span]]:
    """A figure, then the sentence behind it and behind each other value reports give."""
    chosen = view.fields[field]
    unsure = {c.value for c in claims if c.field == field and c.confidence == "low"}
    lines = [[text(field_heading(field, i18n)), *_value_spans(view, field, i18n)]]
    if chosen.value in unsure:
        lines[0].append(italic(" " + i18n.gettext("(the extractor is unsure)")))
    lines.append(_evidence(chosen.sources, "", False, i18n))
    for value, sources in chosen.others[:MAX_OTHER_VALUES]:
        lines.append(_evidence(sources, f"{value_text(field, value, i18n)}: ", value in unsure, i18n))
    return [line for line in lines if line]


def _decision(review: Review, i18n: Translator) -> str | None:
    _ = i18n.gettext
    # Someone who used /forget is not named (their cards are edited when they do).
    who = _("[forgotten user]") if review.decided_by == FORGOTTEN else review.decided_by or "?"
    if review.decision == "approved":
        return _("Approved by {who}.").format(who=who)
    if review.decision == "rejected":
        if review.reason:
            return _("Rejected by {who}: {reason}").format(who=who, reason=review.reason)
        return _("Rejected by {who}.").format(who=who)
    return None


def _since(stamp: str, i18n: Translator) -> str:
    moment = dt.datetime.fromisoformat(stamp).astimezone(dt.UTC)
    return f"{i18n.date(moment.date())}, {moment:%H:%M} UTC"


def review_card(current: RoundUnderReview, place: int, ref: str, i18n: Translator, reminder: bool = False) -> Reply:
    """The card for one round in one language. The round is shown by its number in /rounds (`place`), and
    its buttons name it by `ref` (bot/round_refs.py, NumberedRounds.stable_ref); `reminder` adds the line
    that it has waited too long."""
    _ = i18n.gettext
    view, review = current.view, current.review
    reply = Reply()
    if reminder and review.waiting_since:
        reply.add(bold(_("Reminder: this round has waited for review since {since}.").format(
            since=_since(review.waiting_since, i18n))))
    elif reminder:  # decided since: the reminder, already posted, shows the decision
        reply.add(bold(_("Reminder: this round waited for review.")))
    reply.add(bold(_("Review: pardon round #{round}").format(round=place)))
    reply.add(*round_state_line(current.trust, i18n))
    if review.waiting and review.why:
        reply.add(_("Waiting because: {reasons}").format(reasons=reasons_text(review.why, i18n)))
    decision = _decision(review, i18n)
    if decision:
        reply.add(decision)
    reply.blank()
    if "event_date" not in view.fields:  # the round is placed at its first report's publication date
        reply.add(text(field_heading("event_date", i18n)), *date_line(view, i18n))
    for field in ("event_date", "pardoned", *makeup_labels(i18n), "round_ordinal"):
        if field in view.fields:
            for line in _figure_lines(view, field, current.claims, i18n):
                reply.add(*line)
    reply.add(_("Sources: "), *source_spans(view.sources, i18n, limit=8, with_stated_by=False))
    if review.waiting:
        reply.buttons = [Button(_("Approve"), f"/approve {ref}"), Button(_("Reject"), f"/reject {ref}"),
                         Button(_("Correct"), f"/correct {ref}")]
    return reply
