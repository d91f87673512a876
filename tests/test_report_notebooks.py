"""The corpus and indicator notebooks (and the article one on hostile text), executed with
papermill through `toolkit report` on a small corpus made here: the seed, three articles
written for the test (one with `<script>` in its title and body) and, when ../shared is
present, three UNC articles."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import tarfile

import nbformat
import pytest
from conftest import REPO, SEED, UNC
from pypdf import PdfReader

from toolkit.cli import main

ARTICLES = {
    "news_health_901.txt": """# doc_id = news_health_901
# url = https://dantri.com.vn/suc-khoe/a-901.htm
# date = 20201005
Bộ Y tế ghi nhận thêm ca mắc mới
Sáng 5/10, Bộ Y tế ghi nhận thêm 12 ca mắc mới Covid-19. Hơn 1.000 người đang được cách ly.
Tỷ lệ khỏi bệnh đạt 15,3% trong tuần.
""",
    "news_health_902.txt": """# doc_id = news_health_902
# url = https://dantri.com.vn/suc-khoe/a-902.htm
# date = 20201020
Thêm ca mắc mới tại Hà Nội
Tối 20/10, Hà Nội ghi nhận thêm 30 ca mắc mới. Thành phố đã hoàn thành 4/6 đợt xét nghiệm.
""",
    "news_world_903.txt": """# doc_id = news_world_903
# url = https://dantri.com.vn/the-gioi/a-903.htm
# date = 20201101
Thế giới vượt 9,4 triệu ca mắc <script>alert(1)</script>
Tính đến ngày 1/11, thế giới ghi nhận 9,4 triệu ca mắc Covid-19. <script>alert(1)</script>
Có 45 nước báo cáo số ca tăng.
""",
}
UNC_FILES = ("news_health_001.txt", "news_health_023.txt", "news_health_024.txt")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A folder of articles and the same articles as a .tar.gz."""
    root = tmp_path_factory.mktemp("small")
    folder = root / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if UNC.is_dir():
        for name in UNC_FILES:
            shutil.copy(UNC / name, folder / name)
    archive = root / "small.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for path in sorted(folder.iterdir()):
            tar.add(path, arcname=f"small/{path.name}")
    return root, folder, archive


def _report(*args: str) -> int:
    return main(["report", *args])


@pytest.fixture(scope="module")
def corpus_report(small):
    root, _, archive = small
    reports, processed = root / "reports", root / "processed-corpus"
    assert _report("--corpus", str(archive), "--processed", str(processed),
                   "--reports", str(reports), "-p", "top_n=5") == 0
    return reports, archive


@pytest.fixture(scope="module")
def indicator_report(small):
    root, folder, _ = small
    reports, processed = root / "reports", root / "processed-folder"
    assert _report("--indicator", "ca mắc", "--corpus", str(folder), "--processed",
                   str(processed), "--reports", str(reports)) == 0
    return reports, processed


def _text(pdf):
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _clean(html: str) -> None:
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing fetched
    for code in ("import ", "display.", "In&nbsp;[", "¶", "# Parameters"):
        assert code not in html, code


def test_corpus_report_from_an_archive(corpus_report):
    reports, archive = corpus_report
    html = (reports / "corpus.html").read_text(encoding="utf-8")
    _clean(html)
    n = 7 if UNC.is_dir() else 4
    assert f"Kho dữ liệu gồm {n} bài báo, đăng từ" in html
    assert "Kho bài báo: small.tar.gz" in html
    assert re.search(r"<td>sức khỏe</td>|<th>sức khỏe</th>", html)  # topic from the id
    assert "ngày đăng sau ngày sự kiện 463 ngày" in html  # the seed's date flag
    assert "<mark>9,4 triệu</mark>" in html  # the largest count, marked in its sentence
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert digest in html and "<code>top_n</code>" in html  # provenance: archive, parameters
    pdf = _text(reports / "corpus.pdf")
    assert "Những đối tượng được đếm nhiều nhất" in pdf and "Nguồn gốc báo cáo" in pdf
    assert digest[:20] in pdf.replace(" ", "")


def test_corpus_executed_notebook(corpus_report):
    reports, _ = corpus_report
    nb = nbformat.read(reports / "executed" / "corpus.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    injected = [c for c in code if "injected-parameters" in c.metadata.get("tags", [])]
    assert "top_n = 5" in injected[0].source


def test_indicator_report_follows_the_subject(indicator_report):
    reports, _ = indicator_report
    html = (reports / "indicator-ca-mac.html").read_text(encoding="utf-8")
    _clean(html)
    assert "Theo dõi chỉ số: “ca mắc”" in html
    assert "Con số cao nhất là 9,4 triệu ca mắc" in html
    assert "<mark>12</mark> ca mắc mới Covid-19" in html
    assert "<mark>30</mark> ca mắc mới" in html
    rows = re.findall(r'<span id="so-lieu-(\d+)">', html)
    assert rows == [str(i) for i in range(1, len(rows) + 1)] and len(rows) >= 4
    assert "01/11/2020" in html and "05/10/2020" in html
    chart = re.search(r'<img alt="([^"]+)" src="data:image/svg\+xml;base64,', html)
    assert chart and "Biểu đồ đường" in chart.group(1)
    assert "“ca mắc” qua các bài báo" in _text(reports / "indicator-ca-mac.pdf")


def test_article_text_is_escaped(indicator_report):
    reports, processed = indicator_report
    assert _report("news_world_903", "--processed", str(processed), "--reports",
                   str(reports)) == 0
    html = (reports / "news_world_903.html").read_text(encoding="utf-8")
    _clean(html)
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2  # title and sentence
    assert "<mark>9,4 triệu</mark>" in html


def test_failing_notebook_names_report_and_cell(indicator_report, tmp_path, capsys):
    reports, processed = indicator_report
    nb = json.loads((REPO / "notebooks" / "article.ipynb").read_text(encoding="utf-8"))
    nb["cells"].append(nbformat.v4.new_code_cell("display.no_such_block(figures)"))
    broken = tmp_path / "broken.ipynb"
    broken.write_text(json.dumps(nb), encoding="utf-8")
    (reports / "news_health_901.html").write_text("old", encoding="utf-8")
    code = _report("news_health_901", "--processed", str(processed), "--reports", str(reports),
                   "--notebook", str(broken))
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and "news_health_901: cell" in err[0]
    assert "display.no_such_block(figures)" in err[0] and "AttributeError" in err[0]
    assert not (reports / "news_health_901.html").exists()
    assert not (reports / "news_health_901.pdf").exists()
    assert (reports / "executed" / "news_health_901.failed.ipynb").exists()
