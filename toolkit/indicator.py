"""Indicator: one subject (`ca mắc`, `đảng viên mới`) followed across articles over time."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from toolkit.kinds import STATISTICS


def normalise(text: str) -> str:
    """NFC, lower case, single spaces: how subjects are compared."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def pattern(indicator: str) -> re.Pattern[str]:
    """Matches the indicator as whole words (`ca mắc` matches `ca mắc mới`, not `cá mắc`)."""
    return re.compile(rf"(?<!\w){re.escape(normalise(indicator))}(?!\w)")


def series(figures: pd.DataFrame, articles: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Every statistic whose subject contains `indicator`, dated by the article's event date
    (else its page date), oldest first, with the article's title, source and path."""
    if not normalise(indicator):
        raise ValueError("indicator is empty")
    found = pattern(indicator)
    stats = figures[figures["kind"].isin(STATISTICS)]
    hits = stats[stats["subject"].fillna("").map(lambda s: bool(found.search(normalise(s))))]
    meta = articles.set_index("article_id")
    out = hits.copy()
    event = pd.to_datetime(out["article_id"].map(meta["event_date"]), errors="coerce")
    page = pd.to_datetime(out["article_id"].map(meta["published"]), errors="coerce")
    out["date"] = event.fillna(page)
    out["dated_by"] = ["sự kiện" if pd.notna(e) else "ngày đăng" for e in event]
    for column in ("title", "source", "url", "path"):
        out[column] = out["article_id"].map(meta[column])
    return out.sort_values(["date", "article_id", "start"]).reset_index(drop=True)


def chart_points(found: pd.DataFrame, max_series: int = 4) -> pd.DataFrame:
    """Points for the line chart: one line per exact subject, the `max_series` most frequent."""
    if found.empty:
        return pd.DataFrame({"date": [], "value": [], "series": []})
    keep = found["subject"].value_counts().head(max_series).index
    points = found[found["subject"].isin(keep)]
    return pd.DataFrame(
        {"date": points["date"], "value": points["value"], "series": points["subject"]}
    )
