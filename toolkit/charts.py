"""Charts in the house style: title and subtitle above, source line below, Vietnamese numbers,
direct labels, a colour-blind-safe palette, DejaVu Sans; each chart carries its alt text."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from toolkit.formatting import format_compact, format_date, format_figure, format_number

STYLE_FILE = Path(__file__).parent / "styles" / "toolkit.mplstyle"
STYLE = mpl.rc_params_from_file(str(STYLE_FILE), use_default_template=False)
FONT = STYLE["font.family"][0]
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
BAR_COLOUR = PALETTE[0]
REST_COLOUR = "#D9D9D9"
WIDTH = 7.0  # inches: the report's text column
HEADER_IN = {"title": 0.34, "subtitle": 0.24}
SOURCE_IN = 0.3


@dataclass(frozen=True)
class Chart:
    """A figure and the alt text describing it; shows itself in a notebook as SVG with alt."""

    figure: Figure
    alt: str

    def svg(self) -> str:
        """The chart as an SVG document."""
        return to_svg(self.figure)

    def _repr_mimebundle_(self, include=None, exclude=None):  # noqa: ANN001 - IPython protocol
        return {"image/svg+xml": self.svg()}, {"image/svg+xml": {"alt": self.alt}}


def axis_formatter(lang: str = "vi", compact: bool = True) -> FuncFormatter:
    """Tick labels written the Vietnamese way (1.030; 9,4 triệu), or English with `lang="en"`."""

    def label(value: float, _pos: int) -> str:
        if compact and abs(value) >= 1e6:
            return format_compact(value, lang)
        return format_number(round(value, 2), lang=lang)

    return FuncFormatter(label)


def _short(text: str, width: int = 38) -> str:
    return textwrap.shorten(text or "(không rõ)", width=width, placeholder="…")


def house_figure(
    height: float,
    title: str,
    subtitle: str = "",
    source: str = "",
    width: float = WIDTH,
) -> tuple[Figure, Callable[[], None]]:
    """A blank figure with the title and subtitle above and the source line below.

    Returns the figure and a `finish()` to call once the axes are drawn: it lays the axes out
    between the header and the source line.
    """
    header = HEADER_IN["title"] + (HEADER_IN["subtitle"] if subtitle else 0) + 0.12
    footer = SOURCE_IN if source else 0.1
    total = height + header + footer
    top = 1 - 0.1 / total
    with mpl.rc_context(STYLE):  # texts made in the style: article text is never mathtext
        fig = Figure(figsize=(width, total))
        fig.text(0.012, top, title, fontsize=12, fontweight="bold", va="top", ha="left")
        if subtitle:
            fig.text(
                0.012, top - HEADER_IN["title"] / total, subtitle, fontsize=9.5,
                color="#444444", va="top", ha="left",
            )
        if source:
            fig.text(0.012, 0.08 / total, source, fontsize=8, color="#666666", ha="left",
                     va="bottom")

    def finish(right: float = 1.0) -> None:
        with mpl.rc_context(STYLE):
            fig.tight_layout(rect=(0, footer / total, right, 1 - header / total), pad=0.6)

    return fig, finish


def bars(
    labels: Sequence[str],
    values: Sequence[float],
    title: str,
    subtitle: str = "",
    source: str = "",
    value_labels: Sequence[str] | None = None,
    lang: str = "vi",
    item: str = "{label}: {value}",
) -> Chart:
    """Horizontal bars, largest first as given, each labelled directly with its value."""
    n = len(values)
    fig, finish = house_figure(0.32 * n + 0.45, title, subtitle, source)
    texts = list(value_labels or [format_figure(v, "count", lang=lang) for v in values])
    with mpl.rc_context(STYLE):
        ax = fig.subplots()
        positions = list(range(n))[::-1]
        drawn = ax.barh(positions, list(values), color=BAR_COLOUR, height=0.62)
        ax.set_yticks(positions, [_short(label) for label in labels])
        ax.bar_label(drawn, labels=texts, padding=3, fontsize=8.5)
        ax.xaxis.set_major_formatter(axis_formatter(lang))
        ax.xaxis.set_major_locator(MaxNLocator(5))
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        ax.grid(axis="x")
        ax.set_axisbelow(True)
        ax.margins(x=0.14)
        finish()
    items = "; ".join(
        item.format(label=label, value=text) for label, text in zip(labels, texts, strict=True)
    )
    kind = "Horizontal bar chart" if lang == "en" else "Biểu đồ thanh ngang"
    alt = f"{kind}. {title}. {subtitle + '. ' if subtitle else ''}{items}."
    return Chart(fig, alt)


def bar_counts(
    figures: pd.DataFrame,
    title: str,
    source: str = "",
    subtitle: str = "",
    lang: str = "vi",
) -> Chart | None:
    """Bars of an article's count figures, each labelled by what it counts; None if no counts."""
    counts = figures[figures["kind"] == "count"] if "kind" in figures else figures
    if counts.empty:
        return None
    labels = [s or "(không rõ)" for s in counts["subject"].fillna("")]
    values = counts["value"].tolist()
    return bars(labels, values, title, subtitle, source, lang=lang, item="{value} {label}")


