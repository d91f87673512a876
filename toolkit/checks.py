"""Fact checks: figures an editor should look at twice, found in the extracted tables.

Each finding names the article, the sentence and the reason (a short code, plus a detail):
a percentage over 100 that is not a growth rate, a fraction whose part exceeds its whole, a
range that runs backwards, an implausible age or year, a date after the page was printed, a
headline number the body never states, the page date far from the event date, and an article
printed twice. Findings are warnings for a human, not errors: `toolkit check` exits non-zero
only when its input cannot be read.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from toolkit.kinds import STATISTIC_KINDS
from toolkit.storage import FILE_MODE

# A range of dates keeps the first number of each end (`20/5 đến 11/6` → 20, 11): not reversed.
CALENDAR_KINDS = frozenset({"date", "year", "period", "time", "identifier"})
# Words that make a percentage over 100 a comparison (growth, plan completion), not a share.
GROWTH_WORDS = (
    "tăng",
    "giảm",
    "gấp",
    "vượt",
    "so với",
    "đạt",
    "bằng",
    "hoàn thành",
    "cùng kỳ",
    "kế hoạch",
    "lên",
    "lên đến",
    "lên tới",
    "tới",
)
STALE_DAYS = 30  # page date this long after the event date is worth a look
MAX_AGE = 120
ARTICLE_COLUMNS = ["article_id", "title", "lead", "published", "date_flags"]
FIGURE_COLUMNS = [
    "article_id",
    "raw",
    "value",
    "value_max",
    "total",
    "kind",
    "date_iso",
    "unit",
    "predicate",
    "sentence",
    "paragraph",
]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to check: where (article, paragraph, sentence, number) and why."""

    article_id: str
    paragraph: int | None
    raw: str
    sentence: str
    reason: str
    detail: str


COLUMNS = [f.name for f in fields(Finding)]


def _number(value: Any) -> float | None:
    if value is None or value != value:  # None or NaN
        return None
    return float(value)


def _fmt(value: float) -> str:
    return format(value, ".15g")


def _compares(fig: dict[str, Any], predicate: str) -> bool:
    """Whether a percentage is a comparison: a growth word before it (its predicate) or just
    after it in the sentence (`100,1% cùng kỳ`, `500% so với`)."""
    sentence = (fig.get("sentence") or "").lower()
    raw = (fig.get("raw") or "").lower()
    at = sentence.find(raw) if raw else -1
    after = sentence[at + len(raw) : at + len(raw) + 40] if at >= 0 else ""
    before = sentence[max(0, at - 40) : at] if at >= 0 else ""
    return any(w in text for text in (predicate, before, after) for w in GROWTH_WORDS)


def check_figure(fig: dict[str, Any], published: dt.date | None) -> list[tuple[str, str]]:
    """The (reason, detail) findings of one figures row."""
    found = []
    kind, value = fig.get("kind"), _number(fig.get("value"))
    value_max, total = _number(fig.get("value_max")), _number(fig.get("total"))
    predicate = (fig.get("predicate") or "").lower()
    if value is None:
        return found
    if kind == "percent" and value > 100 and not _compares(fig, predicate):
        found.append(("percent_over_100", f"{_fmt(value)}% of a whole is more than all of it"))
    if kind == "fraction" and total is not None and value > total:
        found.append(("fraction_over_total", f"{_fmt(value)} out of {_fmt(total)}"))
    if value_max is not None and value_max < value and kind not in CALENDAR_KINDS:
        found.append(("range_reversed", f"from {_fmt(value)} to {_fmt(value_max)}"))
    if kind == "age" and max(value, value_max or 0) > MAX_AGE:
        found.append(("implausible_age", f"{_fmt(max(value, value_max or 0))} years old"))
    if kind == "year" and value > (published.year if published else 2100) + 50:
        found.append(("implausible_year", _fmt(value)))
    date_iso = fig.get("date_iso") or ""
    if kind == "date" and published and len(date_iso) == 10:
        try:
            day = dt.date.fromisoformat(date_iso)
        except ValueError:
            day = None
        if day and (day - published).days > 1 and "sẽ" not in (fig.get("sentence") or ""):
            found.append(("date_after_published", f"{date_iso} is after the page date {published}"))
    return found


