"""Cache: decide from content hashes whether an output is up to date, and remember why.

A build is described by its parts (input data, notebook, parameters, toolkit code), each hashed
with SHA-256; their combined key is stored with the outputs' own hashes in a small JSON record
(`reports/.cache/<name>.json`, `data/processed/.extract.json`) that anyone can read. An output
is current only when the key matches and every output file still has the recorded hash, so an
edited, deleted or half-written output is rebuilt too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from toolkit import __version__
from toolkit.atomic import write_atomic

PACKAGE = Path(__file__).resolve().parent
CODE_SUFFIXES = (".py", ".j2", ".css", ".json", ".toml", ".mplstyle")


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def sha256_json(value: Any) -> str:
    """SHA-256 of a value's canonical JSON (sorted keys, no spaces)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def code_fingerprint() -> str:
    """Hash of the toolkit's version and of every code/template file in the package, so a
    change to the code (not only a version bump) invalidates what it built."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def files_fingerprint(paths: Iterable[Path]) -> list[list[str]]:
    """`[path, sha256]` for each file, in the given order."""
    return [[str(p), sha256_file(p)] for p in paths]


class Record:
    """The cache record of one output set: its key, its parts and its files' hashes."""

    def __init__(self, path: Path, parts: dict[str, Any], outputs: list[Path]) -> None:
        self.path, self.parts, self.outputs = path, parts, outputs
        self.key = sha256_json(parts)

    def current(self) -> bool:
        """True when the stored key equals this one and every output is unchanged."""
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if stored.get("key") != self.key:
            return False
        recorded = stored.get("outputs", {})
        for output in self.outputs:
            if not output.exists() or recorded.get(output.name) != sha256_file(output):
                return False
        return True

    def save(self, **extra: Any) -> None:
        """Store the key, the parts, the outputs' hashes and `extra` facts (atomically)."""
        body = {
            "key": self.key,
            "built": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "parts": self.parts,
            "outputs": {p.name: sha256_file(p) for p in self.outputs},
            **extra,
        }
        text = json.dumps(body, ensure_ascii=False, indent=1)
        write_atomic(self.path, text.encode("utf-8"))  # readable, like the outputs it describes

    def forget(self) -> None:
        """Drop the record (after a failed build)."""
        self.path.unlink(missing_ok=True)
