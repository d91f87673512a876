"""Pure date helpers: read `28/4/2021`-style dates and place a yearless `12/10` in a year.

A yearless date close to the page date takes the page's year; one far from it takes the year
the article itself talks about (the seed's page is dated 2022-01-18 but the text speaks of 2020,
so `12/10` is 2020-10-12); without either, the page's year, or the one before when the date
would otherwise lie too far in the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "YEAR_MIN",
    "YEAR_MAX",
    "is_day_month",
    "is_year",
    "iso_date",
    "parse_dmy",
    "reference_year",
    "resolve_year",
]

YEAR_MIN = 1000
YEAR_MAX = 2100
_DMY_RE = re.compile(r"(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?")


def is_year(number: float) -> bool:
    """True when `number` is a whole number that reads as a plausible year (1000–2100)."""
    return number == int(number) and YEAR_MIN <= number <= YEAR_MAX


def is_day_month(day: int, month: int) -> bool:
    """True when `day`/`month` can be a calendar day (29/2 allowed)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


@lru_cache(maxsize=4096, typed=True)  # pure; articles repeat the same years and dates
def iso_date(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` for the parts given, or None when they are invalid."""
    if year is None or not YEAR_MIN <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_dmy(raw: str) -> tuple[int, int, int | None] | None:
    """Split `28/4/2021`, `12/10`, `18.01.2022` into (day, month, year or None); None if invalid."""
    match = _DMY_RE.fullmatch(raw.strip())
    if match is None:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    year_s = match.group(3)
    year = None
    if year_s is not None:
        year = int(year_s)
        if len(year_s) == 2:
            year += 2000 if year <= 50 else 1900
    if not is_day_month(day, month):
        return None
    return day, month, year


def reference_year(mentioned: Iterable[int], published: dt.date | None = None) -> int | None:
    """The year an article's yearless dates belong to.

    Each mention of a year up to five years before the page date counts, halved for every year
    of distance; the page's own year starts with one extra vote. Without a page date, the
    latest year mentioned (news reports recent events; pass no birth years).
    """
    counts = Counter(y for y in mentioned if YEAR_MIN <= y <= YEAR_MAX)
    if published is None:
        return max(counts) if counts else None
    pub = published.year
    scores = {y: n * 0.5 ** (pub - y) for y, n in counts.items() if pub - 5 <= y <= pub}
    scores[pub] = scores.get(pub, 0.0) + 1.0
    return max(scores, key=lambda y: (scores[y], y))


def resolve_year(
    day: int | None,
    month: int,
    reference: int | None,
    published: dt.date | None = None,
    *,
    ahead: bool = False,
) -> int | None:
    """Year for a yearless day/month (`day` None for a month alone).

    A date from two months before to four months after the page date is in the page's year
    (or the neighbouring one, across New Year); `ahead` (the text says `tới`, "coming") allows
    up to a year after it. Otherwise the year the text itself talks about (`reference`, see
    `reference_year`); failing that, the latest year that keeps the date within that window.
    """
    if published is None:
        return reference
    limit = 365 if ahead else 122
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            when = dt.date(year, month, min(day or 15, 28))
        except ValueError:
            continue
        if -61 <= (when - published).days <= limit:
            return year
    if reference is not None and reference != published.year:
        return reference
    try:
        when = dt.date(published.year, month, min(day or 15, 28))
    except ValueError:
        return published.year
    return published.year - 1 if (when - published).days > limit else published.year
