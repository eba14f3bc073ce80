"""Trust before broadcast: rounds' states, the moderators' review queue, review cards and reminders.

See docs/moderation.md ("States of a round", "The review queue").
"""

from bot.review.states import RoundUnderReview, load_round, load_trust, load_trusts

__all__ = ["RoundUnderReview", "load_round", "load_trust", "load_trusts"]
