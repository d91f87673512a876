"""Sheets: a journalist's CSV or Excel file → a clean typed DataFrame plus a log of every change.

Real newsroom sheets carry a title row above the header, blank rows and columns, `-` or `N/A`
for missing values, Vietnamese number writing (`1.030`, `9,4`, `15,3%`, `2,5 tỷ`), day-first
dates (`05/03/2021`), source notes under the table, and sometimes text typed in a TCVN3 or VNI
font or saved as UTF-16 by Excel. `load_table` undoes all of that the same way every time, and
says what it did: the file itself is never modified (agate's rule: cleaning makes a new copy
and a log).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from toolkit.encodings import EncodingError, decode_bytes, repair_text
from toolkit.text import collapse

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
NULL_MARKERS = frozenset(
    {"", "-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none", "nan", "..", "...", "kxđ"}
)
_NOTE = re.compile(r"^\s*(?:nguồn|ghi chú|chú thích|source|note)\s*[:.]", re.IGNORECASE)
_NUMBER = re.compile(r"^[-−+]?\(?\d[\d.,\s]*\)?$")
_UNIT_SUFFIX = re.compile(r"\s*(%|phần trăm|vnđ|vnd|đồng|đ|usd|\$)$", re.IGNORECASE)
_MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_MULTIPLIER = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)$", re.IGNORECASE)
_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DATE_WORDS = re.compile(r"^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$", re.I)


class SheetError(ValueError):
    """A file that cannot be read as a table; the message names the file (and row)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One cleaning step: which column (or `*` for the whole table), what, how many cells."""

    column: str
    action: str
    count: int = 0
    example: str = ""

    def __str__(self) -> str:
        count = f" ({self.count})" if self.count else ""
        example = f", e.g. {self.example}" if self.example else ""
        return f"{self.column}: {self.action}{count}{example}"


@dataclass
class Sheet:
    """A cleaned table, what was done to it, and the notes found under it."""

    data: pd.DataFrame
    log: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: str = ""
    encoding: str = ""

    def log_frame(self) -> pd.DataFrame:
        """The cleaning log as a table (column, action, count, example)."""
        return pd.DataFrame(
            [(c.column, c.action, c.count, c.example) for c in self.log],
            columns=["column", "action", "count", "example"],
        )


# --- cells ---------------------------------------------------------------------------------


def parse_number(text: str) -> float | None:
    """A Vietnamese-written number → float, else None: `1.030` → 1030, `9,4` → 9.4,
    `2,000` → 2000, `1.234.567,8` → 1234567.8, `15,3%` → 15.3, `2,5 tỷ` → 2.5e9,
    `(1.200)` → -1200. A separator followed by exactly three digits groups thousands."""
    text = text.strip()
    scale = 1.0
    multiplier = _MULTIPLIER.search(text)
    if multiplier:
        scale = _MULTIPLIERS[multiplier.group(1).lower()]
        text = text[: multiplier.start()]
    text = _UNIT_SUFFIX.sub("", text).strip()
    if not text or not _NUMBER.match(text):
        return None
    negative = text.startswith(("-", "−")) or (text.startswith("(") and text.endswith(")"))
    digits = text.strip("-−+() ").replace(" ", "")
    separators = [c for c in digits if c in ".,"]
    if separators:
        last = max(digits.rfind("."), digits.rfind(","))
        tail = digits[last + 1 :]
        mixed = len(set(separators)) > 1
        if mixed or (len(tail) != 3 and separators.count(digits[last]) == 1):
            # The last separator is the decimal mark; every other one groups thousands.
            head = digits[:last].replace(".", "").replace(",", "")
            digits = f"{head}.{tail}"
        else:
            groups = re.split(r"[.,]", digits)
            if any(len(g) != 3 for g in groups[1:]):
                return None
            digits = "".join(groups)
    try:
        value = float(digits) * scale
    except ValueError:
        return None
    return -value if negative else value


def parse_date(value: object) -> dt.date | None:
    """A day-first date (`05/03/2021`, `5-3-21`, `2021-03-05`, `ngày 5 tháng 3 năm 2021`, or
    an Excel date) → date, else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern, order in ((_DATE_DMY, "dmy"), (_DATE_ISO, "ymd"), (_DATE_WORDS, "dmy")):
        match = pattern.match(text)
        if not match:
            continue
        parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
        year = parts["y"] + (2000 if parts["y"] < 100 else 0)
        try:
            return dt.date(year, parts["m"], parts["d"])
        except ValueError:
            return None
    return None


