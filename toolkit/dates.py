"""Pure date helpers: read `28/4/2021`-style dates and place a yearless `12/10` in a year.

A yearless date is resolved against the years the article itself mentions (the seed's page is
dated 2022-01-18 but the text speaks of 2020, so `12/10` is 2020-10-12), falling back to the
page date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

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

    The most-mentioned year of the text wins (ties go to the latest one not after the page
    date); years far from the page date are ignored; without mentions, the page's year.
    """
    counts = Counter(y for y in mentioned if YEAR_MIN <= y <= YEAR_MAX)
    if published is not None:
        pub = published.year
        counts = Counter({y: n for y, n in counts.items() if pub - 5 <= y <= pub})
    if not counts:
        return published.year if published is not None else None
    limit = published.year if published is not None else YEAR_MAX
    return max(counts, key=lambda y: (counts[y], y <= limit, y))


def resolve_year(
    day: int | None,
    month: int,
    reference: int | None,
    published: dt.date | None = None,
) -> int | None:
    """Year for a yearless day/month: the reference year, except that a date more than two
    months after the page date, when the reference is the page's own year, goes a year back."""
    if reference is None:
        return None
    if published is not None and reference == published.year:
        try:
            when = dt.date(reference, month, min(day or 1, 28))
        except ValueError:
            return reference
        if (when - published).days > 61:
            return reference - 1
    return reference