def is_headline(title: str) -> bool:
    """A real headline, not a first text line standing in for one (UNC files): short, and not
    ending like a sentence."""
    return 0 < len(title.split()) <= 30 and not title.rstrip().endswith((".", ":", ";"))


def check_article(article: dict[str, Any], figures: list[dict[str, Any]]) -> list[Finding]:
    """Every finding of one article (its `articles` row and its `figures` rows)."""
    article_id = article["article_id"]
    published = article.get("published")
    findings = []
    for fig in figures:
        for reason, detail in check_figure(fig, published):
            findings.append(
                Finding(
                    article_id,
                    fig.get("paragraph"),
                    fig.get("raw") or "",
                    fig.get("sentence") or "",
                    reason,
                    detail,
                )
            )
    body_values = {
        _number(f.get("value"))
        for f in figures
        if f.get("paragraph", 0) >= 0 and f.get("kind") in STATISTIC_KINDS
    }
    for fig in figures if is_headline(article.get("title") or "") else ():
        if fig.get("paragraph") != -1 or fig.get("kind") not in STATISTIC_KINDS:
            continue
        if _number(fig.get("value")) not in body_values:
            findings.append(
                Finding(
                    article_id,
                    -1,
                    fig.get("raw") or "",
                    article.get("title") or "",
                    "title_figure_not_in_body",
                    f"the headline says {fig.get('raw')} {fig.get('unit') or ''}".strip()
                    + "; the body never states it",
                )
            )
    for flag in filter(None, (article.get("date_flags") or "").split(";")):
        name, _, days = flag.partition(":")
        if name == "published_after_event" and int(days.rstrip("d") or 0) <= STALE_DAYS:
            continue
        lead = article.get("lead") or ""
        findings.append(Finding(article_id, None, "", lead, name, flag))
    return findings


def _fingerprint(article: dict[str, Any]) -> str | None:
    text = f"{article.get('title') or ''}\n{article.get('lead') or ''}".strip().lower()
    if len(text) < 40:
        return None
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _rows(path: Path, columns: list[str], batch_size: int = 20_000) -> Iterator[dict[str, Any]]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size, columns=columns):
        yield from batch.to_pylist()


def _group_figures(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Consecutive figures rows of one article, as written by `toolkit extract`."""
    current: str | None = None
    group: list[dict[str, Any]] = []
    for row in rows:
        if row["article_id"] != current:
            if group:
                yield current or "", group
            current, group = row["article_id"], []
        group.append(row)
    if group:
        yield current or "", group


def run_checks(folder: str | Path) -> Iterator[Finding]:
    """Check every article of an extraction folder, streaming (one article in memory)."""
    folder = Path(folder)
    paths = {name: folder / f"{name}.parquet" for name in ("articles", "figures")}
    for path in paths.values():
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such table; run `toolkit extract` first")
    groups = _group_figures(_rows(paths["figures"], FIGURE_COLUMNS))
    pending = next(groups, None)
    seen: dict[str, str] = {}
    for article in _rows(paths["articles"], ARTICLE_COLUMNS):
        figures: list[dict[str, Any]] = []
        # Figures are written in article order; an article without figures has no group.
        if pending is not None and pending[0] == article["article_id"]:
            figures = pending[1]
            pending = next(groups, None)
        yield from check_article(article, figures)
        key = _fingerprint(article)
        if key is None:
            continue
        if key in seen and seen[key] != article["article_id"]:
            yield Finding(
                article["article_id"],
                None,
                "",
                article.get("title") or "",
                "duplicate_article",
                f"same title and lead as {seen[key]}",
            )
        seen.setdefault(key, article["article_id"])


def write_findings(findings: Iterable[Finding], path: str | Path) -> Counter[str]:
    """Write findings as CSV (atomically: temp file + rename); return the count per reason."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(COLUMNS)
            for finding in findings:
                counts[finding.reason] += 1
                row = [getattr(finding, c) for c in COLUMNS]
                writer.writerow(["" if v is None else v for v in row])
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts


def summary(counts: Counter[str], articles: int | None = None) -> str:
    """A few lines for the terminal: how many findings of each reason."""
    out = io.StringIO()
    total = sum(counts.values())
    out.write(f"{total} findings" + (f" in {articles} articles" if articles else "") + "\n")
    for reason, count in counts.most_common():
        out.write(f"  {count:>7}  {reason}\n")
    return out.getvalue()
