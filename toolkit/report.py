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
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.atomic import replace, temp_path, write_atomic

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


def _printable(line: str) -> str:
    """The line with control characters (an error message quoting article text could carry
    terminal escapes) shown as `\\x1b`, so the status table prints as text."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: repr(m.group())[1:-1], line)


def _failure(name: str, failed: Path, notebook: Path, exc: BaseException) -> str:
    """`corpus: cell 7 (display.kinds_table(figures, articles)): KeyError: 'kind'`: the failing
    cell found by its error output in the copy papermill left (`failed`), numbered from 1 as
    in the source `notebook`."""
    if not hasattr(exc, "ename"):
        first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
        return _printable(f"{name}: {type(exc).__name__}: {first}")
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
    evalue = next((line.strip() for line in str(exc.evalue).splitlines() if line.strip()), "")
    return _printable(f"{name}: {where}: {exc.ename}: {evalue}")


def _literal_path(path: Path) -> str:
    """`path` for papermill, which formats its paths with the parameters (`{name}` → value):
    braces doubled, so a folder or report named `{x}` is a name, never a template that a
    parameter value (`../..`) could fill in."""
    return str(path).replace("{", "{{").replace("}", "}}")


def execute(notebook: Path, target: Path, parameters: dict[str, Any], cwd: Path, km: Any) -> Any:
    """Run `notebook` with `parameters` injected on the started kernel `km` (which stays up for
    the next report, see `toolkit.batch.Runner`); papermill writes the executed copy to
    `target` (a temporary name: `build` renames it once the exports are written too).

    Parameters reach the kernel as data: papermill writes each value as a Python literal
    (strings escaped, see `tests/test_hostile_reports.py`), and they never fill in a path.
    """
    import nbformat
    import papermill

    target.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        _literal_path(notebook),
        _literal_path(target),
        parameters=parameters,
        cwd=str(cwd),
        progress_bar=False,
        request_save_on_cell_execute=False,  # one write at the end, not one a cell
        km=km,
        kernel_name=km.kernel_name,
    )
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
    times it). The three files are renamed into place only once all of them are made; when the
    notebook or an export fails, the report's older files are removed (they would look current)
    and papermill's copy is kept as `executed/<name>.failed.ipynb`.
    """
    started = time.perf_counter()
    executed = reports / "executed" / f"{name}.ipynb"
    html_path, pdf_path = reports / f"{name}.html", reports / f"{name}.pdf"
    failed = executed.with_suffix(".failed.ipynb")
    failed.unlink(missing_ok=True)  # from an earlier run: it would name the wrong cell
    tmp = temp_path(executed)
    try:
        nb = execute(notebook, tmp, parameters, cwd, km)
        html = to_html(nb)
        pdf = to_pdf(html)
        write_atomic(html_path, html.encode("utf-8"))
        write_atomic(pdf_path, pdf)
        replace(tmp, executed)
    except Exception as exc:
        if tmp.exists():  # papermill's copy, with its error banner, for inspection
            os.replace(tmp, failed)
        removed = [p for p in (html_path, pdf_path, executed) if p.exists()]
        for path in removed:
            path.unlink(missing_ok=True)
        note = " (its older HTML/PDF were removed)" if removed else ""
        raise ReportError(_failure(name, failed, notebook, exc) + note) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)  # interrupted: at worst a new HTML beside an old PDF,
        raise  # which its cache record (not written) marks for rebuilding
    return ReportFiles(executed, html_path, pdf_path, time.perf_counter() - started)


def slug(text: str) -> str:
    """`ca mắc` → `ca-mac`: a file name from Vietnamese text (diacritics dropped, đ → d)."""
    import unicodedata

    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "indicator"
