"""Hostile text through the whole chain, and faults mid-run (issue 7, output side).

Articles made here from the seed with script tags, event handlers, `javascript:` links, template
syntax and quote/backslash/newline break-outs in their title and body are extracted and turned
into the article, corpus and indicator reports; the HTML is parsed (not searched) for anything
that could run, and the hostile strings must still be there as text for the reader. Then: a
notebook that raises, an export that fails, a batch and an extraction killed with SIGKILL, and
two extractions compared byte for byte.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, SEED, UNC
from pypdf import PdfReader

from toolkit.atomic import TEMPORARY
from toolkit.cli import main

NOTEBOOKS = REPO / "notebooks"
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% raw %}",
    "{% include '/etc/passwd' %}",
    r"$\foo{$ giá $5",  # with the next, an even number of `$`: mathtext to matplotlib
    "${7*7}",
    '"""',
    "'''",
    r"\"); import os #",
    "</textarea><!--",
]
LINE = " ".join(HOSTILE)
# A parameter value (given with -p) that would end any quoted string it were pasted into.
PARAM = f'{LINE} \\\n\'"\\n x'
HOSTILE_ID = "001_hostile"
HEADER_ID = "news_hostile_002"
COPIES = ("004_copy", "005_copy", "006_copy")
# html.parser gives attribute values with entities decoded, so `&#106;avascript:` is caught.
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "background", "poster",
             "data", "srcset", "cite", "ping", "codebase", "lowsrc", "dynsrc", "manifest"}
ACTIVE = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
          "foreignobject", "link", "meta"}
SAFE_DATA = re.compile(r"data:image/(svg\+xml|png|jpeg|gif|webp)[;,]")
HASHES = re.compile(r"[0-9a-f]{16,}")


# --- the audit -----------------------------------------------------------------------------


class Audit(HTMLParser):
    """Parses HTML (or SVG) and records what could run, plus the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self.svgs: list[str] = []
        self.open: list[str] = []
        self.closed_html = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE and not (tag == "meta" and {k for k, _ in attrs} <= {"charset", "name",
                                                                                "content"}):
            self.problems.append(f"<{tag} {attrs}>")
        for name, value in attrs:
            value = value or ""
            plain = re.sub(r"[\x00-\x20]", "", value).lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRS and re.match(r"(java|vb|live)script:|data:", plain) and not (
                SAFE_DATA.match(plain) and tag == "img"
            ):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            if name in ("href", "xlink:href") and not value.startswith("#"):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>")  # reports link nothing
            if name == "style" and ("javascript:" in plain or "expression(" in plain):
                self.problems.append(f"<{tag} style={value!r}>")
            if tag == "img" and name == "src" and plain.startswith("data:image/svg+xml;base64,"):
                self.svgs.append(base64.b64decode(value.split(",", 1)[1]).decode("utf-8"))
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.closed_html |= tag == "html"
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        if "style" not in self.open:
            self.text.append(data)


def audit(html: str) -> Audit:
    """Parse `html` and the SVG charts embedded in it; fail on anything that could run."""
    found = Audit()
    found.feed(html)
    found.close()
    assert not found.problems, found.problems
    for svg in found.svgs:
        inner = Audit()
        inner.feed(svg)
        assert not inner.problems, inner.problems
    return found


def visible(html: str) -> str:
    """The text of a page as a reader sees it (entities decoded, tags gone)."""
    return "".join(audit(html).text)


def elements(html: str, tag: str, cls: str | None = None) -> list[str]:
    """The texts of every `tag` element (of class `cls`) in `html`."""

    class Grab(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth, self.found = 0, []

        def handle_starttag(self, t: str, attrs: list) -> None:
            if self.depth:
                self.depth += t == tag
            elif t == tag and (cls is None or cls in (dict(attrs).get("class") or "").split()):
                self.depth = 1
                self.found.append("")

        def handle_endtag(self, t: str) -> None:
            if self.depth and t == tag:
                self.depth -= 1

        def handle_data(self, data: str) -> None:
            if self.depth:
                self.found[-1] += data

    grab = Grab()
    grab.feed(html)
    return grab.found


def pdf_text(path: Path) -> str:
    """The PDF's text without any whitespace (line breaks fall anywhere); fails on a PDF that
    carries JavaScript, a launch action or a `javascript:` link."""
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert "/OpenAction" not in root and "/AA" not in root
    assert "/JavaScript" not in (root.get("/Names") or {})
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            assert action.get("/S") not in ("/JavaScript", "/Launch"), action
            assert not str(action.get("/URI", "")).lower().startswith("javascript:"), action
    return "".join("".join(p.extract_text() for p in reader.pages).split())


def flat(text: str) -> str:
    return "".join(text.split())


def notebook_outputs_are_text(path: Path) -> list[str]:
    """Audit every HTML/markdown output of an executed notebook; return the HTML outputs."""
    from nbconvert.filters import markdown2html

    nb = nbformat.read(path, as_version=4)
    htmls = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                audit(data["text/html"])
                htmls.append(data["text/html"])
            if "text/markdown" in data:
                audit(markdown2html(data["text/markdown"]))
    return htmls


# --- the project -----------------------------------------------------------------------------


def hostile_page() -> str:
    """The seed article (page layout) with the hostile strings in its title and two sentences."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    lines[2] = f"{lines[2]} {LINE}"
    text = "\n".join(lines) + "\n"
    text = text.replace("kết nạp được 99 đảng viên mới;", f"kết nạp được 99 đảng viên mới {LINE};")
    return text.replace("khen thưởng 9 tập thể", "khen thưởng 9 tập thể {{ 7*7 }} <b>đậm</b>")


