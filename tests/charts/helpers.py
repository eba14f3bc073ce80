"""Reading what a person would see in a chart: the PNG's size and the figure's texts."""

from __future__ import annotations

import struct

from matplotlib.figure import Figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the PNG header (the IHDR chunk comes first)."""
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def figure_texts(fig: Figure) -> dict[str, list[str]]:
    """The figure's visible words, by kind: title, axis labels, tick labels, value labels, legend."""
    counts_ax, rounds_ax = fig.axes[0], fig.axes[1]
    legend = counts_ax.get_legend()
    return {
        "title": [counts_ax.get_title(loc="left")],
        "axis_labels": [counts_ax.get_ylabel(), rounds_ax.get_ylabel()],
        "months": [t.get_text() for t in counts_ax.get_xticklabels()],
        "numbers": [t.get_text() for ax in (counts_ax, rounds_ax) for t in ax.get_yticklabels()],
        "values": [t.get_text() for ax in (counts_ax, rounds_ax) for t in ax.texts],
        "legend": [t.get_text() for t in legend.get_texts()] if legend else [],
    }
