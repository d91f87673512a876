"""Property tests for the number and date parsers: they never raise, whatever the text, and
every number the formatter writes reads back as the same value.

Hypothesis generates the inputs: arbitrary Unicode, and "number soup" drawn from the characters
and words Vietnamese news uses around numbers, which reaches the parsers' deeper branches.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from toolkit import dates, events, numbers, sheets
from toolkit.figures import find_figures
from toolkit.formatting import (
    format_compact,
    format_date,
    format_figure,
    format_number,
    format_percent,
)
from toolkit.readers import parse_date_value

NUMBER_WORDS = (
    "một hai ba bốn năm sáu bảy tám chín mười mươi mốt tư lăm nhăm linh lẻ trăm chục nghìn ngàn "
    "vạn triệu tỷ tỉ rưỡi nửa không phần trăm tháng ngày năm quý I V X L C D M % ‰ / - – . , : "
    "đồng USD km"
).split()
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=12)
SOUP = st.lists(
    st.one_of(DIGITS, st.sampled_from(NUMBER_WORDS), st.text(alphabet=".,/-–: ", max_size=2)),
    max_size=12,
).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=60), SOUP)
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))

# Values the formatter writes: integers and amounts with up to two decimals, either sign,
# from zero to beyond a trillion.
CENTS = st.integers(min_value=-(10**15), max_value=10**15).map(lambda n: n / 100)
WHOLE = st.integers(min_value=-(10**13), max_value=10**13)


def _same(read: float | None, expected: float) -> bool:
    return read is not None and abs(read - expected) <= 1e-9 * max(1.0, abs(expected))


# ----------------------------------------------------------------------- never raise


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
@example("9" * 400)  # beyond float range
@example("1" + ".000" * 120 + " tỷ tỷ tỷ")
@example("٣,٥")  # Arabic-Indic digits match \d
def test_number_parsers_never_raise(text: str) -> None:
    for parse in (
        numbers.parse_digits,
        numbers.parse_roman,
        numbers.parse_multiplier,
        numbers.parse_spelled,
        numbers.parse_number,
        sheets.parse_number,
    ):
        result = parse(text)
        assert result is None or isinstance(result, int | float), (parse.__name__, result)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
@example("31/02/2021")
@example("99999999-12-31")
@example("0/0/0000")
def test_date_parsers_never_raise(text: str) -> None:
    for parse in (dates.parse_dmy, sheets.parse_date, parse_date_value):
        result = parse(text)
        assert result is None or isinstance(result, tuple | dt.date)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.integers(-(10**6), 10**6)),
    st.one_of(st.none(), st.integers(-100, 100)),
    st.one_of(st.none(), st.integers(-100, 100)),
)
def test_iso_date_never_raises(year: int | None, month: int | None, day: int | None) -> None:
    result = dates.iso_date(year, month, day)
    assert result is None or result.startswith(f"{year:04d}")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.integers(-5, 40)),
    st.integers(-5, 20),
    st.one_of(st.none(), st.integers(-(10**5), 10**5)),
    st.one_of(st.none(), DATES),
    st.booleans(),
)
def test_resolve_year_never_raises(day, month, reference, published, ahead) -> None:
    dates.resolve_year(day, month, reference, published, ahead=ahead)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-(10**6), 10**6), max_size=8), st.one_of(st.none(), DATES))
def test_reference_year_never_raises(years: list[int], published: dt.date | None) -> None:
    year = dates.reference_year(years, published)
    assert year is None or dates.YEAR_MIN <= year <= dates.YEAR_MAX or year == published.year


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.one_of(st.none(), DATES), st.lists(st.integers(-(10**5), 10**5), max_size=4))
@example("Hôm qua, 12/10 có 5 ca.", dt.date.min, [])
@example("Sáng thứ Hai, đoàn đến.", dt.date(1, 1, 2), [])
@example("Ngày 31/12 có 5 ca.", dt.date.max, [])
def test_event_date_never_raises(lead: str, published: dt.date | None, years: list[int]) -> None:
    found = events.resolve_event_date(lead, published, years)
    assert found.date is None or isinstance(found.date, dt.date)


@settings(max_examples=150, deadline=None)
@given(SOUP, st.one_of(st.none(), DATES))
@example("ngày 31/12 năm 9999", dt.date.max)
@example("hôm qua 1/1", dt.date.min)
def test_extractor_never_raises_whatever_the_page_date(text: str, published) -> None:
    for figure in find_figures(text, title=text, published=published):
        assert text[figure.start : figure.end] == figure.raw


# ------------------------------------------------------------------ format → parse


@settings(max_examples=500, deadline=None)
@given(st.one_of(WHOLE, CENTS), st.sampled_from([None, 0, 1, 2]))
@example(1030, None)
@example(9.4, None)
@example(-1234.5, None)
@example(0.05, 2)
def test_every_number_the_formatter_writes_reads_back(value: float, decimals) -> None:
    written = format_number(value, decimals)
    expected = round(value, 2 if decimals is None else decimals)
    assume(written.strip("-") != "0" or expected == 0)  # -0.001 → "0"
    assert _same(numbers.parse_number(written), expected), written
    assert _same(sheets.parse_number(written), expected), written


@settings(max_examples=300, deadline=None)
@given(st.one_of(WHOLE, CENTS).filter(lambda v: v >= 0))
def test_percent_and_compact_amounts_read_back(value: float) -> None:
    assert _same(numbers.parse_number(format_percent(value)), round(value, 2))
    compact = format_compact(value)
    scale = 1e9 if value >= 1e9 else 1e6 if value >= 1e6 else 1
    assert _same(numbers.parse_number(compact), round(value / scale, 2) * scale), compact


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12))
@example(2020)  # written `2.020`: a count, never the year
@example(1030)
def test_extractor_reads_back_what_the_narrative_writes(value: int) -> None:
    sentence = f"Tỉnh đã tiêm cho {format_number(value)} người."
    found = [f for f in find_figures(sentence) if f.kind == "count"]
    assert [f.value for f in found] == [value], sentence


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_fraction_reads_back(part: int, whole: int) -> None:
    written = format_figure(part, "fraction", total=whole)
    left, _, right = written.partition("/")
    assert (numbers.parse_number(left), numbers.parse_number(right)) == (part, whole)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_read_back(day: dt.date) -> None:
    written = format_date(day)
    assert dates.parse_dmy(written) == (day.day, day.month, day.year)
    assert sheets.parse_date(written) == day
    assert parse_date_value(written) == day
    assert format_date(day.isoformat()) == written


def test_formatter_refuses_three_decimals() -> None:
    # `12,345` reads as twelve thousand by the contract's three-digit rule: never write it.
    with pytest.raises(ValueError, match="decimals"):
        format_number(12.345, 3)
