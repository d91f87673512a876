"""Storage: write tables as CSV + Parquet (streamed, atomic) and read them back typed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from toolkit.atomic import clean_temporaries, file_mode, replace, temp_path
from toolkit.schema import SCHEMAS

FILE_MODE = file_mode()
# Rows per Parquet row group: readers decode a whole group at once, and articles carry bodies.
ROW_GROUPS = {"articles": 5_000, "figures": 50_000, "errors": 50_000}


_CSV_OPTIONS = pacsv.WriteOptions(include_header=False, quoting_style="needed")


def _csv_table(table: pa.Table) -> pa.Table:
    """The table as CSV can hold it: list columns (captions) become JSON arrays."""
    for index, field in enumerate(table.schema):
        if pa.types.is_list(field.type):
            column = [None if v is None else json.dumps(v, ensure_ascii=False)
                      for v in table.column(index).to_pylist()]
            table = table.set_column(index, field.name, pa.array(column, pa.string()))
    return table


@dataclass(frozen=True, slots=True)
class Chunk:
    """Rows of one table encoded for both files: CSV lines (UTF-8, left in the Arrow buffer
    they were written to, which files write as they would bytes) and an Arrow table."""

    csv: pa.Buffer
    table: pa.Table

    @property
    def rows(self) -> int:
        return self.table.num_rows


def encode_rows(name: str, rows: list[dict[str, Any]] | list[tuple[Any, ...]]) -> Chunk:
    """Encode rows (dicts keyed by column, or tuples in column order) of table `name`; pure,
    so workers can do it.

    CSV cells are written by Arrow: ISO dates, shortest round-trip floats (`99`, `9.4`),
    strings quoted, an empty cell for a missing value (`""` for an empty string).
    """
    schema = SCHEMAS[name]
    if rows and isinstance(rows[0], tuple):  # records: values in column order
        table = pa.Table.from_arrays(list(zip(*rows, strict=True)), schema=schema)
    else:
        table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()  # not `io.BytesIO`: no copy as it grows, nor to bytes
    pacsv.write_csv(_csv_table(table), sink, _CSV_OPTIONS)
    return Chunk(sink.getvalue(), table)


class TableWriter:
    """Stream chunks of one table to `<name>.csv` and `<name>.parquet` under a folder.

    Rows go to temporary files beside the targets, which replace the targets only when
    `close()` succeeds, so a crash never leaves a half-written table under its final name;
    the temporary files a killed run left behind are removed when the next writer opens.
    """

    def __init__(self, folder: Path, name: str, row_group: int | None = None) -> None:
        self.name = name
        self.schema = SCHEMAS[name]
        self.targets = (folder / f"{name}.csv", folder / f"{name}.parquet")
        folder.mkdir(parents=True, exist_ok=True)
        clean_temporaries(folder)
        self._tmp = [temp_path(t) for t in self.targets]
        self._csv = open(self._tmp[0], "xb")  # noqa: SIM115 - UTF-8 bytes, as Arrow writes them
        self._csv.write((",".join(self.schema.names) + "\n").encode("utf-8"))
        self._parquet = pq.ParquetWriter(self._tmp[1], self.schema, compression="zstd")
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._row_group = row_group or ROW_GROUPS.get(name, 50_000)
        self.rows = 0

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Append rows (dicts keyed by column name)."""
        self.write_chunk(encode_rows(self.name, rows))

    def write_chunk(self, chunk: Chunk) -> None:
        """Append rows already encoded by `encode_rows`."""
        self._csv.write(chunk.csv)
        self._pending.append(chunk.table)
        self._pending_rows += chunk.rows
        self.rows += chunk.rows
        if self._pending_rows >= self._row_group:
            self._flush()

    def _flush(self) -> None:
        if self._pending_rows:
            self._parquet.write_table(pa.concat_tables(self._pending))
        self._pending, self._pending_rows = [], 0

    def close(self) -> None:
        """Finish both files and move them to their final names."""
        try:
            self._flush()
            self._parquet.close()
            self._csv.close()
        except BaseException:
            self.abort()
            raise
        for tmp, target in zip(self._tmp, self.targets, strict=True):
            replace(tmp, target)

    def abort(self) -> None:
        """Drop the temporary files; the previous tables (if any) stay as they were."""
        self._parquet.close()
        self._csv.close()
        for tmp in self._tmp:
            tmp.unlink(missing_ok=True)


def load_table(folder: str | Path, name: str, validate: bool = True) -> pd.DataFrame:
    """Read table `name` (`articles`, `figures`, `errors`) from `folder` with the contract's
    types, and check it against the contract (pandera) unless `validate` is False.

    The table is `<name>.parquet`, or the `<name>/` folder of Parquet parts that the Dask
    engine writes.
    """
    folder = Path(folder)
    parquet = folder / f"{name}.parquet"
    if not parquet.exists() and (folder / name).is_dir():
        parquet = folder / name
    if not parquet.exists():
        raise FileNotFoundError(f"{parquet}: no such table; run `toolkit extract` first")
    frame = pq.read_table(parquet, schema=SCHEMAS[name]).to_pandas()
    if validate:
        from toolkit.validation import validate_frame

        frame = validate_frame(name, frame)
    return frame


def load_articles(folder: str | Path) -> pd.DataFrame:
    """The `articles` table of an extraction folder."""
    return load_table(folder, "articles")


def load_figures(folder: str | Path) -> pd.DataFrame:
    """The `figures` table of an extraction folder."""
    return load_table(folder, "figures")