def hostile_header() -> str:
    """A header-format article (as in the UNC corpus) whose URL is a `javascript:` one."""
    return (
        f"# doc_id = {HEADER_ID}\n# url = javascript:alert(1)\n# date = 20201005\n"
        f"Bộ Y tế ghi nhận 12 ca mắc mới {HOSTILE[0]} {HOSTILE[3]}\n"
        f"Sáng 5/10, Bộ Y tế ghi nhận thêm 12 ca mắc mới {HOSTILE[1]}. Hơn 1.000 người đang được "
        f"cách ly {HOSTILE[2]} {HOSTILE[7]}.\n"
    )


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toolkit.cli", *args], capture_output=True,
                          text=True, check=False, cwd=REPO, **kwargs)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Articles (seed, hostile page, hostile header file, three copies), extracted by the CLI;
    the article reports of the two hostile ones, the corpus report and two indicator reports
    (one with a hostile name), with the hostile `PARAM` as corpus name."""
    root = tmp_path_factory.mktemp("hostile")
    raw, processed, reports = root / "raw", root / "processed", root / "reports"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    (raw / f"{HOSTILE_ID}.txt").write_text(hostile_page(), encoding="utf-8")
    (raw / f"{HEADER_ID}.txt").write_text(hostile_header(), encoding="utf-8")
    for name in COPIES:
        (raw / f"{name}.txt").write_bytes(SEED.read_bytes())
    done = run_cli("extract", str(raw), "--out", str(processed), "--quiet")
    assert done.returncode == 0, done.stderr
    common = ["--processed", str(processed), "--reports", str(reports)]
    assert main(["report", HOSTILE_ID, HEADER_ID, *common, "--workers", "2"]) == 0
    assert main(["report", "--corpus", str(raw), *common, "-p", f"corpus_name={PARAM}"]) == 0
    assert main(["report", "--indicator", "đảng viên mới", *common,
                 "-p", f"corpus_name={PARAM}"]) == 0
    assert main(["report", "--indicator", LINE, *common]) == 0
    return root


def _article(project: Path, article_id: str):
    from toolkit.storage import load_articles, load_figures

    articles = load_articles(project / "processed").set_index("article_id")
    figures = load_figures(project / "processed")
    return articles.loc[article_id].rename(article_id), figures.query("article_id == @article_id")


# --- injection ---------------------------------------------------------------------------------


def test_article_report_shows_hostile_text_as_text(project):
    article, figures = _article(project, HOSTILE_ID)
    assert all(h in article["title"] for h in HOSTILE)  # the reader kept it all
    html = (project / "reports" / f"{HOSTILE_ID}.html").read_text(encoding="utf-8")
    text = visible(html)  # and nothing in the page can run
    assert elements(html, "h1") == [article["title"]]
    assert elements(html, "title") == [article["title"]]
    sources = elements(html, "ol", "provenance")[0]
    assert f"99 đảng viên mới {LINE};" in sources  # the body sentence, every string intact
    assert "{{ 7*7 }} <b>đậm</b>" in sources  # a tag in the text is text, not bold
    assert not elements(html, "b")
    # the generated paragraph: exactly the plain-text summary (escaped, never interpreted)
    from toolkit.narrative import summary

    unnoted = re.sub(r'<sup class="note"><a href="#so-lieu-\d+">\d+</a></sup>', "", html)
    assert elements(unnoted, "p", "narrative") == [summary(figures, article)]
    for h in HOSTILE:
        assert text.count(h) >= 2, h
    report = text[: text.index("Nguồn gốc báo cáo")]
    assert "49" not in HASHES.sub("", report)  # `{{ 7*7 }}` was never evaluated


def test_header_article_with_javascript_url(project):
    html = (project / "reports" / f"{HEADER_ID}.html").read_text(encoding="utf-8")
    text = visible(html)
    title = elements(html, "h1")[0]
    assert title == f"Bộ Y tế ghi nhận 12 ca mắc mới {HOSTILE[0]} {HOSTILE[3]}"
    assert HOSTILE[1] in text and HOSTILE[2] in text and HOSTILE[7] in text


def test_corpus_and_indicator_reports(project):
    reports = project / "reports"
    corpus = (reports / "corpus.html").read_text(encoding="utf-8")
    text = visible(corpus)
    assert elements(corpus, "h1") == [f"Kho bài báo: {PARAM}"]  # the -p value, exactly
    assert repr(PARAM) in elements(corpus, "code")  # provenance: the value the kernel had
    assert text.count(HOSTILE[0]) >= 3  # headline, source lines, an article title
    drawn = [visible(svg) for svg in audit(corpus).svgs]  # the charts' text elements
    assert len(drawn) == 3 and all(LINE in t for t in drawn)  # source lines, never mathtext
    indicator = (reports / "indicator-dang-vien-moi.html").read_text(encoding="utf-8")
    text = visible(indicator)
    assert f"99 đảng viên mới {LINE};" in "".join(elements(indicator, "table", "values"))
    assert repr(PARAM) in elements(indicator, "code")
    named = sorted(reports.glob("indicator-script-alert-1-script-*.html"))
    assert len(named) == 1  # a file name made of the hostile name's letters only
    page = named[0].read_text(encoding="utf-8")
    visible(page)
    assert elements(page, "h1") == [f"Theo dõi chỉ số: “{LINE}”"]
    assert LINE in elements(page, "p", "narrative")[0]


def test_pdfs_show_the_literal_strings(project):
    reports = project / "reports"
    article = pdf_text(reports / f"{HOSTILE_ID}.pdf")
    for h in HOSTILE:
        assert flat(h) in article, h
    assert flat(f"Kho bài báo: {PARAM}") in pdf_text(reports / "corpus.pdf")
    assert flat(LINE) in pdf_text(reports / "indicator-dang-vien-moi.pdf")
    assert PdfReader(reports / f"{HOSTILE_ID}.pdf").metadata.title == _article(
        project, HOSTILE_ID)[0]["title"]


def test_executed_notebooks_carry_escaped_text_only(project):
    executed = project / "reports" / "executed"
    names = [HOSTILE_ID, HEADER_ID, "corpus", "indicator-dang-vien-moi"]
    assert {p.stem for p in executed.glob("*.ipynb")} >= set(names)
    for name in names:
        htmls = notebook_outputs_are_text(executed / f"{name}.ipynb")
        assert any(HOSTILE[0] in visible(h) for h in htmls), name
    nb = nbformat.read(executed / "corpus.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    # papermill wrote the value as one Python string literal: data, not code
    import ast

    tree = ast.parse(injected.source)
    values = {n.targets[0].id: ast.literal_eval(n.value) for n in tree.body}
    assert values["corpus_name"] == PARAM and len(tree.body) == len(values)


def _probe(folder: Path) -> Path:
    """A report notebook that echoes its parameters (JSON, on stdout) and raises for one id."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    params = nbformat.v4.new_code_cell(
        'article_id: str = ""\nprocessed_dir: str = ""\nvalue: str = ""\nitems: list = []'
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell(
            "import json, os\nprint(json.dumps({'value': value, 'items': items, "
            "'cwd': os.getcwd()}))"
        ),
        nbformat.v4.new_code_cell(
            f"if article_id == {HEADER_ID!r}:\n"
            "    raise ValueError('\\n' + value.splitlines()[0] + '\\x1b[2J')"
        ),
        nbformat.v4.new_code_cell(
            "from IPython.display import HTML\nfrom html import escape\n"
            "HTML(f'<h1>Thăm dò {escape(article_id)}</h1>')"
        ),
    ]
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / "probe.ipynb")
    return folder / "probe.ipynb"


