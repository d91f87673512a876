"""Parameters are read from the notebook and checked before any kernel starts."""

from __future__ import annotations

import pytest
from conftest import REPO

from toolkit.cli import main
from toolkit.parameters import ParameterError, check, declared, parse_assignment

NOTEBOOKS = REPO / "notebooks"


def test_declared_types_come_from_annotations():
    assert declared(NOTEBOOKS / "corpus.ipynb") == {
        "corpus_name": "str", "processed_dir": "str", "top_n": "int", "lang": "str",
    }
    assert declared(NOTEBOOKS / "indicator.ipynb")["indicator"] == "str"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"topn": 3}, "unknown parameter 'topn'"),
        ({"top_n": "many"}, "parameter 'top_n' must be int, got str 'many'"),
        ({"top_n": True}, "parameter 'top_n' must be int"),
        ({"lang": 1}, "parameter 'lang' must be str"),
    ],
)
def test_bad_parameters_are_named(params, message):
    with pytest.raises(ParameterError, match=message):
        check(NOTEBOOKS / "corpus.ipynb", params)


def test_good_parameters_and_assignments():
    check(NOTEBOOKS / "corpus.ipynb", {"top_n": 5, "corpus_name": "unc"})
    assert parse_assignment("top_n=20") == ("top_n", 20)
    assert parse_assignment("indicator=ca mắc") == ("indicator", "ca mắc")
    assert parse_assignment("name='x'") == ("name", "x")
    with pytest.raises(ParameterError):
        parse_assignment("no value")


def test_cli_stops_with_one_line_before_a_kernel(tmp_path, capsys):
    code = main(["report", "--corpus", str(tmp_path), "--reports", str(tmp_path / "r"),
                 "-p", "top_n=lots"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1
    assert "'top_n' must be int" in err
    assert not (tmp_path / "r").exists()  # nothing built, nothing extracted
    assert main(["report", "-p", "colour=1", "--reports", str(tmp_path / "r")]) == 2
    assert "unknown parameter 'colour'" in capsys.readouterr().err
