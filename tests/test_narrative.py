"""Narrative: correct Vietnamese sentences from the figures table, each tied to its source."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SEED

from toolkit import narrative
from toolkit.readers import read_article
from toolkit.tables import article_rows


@pytest.fixture(scope="module")
def seed():
    row, figures = article_rows(read_article(SEED))
    return pd.Series(row), pd.DataFrame(figures)


def test_seed_summary_states_the_main_figures_in_their_time_frame(seed):
    article, figures = seed
    text = narrative.summary(figures, article)
    assert text.startswith("Bài viết nêu 8 số liệu thống kê. ")
    assert (
        "Trong 9 tháng đầu năm 2020, Đảng bộ đã cơ bản hoàn thành 4/6 nhiệm vụ; "
        "kết nạp được 99 đảng viên mới;" in text
    )
    assert "thi hành kỷ luật 12 đảng viên." in text


def test_every_clause_points_at_the_figure_it_rests_on(seed):
    article, figures = seed
    stats = narrative.statistics(figures)
    for statement in narrative.statements(figures, article):
        for clause in statement.clauses:
            for note in clause.notes:
                row = stats.iloc[note - 1]
                assert narrative.number_phrase(row) in clause.text
                assert row["raw"] in row["sentence"]
    notes = [n for s in narrative.statements(figures, article) for c in s.clauses for n in c.notes]
    assert sorted(notes) == [1, 2, 3, 4, 5]


def test_english_option(seed):
    article, figures = seed
    text = narrative.summary(figures, article, lang="en")
    assert text.startswith("The article gives 8 statistics.")
    assert "In the first 9 months of 2020: 4/6 “nhiệm vụ”" in text
    assert "99 “đảng viên mới”" in text
    with pytest.raises(ValueError, match="lang"):
        narrative.summary(figures, article, lang="fr")


def _row(**kw):
    base = dict(article_id="a", raw="", value=0.0, value_max=float("nan"), total=float("nan"),
                kind="count", unit="", qualifier="", subject="", predicate="", sentence="",
                paragraph=0, start=0, end=0)
    base.update(kw)
    return base


def test_qualifiers_and_vietnamese_numbers():
    sentence = "Tỉnh đã tiếp nhận hơn 1.030 người trong đợt này."
    figures = pd.DataFrame([_row(raw="1.030", value=1030.0, qualifier="more_than",
                                 subject="người", predicate="tiếp nhận", sentence=sentence,
                                 start=sentence.index("1.030"), end=sentence.index("1.030") + 5)])
    article = pd.Series({"title": "T", "body": sentence})
    assert narrative.summary(figures, article) == (
        "Bài viết nêu 1 số liệu thống kê. Tỉnh đã tiếp nhận hơn 1.030 người."
    )
    assert narrative.summary(figures, article, lang="en") == (
        "The article gives one statistic. More than 1,030 “người” (“Tỉnh đã tiếp nhận”)."
    )
    big = pd.Series(_row(value=9.4e6, subject="ca"))
    assert narrative.number_phrase(big) == "9,4 triệu"
    order = pd.Series(_row(value=1000.0, qualifier="order_of"))
    assert narrative.number_phrase(order) == "hàng nghìn"
    words = pd.Series(_row(raw="nghìn tỷ", value=1e12, qualifier="order_of"))
    assert narrative.number_phrase(words) == "hàng nghìn tỷ"


def test_no_statistics():
    assert narrative.summary(pd.DataFrame([_row(kind="date")])) == (
        "Bài viết không nêu số liệu thống kê nào."
    )


def test_templates_are_editable_text():
    words = narrative.templates("vi")
    assert "{clauses}" in words["framed"] and "{n}" in words["intro"]
    assert narrative.fill("{agent} {predicate} {number} “{subject}”", number="5") == "5"
