"""Pure parsers: Vietnamese number writing, multipliers, spelled numbers, Roman numerals, dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.dates import is_day_month, is_year, iso_date, parse_dmy, reference_year, resolve_year
from toolkit.numbers import (
    parse_digits,
    parse_multiplier,
    parse_number,
    parse_roman,
    parse_spelled,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1.030", 1030),  # a dot before three digits groups thousands
        ("99.321", 99321),
        ("12.345.678", 12345678),
        ("9,4", 9.4),  # a comma before one or two digits is the decimal mark
        ("6,66", 6.66),
        ("2,000", 2000),  # English-style grouping: still three digits
        ("3.3", 3.3),  # English-style decimal: one digit
        ("4.0", 4.0),
        ("1.234,5", 1234.5),  # both marks: the last one is decimal
        ("1,234.5", 1234.5),
        ("0,125", 0.125),  # a group cannot start with a lone 0
        ("1.2345", 1.2345),
        ("2020", 2020),
        ("4,58,000", 458000),  # Indian grouping (lakhs): a two-digit group before the last three
    ],
)
def test_parse_digits(raw, value):
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["", "1..2", "abc", "1.23.4", ".5", "4,58,00", "4.58.000"])
def test_parse_digits_rejects(raw):
    assert parse_digits(raw) is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("9,4 triệu", 9_400_000),
        ("1,2 nghìn tỷ", 1.2e12),
        ("200 triệu", 2e8),
        ("2,5 tỷ", 2.5e9),
        ("3 tỉ", 3e9),
        ("10 ngàn", 10_000),
        ("2 tỷ 500 triệu", 2.5e9),
        ("15,3%", 15.3),
        ("15,3 phần trăm", 15.3),
    ],
)
def test_parse_number_with_multipliers(raw, value):
    assert parse_number(raw) == pytest.approx(value)


def test_parse_multiplier():
    assert parse_multiplier("nghìn tỷ") == 1e12
    assert parse_multiplier("triệu") == 1e6
    assert parse_multiplier("người") is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("hai", 2),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("năm mươi lăm", 55),
        ("một trăm", 100),
        ("một trăm linh hai", 102),
        ("hai trăm ba mươi", 230),
        ("một nửa", 0.5),
        ("mươi", 10),
        ("hai chục", 20),
        ("một triệu rưỡi", 1_500_000),
        ("hai nghìn tỷ", 2e12),
        ("Ba", 3),
    ],
)
def test_parse_spelled(raw, value):
    assert parse_spelled(raw) == pytest.approx(value)
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["lăm", "tư", "hai ba", "người", "một số", ""])
def test_parse_spelled_rejects(raw):
    assert parse_spelled(raw) is None


@pytest.mark.parametrize(
    ("raw", "value"), [("XIV", 14), ("IV", 4), ("XVII", 17), ("XXI", 21), ("MCMXC", 1990)]
)
def test_parse_roman(raw, value):
    assert parse_roman(raw) == value
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["IIII", "VX", "ABC", "", "iv"])
def test_parse_roman_rejects(raw):
    assert parse_roman(raw) is None


@given(st.text(max_size=40))
def test_parse_number_never_raises(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)


def test_parse_number_non_string():
    assert parse_number(None) is None  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------- dates


def test_parse_dmy():
    assert parse_dmy("28/4/2021") == (28, 4, 2021)
    assert parse_dmy("12/10") == (12, 10, None)
    assert parse_dmy("18.01.2022") == (18, 1, 2022)
    assert parse_dmy("31/2") is None
    assert parse_dmy("4/13") is None


def test_is_year_and_is_day_month():
    assert is_year(2020) and is_year(1975.0) and not is_year(20.5) and not is_year(3000)
    assert is_day_month(29, 2) and is_day_month(31, 12)
    assert not is_day_month(31, 4) and not is_day_month(1, 13) and not is_day_month(0, 1)


def test_iso_date():
    assert iso_date(2020, 10, 12) == "2020-10-12"
    assert iso_date(2019, 10) == "2019-10"
    assert iso_date(2020) == "2020"
    assert iso_date(2021, 2, 30) is None
    assert iso_date(None, 1, 1) is None


def test_reference_year_follows_the_text_not_an_old_page_date():
    # the seed: page dated 2022-01-18, text about 2020
    mentioned = [2020, 2020, 2020, 2017, 2020, 2020, 2020, 2025]
    assert reference_year(mentioned, dt.date(2022, 1, 18)) == 2020
    # years of laws far back do not outvote the page date
    assert reference_year([2010, 2010, 2015, 2015, 2017, 2017], dt.date(2021, 4, 20)) == 2021
    assert reference_year([], dt.date(2021, 4, 20)) == 2021
    assert reference_year([2019, 2019, 2018], None) == 2019
    assert reference_year([], None) is None


def test_resolve_year():
    page = dt.date(2022, 1, 18)
    assert resolve_year(12, 10, 2020, page) == 2020  # far from the page date: the text's year
    assert resolve_year(15, 1, 2020, page) == 2022  # a few days before the page date
    assert resolve_year(28, 12, 2022, page) == 2021  # just before New Year
    assert resolve_year(20, 8, 2021, dt.date(2021, 4, 28)) == 2021  # an announced date
    assert resolve_year(12, 10, 2020, None) == 2020