# --- reading -------------------------------------------------------------------------------


def _read_csv(path: Path) -> tuple[list[list[object]], str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        decoded = decode_bytes(data)
    except EncodingError as exc:
        raise SheetError(f"{path}: {exc}") from exc
    text = decoded.text
    delimiter = _sniff(text.splitlines()[:50], "\t" if path.suffix.lower() == ".tsv" else ",")
    try:
        rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    except csv.Error as exc:
        raise SheetError(f"{path}: not a readable CSV file ({exc})") from exc
    return rows, decoded.encoding


def _sniff(lines: list[str], default: str) -> str:
    """The delimiter that splits most lines into the same number (> 1) of cells. Decimal
    commas (`9,4`) make `,` give ragged rows in `;`-separated files, so it loses there."""
    best, best_score = default, (0, 0)
    for delimiter in (",", ";", "\t", "|"):
        try:
            widths = Counter(len(r) for r in csv.reader(lines, delimiter=delimiter) if r)
        except csv.Error:
            continue
        width, frequency = max(widths.items(), key=lambda wf: (wf[1], wf[0]), default=(0, 0))
        score = (frequency, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_excel(path: Path, sheet: str | int | None) -> list[list[object]]:
    try:
        frame = pd.read_excel(
            path, sheet_name=sheet if sheet is not None else 0, header=None, dtype=object
        )
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise SheetError(f"{path}: not a readable Excel sheet ({exc})") from exc
    return [[None if pd.isna(v) else v for v in row] for row in frame.itertuples(index=False)]


def _cell_text(value: object) -> str:
    return "" if value is None else collapse(str(value))


def _is_empty(row: Sequence[object]) -> bool:
    return all(_cell_text(v).lower() in ("", "nan") for v in row)


def _header_index(rows: list[list[object]]) -> int:
    """The first row that looks like a header: at least half its cells filled (and two or
    more), mostly not numbers. Title rows above it (one filled cell) are skipped."""
    width = max((len(r) for r in rows), default=0)
    for index, row in enumerate(rows[:20]):
        filled = [_cell_text(v) for v in row if _cell_text(v)]
        numeric = sum(parse_number(v) is not None for v in filled)
        if len(filled) >= max(2, width // 2) and numeric <= len(filled) // 2:
            return index
    return 0


def _names(header: list[object], width: int, log: list[Change]) -> list[str]:
    names, seen = [], set()
    for position in range(width):
        raw = _cell_text(header[position]) if position < len(header) else ""
        name = raw or f"column_{position + 1}"
        if not raw:
            log.append(Change(name, "named an unnamed column"))
        base, n = name, 2
        while name in seen:
            name, n = f"{base}_{n}", n + 1
        if name != base:
            log.append(Change(name, f"renamed a second column called {base!r}"))
        seen.add(name)
        names.append(name)
    return names


def _infer(column: str, values: list[object], override: str | None, log: list[Change]):
    """Type one column: number, then date, then text (the first that fits every value)."""
    present = [v for v in values if v is not None]
    texts = [v for v in present if isinstance(v, str)]
    if override != "text" and present:
        leading_zero = [t for t in texts if re.fullmatch(r"0\d+", t.strip())]
        numbers = [
            v if isinstance(v, int | float) and not isinstance(v, bool) else
            parse_number(v) if isinstance(v, str) else None
            for v in present
        ]  # fmt: skip
        if (override == "number" or not leading_zero) and all(n is not None for n in numbers):
            converted = [t for t in texts if not re.fullmatch(r"-?\d+", t.strip())]
            if converted:
                example = f"{converted[0]!r} → {parse_number(converted[0]):g}"
                log.append(
                    Change(column, "read Vietnamese-written numbers", len(converted), example)
                )
            percent = [t for t in texts if t.strip().endswith("%")]
            if percent:
                log.append(Change(column, "dropped the % sign (values are percentages)",
                                  len(percent), repr(percent[0])))  # fmt: skip
            lookup = iter(numbers)
            return pd.array([None if v is None else next(lookup) for v in values], dtype="Float64")
        if leading_zero and override != "number":
            log.append(Change(column, "kept as text: codes with leading zeros",
                              len(leading_zero), repr(leading_zero[0])))  # fmt: skip
            return pd.array([None if v is None else str(v) for v in values], dtype="string")
        dates = [parse_date(v) for v in present]
        if override == "date" or all(d is not None for d in dates):
            if texts:
                log.append(Change(column, "read day-first dates", len(texts),
                                  f"{texts[0]!r} → {parse_date(texts[0])}"))  # fmt: skip
            return pd.array([None if v is None else parse_date(v) for v in values], dtype=object)
        parsed = sum(n is not None for n in numbers)
        if parsed >= 0.8 * len(present) and override is None:
            odd = next(str(v) for v, n in zip(present, numbers, strict=True) if n is None)
            log.append(Change(column, "kept as text: some values are not numbers",
                              len(present) - parsed, repr(odd)))  # fmt: skip
    return pd.array([None if v is None else str(v) for v in values], dtype="string")


def load_table(
    path: str | Path,
    sheet: str | int | None = None,
    types: dict[str, str] | None = None,
    null_markers: frozenset[str] = NULL_MARKERS,
) -> Sheet:
    """Read and clean a CSV/TSV or Excel table; `types` forces a column to `number`, `date` or
    `text`. Returns the clean DataFrame with its cleaning log; the file is not modified."""
    path = Path(path)
    if not path.exists():
        raise SheetError(f"{path}: no such file")
    suffix = path.suffix.lower()
    log: list[Change] = []
    if suffix in EXCEL_SUFFIXES:
        rows, encoding = _read_excel(path, sheet), "xlsx"
    elif suffix in CSV_SUFFIXES:
        rows, encoding = _read_csv(path)
        if encoding != "utf-8":
            log.append(Change("*", f"decoded the file as {encoding}"))
    else:
        raise SheetError(f"{path}: not a CSV, TSV or Excel (.xlsx) file")
    # Cells: repair legacy-font text and mojibake, NFC, collapse whitespace.
    repaired = trimmed = 0
    for row in rows:
        for i, value in enumerate(row):
            if isinstance(value, str):
                fixed = repair_text(value)
                repaired += bool(fixed.encoding)
                row[i] = collapse(fixed.text)
                trimmed += row[i] != fixed.text
    if repaired:
        log.append(Change("*", "repaired text typed in a legacy font or garbled", repaired))
    if trimmed:
        log.append(Change("*", "trimmed and collapsed spaces in cells", trimmed))
    blank = sum(_is_empty(r) for r in rows)
    rows = [r for r in rows if not _is_empty(r)]
    if blank:
        log.append(Change("*", "dropped empty rows", blank))
    if not rows:
        raise SheetError(f"{path}: no data")
    start = _header_index(rows)
    if start:
        log.append(Change("*", "skipped title rows above the header", start,
                          repr(_cell_text(rows[0][0]))))  # fmt: skip
    header, body = rows[start], rows[start + 1 :]
    notes = []
    while body and _NOTE.match(_cell_text(next((v for v in body[-1] if _cell_text(v)), ""))):
        notes.insert(0, " ".join(_cell_text(v) for v in body.pop() if _cell_text(v)))
    if notes:
        log.append(Change("*", "moved notes under the table to Sheet.notes", len(notes),
                          repr(notes[0][:60])))  # fmt: skip
    width = max(len(header), *(len(r) for r in body)) if body else len(header)
    names = _names(header, width, log)
    columns: dict[str, list[object]] = {n: [] for n in names}
    nulls = dict.fromkeys(names, 0)
    for row in body:
        for position, name in enumerate(names):
            value = row[position] if position < len(row) else None
            if isinstance(value, str) and value.lower() in null_markers:
                nulls[name] += value != ""
                value = None
            columns[name].append(value)
    for name, count in nulls.items():
        if count:
            log.append(Change(name, "read missing-value markers (-, N/A, ...) as empty", count))
    empty_columns = [n for n, v in columns.items() if all(x is None for x in v)]
    for name in empty_columns:
        if name.startswith("column_"):
            del columns[name]
            log.append(Change(name, "dropped an empty unnamed column"))
    types = types or {}
    unknown = set(types) - set(columns)
    if unknown:
        raise SheetError(f"{path}: no column named {', '.join(sorted(unknown))}")
    data = pd.DataFrame(
        {name: _infer(name, values, types.get(name), log) for name, values in columns.items()}
    )
    return Sheet(data, log, notes, str(path), encoding)
