"""Report: run a parameterized notebook with papermill, export it to HTML and PDF.

The export runs in process (nbconvert's HTMLExporter with the toolkit's own template, then
WeasyPrint), so one report costs one kernel run plus well under two seconds of export.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

TEMPLATES = Path(__file__).parent / "templates"
HIDDEN_TAGS = ("parameters", "injected-parameters", "remove-cell")


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
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _kernel_manager(folder: str) -> type:
    """A kernel manager talking over local IPC sockets in `folder` instead of TCP."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(transport="ipc", ip=os.path.join(folder, "ipc"), **kwargs)

    return IPCKernelManager


def _failure(name: str, notebook: Path, exc: BaseException) -> str:
    """`corpus: cell 4 (display.kinds_table(…)): KeyError: 'kind'` from papermill's error;
    `notebook` is the executed copy papermill left, where its cell index points."""
    index = getattr(exc, "cell_index", None)
    if index is None:
        return f"{name}: {type(exc).__name__}: {exc}".splitlines()[0]
    cells = nbformat.read(notebook, as_version=4).cells if notebook.exists() else []
    source = cells[index].source.strip().splitlines() if index < len(cells) else []
    first = source[-1][:60] if source else ""
    return f"{name}: cell {index} ({first}): {exc.ename}: {exc.evalue}".splitlines()[0]


def execute(notebook: Path, target: Path, parameters: dict[str, Any], cwd: Path) -> Any:
    """Run `notebook` with `parameters` injected; write the executed copy to `target`."""
    import papermill

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.tmp.ipynb")
    try:
        with tempfile.TemporaryDirectory(prefix="toolkit-kernel-") as sockets:
            papermill.execute_notebook(
                str(notebook),
                str(tmp),
                parameters=parameters,
                cwd=str(cwd),
                progress_bar=False,
                kernel_manager_class=_kernel_manager(sockets),
            )
    except BaseException:
        # papermill writes the failed notebook (with its error banner) for inspection.
        if tmp.exists():
            os.replace(tmp, target.with_suffix(".failed.ipynb"))
        raise
    os.replace(tmp, target)
    return nbformat.read(target, as_version=4)


def to_html(nb: Any) -> str:
    """A self-contained HTML page of the notebook's outputs: no code, no prompts, no scripts."""
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
    html, _ = exporter.from_notebook_node(nb)
    return html


def to_pdf(html: str) -> bytes:
    """Render report HTML to an A4 PDF with WeasyPrint (fonts named in the template's CSS)."""
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    from weasyprint import HTML

    return HTML(string=html, base_url=str(TEMPLATES)).write_pdf()


def build(
    notebook: Path,
    name: str,
    parameters: dict[str, Any],
    reports: Path,
    cwd: Path,
) -> ReportFiles:
    """Execute `notebook` once; write `<name>.html`, `<name>.pdf`, `executed/<name>.ipynb`."""
    started = time.perf_counter()
    executed = reports / "executed" / f"{name}.ipynb"
    html_path, pdf_path = reports / f"{name}.html", reports / f"{name}.pdf"
    try:
        nb = execute(notebook, executed, parameters, cwd)
    except Exception as exc:
        # An earlier report under the same name would now look current: remove it.
        html_path.unlink(missing_ok=True)
        pdf_path.unlink(missing_ok=True)
        failed = executed.with_suffix(".failed.ipynb")
        raise ReportError(_failure(name, failed, exc)) from exc
    html = to_html(nb)
    write_atomic(html_path, html.encode("utf-8"))
    write_atomic(pdf_path, to_pdf(html))
    return ReportFiles(executed, html_path, pdf_path, time.perf_counter() - started)


def slug(text: str) -> str:
    """`ca mắc` → `ca-mac`: a file name from Vietnamese text (diacritics dropped, đ → d)."""
    import re
    import unicodedata

    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "indicator"
