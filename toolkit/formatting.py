"""Number writing for charts, tables and narrative: Vietnamese by default (1.030; 9,4 triệu;
15,3%), English with `lang="en"` (1,030; 9.4 million; 15.3%)."""

from __future__ import annotations

import datetime as dt
import math

SCALES = {
    "vi": ((1e9, "tỷ"), (1e6, "triệu")),
    "en": ((1e9, "billion"), (1e6, "million")),
}
QUALIFIER_WORDS = {
    "more_than": "hơn",
    "less_than": "dưới",
    "at_least": "ít nhất",
    "at_most": "tối đa",
    "nearly": "gần",
    "about": "khoảng",
    "order_of": "hàng",
}
QUALIFIER_WORDS_EN = {
    "more_than": "more than",
    "less_than": "less than",
    "at_least": "at least",
    "at_most": "at most",
    "nearly": "nearly",
    "about": "about",
    "order_of": "on the order of",
}
CURRENCY_WORDS = {"VND": "đồng", "USD": "USD", "EUR": "euro"}
LANGS = ("vi", "en")


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")


def format_number(value: float, decimals: int | None = None, lang: str = "vi") -> str:
    """`1030` → `1.030`, `9.4` → `9,4`, `-1234.5` → `-1.234,5` (English: `1,030`, `9.4`).

    With `decimals` None, integers print without decimals and other values with up to two,
    trailing zeros dropped; more than two is refused, as `12,345` would read as 12345.
    """
    _check_lang(lang)
    if decimals is not None and not 0 <= decimals <= 2:
        # `12,345` would read as twelve thousand by the three-digit rule readers apply
        raise ValueError(f"decimals must be 0, 1 or 2, not {decimals!r}")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{abs(value):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"-{text}" if value < 0 and text.strip("0,.") else text


def format_compact(value: float, lang: str = "vi") -> str:
    """Large values with a multiplier word: `9400000` → `9,4 triệu`, `7.04e9` → `7,04 tỷ`
    (two decimals at most)."""
    for scale, word in SCALES[lang]:
        if abs(value) >= scale:
            return f"{format_number(round(value / scale, 2), lang=lang)} {word}"
    return format_number(value, lang=lang)


def format_percent(value: float, lang: str = "vi") -> str:
    """`15.3` → `15,3%`."""
    return f"{format_number(value, lang=lang)}%"


def format_date(value: dt.date | str | None, lang: str = "vi") -> str:
    """`2022-01-18` → `18/01/2022` (English: `18 Jan 2022`); a year or month string stays."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        if len(value) != 10:
            return value
        value = dt.date.fromisoformat(value)
    return value.strftime("%d/%m/%Y" if lang == "vi" else "%-d %b %Y")


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _amount(value: float, lang: str) -> str:
    return format_compact(value, lang) if abs(value) >= 1e6 else format_number(value, lang=lang)


def format_figure(
    value: float,
    kind: str,
    unit: str = "",
    value_max: float | None = None,
    total: float | None = None,
    lang: str = "vi",
) -> str:
    """A figure as a reader expects it: `4/6`, `15,3%`, `2,5 tỷ đồng`, `45–64`, `1.030`."""
    if kind == "fraction" and not _is_missing(total):
        return f"{format_number(value, lang=lang)}/{format_number(total, lang=lang)}"
    number = _amount(value, lang)
    if not _is_missing(value_max):
        number = f"{number}–{_amount(value_max, lang)}"
    if kind == "percent":
        return f"{number}%"
    if kind == "money":
        word = CURRENCY_WORDS.get(unit, unit) if lang == "vi" else unit
        return f"{number} {word}".strip()
    if kind == "measure" and unit:
        return f"{number} {unit}"
    return number


def qualifier_word(qualifier: str | None, lang: str = "vi") -> str:
    """The words a qualifier code stands for: `more_than` → `hơn` (English: `more than`)."""
    words = QUALIFIER_WORDS if lang == "vi" else QUALIFIER_WORDS_EN
    return words.get(qualifier or "", "")
