"""Corpus: tables a corpus report shows (articles over time, figures by kind and topic, frequent
subjects, warnings, largest figures), computed from the articles and figures tables."""

from __future__ import annotations

import re

import pandas as pd

from toolkit.narrative import STATISTICS

# Topic: the id prefix `news_<topic>_NNN` (UNC corpus) first, else the URL's first path
# section (`dantri.com.vn/suc-khoe/...`), else the outlet code, else "khác".
TOPIC_NAMES = {
    "business": "kinh doanh",
    "education": "giáo dục",
    "entertainment": "giải trí",
    "health": "sức khỏe",
    "science": "khoa học",
    "society": "xã hội",
    "sport": "thể thao",
    "tech": "công nghệ",
    "travel": "du lịch",
    "world": "thế giới",
    "kinh-doanh": "kinh doanh",
    "suc-khoe": "sức khỏe",
    "xa-hoi": "xã hội",
    "the-thao": "thể thao",
    "the-gioi": "thế giới",
    "giai-tri": "giải trí",
    "du-lich": "du lịch",
}
_ID_TOPIC = re.compile(r"^news_([a-z]+)_\d+$")
_URL_SECTION = re.compile(r"^https?://[^/]+/([^/]+)/")


def topic(article_id: str, url: str = "", source: str = "") -> str:
    """The article's topic: from its id prefix, else its URL section, else its outlet."""
    found = _ID_TOPIC.match(article_id or "") or _URL_SECTION.match(url or "")
    if found:
        return TOPIC_NAMES.get(found.group(1), found.group(1))
    return source or "khác"


def with_topics(articles: pd.DataFrame) -> pd.DataFrame:
    """A copy of the articles table with a `topic` column."""
    out = articles.copy()
    out["topic"] = [
        topic(i, u, s)
        for i, u, s in zip(out["article_id"], out["url"], out["source"], strict=True)
    ]
    return out


def dates(articles: pd.DataFrame) -> pd.Series:
    """Each article's page date as a Timestamp (NaT where unknown)."""
    return pd.to_datetime(articles["published"], errors="coerce")


def articles_over_time(articles: pd.DataFrame, freq: str = "MS") -> pd.DataFrame:
    """Articles per month (`freq` as in pandas): columns `date`, `articles`."""
    when = dates(articles).dropna()
    if when.empty:
        return pd.DataFrame({"date": [], "articles": []})
    counts = when.dt.to_period(freq[0]).value_counts().sort_index()
    full = pd.period_range(counts.index.min(), counts.index.max(), freq=freq[0])
    counts = counts.reindex(full, fill_value=0)
    return pd.DataFrame({"date": counts.index.to_timestamp(), "articles": counts.to_numpy()})


def figures_by_kind_topic(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Statistic figures counted by kind (rows) and topic (columns), with totals."""
    topics = with_topics(articles).set_index("article_id")["topic"]
    stats = figures[figures["kind"].isin(STATISTICS)]
    table = pd.crosstab(stats["kind"], stats["article_id"].map(topics), margins=True,
                        margins_name="tổng")
    order = [k for k in STATISTICS if k in table.index] + ["tổng"]
    return table.reindex(order)


def top_subjects(figures: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The subjects statistics most often count or measure: `subject`, `figures`, `articles`."""
    stats = figures[figures["kind"].isin(STATISTICS) & (figures["subject"].fillna("") != "")]
    grouped = stats.groupby("subject").agg(
        figures=("subject", "size"), articles=("article_id", "nunique")
    )
    grouped = grouped.sort_values(["figures", "articles"], ascending=False).head(n)
    return grouped.reset_index()


def warnings(articles: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Warnings to check per article: the fact checks of `toolkit.checks` when that module is
    installed, plus the date flags of the articles table. Columns `article_id`, `warning`."""
    rows = [
        (article_id, flag)
        for article_id, flags in zip(articles["article_id"], articles["date_flags"], strict=True)
        for flag in (flags or "").split(";")
        if flag
    ]
    found = pd.DataFrame(rows, columns=["article_id", "warning"])
    checked = _fact_checks(articles, figures)
    if checked is not None and not checked.empty:
        found = pd.concat([found, checked], ignore_index=True)
    return found.sort_values("article_id", kind="stable").reset_index(drop=True)


def _fact_checks(articles: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame | None:
    """Warnings from `toolkit.checks` (built separately); None when it is not there yet."""
    try:
        from toolkit import checks  # noqa: PLC0415 - optional, imported lazily
    except ImportError:
        return None
    run = next(
        (getattr(checks, n) for n in ("check_tables", "run", "check", "checks") if
         callable(getattr(checks, n, None))),
        None,
    )
    if run is None:
        return None
    try:
        result = pd.DataFrame(run(articles, figures))
    except TypeError:
        result = pd.DataFrame(run(figures))
    if result.empty or "article_id" not in result:
        return None
    text = next((c for c in ("warning", "message", "check", "reason") if c in result), None)
    if text is None:
        return None
    return pd.DataFrame({"article_id": result["article_id"], "warning": result[text].astype(str)})


def largest(figures: pd.DataFrame, n: int = 10, kinds: tuple[str, ...] = ("count",)
            ) -> pd.DataFrame:
    """The `n` largest figures of `kinds`, with their sentences, largest first."""
    rows = figures[figures["kind"].isin(kinds) & figures["value"].notna()]
    return rows.sort_values("value", ascending=False).head(n).reset_index(drop=True)