def part_of_whole(
    fractions: pd.DataFrame,
    title: str,
    subtitle: str = "",
    source: str = "",
    lang: str = "vi",
) -> Chart | None:
    """One bar per fraction figure (`4/6 nhiệm vụ`): the part filled, the rest grey."""
    rows = fractions[(fractions["kind"] == "fraction") & fractions["total"].notna()]
    rows = rows[rows["total"] > 0]
    if rows.empty:
        return None
    n = len(rows)
    fig, finish = house_figure(0.42 * n + 0.3, title, subtitle, source)
    labels = [_short(s, 30) for s in rows["subject"].fillna("")]
    with mpl.rc_context(STYLE):
        ax = fig.subplots()
        positions = list(range(n))[::-1]
        shares = (rows["value"] / rows["total"]).clip(upper=1).tolist()
        ax.barh(positions, [1.0] * n, color=REST_COLOUR, height=0.55)
        ax.barh(positions, shares, color=BAR_COLOUR, height=0.55)
        for y, (_, row), share in zip(positions, rows.iterrows(), shares, strict=True):
            text = format_figure(row["value"], "fraction", total=row["total"], lang=lang)
            ax.text(1.02, y, text, va="center", ha="left", fontsize=9, fontweight="bold")
            if share > 0.12:
                pct = format_number(round(share * 100), lang=lang) + "%"
                ax.text(share - 0.015, y, pct, va="center", ha="right", color="white", fontsize=8)
        ax.set_yticks(positions, labels)
        ax.set_xlim(0, 1.14)
        ax.set_xticks([])
        ax.tick_params(axis="y", length=0)
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        finish()
    items = "; ".join(
        f"{format_figure(r['value'], 'fraction', total=r['total'], lang=lang)} {r['subject']}"
        for _, r in rows.iterrows()
    )
    kind = "Biểu đồ phần trên tổng" if lang == "vi" else "Part-of-whole chart"
    return Chart(fig, f"{kind}. {title}. {items}.")


def _date_label(value: float, lang: str, monthly: bool) -> str:
    day = mdates.num2date(value).date()
    if monthly:
        return day.strftime("%m/%Y" if lang == "vi" else "%b %Y")
    return format_date(day, lang)


def _spread(positions: list[float], gap: float) -> list[float]:
    """Move label positions (sorted or not) apart by at least `gap`, keeping their order."""
    order = sorted(range(len(positions)), key=positions.__getitem__)
    placed = list(positions)
    for before, after in zip(order, order[1:], strict=False):
        placed[after] = max(placed[after], placed[before] + gap)
    return placed


def _with_gaps(daily: pd.DataFrame, days: int = 45) -> tuple[list, list]:
    """Dates and values with a break (NaN) wherever no value was reported for `days` days, so
    the line never suggests data where there is none."""
    dates, values = [], []
    previous = None
    for when, value in zip(daily["date"], daily["value"], strict=True):
        if previous is not None and (when - previous).days > days:
            dates.append(previous + (when - previous) / 2)
            values.append(float("nan"))
        dates.append(when)
        values.append(value)
        previous = when
    return dates, values


