"""Schema: column names and types of the `articles`, `figures` and `errors` tables.

Column order and types follow the figures contract; `path`, `format` and `body` are added to
`articles` so every figure's offsets can be checked against the text they point into, and
`encoding` says how the file's bytes were decoded (`utf-8`, `tcvn3`, `vni`, `utf-8+mojibake`...).
"""

from __future__ import annotations

import pyarrow as pa

ARTICLES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("event_date", pa.date32()),
        ("date_flags", pa.string()),
        ("byline", pa.string()),
        ("lead", pa.string()),
        ("dateline", pa.string()),
        ("n_paragraphs", pa.int64()),
        ("n_words", pa.int64()),
        ("n_figures", pa.int64()),
        ("captions", pa.list_(pa.string())),
        ("path", pa.string()),
        ("format", pa.string()),
        ("body", pa.string()),
        ("encoding", pa.string()),
    ]
)

FIGURES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("raw", pa.string()),
        ("value", pa.float64()),
        ("value_max", pa.float64()),
        ("total", pa.float64()),
        ("kind", pa.string()),
        ("date_iso", pa.string()),
        ("unit", pa.string()),
        ("qualifier", pa.string()),
        ("subject", pa.string()),
        ("predicate", pa.string()),
        ("sentence", pa.string()),
        ("paragraph", pa.int64()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)

ERRORS_SCHEMA = pa.schema([("file", pa.string()), ("reason", pa.string())])

SCHEMAS = {"articles": ARTICLES_SCHEMA, "figures": FIGURES_SCHEMA, "errors": ERRORS_SCHEMA}
