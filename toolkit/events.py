"""Event dates: the day a lead says the reported event happened, resolved to a calendar date.

Leads open with the time of the event: `Chiều nay (12/10), ...`, `Sáng 18/12, ...`,
`Tối qua, ...`, `Hôm kia ...`, `Tuần trước ...`, `Sáng thứ Hai ...`. A day and month without a
year take the page's year, or the year the text implies (see `event_year`).
Pure functions on strings and dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from toolkit.dates import YEAR_MAX, YEAR_MIN

_TOD = r"(?:rạng\s+sáng|sáng\s+sớm|chiều\s+tối|sáng|trưa|chiều|tối|đêm|khuya|hôm|ngày)"
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6}
_WEEKDAY = r"(?:thứ\s+(?P<wd>hai|ba|tư|năm|sáu|bảy)|(?P<cn>chủ\s+nhật))"

# `Chiều nay (12/10)`, `sáng 18/12`, `ngày 5/3/2021`, `tối thứ Bảy (14/3)`: the date itself,
# then what stands just before it (matched backwards from the date, which is cheap).
_DAY_MONTH = re.compile(
    r"(?<![\d/.,])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
    r"(?![\d/.-]*\d)"
)
_BEFORE_DATE = re.compile(
    rf"(?:(?P<tod>{_TOD})(?:\s+(?:nay|qua|{_WEEKDAY}))?\s*,?\s*)?(?P<paren>\()?\s*"
    r"(?P<ngay>ngày\s+)?$",
    re.IGNORECASE,
)
# `ngày 12 tháng 10 năm 2020`
_SPELLED = re.compile(
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?", re.IGNORECASE
)
# Relative days, longest phrases first; value: days before the page date.
_RELATIVE = [
    (re.compile(rf"\b{_TOD}\s+hôm\s+kia\b|\bhôm\s+kia\b", re.IGNORECASE), 2, False),
    (re.compile(rf"\b(?:{_TOD}\s+)?hôm\s+qua\b|\b{_TOD}\s+qua\b", re.IGNORECASE), 1, False),
    (re.compile(rf"\b(?:{_TOD}\s+)?hôm\s+nay\b|\b{_TOD}\s+nay\b", re.IGNORECASE), 0, False),
    (re.compile(r"\btuần\s+(?:trước|rồi)\b", re.IGNORECASE), 7, True),
]
# A word each pattern above must contain, searched first with the same flags (a plain literal
# scans ten times faster than the patterns, which most leads do not match).
_RELATIVE_CUES = [re.compile(word, re.IGNORECASE) for word in ("kia", "qua", "nay", "tuần")]
_WEEKDAY_EVENT = re.compile(
    rf"\b(?:{_TOD}|vào)\s+{_WEEKDAY}(?P<last>\s+tuần\s+(?:trước|rồi|qua))?", re.IGNORECASE
)
_WEEKDAY_CUES = (re.compile("thứ", re.IGNORECASE), re.compile("chủ", re.IGNORECASE))
_YEAR = re.compile(r"(?<![\d/.,])(19[5-9]\d|20\d\d)(?![\d/.,]\d)")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
LEAD_WINDOW = 60  # a bare date counts as the event's only this near the start of the lead
SENTENCE_WINDOW = 400
_DIGIT = re.compile(r"\d")
RECENT_DAYS = 45  # an event this close before the page date is taken to be in the page's year


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved event date, with warnings (`;`-joined) about how it was resolved."""

    date: dt.date | None
    flags: tuple[str, ...] = ()


def years_mentioned(text: str) -> list[int]:
    """Four-digit years (1950-2099) the text writes, in order (`năm 2020`, `2017-2020`)."""
    return [int(y) for y in _YEAR.findall(text)]


