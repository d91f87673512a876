"""Batch and incremental reports: a pool with warm kernels, isolated failures, a cache."""

from __future__ import annotations

import json

import nbformat
import pytest
from conftest import REPO, SEED

from toolkit.batch import Job, run_jobs, status_table
from toolkit.cli import main


def _notebook(path):
    """A small report notebook that fails or hangs on request, and leaks no state."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    params = nbformat.v4.new_code_cell('article_id = "a"\nmode = "ok"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell("leaked = 'leftover' in globals()\nleftover = 1"),
        nbformat.v4.new_code_cell(
            "import time\nif mode == 'fail':\n    raise ValueError('số liệu hỏng')\n"
            "if mode == 'hang':\n    time.sleep(60)"
        ),
        nbformat.v4.new_code_cell(
            "from IPython.display import HTML\nHTML(f'<h1>Báo cáo {article_id}</h1>"
            "<p>leaked={leaked}</p>')"
        ),
    ]
    nbformat.write(nb, path)
    return path


def test_pool_isolates_failures_and_timeouts(tmp_path):
    notebook = _notebook(tmp_path / "small.ipynb")
    modes = ["ok", "fail", "ok", "hang", "ok", "ok"]
    jobs = [Job(f"r{i}", notebook, {"article_id": f"r{i}", "mode": m}, tmp_path)
            for i, m in enumerate(modes)]
    outcomes = run_jobs(jobs, tmp_path / "reports", workers=2, timeout=5)
    assert [o.name for o in outcomes] == [j.name for j in jobs]
    assert [o.status for o in outcomes] == ["built", "failed", "built", "failed", "built", "built"]
    assert "cell 3" in outcomes[1].error and "ValueError: số liệu hỏng" in outcomes[1].error
    assert "r3" in outcomes[3].error and "imeout" in outcomes[3].error
    for outcome in outcomes:
        html = tmp_path / "reports" / f"{outcome.name}.html"
        assert html.exists() == (outcome.status == "built")
        if html.exists():  # each run starts from a clean namespace on the reused kernel
            assert "leaked=False" in html.read_text(encoding="utf-8")
    table = status_table(outcomes)
    assert table.splitlines()[0].split() == ["report", "status", "seconds", "error"]
    assert "r1" in table and "failed" in table


@pytest.fixture
def seed_project(tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    args = ["--processed", str(processed), "--reports", str(reports),
            "--notebook", str(REPO / "notebooks" / "article.ipynb")]
    assert main(["extract", str(SEED), "--out", str(processed), "--quiet"]) == 0
    return processed, reports, args


def test_second_run_is_up_to_date_and_changes_rebuild(seed_project, capsys):
    processed, reports, args = seed_project
    html = reports / f"{SEED.stem}.html"
    assert main(["report", *args]) == 0
    first = html.stat().st_mtime_ns
    record = json.loads((reports / ".cache" / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    assert set(record["parts"]) == {"data", "notebook", "parameters", "code"}
    capsys.readouterr()
    assert main(["report", *args]) == 0
    assert "up to date" in capsys.readouterr().err
    assert html.stat().st_mtime_ns == first
    html.write_text("edited by hand", encoding="utf-8")  # an output that changed is rebuilt
    assert main(["report", *args]) == 0
    assert "edited by hand" not in html.read_text(encoding="utf-8")
    assert main(["report", *args, "--lang", "en"]) == 0  # new parameters: rebuilt
    assert "up to date" not in capsys.readouterr().err


def test_extract_is_skipped_when_inputs_are_unchanged(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED.name).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert main(["extract", str(raw), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["extract", str(raw), "--out", str(out), "--quiet"]) == 0
    assert "up to date" in capsys.readouterr().err
    (raw / "second.txt").write_text("Tựa đề\nCó 12 người tham dự.\n", encoding="utf-8")
    assert main(["extract", str(raw), "--out", str(out), "--quiet"]) == 0
    assert "2 articles" in capsys.readouterr().err
