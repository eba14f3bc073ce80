"""Auto-posts: what a subscribed chat sees for a pardon round, and what a wrong post becomes.

The content depends only on the round, its state and the language (no clock, no counters), so its
hash changes exactly when the post should be edited.
"""

from __future__ import annotations

from bot.facts import RoundView
from bot.i18n import Translator
from bot.reconcile.trust import RoundTrust
from bot.reply import Reply, bold
from handlers.format import people, round_details, round_state_line


def round_post(view: RoundView, trust: RoundTrust, i18n: Translator) -> Reply:
    """The post for one round in one language: a title, its state, then the figures and sources."""
    _ = i18n.gettext
    reply = Reply().add(bold(_("Pardon round"))).add(*round_state_line(trust, i18n))
    return reply.extend(round_details(view, i18n))


def retraction_post(view: RoundView, trust: RoundTrust, i18n: Translator) -> Reply:
    """What a post of a round moderators rejected is edited into: a short retraction with the reason."""
    _ = i18n.gettext
    date = i18n.date(view.date) if view.date else _("date not known")
    pardoned = view.fields.get("pardoned")
    figure = people(int(pardoned.value), pardoned.qualifier, i18n) if pardoned else _("number not known")
    reply = Reply().add(bold(_("Retraction")))
    reply.add(_("This post was about a pardon round of {date} ({people}). Pardon Watch's moderators found "
                "that report wrong and withdrew it.").format(date=date, people=figure))
    if trust.reason:
        reply.add(_("Reason: {reason}").format(reason=trust.reason))
    return reply
