"""Notebooks are committed without outputs and stay paired with their jupytext `.py`."""

from __future__ import annotations

import jupytext
import nbformat
import pytest
from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and not cell.execution_count, cell.source[:40]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_paired_script_matches(path):
    script = path.with_suffix(".py")
    assert script.exists(), f"{script.name} missing: run `jupytext --sync {path.name}`"
    from_script = jupytext.read(script)
    from_notebook = jupytext.read(path)
    assert [c.source for c in from_script.cells] == [c.source for c in from_notebook.cells]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_has_a_parameters_cell(path):
    nb = nbformat.read(path, as_version=4)
    assert any("parameters" in c.metadata.get("tags", []) for c in nb.cells)


def test_the_three_report_notebooks_exist():
    assert {p.name for p in NOTEBOOKS} >= {"article.ipynb", "corpus.ipynb", "indicator.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_parameters_are_typed(path):
    from toolkit.parameters import declared

    types = declared(path)
    assert types and all(t in {"str", "int", "float", "bool"} for t in types.values()), types
