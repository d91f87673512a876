"""SQLite database: built atomically from the seed's tables, full-text search on sentences,
Datasette metadata with the contract's column descriptions."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from conftest import SEED, SHARED

from toolkit.cli import main
from toolkit.database import metadata_path, search, write_database
from toolkit.schema import DESCRIPTIONS, SCHEMAS

CONTRACT = SHARED / "docs" / "figures.md"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["extract", str(SEED), "--out", str(out), "--quiet", "--db"]) == 0
    return out


def test_database_holds_the_tables(built):
    db = sqlite3.connect(built / "news.db")
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SCHEMAS}
    assert counts["articles"] == 1 and counts["errors"] == 0 and counts["figures"] >= 20
    row = db.execute("SELECT published, event_date, date_flags, captions FROM articles").fetchone()
    assert row[:3] == ("2022-01-18", "2020-10-12", "published_after_event:463d")
    assert json.loads(row[3])[0] == "Các đại biểu tham dự hội nghị"
    assert db.execute("SELECT value, total FROM figures WHERE raw = '4/6'").fetchone() == (4, 6)
    assert not list(built.glob(".*.tmp"))


def test_full_text_search_finds_sentences(built):
    hits = search(built / "news.db", '"đảng viên mới"')
    assert hits and all("99 đảng viên mới" in sentence for _, _, sentence in hits)
    assert {raw for _, raw, _ in hits} >= {"99", "25", "12"}
    assert search(built / "news.db", "Covid") == []


def test_datasette_metadata_describes_every_column(built):
    meta = json.loads(metadata_path(built / "news.db").read_text(encoding="utf-8"))
    tables = meta["databases"]["news"]["tables"]
    for name, schema in SCHEMAS.items():
        assert set(tables[name]["columns"]) == set(schema.names)
    assert tables["figures"]["fts_table"] == "figures_fts"


def test_descriptions_are_the_contracts_words():
    if not CONTRACT.exists():
        pytest.skip(f"contract not available: {CONTRACT} (../shared is absent)")
    doc = CONTRACT.read_text(encoding="utf-8")
    for table in ("articles", "figures"):
        section = doc.split(f"## {table} table")[1].split("\n## ")[0]
        for name, meaning in re.findall(r"^\| (\w+) \| [^|]+ \| (.+) \|$", section, re.M):
            if name == "column" or (table == "figures" and name in ("kind", "paragraph")):
                continue  # described with their vocabulary / title rule spelled out
            assert DESCRIPTIONS[table][name] == meaning, (table, name)


def test_a_failed_build_leaves_the_old_database(built, tmp_path):
    (tmp_path / "articles.parquet").write_bytes((built / "articles.parquet").read_bytes())
    (tmp_path / "news.db").write_bytes(b"previous")
    with pytest.raises(FileNotFoundError, match="figures.parquet"):
        write_database(tmp_path)
    assert (tmp_path / "news.db").read_bytes() == b"previous"
    assert not list(tmp_path.glob(".*.tmp"))
