"""Report: run a parameterized notebook with papermill, export it to HTML and PDF.

The notebook runs on a kernel the caller keeps warm (`toolkit.batch.Runner`), and the export
runs in process (nbconvert's HTMLExporter with the toolkit's own template, then WeasyPrint).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# jsonschema (imported by nbformat) loads `rfc3987_syntax` when installed, which compiles a
# grammar at import time: 0.8 s per process, for an "iri" format check no notebook uses.
# Marking it absent makes jsonschema skip that one checker (it guards the import).
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

TEMPLATES = Path(__file__).parent / "templates"
HIDDEN_TAGS = ("parameters", "injected-parameters", "remove-cell")
# HTML between these comments is for the screen only: the PDF leaves it out (a corpus's full
# file list would cost seconds of layout for pages nobody prints).
SCREEN_ONLY = ("<!--screen-only-->", "<!--/screen-only-->")


class ReportError(RuntimeError):
    """A report whose notebook failed: one line naming the report, the cell and the error."""


@dataclass(frozen=True)
class ReportFiles:
    """Where one report was written, and how long it took."""

    executed: Path
    html: Path
    pdf: Path
    seconds: float


def write_atomic(target: Path, data: bytes) -> None:
    """Write bytes to a temporary file beside `target`, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is for reading
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _failure(name: str, failed: Path, notebook: Path, exc: BaseException) -> str:
    """`corpus: cell 7 (display.kinds_table(figures, articles)): KeyError: 'kind'`: the failing
    cell found by its error output in the copy papermill left (`failed`), numbered from 1 as
    in the source `notebook`."""
    if not hasattr(exc, "ename"):
        return f"{name}: {type(exc).__name__}: {exc}".splitlines()[0]
    import nbformat

    cells = nbformat.read(failed, as_version=4).cells if failed.exists() else []
    broken = next(
        (c for c in cells if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
        None,
    )
    where = "cell ?"
    if broken is not None:
        sources = [c.source for c in nbformat.read(notebook, as_version=4).cells]
        number = sources.index(broken.source) + 1 if broken.source in sources else "?"
        lines = broken.source.strip().splitlines()
        where = f"cell {number} ({lines[-1][:70] if lines else ''})"
    return f"{name}: {where}: {exc.ename}: {exc.evalue}".splitlines()[0]


def execute(notebook: Path, target: Path, parameters: dict[str, Any], cwd: Path, km: Any) -> Any:
    """Run `notebook` with `parameters` injected on the started kernel `km` (which stays up for
    the next report, see `toolkit.batch.Runner`); write the executed copy to `target`."""
    import nbformat
    import papermill

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.tmp.ipynb")
    try:
        papermill.execute_notebook(
            str(notebook),
            str(tmp),
            parameters=parameters,
            cwd=str(cwd),
            progress_bar=False,
            request_save_on_cell_execute=False,  # one write at the end, not one a cell
            km=km,
            kernel_name=km.kernel_name,
        )
    except BaseException:
        # papermill writes the failed notebook (with its error banner) for inspection.
        if tmp.exists():
            os.replace(tmp, target.with_suffix(".failed.ipynb"))
        raise
    os.replace(tmp, target)
    return nbformat.read(target, as_version=4)


def report_title(nb: Any, default: str = "Báo cáo") -> str:
    """The report's headline: the text of the first `<h1>` among the outputs (for the HTML
    `<title>` and the PDF's metadata)."""
    from html import unescape

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            found = re.search(r"<h1[^>]*>(.*?)</h1>", output.get("data", {}).get("text/html", ""),
                              flags=re.S)
            if found:
                return unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip()
    return default


@functools.cache
def _exporter() -> Any:
    """nbconvert's HTML exporter set up with our template (made once per process: its
    templates are compiled on first use, and a worker exports report after report)."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name="toolkit",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=HIDDEN_TAGS, enabled=True), enabled=True
    )
    return exporter


def to_html(nb: Any) -> str:
    """A self-contained HTML page of the notebook's outputs: no code, no prompts, no scripts."""
    nb.metadata["title"] = report_title(nb)
    html, _ = _exporter().from_notebook_node(nb)
    return html


def warm_up() -> None:
    """Do the first-use work of the export chain ahead of time (template compilation, font
    loading), e.g. while a kernel starts: the first real report then exports at full speed."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Tiêu đề")]
    to_pdf(to_html(nb))


def to_pdf(html: str) -> bytes:
    """Render report HTML to an A4 PDF with WeasyPrint (fonts named in the template's CSS)."""
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    from weasyprint import HTML

    start, end = (re.escape(mark) for mark in SCREEN_ONLY)
    printed = re.sub(f"{start}.*?{end}", "", html, flags=re.S)
    return HTML(string=printed, base_url=str(TEMPLATES)).write_pdf()


def build(
    notebook: Path,
    name: str,
    parameters: dict[str, Any],
    reports: Path,
    cwd: Path,
    km: Any,
) -> ReportFiles:
    """Execute `notebook` once; write `<name>.html`, `<name>.pdf`, `executed/<name>.ipynb`.

    `km` is the started kernel to run it on (`toolkit.batch.Runner` starts, resets and
    times it).
    """
    started = time.perf_counter()
    executed = reports / "executed" / f"{name}.ipynb"
    html_path, pdf_path = reports / f"{name}.html", reports / f"{name}.pdf"
    try:
        nb = execute(notebook, executed, parameters, cwd, km)
    except Exception as exc:
        # An earlier report under the same name would now look current: remove it.
        html_path.unlink(missing_ok=True)
        pdf_path.unlink(missing_ok=True)
        failed = executed.with_suffix(".failed.ipynb")
        raise ReportError(_failure(name, failed, notebook, exc)) from exc
    html = to_html(nb)
    write_atomic(html_path, html.encode("utf-8"))
    write_atomic(pdf_path, to_pdf(html))
    return ReportFiles(executed, html_path, pdf_path, time.perf_counter() - started)


def slug(text: str) -> str:
    """`ca mắc` → `ca-mac`: a file name from Vietnamese text (diacritics dropped, đ → d)."""
    import unicodedata

    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "indicator"
