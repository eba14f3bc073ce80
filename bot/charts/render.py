"""Drawing the chart: the political-prisoner count as a line, pardon rounds as bars, one PNG.

Only `matplotlib.figure.Figure` with the Agg canvas is used (no pyplot), so drawing keeps no global
state and can run in a worker thread while the bot goes on answering.
"""

from __future__ import annotations

import datetime as dt
import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch

from bot.charts.data import ChartData
from bot.charts.ticks import month_ticks, number_ticks, qualified, spaced
from bot.i18n import Translator

WIDTH_PX, HEIGHT_PX, DPI = 1200, 675, 100
LINE_COLOR = "#b3261e"
BAR_COLOR = "#3b6ea8"
# DejaVu Sans ships with matplotlib and covers Cyrillic (including Belarusian ў and і).
FONT = "DejaVu Sans"
LABEL_GAP = 0.09  # value labels closer than this share of the time axis would overlap


def _font(size: float, bold: bool = False) -> FontProperties:
    return FontProperties(family=FONT, size=size, weight="bold" if bold else "normal")


def _day_range(data: ChartData) -> tuple[dt.date, dt.date]:
    days = [m.when.day for m in data.counts] + [b.when.day for b in data.rounds]
    start, end = min(days), max(days)
    pad = max(dt.timedelta(days=12), (end - start) * 0.04)
    # Whole months, so that the first and last months get a labelled tick too.
    start, end = start - pad, end + pad
    next_month = dt.date(end.year + end.month // 12, end.month % 12 + 1, 1)
    return start.replace(day=1), next_month


def _value_axis(ax, values: list[int], headroom: float, label: str, color: str, i18n: Translator) -> None:
    """A y axis for `values` with localized ticks; `headroom` decides which part of the plot they fill."""
    ticks = number_ticks(max(values, default=0) * headroom, i18n)
    ax.set_ylim(0, ticks.positions[-1])
    ax.set_yticks(ticks.positions, ticks.labels, fontproperties=_font(11))
    ax.set_ylabel(label, fontproperties=_font(12), color=color)
    if not values:
        ax.yaxis.set_visible(False)


def build_figure(data: ChartData, i18n: Translator) -> Figure:
    """The chart as a Figure (not yet drawn), with every label in the translator's language."""
    _ = i18n.gettext
    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    counts_ax = fig.add_subplot()
    rounds_ax = counts_ax.twinx()
    # The line is drawn over the bars: the count axes go in front, with a see-through background.
    counts_ax.set_zorder(rounds_ax.get_zorder() + 1)
    counts_ax.patch.set_visible(False)

    start, end = _day_range(data)
    handles = []
    if data.counts:
        xs = [m.when.day.toordinal() for m in data.counts]
        ys = [m.value for m in data.counts]
        (line,) = counts_ax.plot(xs, ys, color=LINE_COLOR, linewidth=2.5, marker="o", markersize=8,
                                 label=_("Political prisoners held"))
        handles.append(line)
        # A count dated only by its month gets a hollow marker: its place on the axis is approximate.
        approximate = [(x, m.value) for x, m in zip(xs, data.counts, strict=True) if m.when.month_only]
        if approximate:
            counts_ax.plot(*zip(*approximate, strict=True), linestyle="none", marker="o", markersize=8,
                           markerfacecolor="white", markeredgecolor=LINE_COLOR, markeredgewidth=2)
        labelled = spaced(xs, (end - start).days * LABEL_GAP)
        for i, (x, mark) in enumerate(zip(xs, data.counts, strict=True)):
            if i not in labelled:
                continue  # too close to a newer figure: its label would be written over
            counts_ax.annotate(qualified(mark.value, mark.qualifier, i18n), (x, mark.value), xytext=(0, 10),
                               textcoords="offset points", ha="center", color=LINE_COLOR,
                               fontproperties=_font(12, bold=True))
    _value_axis(counts_ax, [m.value for m in data.counts], 1.2, _("Political prisoners held"), LINE_COLOR, i18n)

    if data.rounds:
        width = max(4.0, (end - start).days / 40)
        bar_xs = [b.when.day.toordinal() for b in data.rounds]
        labelled = spaced(bar_xs, (end - start).days * LABEL_GAP / 2)
        for i, (x, bar) in enumerate(zip(bar_xs, data.rounds, strict=True)):
            # A date known only to the month is drawn hatched: the bar's place is approximate.
            rounds_ax.bar(x, bar.released, width=width, color=BAR_COLOR, alpha=0.45 if bar.when.month_only else 0.8,
                          hatch="//" if bar.when.month_only else None, edgecolor=BAR_COLOR)
            if i in labelled:
                rounds_ax.annotate(qualified(bar.released, bar.qualifier, i18n), (x, bar.released), xytext=(0, 4),
                                   textcoords="offset points", ha="center", color=BAR_COLOR,
                                   fontproperties=_font(11, bold=True))
        handles.append(Patch(color=BAR_COLOR, alpha=0.8, label=_("Released in a pardon round")))
        if any(b.when.month_only for b in data.rounds):
            handles.append(Patch(facecolor=BAR_COLOR, alpha=0.45, hatch="//", edgecolor=BAR_COLOR,
                                 label=_("Round dated only by its month (drawn mid-month)")))
    # Bars fill the lower part of the plot, the count line the upper part, so they never hide each other.
    _value_axis(rounds_ax, [b.released for b in data.rounds], 2.4, _("Released in the round"), BAR_COLOR, i18n)

    months = month_ticks(start, end, i18n)
    counts_ax.set_xlim(start.toordinal(), end.toordinal())
    counts_ax.set_xticks(months.positions, months.labels, fontproperties=_font(11))
    counts_ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    for ax in (counts_ax, rounds_ax):
        ax.spines["top"].set_visible(False)

    counts_ax.set_title(_("Political prisoners in Belarus and pardon rounds"), fontproperties=_font(17, bold=True),
                        loc="left", pad=12)
    counts_ax.legend(handles=handles, loc="upper left", prop=_font(11), frameon=False)
    fig.text(0.995, 0.005, _("Pardon Watch · sources in the caption"), ha="right", va="bottom",
             fontproperties=_font(9), color="#666666")
    return fig


def figure_png(fig: Figure) -> bytes:
    """The figure as PNG bytes at its fixed pixel size."""
    buffer = io.BytesIO()
    # No timestamp or software tag: the same data gives the same bytes.
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def render_png(data: ChartData, i18n: Translator) -> bytes:
    """Draw the chart and encode it; meant to run in a worker thread."""
    return figure_png(build_figure(data, i18n))
