"""Auto-posts: what a subscribed chat sees for a pardon round.

The content depends only on the round and the language (no clock, no counters), so its hash
changes exactly when the post should be edited.
"""

from __future__ import annotations

from bot.facts import RoundView
from bot.i18n import Translator
from bot.reply import Reply, bold
from handlers.format import round_details


def round_post(view: RoundView, i18n: Translator) -> Reply:
    """The post for one round in one language: a title, then the round's figures and sources."""
    _ = i18n.gettext
    return Reply().add(bold(_("Pardon round"))).extend(round_details(view, i18n))
