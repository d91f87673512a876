"""`toolkit report` on the seed: papermill run, HTML without code, PDF with exact Vietnamese."""

from __future__ import annotations

import io
import json
import re

import pytest
from conftest import REPO, SEED
from pypdf import PdfReader

from toolkit.cli import main
from toolkit.readers import read_article

ARTICLE_ID = SEED.stem


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("run")
    processed, reports = root / "processed", root / "reports"
    assert main(["extract", str(SEED), "--out", str(processed), "--quiet"]) == 0
    code = main(
        [
            "report",
            "--processed",
            str(processed),
            "--reports",
            str(reports),
            "--notebook",
            str(REPO / "notebooks" / "article.ipynb"),
        ]
    )
    assert code == 0
    return reports


def test_files_are_where_the_readme_says(built):
    for path in (f"{ARTICLE_ID}.html", f"{ARTICLE_ID}.pdf", f"executed/{ARTICLE_ID}.ipynb"):
        assert (built / path).stat().st_size > 1000, path
    assert not list(built.rglob("*.tmp"))


def test_executed_notebook_ran_every_cell_with_the_parameters(built):
    nb = json.loads((built / "executed" / f"{ARTICLE_ID}.ipynb").read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code)
    injected = [c for c in code if "injected-parameters" in c["metadata"].get("tags", [])]
    assert ARTICLE_ID in "".join(injected[0]["source"])
    assert not any(o.get("output_type") == "error" for c in code for o in c["outputs"])


def test_html_shows_the_report_and_no_code(built):
    html = (built / f"{ARTICLE_ID}.html").read_text(encoding="utf-8")
    title = read_article(SEED).title
    assert "“Dân vận khéo”" in title and title in html
    assert "Số liệu chính" in html and "99" in html and "4/6" in html
    assert "Bài viết nêu" in html
    for code in ("import ", "storage.load_articles", "display.headline", "In&nbsp;[", "¶"):
        assert code not in html, code
    chart = re.search(r'<img alt="([^"]+)" src="data:image/svg\+xml;base64,', html)
    assert chart, "the chart is embedded, not linked"
    assert "99 đảng viên mới" in chart.group(1)  # alt text describes the bars
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing fetched


def test_pdf_has_the_exact_headline_and_the_chart(built):
    reader = PdfReader(io.BytesIO((built / f"{ARTICLE_ID}.pdf").read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert read_article(SEED).title in flat
    assert "PHƯƠNG DUNG" in flat and "Nguồn gốc số liệu" in flat
    assert "Các số lượng trong bài" in flat  # the chart's title, drawn in the PDF
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4


def test_unknown_article_id_is_refused(built, tmp_path, capsys):
    processed = tmp_path / "p"
    main(["extract", str(SEED), "--out", str(processed), "--quiet"])
    assert (
        main(["report", "no-such-id", "--processed", str(processed), "--reports", str(tmp_path)])
        == 2
    )
    assert "no-such-id" in capsys.readouterr().err


def test_html_narrative_links_each_clause_to_its_sentence(built):
    html = (built / f"{ARTICLE_ID}.html").read_text(encoding="utf-8")
    assert (
        "Trong 9 tháng đầu năm 2020, Đảng bộ đã cơ bản hoàn thành 4/6 nhiệm vụ"
        '<sup class="note"><a href="#so-lieu-1">1</a></sup>' in html
    )
    assert '<li id="so-lieu-3"><strong>99</strong>' in html
    assert "kết nạp được <mark>99</mark> đảng viên mới" in html
    assert "# Parameters" not in html  # the injected-parameters cell is hidden


def test_report_ends_with_its_provenance(built):
    import hashlib

    html = (built / f"{ARTICLE_ID}.html").read_text(encoding="utf-8")
    tail = html[html.index("Nguồn gốc báo cáo") :]
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() in tail
    assert "figures.parquet" in tail and "<code>article_id</code>" in tail
    assert "toolkit 0.1.0" in tail and "UTC" in tail
    assert "Nguồn gốc báo cáo" in " ".join(
        " ".join(p.extract_text() for p in PdfReader(built / f"{ARTICLE_ID}.pdf").pages).split()
    )


def test_reports_are_readable_files(built):
    import stat

    mode = (built / f"{ARTICLE_ID}.html").stat().st_mode
    assert mode & stat.S_IRGRP and mode & stat.S_IROTH


def test_html_title_is_the_headline(built):
    html = (built / f"{ARTICLE_ID}.html").read_text(encoding="utf-8")
    assert f"<title>{read_article(SEED).title}</title>" in html