def event_year(day: int, month: int, published: dt.date | None, years: list[int]) -> int | None:
    """The year of a day and month written without one.

    With a page date: the page's year, or the year before when that puts the day more than
    `RECENT_DAYS` after the page. But when the day then lies more than `RECENT_DAYS` before
    the page and the text never mentions its year, the page was printed long after the event
    (a re-published article): the latest earlier year the text mentions is taken instead.
    Without a page date: the year the text mentions most.
    """
    if published is None:
        counts = Counter(years)
        return max(counts, key=lambda y: (counts[y], y)) if counts else None
    year = published.year
    candidate = _day_month(day, month, year)
    if candidate is None:
        return None
    if (candidate - published).days > RECENT_DAYS:
        year -= 1
        candidate = _day_month(day, month, year)
        if candidate is None:
            return None
    if (published - candidate).days > RECENT_DAYS and year not in years:
        earlier = [y for y in years if y < year]
        if earlier:
            return max(earlier)
    return year


def _first_sentence(lead: str) -> str:
    """The lead's first sentence, at most `SENTENCE_WINDOW` characters (the time of an event
    comes first; joined paragraphs without full stops must not cost a scan of the article)."""
    lead = lead[:SENTENCE_WINDOW]
    match = _SENTENCE_END.search(lead)
    return lead[: match.end()] if match else lead


def _day_month(day: int, month: int, year: int | None) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit(sentence: str) -> tuple[int, int, int | None] | None:
    """Day, month and year (if written) of the date that opens the lead or follows a time of
    day (`Chiều nay (12/10)`), else None."""
    for match in _DAY_MONTH.finditer(sentence):
        before = _BEFORE_DATE.search(sentence[max(0, match.start() - 40) : match.start()])
        # A bare `3/2` is a date only in brackets or opening the lead (`đường 3/2` is not).
        named = before is not None and any(before.group(g) for g in ("tod", "paren", "ngay"))
        if not named and match.start() > 0:
            continue
        found = _valid(match)
        if found:
            return found
    for match in _SPELLED.finditer(sentence):
        found = _valid(match)
        if found:
            return found
    return None


def _valid(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    day, month = int(match.group("d")), int(match.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, int(match.group("y")) if match.group("y") else None


def _weekday(sentence: str, published: dt.date) -> dt.date | None:
    if not any(cue.search(sentence) for cue in _WEEKDAY_CUES):
        return None
    match = _WEEKDAY_EVENT.search(sentence)
    if not match:
        return None
    weekday = 6 if match.group("cn") else _WEEKDAYS[match.group("wd").lower()]
    if match.group("last"):  # `thứ Hai tuần trước`: that day of the week before the page's
        monday = published - dt.timedelta(days=published.weekday())
        return monday - dt.timedelta(days=7 - weekday)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def resolve_event_date(
    lead: str,
    published: dt.date | None,
    years: list[int] | None = None,
    hint: dt.date | None = None,
    text: str = "",
) -> EventDate:
    """The date the lead's first sentence gives for the event, resolved against the page date
    `published` and the `years` the article mentions (or, when None, those of `text`, read only
    if needed); `hint` is a full date already resolved for the same mention (e.g. by the
    figures extractor), used when it agrees on day and month.
    """
    if published is not None and not YEAR_MIN <= published.year <= YEAR_MAX:
        published = None  # a page date no news page carries: resolve as if none were given
    sentence = _first_sentence(lead)
    explicit = _explicit(sentence) if _DIGIT.search(sentence) else None
    if explicit:
        day, month, year = explicit
        if year is None and hint and (hint.day, hint.month) == (day, month):
            return EventDate(hint)
        if year is None:
            if years is None:
                years = years_mentioned(text)
            year = event_year(day, month, published, years)
        return EventDate(_day_month(day, month, year) if year else None)
    if published is None:
        return EventDate(None)
    weekday = _weekday(sentence, published)
    if weekday:
        return EventDate(weekday)
    for (pattern, days_back, approximate), cue in zip(_RELATIVE, _RELATIVE_CUES, strict=True):
        match = pattern.search(sentence) if cue.search(sentence) else None
        if match and (match.start() <= LEAD_WINDOW or not approximate):
            flags = ("event_date_approximate",) if approximate else ()
            return EventDate(published - dt.timedelta(days=days_back), flags)
    return EventDate(None)
