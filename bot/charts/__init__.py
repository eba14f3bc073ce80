"""Charts: the political-prisoner count and the pardon rounds as one PNG, in the reader's language."""

from bot.charts.cache import ChartCache
from bot.charts.service import Chart, ChartService, chart_for_post

__all__ = ["Chart", "ChartCache", "ChartService", "chart_for_post"]
