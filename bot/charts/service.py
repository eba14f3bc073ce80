"""The charts service the app owns: gather the data, draw it off the event loop, remember the result."""

from __future__ import annotations

from dataclasses import dataclass

from bot.charts.cache import ChartCache
from bot.charts.data import ChartData, gather
from bot.i18n import Translator, get_translator
from bot.reply import Image
from bot.storage import Database
from bot.storage.chats import Subscription

CHART_FILENAME = "pardonwatch-chart.png"


@dataclass(frozen=True)
class Chart:
    """A drawn chart (None when there is nothing to draw) and the data it shows, for the caption."""

    png: bytes | None
    data: ChartData


class ChartService:
    """Charts for the bot's commands and auto-posts; one per app, holding its own cache."""

    def __init__(self, db: Database, cache: ChartCache | None = None):
        self.db = db
        self.cache = cache or ChartCache()

    async def chart(self, language: str) -> Chart:
        """The current chart in a language, drawn only when the data changed since the last time."""
        data = await gather(self.db)
        if not data.drawable:
            return Chart(None, data)
        i18n = get_translator(language)
        png = await self.cache.get_or_render(data.version(i18n.language), lambda: _draw(data, i18n))
        return Chart(png, data)


def _draw(data: ChartData, i18n: Translator) -> bytes:
    # matplotlib is imported on the first drawing, in the worker thread: starting the bot (or any
    # CLI command) does not pay the second it takes to load.
    from bot.charts.render import render_png

    return render_png(data, i18n)


async def chart_for_post(charts: ChartService | None, subscription: Subscription) -> Image | None:
    """The chart to attach to a round's auto-post for this subscription, or None.

    None when the subscription did not ask for charts, when no charts service runs, or when there
    is nothing to draw; the post's own text then goes out alone.
    """
    if charts is None or not subscription.with_chart:
        return None
    chart = await charts.chart(subscription.language)
    return Image(chart.png, filename=CHART_FILENAME) if chart.png else None