def timeline(
    points: pd.DataFrame,
    title: str,
    subtitle: str = "",
    source: str = "",
    lang: str = "vi",
    label_points: int = 14,
) -> Chart | None:
    """Values over time: `points` has `date`, `value` and optionally `series` (one line each,
    labelled at its end instead of a legend). Several values of a series on one day are drawn
    as dots, the line joining each day's largest and breaking over gaps of more than 45 days
    without a value; the scale turns logarithmic when the values
    span more than three orders of magnitude. Points are labelled when there are few."""
    points = points.dropna(subset=["date", "value"]).copy()
    if points.empty:
        return None
    points["date"] = pd.to_datetime(points["date"])
    if "series" not in points:
        points["series"] = ""
    positive = points.loc[points["value"] > 0, "value"]
    log = len(positive) == len(points) and positive.max() / positive.min() > 1000
    fig, finish = house_figure(2.9, title, subtitle, source)
    ends = []
    with mpl.rc_context(STYLE):
        ax = fig.subplots()
        groups = points.sort_values("date").groupby("series", sort=False)
        for i, (name, group) in enumerate(groups):
            colour = PALETTE[i % len(PALETTE)]
            daily = group.groupby("date", as_index=False)["value"].max()
            ax.scatter(group["date"], group["value"], s=14, color=colour, alpha=0.55, lw=0)
            ax.plot(*_with_gaps(daily), color=colour, lw=1.5, marker="o", ms=3.5)
            ends.append((str(name), daily.iloc[-1], colour))
            if len(points) <= label_points:
                for _, p in daily.iterrows():
                    ax.annotate(
                        format_figure(p["value"], "count", lang=lang), (p["date"], p["value"]),
                        xytext=(0, 7), textcoords="offset points", ha="center", fontsize=8,
                    )
        if log:
            ax.set_yscale("log")
        ax.yaxis.set_major_formatter(axis_formatter(lang))
        ax.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
        span = (points["date"].max() - points["date"].min()).days
        monthly = span > 120
        ax.xaxis.set_major_locator(
            mdates.AutoDateLocator(maxticks=6) if span > 40
            else mdates.DayLocator(interval=max(1, span // 5))
        )
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _date_label(v, lang, monthly)))
        ax.grid(axis="y")
        ax.set_axisbelow(True)
        if not log:
            ax.set_ylim(bottom=0)
        ax.margins(x=0.04, y=0.12)
        named = [(n, last, c) for n, last, c in ends if n]
        finish(0.8 if named else 1.0)
        if named:  # direct labels at the right edge, pushed apart so they never overlap
            to_px = ax.transData.transform
            heights = [to_px((mdates.date2num(last["date"]), last["value"]))[1]
                       for _, last, _ in named]
            placed = _spread(heights, 11)
            x = ax.get_position().x1
            for (name, _last, colour), y in zip(named, placed, strict=True):
                fig.text(x + 0.008, y / fig.bbox.height, _short(name, 24), color=colour,
                         fontsize=8, va="center", ha="left")
    first, last = points["date"].min().date(), points["date"].max().date()
    peak = points.loc[points["value"].idxmax()]
    if lang == "en":
        alt = (
            f"Line chart. {title}. {len(points)} values from {format_date(first, lang)} to "
            f"{format_date(last, lang)}; the highest, {format_number(peak['value'], lang=lang)}, "
            f"on {format_date(peak['date'].date(), lang)}."
        )
    else:
        alt = (
            f"Biểu đồ đường. {title}. {len(points)} giá trị từ {format_date(first)} đến "
            f"{format_date(last)}; cao nhất {format_figure(peak['value'], 'count')} vào ngày "
            f"{format_date(peak['date'].date())}."
        )
    if log:
        alt += " Trục dọc theo thang logarit." if lang == "vi" else " Logarithmic vertical axis."
    return Chart(fig, alt)


def small_multiples(
    figures: pd.DataFrame,
    titles: dict[str, str],
    title: str,
    subtitle: str = "",
    source: str = "",
    per_panel: int = 4,
    columns: int = 2,
    lang: str = "vi",
) -> Chart | None:
    """One small bar panel per article (keyed by `article_id`, in the order of `titles`), each
    with its largest count figures on its own scale (articles' numbers differ by orders of
    magnitude), every bar labelled with its value."""
    counts = figures[(figures["kind"] == "count") & figures["article_id"].isin(titles)]
    if counts.empty:
        return None
    ids = [a for a in titles if a in set(counts["article_id"])]
    rows_n = -(-len(ids) // columns)
    fig, finish = house_figure((0.26 * per_panel + 0.75) * rows_n, title, subtitle, source)
    top = counts.sort_values("value", ascending=False).groupby("article_id").head(per_panel)
    described = []
    with mpl.rc_context(STYLE):
        axes = fig.subplots(rows_n, columns, squeeze=False)
        for ax, article_id in zip(axes.flat, ids, strict=False):
            panel = top[top["article_id"] == article_id]
            positions = list(range(len(panel)))[::-1]
            drawn = ax.barh(positions, panel["value"], color=BAR_COLOUR, height=0.6)
            ax.bar_label(drawn, [format_figure(v, "count", lang=lang) for v in panel["value"]],
                         padding=2, fontsize=7.5)
            ax.set_yticks(positions, [_short(s, 18) for s in panel["subject"].fillna("")],
                          fontsize=7.5)
            ax.set_xlim(0, panel["value"].max() * 1.35 or 1)
            ax.set_xticks([])
            ax.spines["bottom"].set_visible(False)
            ax.tick_params(axis="y", length=0)
            name = textwrap.fill(_short(titles[article_id], 64), 34)
            ax.set_title(name, fontsize=8, loc="left", fontweight="bold")
            described.append(
                f"{titles[article_id]}: "
                + ", ".join(
                    f"{format_figure(v, 'count', lang=lang)} {s}".strip()
                    for v, s in zip(panel["value"], panel["subject"].fillna(""), strict=True)
                )
            )
        for ax in list(axes.flat)[len(ids):]:
            ax.set_visible(False)
        finish()
    kind = "Biểu đồ nhỏ theo từng bài" if lang == "vi" else "Small multiples by article"
    return Chart(fig, f"{kind}. {title}. " + "; ".join(described) + ".")


def to_svg(fig: Figure) -> str:
    """The figure as an SVG document; text stays text in the named font, so diacritics are
    exact in the browser and in WeasyPrint's PDF."""
    buffer = io.StringIO()
    with mpl.rc_context(STYLE):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def source_line(outlet: str, date: dt.date | str | None = None, lang: str = "vi") -> str:
    """`Nguồn: Báo Lạng Sơn, 12/10/2020` (English: `Source: …`)."""
    parts = [p for p in (outlet, format_date(date, lang) if date else "") if p]
    word = "Nguồn" if lang == "vi" else "Source"
    return f"{word}: {', '.join(parts)}" if parts else ""
