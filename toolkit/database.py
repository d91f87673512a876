"""Database: the extracted tables → one SQLite file (full-text search on figures' sentences)
plus Datasette metadata, so a journalist can browse and search them (`make browse`).

The file is built beside its target under a temporary name and renamed into place, so an
interrupted build never leaves a half-written database. Tables are copied in batches from
Parquet: memory stays flat however large the corpus.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from toolkit.schema import DESCRIPTIONS, SCHEMAS
from toolkit.storage import FILE_MODE

DB_NAME = "news.db"
BATCH_ROWS = {"articles": 1_000, "figures": 20_000, "errors": 20_000}  # articles carry bodies
TABLE_DESCRIPTIONS = {
    "articles": "One row per article read: metadata, lead, event date and sizes.",
    "figures": "One row per numeric mention, classified per the figures contract; "
    "search the sentences with the box above.",
    "errors": "One row per file that could not be read, and why.",
}


def _sql_type(dtype: pa.DataType) -> str:
    if pa.types.is_integer(dtype):
        return "INTEGER"
    if pa.types.is_floating(dtype):
        return "REAL"
    return "TEXT"


def _cell(value: object) -> object:
    """A Python value from Arrow → one SQLite cell (dates as ISO text, lists as JSON)."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return value


def _create_table(db: sqlite3.Connection, name: str) -> None:
    schema = SCHEMAS[name]
    columns = [f'"{f.name}" {_sql_type(f.type)}' for f in schema]
    if name == "figures":
        columns.append('FOREIGN KEY ("article_id") REFERENCES articles ("article_id")')
    db.execute(f'CREATE TABLE "{name}" ({", ".join(columns)})')


def _copy_table(db: sqlite3.Connection, folder: Path, name: str) -> int:
    """Copy table `name` from `folder/<name>.parquet` in batches; return the row count."""
    schema = SCHEMAS[name]
    _create_table(db, name)
    path = folder / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table; run `toolkit extract` first")
    placeholders = ", ".join("?" * len(schema.names))
    insert = f'INSERT INTO "{name}" VALUES ({placeholders})'
    rows = 0
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS[name], columns=schema.names):
        columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        db.executemany(insert, ([_cell(v) for v in row] for row in zip(*columns, strict=True)))
        rows += batch.num_rows
    return rows


def _index_and_search(db: sqlite3.Connection) -> None:
    """Indexes for the usual filters, and the FTS5 index on `figures.sentence`."""
    db.execute('CREATE INDEX "articles_article_id" ON articles ("article_id")')
    db.execute('CREATE INDEX "articles_published" ON articles ("published")')
    db.execute('CREATE INDEX "figures_article_id" ON figures ("article_id")')
    db.execute('CREATE INDEX "figures_kind" ON figures ("kind")')
    db.execute(
        "CREATE VIRTUAL TABLE figures_fts USING fts5("
        "sentence, content='figures', content_rowid='rowid', tokenize='unicode61')"
    )
    db.execute("INSERT INTO figures_fts (figures_fts) VALUES ('rebuild')")


def metadata(db_path: Path) -> dict:
    """Datasette metadata: table and column descriptions (from the figures contract)."""
    tables = {}
    for name, columns in DESCRIPTIONS.items():
        entry: dict = {"description": TABLE_DESCRIPTIONS[name], "columns": dict(columns)}
        if name == "articles":
            entry["label_column"] = "title"
            entry["sort_desc"] = "published"
        if name == "figures":
            entry["fts_table"] = "figures_fts"
            entry["fts_pk"] = "rowid"
        tables[name] = entry
    return {
        "title": "Số liệu từ báo chí — figures found in Vietnamese news articles",
        "description": "Built by `toolkit extract --db`. Every number in `figures` points "
        "back to its sentence and article; `errors` lists the files that could not be read.",
        "databases": {db_path.stem: {"tables": tables}},
    }


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_database(folder: str | Path, db_path: str | Path | None = None) -> Path:
    """Build `db_path` (default `folder/news.db`) from the tables in `folder`, atomically,
    and write its Datasette metadata beside it as `<stem>.metadata.json`; return the path."""
    folder = Path(folder)
    target = Path(db_path) if db_path else folder / DB_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            with db:
                for name in ("articles", "figures", "errors"):
                    _copy_table(db, folder, name)
                _index_and_search(db)
        finally:
            db.close()
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    meta = json.dumps(metadata(target), ensure_ascii=False, indent=2) + "\n"
    _atomic_write_text(metadata_path(target), meta)
    return target


def metadata_path(db_path: str | Path) -> Path:
    """Where the Datasette metadata of a database file lives: `<stem>.metadata.json`."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.metadata.json")


def search(db_path: str | Path, query: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """Figures whose sentence matches an FTS5 `query`: (article_id, raw, sentence), best first."""
    with sqlite3.connect(db_path) as db:
        return db.execute(
            "SELECT f.article_id, f.raw, f.sentence FROM figures_fts "
            "JOIN figures f ON f.rowid = figures_fts.rowid "
            "WHERE figures_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        ).fetchall()
