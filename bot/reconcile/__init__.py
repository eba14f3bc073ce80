"""Reconciliation: from many articles' claims to one value per field of each round."""

from bot.reconcile.choose import build_round_views, choose_value, chronological, latest_round, outlet_key
from bot.reconcile.counts import dedupe_series

__all__ = ["build_round_views", "choose_value", "chronological", "dedupe_series", "latest_round", "outlet_key"]
