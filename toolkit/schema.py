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

# What each column means, in the words of the figures contract (docs/figures.md); the extra
# columns the toolkit adds are described in the same style. Used for Datasette's metadata.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "stable id: the file stem, or the `doc_id` the file declares",
        "source": "outlet when known (`baolangson`, `dantri`, ...), else empty",
        "url": "when the file declares one",
        "title": "headline, NFC, whitespace collapsed; for a file that declares no separate "
        "headline (the UNC files), its first text line",
        "published": "the date printed on the page / declared by the file (ISO `YYYY-MM-DD`); "
        "that date line is metadata, not body, and yields no figures row",
        "event_date": "the date the reported event happened, when the text says it (e.g. "
        "`Chiều nay (12/10)` resolved against the year the text implies)",
        "date_flags": "`;`-joined warnings, e.g. `published_after_event:463d` when the page "
        "date and event date disagree",
        "byline": "author line when present (e.g. `PHƯƠNG DUNG`)",
        "lead": "first body paragraph, without the dateline code (`LSO-`)",
        "dateline": "the code or place that opens the lead (`LSO`)",
        "n_paragraphs": "sizes: number of body paragraphs",
        "n_words": "sizes: number of words in the body",
        "n_figures": "sizes: number of figures rows",
        "captions": "photo captions found in the body",
        "path": "the file (or `archive:member`, `file.jsonl:line`) the article was read from",
        "format": "the layout it was read as: page, header, plain, jsonl or html",
        "body": "the body text, one paragraph per line; figures' start/end point into it",
        "encoding": "how the bytes were decoded: utf-8, utf-16, cp1258, tcvn3, vni; "
        "`+mojibake`, `+tcvn3`, `+vni` when a Unicode text was repaired",
    },
    "figures": {
        "article_id": "the article the number stands in",
        "raw": "the number as written, with an attached multiplier word or `%`, without unit "
        "or qualifier words: `1.030`, `9,4 triệu`, `4/6`, `15,3%`, `hai`; a range keeps its "
        "whole span (`2017-2020`, `4 đến 6`); a number inside a name gives its digits only "
        "(`Covid-19` → `19`)",
        "value": "the number it states, in the unit as written: `9,4 triệu` → 9400000; "
        "`15,3%` → 15.3; `4/6` → 4; for date, year, period and time the first number as "
        "written (`28/4/2021` → 28, `IV/2020` → 4, `9h30` → 9)",
        "value_max": "upper bound of a range (`từ 45 đến 64 tuổi` → value 45, value_max 64), "
        "else empty",
        "total": "denominator of a fraction (`4/6` → 6), else empty",
        "kind": "one word from the vocabulary: count, percent, money, measure, fraction "
        "(figures); date, year, period, duration, time, age, ordinal, identifier (context)",
        "date_iso": "for date and year kinds, the ISO date (or year) when it can be resolved, "
        "else empty",
        "unit": "`người`, `%`, `VND`, `USD`, `km`, `ha`, `tuổi`, ... (currency as ISO code)",
        "qualifier": '`more_than` (hơn, trên — but `trên` also means "on/in"), `less_than` '
        "(dưới, chưa đến), `at_least` (từ, ít nhất, trở lên), `at_most` (không quá, tối đa, "
        "lên tới), `nearly` (gần, suýt), `about` (khoảng, chừng, ước), `order_of` (hàng "
        "nghìn) or empty",
        "subject": "what is counted or measured: the noun phrase after the number "
        "(`đảng viên mới`)",
        "predicate": "the words before the number in its clause that say what happened "
        "(`kết nạp được`)",
        "sentence": "the whole sentence it stands in",
        "paragraph": "0-based paragraph index in the body (-1: the title)",
        "start": "character offsets in the article's body text as the toolkit stores it (start)",
        "end": "character offsets in the article's body text as the toolkit stores it (end)",
    },
    "errors": {
        "file": "the file (or `archive:member`, `file.jsonl:line`) that could not be read",
        "reason": "why it could not be read",
    },
}
