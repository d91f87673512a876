"""Corpus: tables a corpus report shows (articles over time, figures by kind and topic, frequent
subjects, warnings, largest figures), computed from the articles and figures tables."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from toolkit.kinds import STATISTICS

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
SOURCE_NAMES = {"baolangson": "Báo Lạng Sơn", "dantri": "Dân trí", "baomoi": "Báo Mới"}
_ID_TOPIC = re.compile(r"^news_([a-z]+)_\d+$")
_URL_SECTION = re.compile(r"^https?://[^/]+/([^/]+)/")


def topic(article_id: str, url: str = "", source: str = "") -> str:
    """The article's topic: from its id prefix, else its URL section, else its outlet's name."""
    found = _ID_TOPIC.match(article_id or "") or _URL_SECTION.match(url or "")
    if found:
        return TOPIC_NAMES.get(found.group(1), found.group(1))
    return SOURCE_NAMES.get(source, source) or "khác"


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


def warnings(
    articles: pd.DataFrame, figures: pd.DataFrame, processed_dir: str | Path | None = None
) -> pd.DataFrame:
    """Things to check, one row each: columns `article_id`, `warning` (a reason code such as
    `fraction_over_total` or `published_after_event`), `raw`, `sentence`.

    The fact checks of `toolkit.checks` over the tables in `processed_dir` when that module is
    there (they include the date flags worth a look); else the articles' date flags.
    """
    checked = _fact_checks(processed_dir) if processed_dir is not None else None
    if checked is not None:
        return checked
    rows = [
        (article_id, flag.partition(":")[0], flag, "", lead or "")
        for article_id, flags, lead in zip(
            articles["article_id"], articles["date_flags"], articles.get("lead", articles["title"]),
            strict=True,
        )
        for flag in (flags or "").split(";")
        if flag
    ]
    return pd.DataFrame(rows, columns=["article_id", "warning", "detail", "raw", "sentence"])


def _fact_checks(processed_dir: str | Path) -> pd.DataFrame | None:
    """Findings of `toolkit.checks` (built separately); None when it is not importable."""
    try:
        from toolkit.checks import run_checks
    except ImportError:
        return None
    found = [
        (f.article_id, f.reason, f.detail, f.raw, f.sentence) for f in run_checks(processed_dir)
    ]
    return pd.DataFrame(found, columns=["article_id", "warning", "detail", "raw", "sentence"])


CURRENCY_SUBJECTS = ("đồng", "usd", "rupiah", "euro", "yên", "won", "bảng", "nhân dân tệ", "tỷ")


def largest(figures: pd.DataFrame, n: int = 10, kinds: tuple[str, ...] = ("count",)
            ) -> pd.DataFrame:
    """The `n` largest figures of `kinds` that say what they count, largest first, with their
    sentences. Counts whose subject is empty or a currency (`18.000 tỷ đồng` read as a count)
    are left out: they are money the extractor did not recognise, not counts of things."""
    rows = figures[figures["kind"].isin(kinds) & figures["value"].notna()]
    subject = rows["subject"].fillna("").str.strip().str.lower()
    money_like = subject.map(
        lambda s: s == "" or any(s == c or s.startswith(c + " ") for c in CURRENCY_SUBJECTS)
    )
    rows = rows[~money_like]
    return rows.sort_values("value", ascending=False).head(n).reset_index(drop=True)
