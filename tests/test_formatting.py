"""Vietnamese number writing in charts, tables and narrative."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.formatting import (
    format_compact,
    format_date,
    format_figure,
    format_number,
    format_percent,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1030, "1.030"),
        (99321, "99.321"),
        (9.4, "9,4"),
        (0.5, "0,5"),
        (-1234.5, "-1.234,5"),
        (1_000_000, "1.000.000"),
        (12.345, "12,35"),
        (7.0, "7"),
    ],
)
def test_format_number(value, text):
    assert format_number(value) == text


def test_compact_percent_and_date():
    assert format_compact(9_400_000) == "9,4 triệu"
    assert format_compact(2_500_000_000) == "2,5 tỷ"
    assert format_compact(850) == "850"
    assert format_percent(15.3) == "15,3%"
    assert format_date(dt.date(2022, 1, 18)) == "18/01/2022"
    assert format_date("2020") == "2020"


def test_format_figure_by_kind():
    assert format_figure(4, "fraction", total=6) == "4/6"
    assert format_figure(15.3, "percent", "%") == "15,3%"
    assert format_figure(2.5e9, "money", "VND") == "2,5 tỷ đồng"
    assert format_figure(24000, "money", "USD") == "24.000 USD"
    assert format_figure(45, "age", "tuổi", value_max=64) == "45–64"
    assert format_figure(10, "measure", "km") == "10 km"
    assert format_figure(1030, "count", "người") == "1.030"


def test_compact_keeps_two_decimals():
    assert format_compact(7_040_000_000) == "7,04 tỷ"
    assert format_compact(7_040_000_000, lang="en") == "7.04 billion"
