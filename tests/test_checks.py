"""`toolkit check`: contract validation (pandera) and fact checks on the seed's tables."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from conftest import SEED

from toolkit.checks import check_article, check_figure
from toolkit.cli import main
from toolkit.storage import TableWriter, load_figures
from toolkit.validation import TableInvalid, validate_frame

PAGE = dt.date(2022, 1, 18)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["extract", str(SEED), "--out", str(out), "--quiet"]) == 0
    return out


def fig(**row):
    base = {"kind": "count", "value": 1.0, "value_max": None, "total": None, "predicate": ""}
    return {**base, **row}


@pytest.mark.parametrize(
    ("row", "reasons"),
    [
        (fig(kind="percent", value=150.0, predicate="chiếm"), ["percent_over_100"]),
        (fig(kind="percent", value=150.0, predicate="doanh thu tăng"), []),
        (fig(kind="fraction", value=7.0, total=6.0), ["fraction_over_total"]),
        (fig(kind="fraction", value=4.0, total=6.0), []),
        (fig(kind="age", value=64.0, value_max=45.0), ["range_reversed"]),
        (fig(kind="age", value=150.0), ["implausible_age"]),
        (fig(kind="year", value=2220.0), ["implausible_year"]),
        (fig(kind="year", value=1077.0), []),
        (fig(kind="percent", value=100.1, raw="100,1%", sentence="Diện tích (100,1% cùng kỳ)."),
         []),
        (fig(kind="date", value=1.0, date_iso="2022-03-01", sentence="Ngày 1/3 hội nghị họp."),
         ["date_after_published"]),
        (fig(kind="date", value=1.0, date_iso="2022-03-01", sentence="Ngày 1/3 sẽ khai mạc."), []),
    ],
)  # fmt: skip
def test_figure_checks(row, reasons):
    assert [reason for reason, _ in check_figure(row, PAGE)] == reasons


def test_headline_number_missing_from_the_body():
    article = {"article_id": "a", "title": "Hà Nội thêm 99 ca mắc", "published": PAGE}
    title = fig(paragraph=-1, raw="99", value=99.0, unit="ca")
    body = fig(paragraph=0, raw="98", value=98.0, unit="ca", sentence="Hà Nội có 98 ca mắc.")
    [finding] = check_article(article, [title, body])
    assert (finding.reason, finding.sentence) == ("title_figure_not_in_body", article["title"])
    assert check_article(article, [title, {**body, "value": 99.0}]) == []


def test_check_command_on_the_seed(tables, capsys):
    assert main(["check", "--processed", str(tables)]) == 0
    with open(tables / "checks.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["reason"] for r in rows] == ["published_after_event"]
    assert rows[0]["article_id"] == "000_935c444eb72e4165"
    assert rows[0]["sentence"].startswith("Chiều nay (12/10)")
    assert "1 findings in 1 articles" in capsys.readouterr().err


def test_tables_that_break_the_contract_are_bad_input(tables, tmp_path, capsys):
    figures = load_figures(tables)
    figures.loc[2, "kind"] = "banana"
    for name in ("articles", "errors"):
        for suffix in (".parquet", ".csv"):
            (tmp_path / f"{name}{suffix}").write_bytes((tables / f"{name}{suffix}").read_bytes())
    writer = TableWriter(tmp_path, "figures")
    writer.write(figures.astype(object).where(figures.notna(), None).to_dict("records"))
    writer.close()
    assert main(["check", "--processed", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "figures.kind" in err and "row(s) 2" in err and "banana" in err
    assert main(["check", "--processed", str(tmp_path / "missing")]) == 2


def test_validation_flags_broken_offsets(tables):
    figures = load_figures(tables)
    validate_frame("figures", figures)
    figures.loc[0, "end"] = figures.loc[0, "start"]
    with pytest.raises(TableInvalid, match="end_after_start fails in row"):
        validate_frame("figures", figures)


def test_a_first_text_line_is_not_held_to_the_headline_check():
    # UNC files have no headline: their "title" is the first sentence, stated nowhere else.
    lead = "Bộ Y tế cho biết, 14 ca mắc mới, trong đó có 10 ca được cách ly ngay."
    article = {"article_id": "news_health_023", "title": lead, "published": PAGE}
    assert check_article(article, [fig(paragraph=-1, raw="14", value=14.0)]) == []
