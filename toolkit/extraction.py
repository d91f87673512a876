"""Extraction: article files → `articles`, `figures` and `errors` tables on disk.

Articles are parsed in a process pool and written as they come back, in input order, so memory
stays flat over any corpus size and the output is byte-identical from run to run.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.readers import ArticleError, iter_paths, read_article
from toolkit.storage import TableWriter
from toolkit.tables import article_rows

Result = tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, str] | None]


@dataclass(frozen=True)
class Summary:
    """What one extraction run wrote."""

    articles: int
    figures: int
    errors: int
    seconds: float


def process_file(path: Path) -> Result:
    """Read and extract one article; a failure becomes an `errors` row, never an exception."""
    try:
        row, figures = article_rows(read_article(path))
    except ArticleError as exc:
        return None, [], {"file": str(path), "reason": str(exc).removeprefix(f"{path}: ")}
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return None, [], {"file": str(path), "reason": f"{type(exc).__name__}: {exc}"}
    return row, figures, None


def _results(paths: list[Path], workers: int) -> Iterable[Result]:
    if workers <= 1 or len(paths) < 50:
        return map(process_file, paths)
    pool = mp.get_context("spawn" if sys.platform == "win32" else "fork").Pool(workers)
    return _pool_results(pool, paths)


def _pool_results(pool: Any, paths: list[Path]) -> Iterable[Result]:
    with pool:
        yield from pool.imap(process_file, paths, chunksize=16)


def extract(
    inputs: list[str | Path],
    out: str | Path,
    workers: int | None = None,
    progress: bool = True,
) -> Summary:
    """Extract every article under `inputs` into tables in `out`; report progress on stderr."""
    started = time.perf_counter()
    paths = list(iter_paths(inputs))
    out = Path(out)
    workers = workers or os.cpu_count() or 1
    writers = {name: TableWriter(out, name) for name in ("articles", "figures", "errors")}
    done, last = 0, started
    try:
        for row, figures, error in _results(paths, workers):
            done += 1
            if error:
                writers["errors"].write([error])
                print(f"error: {error['file']}: {error['reason']}", file=sys.stderr)
            else:
                writers["articles"].write([row])
                writers["figures"].write(figures)
            now = time.perf_counter()
            if progress and now - last > 1.0:
                print(f"\r{done}/{len(paths)} articles", end="", file=sys.stderr, flush=True)
                last = now
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.close()
    if progress and done:
        print(f"\r{done}/{len(paths)} articles", file=sys.stderr)
    return Summary(
        writers["articles"].rows,
        writers["figures"].rows,
        writers["errors"].rows,
        time.perf_counter() - started,
    )
