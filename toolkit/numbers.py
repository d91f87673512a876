"""Pure parsers for numbers as Vietnamese news writes them.

Digits with `.`/`,` separators (a separator followed by exactly three digits groups thousands,
one or two digits make it a decimal mark), multiplier words (`nghìn`, `triệu`, `tỷ`),
spelled-out numbers (`hai mươi mốt`, `một nửa`) and Roman numerals (`XIV`).
Every public function returns None rather than raising on text it cannot read.
"""

from __future__ import annotations

import re

__all__ = [
    "MULTIPLIERS",
    "SPELLED_DIGITS",
    "parse_digits",
    "parse_multiplier",
    "parse_number",
    "parse_roman",
    "parse_spelled",
]

MULTIPLIERS: dict[str, float] = {
    "chục": 1e1,
    "trăm": 1e2,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

# Words that stand for a digit. `mốt`, `tư`, `lăm`/`nhăm` only after a tens word.
SPELLED_DIGITS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_AFTER_TENS: dict[str, int] = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_ZERO_TENS = frozenset({"linh", "lẻ"})
_SCALES: dict[str, float] = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_MARKS_RE = re.compile(r"[.,]")
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_WORDS_RE = re.compile(r"[^\W\d_]+")
_PERCENT_RE = re.compile(r"\s*(?:%|phần\s+trăm)\s*$", re.IGNORECASE)


_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


def parse_digits(raw: str) -> float | None:
    """Read a digit group such as `1.030`, `9,4`, `2,000`, `1.234,5` or `3.3`; None if not one."""
    raw = raw.strip()
    if not raw or _DIGITS_RE.fullmatch(raw) is None:
        return None
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return float(raw)
    groups = _MARKS_RE.split(raw)
    head, tail = groups[0], groups[1:]
    if len(set(seps)) == 2:
        # Both marks: the last one is the decimal mark, the other groups thousands.
        dec = seps[-1]
        int_part, _, frac = raw.rpartition(dec)
        int_groups = _MARKS_RE.split(int_part)
        if any(len(g) != 3 for g in int_groups[1:]) or len(int_groups[0]) > 3:
            return None
        return float("".join(int_groups) + "." + frac)
    if len(seps) > 1:
        # One mark repeated: thousands grouping when every group has three digits.
        if all(len(g) == 3 for g in tail) and 1 <= len(head) <= 3:
            return float("".join(groups))
        if _INDIAN_GROUPS.fullmatch(raw):
            return float("".join(groups))  # `4,58,000 INR`: lakhs, grouped in twos
        return None
    frac = tail[0]
    if len(frac) == 3 and head != "0" and len(head) <= 3:
        return float(head + frac)
    return float(head + "." + frac)


def parse_roman(raw: str) -> int | None:
    """Read an upper-case Roman numeral (`XIV` → 14); None if `raw` is not a valid one."""
    raw = raw.strip()
    if not raw or len(raw) > 12 or _ROMAN_RE.fullmatch(raw) is None:
        return None
    total = 0
    prev = 0
    for ch in reversed(raw):
        val = _ROMAN_VALUES[ch]
        if val < prev:
            total -= val
        else:
            total += val
            prev = val
    return total


def parse_multiplier(words: str) -> float | None:
    """Product of multiplier words (`nghìn tỷ` → 1e12); None if any word is not a multiplier."""
    parts = words.lower().split()
    if not parts:
        return None
    factor = 1.0
    for part in parts:
        mult = MULTIPLIERS.get(part)
        if mult is None:
            return None
        factor *= mult
    return factor


def parse_spelled(raw: str) -> float | None:
    """Read a spelled-out number (`hai mươi mốt` → 21, `một nửa` → 0.5, `nửa tỷ` → 5e8); None if
    not one."""
    words = raw.lower().split()
    if not words:
        return None
    if words in (["một", "nửa"], ["nửa"]):
        return 0.5
    if words[0] == "nửa":  # `nửa tỷ` → 5e8
        scale = parse_multiplier(" ".join(words[1:]))
        return 0.5 * scale if scale is not None and scale >= 1e3 else None
    total = 0.0  # sum of completed scale groups
    group = 0.0  # current group below the scale words
    pending: float | None = None  # a digit waiting for its place word
    last_scale = 1.0
    prev = ""
    seen = False
    for word in words:
        if word in SPELLED_DIGITS or word in _AFTER_TENS:
            if word in _AFTER_TENS and prev not in ("mươi", "mười"):
                if not (word == "lăm" and prev in ("trăm",)):
                    return None
            digit = SPELLED_DIGITS.get(word, _AFTER_TENS.get(word))
            if pending is not None:
                return None
            if prev in ("mươi", "mười") or prev in _ZERO_TENS:
                group += digit
            else:
                pending = float(digit)
            seen = True
        elif word == "mười":
            if pending is not None:
                return None
            group += 10
            seen = True
        elif word == "mươi":
            if pending is None and seen:
                return None  # `mười mươi` is an idiom ("for sure"), not a number
            group += (pending if pending is not None else 1) * 10
            pending = None
            seen = True
        elif word == "chục":
            group += (pending if pending is not None else 1) * 10
            pending = None
            seen = True
        elif word == "trăm":
            group = (group + (pending if pending is not None else 1)) * 100
            pending = None
            seen = True
        elif word in _ZERO_TENS:
            if prev != "trăm":
                return None
        elif word in _SCALES:
            scale = _SCALES[word]
            value = group + (pending or 0)
            if value == 0 and total > 0 and prev in _SCALES:
                total *= scale  # `nghìn tỷ`
            else:
                total += (value if (value or pending is not None) else 1) * scale
            group, pending = 0.0, None
            last_scale = scale
            seen = True
        elif word == "rưỡi":
            if not seen:
                return None
            if pending is not None:
                group += pending
                pending = None
            # `một triệu rưỡi` → 1.5e6; `hai trăm rưỡi` → 250
            total += 0.5 * (last_scale if prev in _SCALES else (100 if prev == "trăm" else 1))
        elif word == "nửa":
            return None
        else:
            return None
        prev = word
    if not seen:
        return None
    return total + group + (pending or 0.0)


def parse_number(raw: str) -> float | None:
    """Read any written number: digits with an optional sign, multiplier word or `%`, spelled
    words, a Roman numeral. `9,4 triệu` → 9400000; `-1.234,5` → -1234.5; `XIV` → 14; else None."""
    if not isinstance(raw, str):
        return None
    text = _PERCENT_RE.sub("", raw.strip())
    if text[:1] in ("-", "−") and text[1:2].isdigit():
        value = parse_number(text[1:])
        return -value if value is not None else None
    if not text:
        return None
    try:
        match = _DIGITS_RE.match(text)
        if match is not None:
            number = parse_digits(match.group())
            if number is None:
                return None
            rest = text[match.end() :].strip()
            if not rest:
                return number
            return _digits_with_words(number, rest)
        roman = parse_roman(text)
        if roman is not None:
            return float(roman)
        return parse_spelled(text)
    except (ValueError, OverflowError):
        return None


def _digits_with_words(number: float, rest: str) -> float | None:
    """Apply trailing multiplier words, including compounds like `2 tỷ 500 triệu`."""
    factor = parse_multiplier(rest)
    if factor is not None:
        return round(number * factor, 6)
    # Compound: `<n> <scale> <m> <smaller scale> ...`
    tokens = rest.split()
    total = 0.0
    current = number
    i = 0
    while i < len(tokens):
        j = i
        scale = 1.0
        while j < len(tokens) and tokens[j].lower() in MULTIPLIERS:
            scale *= MULTIPLIERS[tokens[j].lower()]
            j += 1
        if j == i:
            return None
        total += current * scale
        if j == len(tokens):
            return round(total, 6)
        nxt = parse_digits(tokens[j])
        if nxt is None:
            return None
        current = nxt
        i = j + 1
    return total + current
