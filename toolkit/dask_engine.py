"""Dask engine: the same extraction on a Dask cluster, written as partitioned Parquet.

The client reads the inputs (files, folders, archive members) in order and ships batches of
article bytes to the cluster, so workers need no shared file system; results come back in input
order, with a bounded number of batches in flight, and each batch becomes one Parquet part per
table (`OUT/<table>/part-000000.parquet`, ...). The rows are those of the local engine, in the
same order, so `pyarrow.parquet.read_table(OUT / "figures")` equals the local `figures.parquet`.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from toolkit.extraction import TABLES, BatchResult, Summary, batches, process_batch
from toolkit.readers import Source, iter_sources
from toolkit.schema import SCHEMAS


def _with_bytes(batch: list[Source]) -> list[Source]:
    """Read files on the client so workers on other machines need not see them."""
    out = []
    for source in batch:
        if source.data is None:
            try:
                source = replace(source, data=source.read())
            except Exception:  # noqa: BLE001 - the worker reports it as an errors row
                pass
        out.append(source)
    return out


def _client(scheduler: str | None) -> Any:
    """A client on `scheduler`, or on a local cluster of one single-threaded process per core."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
    )
    return Client(cluster)


def results_on(client: Any, sources: Iterable[Source], window: int) -> Iterator[BatchResult]:
    """Batch results in input order, at most `window` batches in flight on the cluster."""
    pending: deque[Any] = deque()
    for batch in batches(sources):
        pending.append(client.submit(process_batch, _with_bytes(batch), pure=False))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_dask(
    inputs: list[str | Path],
    out: str | Path,
    scheduler: str | None = None,
    progress: bool = True,
    fmt: str | None = None,
) -> Summary:
    """Extract `inputs` on a Dask cluster into `out/<table>/part-NNNNNN.parquet` datasets.

    Each table folder is built beside its target and renamed into place at the end, so an
    interrupted run leaves the previous dataset whole.
    """
    started = time.perf_counter()
    missing = [str(i) for i in inputs if not Path(i).exists()]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)}: no such file or folder")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    staging = {name: Path(tempfile.mkdtemp(dir=out, prefix=f".{name}.")) for name in TABLES}
    rows = dict.fromkeys(TABLES, 0)
    done = 0
    try:
        with _client(scheduler) as client:
            window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
            for part, batch in enumerate(results_on(client, iter_sources(inputs, fmt), window)):
                for message in batch.errors:
                    print(f"\r{message}", file=sys.stderr)
                for name, chunk in batch.chunks.items():
                    if chunk.rows:
                        target = staging[name] / f"part-{part:06d}.parquet"
                        pq.write_table(chunk.table, target, compression="zstd")
                        rows[name] += chunk.rows
                done += batch.size
                if progress:
                    print(f"\r{done} articles", end="", file=sys.stderr, flush=True)
    except BaseException:
        for folder in staging.values():
            shutil.rmtree(folder, ignore_errors=True)
        raise
    if progress and done:
        print(file=sys.stderr)
    for name, folder in staging.items():
        if not rows[name]:  # an empty table is still a readable dataset
            pq.write_table(SCHEMAS[name].empty_table(), folder / "part-000000.parquet")
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        os.replace(folder, target)
    seconds = time.perf_counter() - started
    return Summary(rows["articles"], rows["figures"], rows["errors"], seconds)
