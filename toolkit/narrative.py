"""Narrative: short Vietnamese sentences stating an article's main figures."""

from __future__ import annotations

import pandas as pd

from toolkit.formatting import QUALIFIER_WORDS, format_figure

STATISTICS = ("count", "percent", "money", "measure", "fraction")


def figure_phrase(row: pd.Series) -> str:
    """`kết nạp được 99 đảng viên mới`: predicate, qualifier, number, subject."""
    number = format_figure(row["value"], row["kind"], row["unit"], row["value_max"], row["total"])
    parts = [row["predicate"], QUALIFIER_WORDS.get(row["qualifier"], ""), number, row["subject"]]
    return " ".join(p for p in parts if isinstance(p, str) and p)


def main_figures(figures: pd.DataFrame, limit: int = 5) -> pd.DataFrame:
    """The statistics to state first: in reading order, at most `limit`."""
    stats = figures[figures["kind"].isin(STATISTICS)]
    return stats.sort_values(["paragraph", "start"]).head(limit)


def summary(figures: pd.DataFrame, limit: int = 5) -> str:
    """A Vietnamese paragraph: how many statistics the article gives, and the first ones."""
    stats = figures[figures["kind"].isin(STATISTICS)]
    if stats.empty:
        return "Bài viết không nêu số liệu thống kê nào."
    phrases = [figure_phrase(row) for _, row in main_figures(stats, limit).iterrows()]
    head = f"Bài viết nêu {len(stats)} số liệu thống kê"
    if len(stats) > len(phrases):
        head += f"; {len(phrases)} số liệu đầu tiên"
    return f"{head}: {'; '.join(phrases)}."
