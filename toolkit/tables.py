"""Tables: one article and its figures → rows of the `articles` and `figures` tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from toolkit.events import EventDate, resolve_event_date
from toolkit.figures import Figure, find_figures
from toolkit.readers import Article
from toolkit.text import word_count

if TYPE_CHECKING:
    import pandas as pd


def _lead_date_hint(article: Article, figures: list[Figure]) -> dt.date | None:
    """The first full date the extractor resolved in the lead (its `date_iso`)."""
    lead = article.lead
    lead_index = article.paragraphs.index(lead) if lead else -2
    for fig in figures:
        if fig.paragraph == lead_index and fig.kind == "date" and fig.date_iso:
            try:
                return dt.date.fromisoformat(fig.date_iso)
            except ValueError:
                continue
    return None


def resolve_event(article: Article, figures: list[Figure]) -> EventDate:
    """The event date of an article (from its lead, page date and the years it mentions)."""
    hint = _lead_date_hint(article, figures)
    text = article.title + "\n" + article.body
    return resolve_event_date(article.lead, article.published, None, hint, text=text)


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


_FIELDS = tuple(f.name for f in fields(Figure))
_values = attrgetter(*_FIELDS)  # a Figure's values as a tuple, without asdict's deep copies


def article_rows(article: Article) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Extract the figures of one article; return its `articles` row and its `figures` rows."""
    figures = find_figures(article.body, title=article.title, published=article.published)
    resolved = resolve_event(article, figures)
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
        "lead": article.lead,
        "dateline": article.dateline,
        "n_paragraphs": len(article.paragraphs),
        "n_words": word_count(article.body),
        "n_figures": len(figures),
        "captions": list(article.captions),
        "path": article.path,
        "format": article.format,
        "body": article.body,
        "encoding": article.encoding,
    }
    article_id = article.article_id
    figure_rows = [dict(zip(_FIELDS, _values(fig), strict=True), article_id=article_id)
                   for fig in figures]
    return row, figure_rows


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
