"""Paths: where raw data, tables, notebooks and reports live, from the project root."""

from __future__ import annotations

from pathlib import Path


def project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (default: the working folder) with a Makefile
    and a notebooks/ folder; the working folder itself when there is none."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / "notebooks").is_dir() and (folder / "Makefile").is_file():
            return folder
    return start


ROOT = project_root()
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
