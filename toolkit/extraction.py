"""Extraction: article files and archives → `articles`, `figures` and `errors` tables on disk.

Articles are parsed in a process pool in small batches, with a bounded number of batches in
flight, and written as they come back in input order: memory stays flat over any corpus size and
the output is byte-identical from run to run, whatever the number of workers.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from queue import Full, Queue
from typing import Any

from toolkit.readers import ArticleError, Source, iter_sources, read_source
from toolkit.storage import Chunk, TableWriter, encode_rows
from toolkit.tables import article_rows

TABLES = ("articles", "figures", "errors")
BATCH = 64


@dataclass(frozen=True)
class Summary:
    """What one extraction run wrote."""

    articles: int
    figures: int
    errors: int
    seconds: float


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A batch of articles, encoded for the three tables, plus its error messages."""

    chunks: dict[str, Chunk]
    errors: list[str]
    size: int


def process_source(
    source: Source,
) -> tuple[dict[str, Any] | None, list[Any], dict[str, str] | None]:
    """Read and extract one article: (article row, figure rows, None) or (None, [], error row).

    A failure becomes an `errors` row, never an exception.
    """
    try:
        row, figures = article_rows(read_source(source), records=True)
    except ArticleError as exc:
        reason = str(exc).removeprefix(f"{source.name}: ")
        return None, [], error_row(source.name, reason)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return None, [], error_row(source.name, f"{type(exc).__name__}: {exc}")
    return row, figures, None


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """`text` with control characters (NUL, line breaks, escapes) written as `\\x00`, `\\n`...:
    a file or member name cannot break a CSV row or forge a line on stderr."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def error_row(file: str, reason: str) -> dict[str, str]:
    """An `errors` row, both fields made printable."""
    return {"file": printable(file), "reason": printable(reason)}


def process_batch(sources: list[Source]) -> BatchResult:
    """Extract a batch and encode its rows (one pool task: the parent only writes bytes)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for source in sources:
        article, figures, error = process_source(source)
        if error:
            rows["errors"].append(error)
        else:
            rows["articles"].append(article)
            rows["figures"].extend(figures)
    messages = [f"error: {e['file']}: {e['reason']}" for e in rows["errors"]]
    chunks = {name: encode_rows(name, table) for name, table in rows.items()}
    return BatchResult(chunks, messages, len(sources))


def batches(sources: Iterable[Source], size: int = BATCH) -> Iterator[list[Source]]:
    """Consecutive lists of `size` sources (the unit of work of a pool task)."""
    iterator = iter(sources)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_batches = batches


class _Raised:
    """An exception from the prefetch thread, to raise again in the consumer."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def prefetch(items: Iterable[Any], size: int) -> Iterator[Any]:
    """`items` in order, produced ahead by a thread into a queue of at most `size` (bounded
    memory); an exception in the producer is raised here, where it is consumed."""
    queue: Queue[Any] = Queue(maxsize=size)
    done = object()
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                queue.put(item, timeout=0.1)
                return True
            except Full:
                continue
        return False  # the consumer has gone

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            put(_Raised(exc))
            return
        put(done)

    thread = threading.Thread(target=produce, name="toolkit-prefetch", daemon=True)
    thread.start()
    try:
        while (item := queue.get()) is not done:
            if isinstance(item, _Raised):
                raise item.error
            yield item
    finally:
        stop.set()
        thread.join(timeout=5)


def results(sources: Iterable[Source], workers: int) -> Iterator[BatchResult]:
    """Batch results in input order, from `workers` processes with at most 4 batches each in
    flight (so a 35,000-article archive is never all in memory)."""
    if workers <= 1:
        yield from map(process_batch, _batches(sources))
        return
    with mp.get_context("fork").Pool(workers) as pool:
        pending: deque[Any] = deque()
        # Started after the fork: reading (gzip inflates without the GIL) overlaps writing.
        for batch in prefetch(_batches(sources), 2 * workers):
            pending.append(pool.apply_async(process_batch, (batch,)))
            if len(pending) >= 4 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


class _Progress:
    """A one-line counter on stderr, refreshed at most once a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.count = enabled, 0
        self.started = self.shown = time.perf_counter()

    def tick(self, count: int) -> None:
        self.count += count
        now = time.perf_counter()
        if self.enabled and now - self.shown > 1.0:
            rate = self.count / max(now - self.started, 1e-9)
            print(f"\r{self.count} articles ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
            self.shown = now

    def close(self) -> None:
        if self.enabled and self.shown > self.started:
            print(file=sys.stderr)


def _close(writers: list[TableWriter]) -> None:
    """Close the table writers side by side (their last Parquet row groups are encoded and
    compressed without the GIL); each one that fails drops its temporary files, and the first
    error is raised here."""
    with ThreadPoolExecutor(len(writers), thread_name_prefix="toolkit-close") as pool:
        closing = [pool.submit(writer.close) for writer in writers]
    for future in closing:
        future.result()


def extract(
    inputs: list[str | Path],
    out: str | Path,
    workers: int | None = None,
    progress: bool = True,
    fmt: str | None = None,
) -> Summary:
    """Extract every article under `inputs` into tables in `out`; report progress on stderr.

    `fmt` forces one format for every file (`page`, `header`, `plain`, `jsonl`, `html`);
    None or `auto` picks it per file (suffix, then layout).
    """
    started = time.perf_counter()
    missing = [str(i) for i in inputs if not Path(i).exists()]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)}: no such file or folder")
    sources = iter_sources(inputs, fmt)
    workers = workers or os.cpu_count() or 1
    out = Path(out)
    writers = {name: TableWriter(out, name) for name in TABLES}
    counter = _Progress(progress)
    try:
        for batch in results(sources, workers):
            for message in batch.errors:
                print(f"\r{message}", file=sys.stderr)
            for name, chunk in batch.chunks.items():
                writers[name].write_chunk(chunk)
            counter.tick(batch.size)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    finally:
        counter.close()
    _close(list(writers.values()))
    return Summary(
        writers["articles"].rows,
        writers["figures"].rows,
        writers["errors"].rows,
        time.perf_counter() - started,
    )
