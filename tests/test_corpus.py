"""Corpus and indicator tables: topics, warnings, frequent subjects, a subject over time."""

from __future__ import annotations

import pandas as pd

from toolkit import corpus, indicator


def _tables():
    articles = pd.DataFrame(
        {
            "article_id": ["news_health_001", "news_sport_002", "x"],
            "url": ["", "", "https://dantri.com.vn/suc-khoe/a.htm"],
            "source": ["dantri", "dantri", "dantri"],
            "title": ["A", "B", "C"],
            "published": ["2020-10-01", "2020-11-05", "2020-11-20"],
            "event_date": [None, "2020-11-03", None],
            "date_flags": ["", "published_after_event:2d", ""],
            "path": ["a", "b", "c"],
            "body": ["", "", ""],
        }
    )
    figures = pd.DataFrame(
        {
            "article_id": ["news_health_001", "news_sport_002", "x", "x"],
            "kind": ["count", "count", "count", "date"],
            "value": [12.0, 30.0, 9.4e6, 1.0],
            "subject": ["ca mắc mới", "ca mắc mới", "cá mắc cạn", ""],
            "raw": ["12", "30", "9,4 triệu", "1/11"],
            "paragraph": [0, 0, 0, 0],
            "start": [0, 0, 0, 0],
        }
    )
    return articles, figures


def test_topic_from_id_then_url_then_source():
    assert corpus.topic("news_health_001") == "sức khỏe"
    assert corpus.topic("abc", "https://dantri.com.vn/suc-khoe/x.htm") == "sức khỏe"
    assert corpus.topic("abc", "", "baolangson") == "Báo Lạng Sơn"


def test_corpus_tables():
    articles, figures = _tables()
    months = corpus.articles_over_time(articles)
    assert months["articles"].tolist() == [1, 2]
    assert corpus.top_subjects(figures).iloc[0].tolist() == ["ca mắc mới", 2, 2]
    table = corpus.figures_by_kind_topic(figures, articles)
    assert table.loc["count", "sức khỏe"] == 2 and table.loc["tổng", "tổng"] == 3
    found = corpus.warnings(articles, figures)
    assert found[["warning", "detail"]].values.tolist() == [
        ["published_after_event", "published_after_event:2d"]
    ]
    assert corpus.largest(figures, 1)["value"].tolist() == [9.4e6]


def test_indicator_matches_whole_words_and_dates_by_event():
    articles, figures = _tables()
    found = indicator.series(figures, articles, "Ca Mắc")
    assert found["value"].tolist() == [12.0, 30.0]  # not `cá mắc cạn`
    assert found["date"].dt.strftime("%Y-%m-%d").tolist() == ["2020-10-01", "2020-11-03"]
    assert found["dated_by"].tolist() == ["ngày đăng", "sự kiện"]


def test_largest_leaves_out_money_read_as_counts():
    figures = pd.DataFrame(
        {
            "kind": ["count", "count", "count", "count"],
            "value": [1.8e13, 2.2e14, 5e5, 12.0],
            "subject": ["đồng", "", "lượt xem", "ca mắc"],
        }
    )
    assert corpus.largest(figures, 5)["subject"].tolist() == ["lượt xem", "ca mắc"]
