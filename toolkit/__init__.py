"""Toolkit: Vietnamese news articles in, typed tables of the figures they report out.

The names a notebook needs are importable from here (loaded on first use, so the command line
starts fast): `extract_figures(text)`, `load_articles(folder)`, `load_figures(folder)`,
`load_table(path)` for a journalist's CSV/XLSX with its cleaning log.
"""

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "extract_figures": "toolkit.tables",
    "load_articles": "toolkit.storage",
    "load_figures": "toolkit.storage",
    "load_table": "toolkit.sheets",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
