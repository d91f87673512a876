"""Parameters: read a notebook's `parameters` cell and check names and types before any kernel
starts (papermill itself only warns), so a typo fails in a second with a one-line error."""

from __future__ import annotations

import ast
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
    """Name → type name (`str`, `int`, ...) of each parameter in the notebook's parameters
    cell: the annotation when there is one, else the type of the default value."""
    from papermill.inspection import inspect_notebook

    found = {}
    for name, info in inspect_notebook(str(notebook)).items():
        kind = info.get("inferred_type_name") or "None"
        if kind == "None":
            default = _literal(info.get("default", ""))
            kind = type(default).__name__ if default is not None else "None"
        found[name] = kind
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
