"""Vietnamese number writing for charts, tables and narrative: 1.030; 9,4 triệu; 15,3%."""

from __future__ import annotations

import datetime as dt
import math

SCALES = ((1e9, "tỷ"), (1e6, "triệu"))
QUALIFIER_WORDS = {
    "more_than": "hơn",
    "less_than": "dưới",
    "at_least": "ít nhất",
    "at_most": "tối đa",
    "nearly": "gần",
    "about": "khoảng",
    "order_of": "hàng",
}
CURRENCY_WORDS = {"VND": "đồng", "USD": "USD", "EUR": "euro"}


def format_number(value: float, decimals: int | None = None) -> str:
    """`1030` → `1.030`, `9.4` → `9,4`, `-1234.5` → `-1.234,5`.

    With `decimals` None, integers print without decimals and other values with up to two,
    trailing zeros dropped.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{abs(value):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"-{text}" if value < 0 and text.strip("0,.") else text


def format_compact(value: float) -> str:
    """Large values with a multiplier word: `9400000` → `9,4 triệu`, `2.5e9` → `2,5 tỷ`."""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{format_number(round(value / scale, 1))} {word}"
    return format_number(value)


def format_percent(value: float) -> str:
    """`15.3` → `15,3%`."""
    return f"{format_number(value)}%"


def format_date(value: dt.date | str | None) -> str:
    """`2022-01-18` → `18/01/2022`; a year or month string stays as written."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        if len(value) != 10:
            return value
        value = dt.date.fromisoformat(value)
    return value.strftime("%d/%m/%Y")


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _amount(value: float) -> str:
    return format_compact(value) if abs(value) >= 1e6 else format_number(value)


def format_figure(
    value: float,
    kind: str,
    unit: str = "",
    value_max: float | None = None,
    total: float | None = None,
) -> str:
    """A figure as a reader expects it: `4/6`, `15,3%`, `2,5 tỷ đồng`, `45–64`, `1.030`."""
    if kind == "fraction" and not _is_missing(total):
        return f"{format_number(value)}/{format_number(total)}"
    number = _amount(value)
    if not _is_missing(value_max):
        number = f"{number}–{_amount(value_max)}"
    if kind == "percent":
        return f"{number}%"
    if kind == "money":
        return f"{number} {CURRENCY_WORDS.get(unit, unit)}".strip()
    if kind == "measure" and unit:
        return f"{number} {unit}"
    return number
