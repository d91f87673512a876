"""Parameters: read a notebook's `parameters` cell and check names and types before any kernel
starts (papermill itself only warns), so a typo fails in a second with a one-line error."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

TYPES: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
    "list": list,
    "dict": dict,
}


class ParameterError(ValueError):
    """A parameter the notebook does not declare, or of the wrong type."""


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None


def declared(notebook: Path) -> dict[str, str]:
    """Name → type name (`str`, `int`, ...) of each parameter in the notebook's cell tagged
    `parameters`: the annotation when there is one, else the type of the default value.

    Read with `ast` from the notebook's JSON, as papermill's `inspect_notebook` does, but
    without importing papermill or nbformat (a second of imports), so a bad parameter fails
    at once.
    """
    nb = json.loads(Path(notebook).read_text(encoding="utf-8"))
    cells = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        raise ParameterError(f"{Path(notebook).name}: no cell tagged 'parameters'")
    source = cells[0]["source"]
    found: dict[str, str] = {}
    for node in ast.parse("".join(source) if isinstance(source, list) else source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign):
            value = _literal(ast.unparse(node.value))
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = type(value).__name__ if value is not None else "None"
    return found


def _type_ok(value: Any, kind: str) -> bool:
    expected = TYPES.get(kind.split("[")[0].strip())
    if expected is None:  # unknown or unannotated None default: anything goes
        return True
    if isinstance(value, bool) and expected is not bool and bool not in tuple(
        expected if isinstance(expected, tuple) else (expected,)
    ):
        return False
    return isinstance(value, expected)


def check(notebook: Path, parameters: dict[str, Any]) -> dict[str, str]:
    """Raise ParameterError naming the first unknown or mistyped parameter; return the
    declared types."""
    types = declared(notebook)
    for name, value in parameters.items():
        if name not in types:
            known = ", ".join(sorted(types)) or "none"
            raise ParameterError(
                f"{Path(notebook).name}: unknown parameter {name!r} (declared: {known})"
            )
        if not _type_ok(value, types[name]):
            raise ParameterError(
                f"{Path(notebook).name}: parameter {name!r} must be {types[name]}, "
                f"got {type(value).__name__} {value!r}"
            )
    return types


def parse_assignment(text: str) -> tuple[str, Any]:
    """`limit=20` → ("limit", 20); `indicator=ca mắc` → ("indicator", "ca mắc").

    The value is read as a Python literal when it is one, else kept as text.
    """
    name, sep, raw = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise ParameterError(f"parameter {text!r} is not NAME=VALUE")
    value = _literal(raw.strip())
    return name.strip(), raw.strip() if value is None and raw.strip() != "None" else value
