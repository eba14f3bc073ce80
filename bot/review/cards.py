"""The review card: a round as moderators judge it — its figures, each with the sentence it was read
from and the source's link, why it waits, and buttons to approve, reject or correct it."""

from __future__ import annotations

import datetime as dt

from bot.facts import Claim, RoundView
from bot.i18n import Translator
from bot.reconcile.trust import RoundTrust
from bot.reply import Button, Reply, Span, bold, italic, link, text
from bot.storage.reviews import Review
from handlers.format import (
    chosen_spans,
    field_heading,
    makeup_labels,
    reasons_text,
    round_state_line,
    source_spans,
)

MAX_EVIDENCE = 200  # characters of an evidence sentence on a card (a card must stay one message)


def _evidence_line(view: RoundView, field: str) -> list[Span]:
    chosen = view.fields[field]
    source = next((s for s in chosen.sources if s.evidence), None)
    if source is None:
        return []
    sentence = source.evidence if len(source.evidence) <= MAX_EVIDENCE else source.evidence[:MAX_EVIDENCE - 1] + "…"
    return [text("    "), italic(f"“{sentence}”"), text(" — "), link(source.outlet, source.url)]


def _decision(review: Review, i18n: Translator) -> str | None:
    _ = i18n.gettext
    who = review.decided_by or "?"
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


def review_card(view: RoundView, trust: RoundTrust, review: Review, claims: list[Claim], i18n: Translator,
                reminder: bool = False) -> Reply:
    """The card for one round in one language; `reminder` adds the line that it has waited too long."""
    _ = i18n.gettext
    reply = Reply()
    if reminder and review.waiting_since:
        reply.add(bold(_("Reminder: this round has waited for review since {since}.").format(
            since=_since(review.waiting_since, i18n))))
    reply.add(bold(_("Review: pardon round #{round}").format(round=view.id)))
    reply.add(*round_state_line(trust, i18n))
    if review.waiting and review.why:
        reply.add(_("Waiting because: {reasons}").format(reasons=reasons_text(review.why, i18n)))
    decision = _decision(review, i18n)
    if decision:
        reply.add(decision)
    reply.blank()
    unsure = {c.field for c in claims if c.confidence == "low" and view.value(c.field) == c.value}
    if "event_date" not in view.fields:  # the round is placed at its first report's publication date
        reply.add(_("Date: "), bold(i18n.date(view.date) if view.date else _("not known")))
    for field in ("event_date", "pardoned", *makeup_labels(i18n), "round_ordinal"):
        if field not in view.fields:
            continue
        line = [text(field_heading(field, i18n)), *chosen_spans(field, view.fields[field], i18n, as_people=field == "pardoned")]
        if field in unsure:
            line.append(italic(" " + _("(the extractor is unsure)")))
        reply.add(*line)
        evidence = _evidence_line(view, field)
        if evidence:
            reply.add(*evidence)
    reply.add(_("Sources: "), *source_spans(view.sources, i18n, limit=8, with_stated_by=False))
    if review.waiting:
        reply.buttons = [Button(_("Approve"), f"/approve {view.id}"), Button(_("Reject"), f"/reject {view.id}"),
                         Button(_("Correct"), f"/correct {view.id}")]
    return reply