def test_parameters_arrive_intact_and_a_failure_is_honest(project, tmp_path):
    """-p values with quotes, backslashes, newlines and template syntax reach the kernel as the
    same strings (also through a folder name in the kernel's `chdir`); the report whose
    notebook raises is failed with its cell, its older files removed, the others built."""
    reports, processed = tmp_path / "reports", project / "processed"
    notebook = _probe(tmp_path / "it's \"q\" {x} $HOME")
    items = ["\n'''\n", '"""', "\\", "{{ 7*7 }}", "</script>"]
    for name in (f"{HEADER_ID}.html", f"{HEADER_ID}.pdf", f"executed/{HEADER_ID}.ipynb"):
        (reports / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(project / "reports" / name, reports / name)  # an earlier, complete report
    (reports / ".cache").mkdir()
    (reports / ".cache" / f"{HEADER_ID}.json").write_text("{}", encoding="utf-8")
    done = run_cli("report", SEED.stem, HEADER_ID, "--processed", str(processed),
                   "--reports", str(reports), "--notebook", str(notebook), "--workers", "2",
                   "-p", f"value={PARAM}", "-p", f"items={items!r}")
    assert done.returncode == 1, done.stderr
    row = next(line for line in done.stderr.splitlines() if line.startswith(HEADER_ID))
    assert "failed" in row and f"{HEADER_ID}: cell 3 (" in row and "ValueError: <script>" in row
    assert "older HTML/PDF were removed" in row
    assert "\x1b" not in done.stderr and "\\x1b[2J" in row  # no terminal escapes
    assert re.search(rf"^{SEED.stem}\s+built", done.stderr, flags=re.M)
    for name in (f"{HEADER_ID}.html", f"{HEADER_ID}.pdf", f"executed/{HEADER_ID}.ipynb",
                 f".cache/{HEADER_ID}.json"):
        assert not (reports / name).exists(), name
    assert (reports / "executed" / f"{HEADER_ID}.failed.ipynb").exists()
    assert (reports / ".cache" / f"{SEED.stem}.json").exists()
    nb = nbformat.read(reports / "executed" / f"{SEED.stem}.ipynb", as_version=4)
    echoed = json.loads(nb.cells[2].outputs[0]["text"])  # cell 0 is papermill's parameters
    assert echoed == {"value": PARAM, "items": items, "cwd": str(notebook.parent)}
    html = (reports / f"{SEED.stem}.html").read_text(encoding="utf-8")
    assert HOSTILE[0] in visible(html) and HOSTILE[1] in visible(html)  # the echo: text
    assert not [p for p in reports.rglob("*") if TEMPORARY.match(p.name)]


@pytest.mark.parametrize("broken", ["to_pdf", "write_atomic"])
def test_failed_export_leaves_no_report(project, tmp_path, monkeypatch, broken):
    """The notebook ran but the PDF could not be made or written (after the new HTML was): no
    HTML or PDF under the final name (not even the older ones), papermill's copy kept as
    `.failed.ipynb`."""
    from toolkit import report

    reports = tmp_path / "reports"
    for name in ("corpus.html", "corpus.pdf", "executed/corpus.ipynb"):
        (reports / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(project / "reports" / name, reports / name)

    def execute(notebook, target, parameters, cwd, km):
        shutil.copy(project / "reports" / "executed" / "corpus.ipynb", target)
        return nbformat.read(target, as_version=4)

    def to_pdf(html):
        raise OSError("no space left on device")

    def write_atomic(target, data, write=report.write_atomic):
        if target.suffix == ".pdf":
            to_pdf(data)
        write(target, data)

    monkeypatch.setattr(report, "execute", execute)
    monkeypatch.setattr(report, broken, locals()[broken])
    with pytest.raises(report.ReportError, match="corpus: OSError: no space left on device"):
        report.build(NOTEBOOKS / "corpus.ipynb", "corpus", {}, reports, NOTEBOOKS, km=None)
    assert sorted(p.relative_to(reports).as_posix() for p in reports.rglob("*")
                  if p.is_file()) == ["executed/corpus.failed.ipynb"]


# --- killed mid-run ----------------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (from /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _running(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _kill_when(process: subprocess.Popen, ready, limit: float = 60) -> set[int]:
    """SIGKILL the process group of `process` once `ready()` is true; return the processes
    that were below it (workers, kernels)."""
    deadline = time.monotonic() + limit
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    below = _descendants(process.pid)
    running = process.poll() is None
    if running:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)
    assert running, "finished before it could be killed"
    assert time.monotonic() < deadline, "never got to the point to kill it"
    return below


def test_report_batch_killed_midway(project, tmp_path):
    """`toolkit report all` (six articles, two workers) killed once a report is done while
    another is running (held by a flag file): no process lives on, no file under a final name
    is partial, and the next run builds the rest and keeps what was done."""
    processed, reports, flag = project / "processed", tmp_path / "reports", tmp_path / "hold"
    nb = nbformat.read(NOTEBOOKS / "article.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(
        f"import os, time\nwhile article_id == {HOSTILE_ID!r} and os.path.exists({str(flag)!r}):"
        "\n    time.sleep(0.2)"
    ))
    nbformat.write(nb, tmp_path / "article.ipynb")
    flag.touch()
    args = ["report", "all", "--processed", str(processed), "--reports", str(reports),
            "--workers", "2", "--notebook", str(tmp_path / "article.ipynb")]
    total = 6
    process = subprocess.Popen([sys.executable, "-m", "toolkit.cli", *args], cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        below = _kill_when(process, lambda: len(list(reports.glob(".cache/*.json"))) >= 1)
    except BaseException:
        flag.unlink()  # a held report lets go
        raise
    deadline = time.monotonic() + 10  # workers and kernels notice their parent is gone
    while _running(below) and time.monotonic() < deadline:
        time.sleep(0.2)
    orphans = _running(below)
    for pid in orphans:  # the test's own processes: never leave them running
        os.kill(pid, signal.SIGKILL)
    assert not orphans, "processes outlived the killed batch"
    finished = {p.stem: p.stat().st_mtime_ns for p in reports.glob(".cache/*.json")}
    assert 1 <= len(finished) < total
    for path in reports.glob("*.html"):  # whatever is under a final name is whole
        html = path.read_text(encoding="utf-8")
        assert html.rstrip().endswith("</html>") and audit(html).closed_html, path
    for path in reports.glob("*.pdf"):
        assert len(PdfReader(path).pages) >= 1, path
    for path in reports.glob("executed/*.ipynb"):
        nbformat.read(path, as_version=4)
    flag.unlink()
    again = run_cli(*args)  # the next run completes the rest
    assert again.returncode == 0, again.stderr
    err = again.stderr
    for name in finished:
        assert re.search(rf"^{name}\s+up to date", err, flags=re.M), err
        assert (reports / ".cache" / f"{name}.json").stat().st_mtime_ns == finished[name]
    assert len(list(reports.glob("*.html"))) == len(list(reports.glob("*.pdf"))) == total
    assert not [p for p in reports.rglob("*") if TEMPORARY.match(p.name)]


def test_extract_killed_midway(project, tmp_path):
    from toolkit.storage import load_table

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    seed = SEED.read_bytes()
    for i in range(1000):
        (raw / f"a{i:04d}.txt").write_bytes(seed)
    assert run_cli("extract", str(raw), "--out", str(out), "--quiet").returncode == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.*")}
    (raw / "b_new.txt").write_bytes(seed)
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit.cli", "extract", str(raw), "--out", str(out), "--quiet"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _kill_when(process, lambda: any(
        p.name.startswith(".figures.csv.") and p.stat().st_size > 64_000
        for p in out.glob(".*.tmp")))
    left = [p.name for p in out.iterdir() if TEMPORARY.match(p.name)]
    assert left  # killed while writing: its temporary files are still there...
    for name, data in before.items():  # ...and the tables under their final names are whole
        if name != ".extract.json":
            assert (out / name).read_bytes() == data, name
    for table in ("articles", "figures", "errors"):
        load_table(out, table)
    assert run_cli("extract", str(raw), "--out", str(out), "--quiet").returncode == 0
    assert not [p for p in out.iterdir() if TEMPORARY.match(p.name)]  # cleaned by the next run
    assert len(load_table(out, "articles")) == 1001


