"""Charts in the house style: named font, Vietnamese numbers, direct labels, a source line."""

from __future__ import annotations

import io
import textwrap

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from toolkit.formatting import format_number

FONT = "DejaVu Sans"  # full Vietnamese coverage, present wherever matplotlib is (bundled)
BAR_COLOUR = "#0072B2"  # Okabe-Ito blue: colour-blind safe
STYLE = {
    "font.family": FONT,
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlelocation": "left",
    "axes.titleweight": "bold",
    "svg.fonttype": "none",  # text stays text: searchable, selectable, read aloud
    "svg.hashsalt": "toolkit",
    "figure.dpi": 100,
}


def bar_counts(counts: pd.DataFrame, title: str, source: str = "") -> Figure | None:
    """Horizontal bars of count figures, each labelled by what it counts; None when no counts.

    `counts` needs the figures columns `value` and `subject` (other kinds are ignored if a
    `kind` column is present).
    """
    if "kind" in counts:
        counts = counts[counts["kind"] == "count"]
    if counts.empty:
        return None
    counts = counts.reset_index(drop=True)
    labels = [
        textwrap.shorten(subject or "(không rõ)", width=40, placeholder="…")
        for subject in counts["subject"].fillna("")
    ]
    with mpl.rc_context(STYLE):
        fig = Figure(figsize=(7, 0.45 * len(counts) + 1.4))
        ax = fig.subplots()
        positions = range(len(counts))[::-1]
        bars = ax.barh(list(positions), counts["value"], color=BAR_COLOUR, height=0.6)
        ax.set_yticks(list(positions), labels)
        ax.bar_label(bars, labels=[format_number(v) for v in counts["value"]], padding=3)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
        ax.set_title(title)
        ax.margins(x=0.12)
        if source:
            fig.text(0.01, 0.01, source, fontsize=8, color="#555555", ha="left", va="bottom")
        fig.tight_layout(rect=(0, 0.05 if source else 0, 1, 1))
    return fig


def describe_counts(counts: pd.DataFrame, title: str) -> str:
    """Alt text for `bar_counts`: the chart's title and each bar's value and label."""
    if "kind" in counts:
        counts = counts[counts["kind"] == "count"]
    bars = "; ".join(
        f"{format_number(v)} {s}".strip()
        for v, s in zip(counts["value"], counts["subject"].fillna(""), strict=True)
    )
    return f"Biểu đồ thanh ngang, {title.lower()}: {bars}."


def to_svg(fig: Figure) -> str:
    """The figure as an SVG document (text drawn as paths, so every diacritic survives)."""
    buffer = io.StringIO()
    with mpl.rc_context(STYLE):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
