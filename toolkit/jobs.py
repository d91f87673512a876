"""Jobs: which reports and tables to (re)build, keyed by what they are made of.

An article report is made of its article's rows (the `articles` row and its `figures` rows),
the notebook, the parameters and the toolkit's code; a corpus or indicator report of the whole
tables instead of one article's rows; the tables themselves of the input files' bytes, the
format option and the code. Each has a `cache.Record`; what is current is not rebuilt.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from toolkit.batch import Job
from toolkit.cache import Record, code_fingerprint, files_fingerprint, sha256_file, sha256_json

TABLE_FILES = [f"{t}.{s}" for t in ("articles", "figures", "errors") for s in ("csv", "parquet")]


def _input_files(inputs: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for item in map(Path, inputs):
        files += sorted(p for p in item.rglob("*") if p.is_file()) if item.is_dir() else [item]
    return files


def extraction_record(inputs: list[str | Path], out: Path, fmt: str | None) -> Record:
    """The cache record of `toolkit extract INPUTS --out OUT`: input bytes, format, code."""
    parts = {
        "inputs": files_fingerprint(_input_files(inputs)),
        "format": fmt or "auto",
        "code": code_fingerprint(),
    }
    return Record(out / ".extract.json", parts, [out / name for name in TABLE_FILES])


def article_ids(processed: Path) -> list[str]:
    """Article ids of an extraction folder, in table order (read without pandas)."""
    import pyarrow.parquet as pq

    path = processed / "articles.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table; run `toolkit extract` first")
    # ParquetFile, not read_table: read_table imports pyarrow.dataset (0.2 s) for nothing here.
    return pq.ParquetFile(path).read(columns=["article_id"]).column(0).to_pylist()


def article_digests(processed: Path) -> dict[str, str]:
    """SHA-256 of each article's rows (its `articles` row and its `figures` rows)."""
    import pyarrow.parquet as pq

    rows: dict[str, list[Any]] = defaultdict(list)
    for name in ("articles", "figures"):
        for row in pq.ParquetFile(processed / f"{name}.parquet").read().to_pylist():
            rows[row["article_id"]].append(row)
    return {article_id: sha256_json(found) for article_id, found in rows.items()}


def report_record(job: Job, reports: Path, data: str) -> Record:
    """The cache record of one report: data digest, notebook, parameters, code."""
    parts = {
        "data": data,
        "notebook": sha256_file(job.notebook),
        "parameters": json.loads(json.dumps(job.parameters, default=str)),
        "code": code_fingerprint(),
    }
    outputs = [reports / f"{job.name}.html", reports / f"{job.name}.pdf",
               reports / "executed" / f"{job.name}.ipynb"]
    return Record(reports / ".cache" / f"{job.name}.json", parts, outputs)


def tables_digest(processed: Path) -> str:
    """SHA-256 over every table file of a folder (what a corpus report reads)."""
    return sha256_json(files_fingerprint(sorted(processed.glob("*.parquet"))))
