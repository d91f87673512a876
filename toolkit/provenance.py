"""Provenance: what a report was made from (input files with SHA-256, parameters, toolkit
version, run date), so an editor can reproduce any number in it."""

from __future__ import annotations

import datetime as dt
import hashlib
import platform
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit import __version__, paths
from toolkit.readers import ARCHIVE_SUFFIXES


@dataclass(frozen=True)
class InputFile:
    """One file a report rests on."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Provenance:
    """Everything needed to rebuild a report."""

    sources: list[InputFile]
    tables: list[InputFile]
    parameters: dict[str, Any]
    version: str = __version__
    python: str = field(default_factory=platform.python_version)
    run_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def manifest_sha256(self) -> str:
        """SHA-256 of the `sha256  path` lines of all sources, sorted: one digest for a corpus."""
        lines = "".join(f"{f.sha256}  {f.path}\n" for f in sorted(self.sources, key=_by_path))
        return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _by_path(item: InputFile) -> str:
    return item.path


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_of(name: str) -> str:
    """`corpus.tar.gz:member.txt` → `corpus.tar.gz`: the file on disk a source came from."""
    for suffix in ARCHIVE_SUFFIXES:
        at = name.find(suffix + ":")
        if at >= 0:
            return name[: at + len(suffix)]
    return name


def _locate(name: str) -> Path | None:
    for candidate in (Path(name), paths.ROOT / name):
        if candidate.is_file():
            return candidate
    return None


def _shown(path: Path) -> str:
    """The path relative to the project root when it is inside it, else as it is."""
    full = path.resolve()
    try:
        return str(full.relative_to(paths.ROOT))
    except ValueError:
        return str(full)


def describe(names: Iterable[str]) -> list[InputFile]:
    """The distinct files behind source names (archive members collapse to their archive)."""
    found = []
    for name in sorted({_file_of(str(n)) for n in names if n}):
        where = _locate(name)
        if where is None:
            found.append(InputFile(name, "", -1))
        else:
            found.append(InputFile(_shown(where), sha256_file(where), where.stat().st_size))
    return found


def record(
    source_paths: Iterable[str],
    processed_dir: str | Path,
    parameters: dict[str, Any],
) -> Provenance:
    """Provenance of a report built from the tables in `processed_dir`, which were extracted
    from `source_paths` (the articles table's `path` column)."""
    folder = Path(processed_dir)
    tables = [str(p) for p in sorted(folder.glob("*.parquet"))]
    return Provenance(describe(source_paths), describe(tables), dict(parameters))
