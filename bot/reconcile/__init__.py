"""Reconciliation: from many articles' claims to one value per field of each round."""

from bot.reconcile.choose import build_round_views, choose_value

__all__ = ["build_round_views", "choose_value"]
