"""Validation: pandera schemas that hold the `articles`, `figures` and `errors` tables to the
figures contract (types, vocabularies, offsets), with failures named by table, column and row.

pandera is imported here only: the extraction never needs it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from toolkit.kinds import KINDS, QUALIFIERS
from toolkit.schema import SCHEMAS as TABLE_SCHEMAS

BATCH_ROWS = 50_000

FORMATS = ("page", "header", "plain", "jsonl", "html")
_ISO = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _text(nullable: bool = False, **kwargs) -> pa.Column:
    return pa.Column(str, nullable=nullable, coerce=False, **kwargs)


ARTICLES = pa.DataFrameSchema(
    {
        "article_id": _text(checks=pa.Check.str_length(min_value=1)),
        "source": _text(),
        "url": _text(),
        "title": _text(),
        "published": pa.Column(object, nullable=True),
        "event_date": pa.Column(object, nullable=True),
        "date_flags": _text(
            checks=pa.Check.str_matches(r"^$|^[a-z_]+(:\w+)?(;[a-z_]+(:\w+)?)*$"),
        ),
        "byline": _text(),
        "lead": _text(),
        "dateline": _text(),
        "n_paragraphs": pa.Column("int64", pa.Check.ge(0)),
        "n_words": pa.Column("int64", pa.Check.ge(0)),
        "n_figures": pa.Column("int64", pa.Check.ge(0)),
        "captions": pa.Column(object),
        "format": _text(checks=pa.Check.isin(FORMATS)),
    },
    name="articles",
    strict=False,
)

FIGURES = pa.DataFrameSchema(
    {
        "article_id": _text(checks=pa.Check.str_length(min_value=1)),
        "raw": _text(checks=pa.Check.str_length(min_value=1)),
        "value": pa.Column(float, nullable=False),
        "value_max": pa.Column(float, nullable=True),
        "total": pa.Column(float, nullable=True),
        "kind": _text(checks=pa.Check.isin(KINDS)),
        "date_iso": _text(nullable=True, checks=pa.Check.str_matches(_ISO)),
        "unit": _text(),
        "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
        "subject": _text(),
        "predicate": _text(),
        "sentence": _text(),
        "paragraph": pa.Column("int64", pa.Check.ge(-1)),
        "start": pa.Column("int64", pa.Check.ge(0)),
        "end": pa.Column("int64", pa.Check.ge(0)),
    },
    checks=[pa.Check(lambda df: df["end"] > df["start"], name="end_after_start")],
    name="figures",
    strict=True,
    ordered=True,
)

ERRORS = pa.DataFrameSchema(
    {"file": _text(checks=pa.Check.str_length(min_value=1)), "reason": _text()},
    name="errors",
    strict=True,
)

SCHEMAS = {"articles": ARTICLES, "figures": FIGURES, "errors": ERRORS}


class TableInvalid(ValueError):
    """A table that breaks the contract; the message names table, column, check and rows."""


def describe_failures(name: str, error: pa.errors.SchemaErrors, limit: int = 8) -> str:
    """A short report of a pandera failure: `figures.kind: isin(...) fails in rows 3, 9`."""
    cases = error.failure_cases.copy()
    whole = cases["schema_context"] == "DataFrameSchema"
    cases.loc[whole, "column"] = ""  # a row-wise check: one line, not one per column
    cases.loc[whole, "failure_case"] = None
    cases = cases.drop_duplicates(subset=["column", "check", "index"])
    lines = [f"{name}: {len(cases)} value(s) break the contract"]
    grouped = cases.groupby(["column", "check"], dropna=False, sort=True)
    for (column, check), group in list(grouped)[:limit]:
        rows = ", ".join(str(i) for i in group["index"].head(5).tolist())
        examples = ", ".join(repr(v) for v in group["failure_case"].head(3).tolist() if v)
        where = f"{name}.{column}" if isinstance(column, str) and column else name
        example = f" (e.g. {examples})" if examples else ""
        lines.append(f"  {where}: {check} fails in row(s) {rows}{example}")
    return "\n".join(lines)


def validate_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate one loaded table; raise `TableInvalid` with every failure summarised."""
    try:
        return SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise TableInvalid(describe_failures(name, exc)) from exc


def validate_folder(
    folder: str | Path, names: tuple[str, ...] = ("articles", "figures", "errors")
) -> dict[str, int]:
    """Validate the tables of an extraction folder in batches (memory stays flat); return
    their row counts. Row numbers in failures count from the table's first row."""
    folder = Path(folder)
    counts = {}
    for name in names:
        path = folder / f"{name}.parquet"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such table; run `toolkit extract` first")
        columns = [c for c in TABLE_SCHEMAS[name].names if c != "body"]
        rows = 0
        try:
            batches = pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS, columns=columns)
            for batch in batches:
                frame = pa_arrow.Table.from_batches([batch]).to_pandas()
                frame.index = pd.RangeIndex(rows, rows + len(frame))
                validate_frame(name, frame)
                rows += len(frame)
        except (pa_arrow.ArrowException, OSError) as exc:
            raise TableInvalid(f"{path}: not a readable table ({exc})") from exc
        counts[name] = rows
    return counts