# --- determinism -------------------------------------------------------------------------------


def _same_tables(a: Path, b: Path) -> None:
    import pyarrow.parquet as pq

    for table in ("articles", "figures", "errors"):
        for suffix in ("csv", "parquet"):
            name = f"{table}.{suffix}"
            assert (a / name).read_bytes() == (b / name).read_bytes(), name
        meta = pq.ParquetFile(a / f"{table}.parquet").metadata
        assert set(meta.metadata) == {b"ARROW:schema"}  # no pandas metadata, no timestamps
        assert meta.created_by.startswith("parquet-cpp-arrow version")


def test_extract_is_byte_identical_on_hostile_input(project, tmp_path):
    """The project (seed, hostile articles) extracted again, on one worker instead of the
    pool: the same CSV and Parquet bytes."""
    assert main(["extract", str(project / "raw"), "--out", str(tmp_path), "--quiet",
                 "--workers", "1"]) == 0
    _same_tables(project / "processed", tmp_path)


def test_extract_is_byte_identical_on_unc(project, tmp_path):
    if not UNC.is_dir():
        pytest.skip(f"corpus not available: {UNC} (../shared is absent on this machine)")
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(UNC.glob("*.txt"))[::8][:300]:
        (folder / path.name).symlink_to(path)
    for path in (project / "raw").iterdir():
        shutil.copy(path, folder / path.name)
    for workers, out in (("1", "one"), ("2", "two")):
        assert main(["extract", str(folder), "--out", str(tmp_path / out), "--quiet",
                     "--workers", workers]) == 0
    _same_tables(tmp_path / "one", tmp_path / "two")
