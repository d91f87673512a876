"""Tables: one article and its figures → rows of the `articles` and `figures` tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from toolkit.events import EventDate, resolve_event_date
from toolkit.figures import Figure, figure_values, find_figures
from toolkit.readers import Article
from toolkit.text import word_count

if TYPE_CHECKING:
    import pandas as pd

_FIELDS = tuple(f.name for f in fields(Figure))
_values = attrgetter(*_FIELDS)  # a Figure's values as a tuple, without asdict's deep copies
_PARAGRAPH, _KIND, _DATE_ISO = (_FIELDS.index(n) for n in ("paragraph", "kind", "date_iso"))


def _lead_date_hint(
    paragraphs: list[str], lead: str, values: list[tuple[Any, ...]]
) -> dt.date | None:
    """The first full date the extractor resolved in the lead (its `date_iso`), from figure
    values (`figure_values` tuples)."""
    lead_index = paragraphs.index(lead) if lead else -2
    for fig in values:
        if fig[_PARAGRAPH] == lead_index and fig[_KIND] == "date" and fig[_DATE_ISO]:
            try:
                return dt.date.fromisoformat(fig[_DATE_ISO])
            except ValueError:
                continue
    return None


def _resolve_event(
    article: Article, values: list[tuple[Any, ...]], body: str, lead: str
) -> EventDate:
    hint = _lead_date_hint(article.paragraphs, lead, values)
    text = article.title + "\n" + body
    return resolve_event_date(lead, article.published, None, hint, text=text)


def resolve_event(article: Article, figures: list[Figure]) -> EventDate:
    """The event date of an article (from its lead, page date and the years it mentions)."""
    return _resolve_event(article, [_values(f) for f in figures], article.body, article.lead)


def event_date(article: Article, figures: list[Figure]) -> dt.date | None:
    """The date the lead says the event happened on (`Chiều nay (12/10)`), when resolved."""
    return resolve_event(article, figures).date


def date_flags(published: dt.date | None, event: dt.date | None) -> str:
    """Warnings about page and event dates that disagree, `;`-joined."""
    if published is None or event is None:
        return ""
    gap = (published - event).days
    if gap > 1:
        return f"published_after_event:{gap}d"
    if gap < 0:
        return f"event_after_published:{-gap}d"
    return ""


def article_rows(
    article: Article, records: bool = False
) -> tuple[dict[str, Any], list[dict[str, Any]] | list[tuple[Any, ...]]]:
    """Extract the figures of one article; return its `articles` row and its `figures` rows.

    `records`: figures rows as tuples in the table's column order (cheaper to build and to
    encode, see `storage.encode_rows`) instead of dicts keyed by column.
    """
    body, lead = article.body, article.lead
    values = figure_values(body, title=article.title, published=article.published)
    resolved = _resolve_event(article, values, body, lead)
    event = resolved.date
    flags = [f for f in (date_flags(article.published, event), *resolved.flags) if f]
    row = {
        "article_id": article.article_id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "event_date": event,
        "date_flags": ";".join(flags),
        "byline": article.byline,
        "lead": lead,
        "dateline": article.dateline,
        "n_paragraphs": len(article.paragraphs),
        "n_words": word_count(body, spaced=article.spaced),
        "n_figures": len(values),
        "captions": list(article.captions),
        "path": article.path,
        "format": article.format,
        "body": body,
        "encoding": article.encoding,
    }
    article_id = article.article_id
    if records:
        key = (article_id,)
        return row, [key + v for v in values]  # tuple concatenation: faster than unpacking
    return row, [dict(zip(_FIELDS, v, strict=True), article_id=article_id) for v in values]


def extract_figures(
    text: str, title: str = "", published: dt.date | None = None
) -> pd.DataFrame:
    """The figures of a text as a typed DataFrame (the `figures` columns but `article_id`).

    `text` is normalized first (NFC, spaces) and read one paragraph per non-empty line; offsets
    point into that normalized text (`normalize(text)`).
    """
    import pyarrow as pa

    from toolkit.schema import FIGURES_SCHEMA
    from toolkit.text import normalize

    figures = find_figures(normalize(text), title=normalize(title), published=published)
    schema = FIGURES_SCHEMA.remove(FIGURES_SCHEMA.get_field_index("article_id"))
    rows = [{name: getattr(f, name) for name in schema.names} for f in figures]
    return pa.Table.from_pylist(rows, schema=schema).to_pandas()
