"""`toolkit extract`: the plumbing from files to typed CSV + Parquet tables."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import SEED

from toolkit.cli import main
from toolkit.schema import ARTICLES_SCHEMA, FIGURES_SCHEMA
from toolkit.storage import load_articles, load_figures, load_table

CONTRACT_ARTICLES = [
    "article_id",
    "source",
    "url",
    "title",
    "published",
    "event_date",
    "date_flags",
    "byline",
    "lead",
    "dateline",
    "n_paragraphs",
    "n_words",
    "n_figures",
    "captions",
]
CONTRACT_FIGURES = [
    "article_id",
    "raw",
    "value",
    "value_max",
    "total",
    "kind",
    "date_iso",
    "unit",
    "qualifier",
    "subject",
    "predicate",
    "sentence",
    "paragraph",
    "start",
    "end",
]


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["extract", str(SEED.parent), "--out", str(out), "--quiet"]) == 0
    return out


def test_tables_have_the_contract_columns(seed_tables):
    assert ARTICLES_SCHEMA.names[: len(CONTRACT_ARTICLES)] == CONTRACT_ARTICLES
    assert FIGURES_SCHEMA.names == CONTRACT_FIGURES
    for name in ("articles", "figures", "errors"):
        assert (seed_tables / f"{name}.csv").exists() and (seed_tables / f"{name}.parquet").exists()
    with open(seed_tables / "figures.csv", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == CONTRACT_FIGURES


def test_seed_article_row(seed_tables):
    articles = load_articles(seed_tables)
    assert len(articles) == 1
    row = articles.iloc[0]
    assert row["article_id"] == "000_935c444eb72e4165"
    assert row["published"] == dt.date(2022, 1, 18)
    assert row["event_date"] == dt.date(2020, 10, 12)
    assert row["date_flags"] == "published_after_event:463d"
    assert row["byline"] == "PHƯƠNG DUNG" and row["dateline"] == "LSO"
    assert list(row["captions"])[0] == "Các đại biểu tham dự hội nghị"
    assert row["n_figures"] == len(load_figures(seed_tables))
    csv_row = pd.read_csv(seed_tables / "articles.csv", dtype=str).iloc[0]
    assert json.loads(csv_row["captions"]) == list(row["captions"])
    assert csv_row["published"] == "2022-01-18"


def test_seed_statistics_and_kinds(seed_tables):
    figures = load_figures(seed_tables)
    assert figures["value"].dtype == "float64" and figures["paragraph"].dtype == "int64"
    by_value = {(r.value, r.kind) for r in figures.itertuples()}
    for value in (99, 66, 25, 12, 50, 9, 2):
        assert (value, "count") in by_value, value
    fraction = figures[figures["kind"] == "fraction"].iloc[0]
    assert (fraction["raw"], fraction["value"], fraction["total"]) == ("4/6", 4, 6)
    assert {"date", "year", "period"} <= set(figures["kind"])
    assert figures[figures["raw"] == "12/10"].iloc[0]["date_iso"] == "2020-10-12"


def test_offsets_point_into_the_stored_body(seed_tables):
    body = load_articles(seed_tables).iloc[0]["body"]
    title = load_articles(seed_tables).iloc[0]["title"]
    for fig in load_figures(seed_tables).itertuples():
        text = title if fig.paragraph == -1 else body
        assert (
            fig.raw.split()[0] in text[fig.start : fig.end] or text[fig.start : fig.end] in fig.raw
        )


def test_csv_and_parquet_agree(seed_tables):
    parquet = load_figures(seed_tables)
    from_csv = pd.read_csv(seed_tables / "figures.csv", keep_default_na=False, na_values=[""])
    assert list(from_csv["raw"].astype(str)) == list(parquet["raw"])
    assert list(from_csv["value"]) == list(parquet["value"])


def test_output_is_byte_identical_across_runs(seed_tables, tmp_path):
    """Every table, CSV and Parquet (hostile input and a UNC sample on one and two workers:
    tests/test_hostile_reports.py)."""
    assert main(["extract", str(SEED), "--out", str(tmp_path), "--quiet"]) == 0
    for table in ("articles", "figures", "errors"):
        for name in (f"{table}.csv", f"{table}.parquet"):
            assert (tmp_path / name).read_bytes() == (seed_tables / name).read_bytes(), name


def test_bad_file_becomes_an_error_row_and_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_bytes(SEED.read_bytes())
    (folder / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "c_empty.txt").write_bytes(b"")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "toolkit.cli",
            "extract",
            str(folder),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "b_binary.txt" in result.stderr and "binary" in result.stderr
    errors = load_table(tmp_path / "out", "errors")
    assert sorted(errors["file"].str.rsplit("/", n=1).str[-1]) == ["b_binary.txt", "c_empty.txt"]
    assert load_articles(tmp_path / "out")["article_id"].tolist() == ["a_good"]
    assert len(list((tmp_path / "out").glob("*.tmp"))) == 0


def test_missing_input_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert "nope: no such file or folder" in capsys.readouterr().err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "extract" in out and "report" in out


def test_unc_sample_in_a_process_pool(unc, tmp_path):
    files = sorted(unc.glob("news_health_*.txt"))[:60]
    folder = tmp_path / "in"
    folder.mkdir()
    for f in files:
        (folder / f.name).symlink_to(f)
    assert (
        main(["extract", str(folder), "--out", str(tmp_path / "out"), "--workers", "2", "--quiet"])
        == 0
    )
    articles = load_articles(tmp_path / "out")
    assert articles["article_id"].tolist() == [f.stem for f in files]
    assert articles["published"].notna().all() and (articles["title"] != "").all()
    assert articles["source"].eq("dantri").all()
    assert len(load_figures(tmp_path / "out")) > 100


def test_prefetch_keeps_order_and_raises_the_producers_error():
    from toolkit.extraction import prefetch

    assert list(prefetch(iter(range(100)), 3)) == list(range(100))

    def broken():
        yield 1
        raise OSError("archive truncated")

    got = []
    with pytest.raises(OSError, match="archive truncated"):
        for item in prefetch(broken(), 2):
            got.append(item)
    assert got == [1]
    early = prefetch(iter(range(10_000)), 2)
    assert next(early) == 0
    early.close()  # the consumer stops: the producer thread must not hang


def test_truncated_archive_keeps_what_was_read_and_reports_the_damage(tmp_path, capsys):
    import io
    import tarfile

    archive = tmp_path / "cut.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for i in range(200):
            data = SEED.read_text(encoding="utf-8").replace("PHƯƠNG DUNG", f"TÁC GIẢ {i}").encode()
            info = tarfile.TarInfo(f"a/{i:03d}.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive.write_bytes(archive.read_bytes()[:6000])
    out = tmp_path / "out"
    assert main(["extract", str(archive), "--out", str(out), "--quiet", "--workers", "2"]) == 0
    articles = load_articles(out)
    assert 0 < len(articles) < 200
    [error] = load_table(out, "errors").itertuples()
    assert error.file == str(archive) and error.reason.startswith("damaged archive after")
    assert "damaged archive" in capsys.readouterr().err


def test_article_rows_records_are_the_dict_rows_in_column_order():
    from toolkit.readers import read_article
    from toolkit.schema import FIGURES_SCHEMA
    from toolkit.tables import article_rows

    article = read_article(SEED)
    row, dicts = article_rows(article)
    same_row, records = article_rows(article, records=True)
    assert same_row == row and dicts
    assert records == [tuple(d[name] for name in FIGURES_SCHEMA.names) for d in dicts]


def test_a_failing_close_raises_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    from toolkit import storage
    from toolkit.extraction import extract

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Tiêu đề\nThu 5 tỷ đồng năm 2020.\n", encoding="utf-8")
    out = tmp_path / "out"
    extract([folder], out, workers=1, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    flush = storage.TableWriter._flush

    def broken(self):
        if self.name == "figures":
            raise OSError(28, "No space left on device")
        flush(self)

    monkeypatch.setattr(storage.TableWriter, "_flush", broken)
    (folder / "b.txt").write_text("Tiêu đề 2\nChi 7 tỷ đồng.\n", encoding="utf-8")
    with pytest.raises(OSError, match="No space left"):
        extract([folder], out, workers=1, progress=False)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert not [n for n in after if n.endswith(".tmp")]
    assert after["figures.csv"] == before["figures.csv"]  # the failed table keeps its old files
    assert after["figures.parquet"] == before["figures.parquet"]
