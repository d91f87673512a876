"""Text repair shared by every reader: Unicode NFC and Vietnamese-safe whitespace."""

from __future__ import annotations

import re
import unicodedata

# No-break, narrow, figure and other exotic spaces become a plain space;
# zero-width characters and the BOM disappear.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v\x1c-\x1f\x85]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")


_ODD = re.compile(
    r"[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\t\f\v\x1c-\x1f\x85\u2028\u2029]"
)


# Every character `normalize` changes is one `str.isprintable` refuses (its fast path relies on
# it): separators other than the ASCII space, controls and format characters.
assert not any(
    c.isprintable() or (c != "\r" and not _ODD.match(c))
    for c in "".join(map(chr, (*range(0x2000, 0x200E), *range(0x1C, 0x20))))
    + "\r\u00a0\u1680\u202f\u205f\u2060\u3000\ufeff\u00ad\t\f\v\x85\u2028\u2029"
)


def normalize(text: str, nfc: bool = True) -> str:
    """Return `text` in NFC with odd spaces made plain and invisible characters removed.

    Line breaks are kept (readers use them to find paragraphs); runs of spaces collapse to one.
    `nfc=False` skips the NFC step for text already in NFC (e.g. from `encodings`). Each step
    runs only when the text needs it, so clean text costs a few fast scans.
    """
    return normalize_printable(text, nfc)[0]


def normalize_printable(text: str, nfc: bool = True) -> tuple[str, bool]:
    """`normalize`, and whether the result is known to be printable but for its line breaks
    (no control or format character): the common path finds it out for free, which spares
    readers another scan of the text. False: it may not be."""
    if nfc:
        text = unicodedata.normalize("NFC", text)
    if text.replace("\n", " ").isprintable():  # no odd space, invisible character or `\r`
        return (_RUNS.sub(" ", text) if "  " in text else text), True
    if _ODD.search(text):
        # NFC again: a removed zero-width character may have kept a mark from its letter.
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", _SPACES.sub(" ", text)))
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if "  " in text:
        text = _RUNS.sub(" ", text)
    return text, False


def collapse(text: str) -> str:
    """Normalize and put the whole text on one line (titles, captions, bylines)."""
    return " ".join(normalize(text).split())


def squash(line: str) -> str:
    """`collapse` for a line of text already normalized: ends trimmed (the only whitespace left
    there is single plain spaces, so no split is needed unless a run remains)."""
    line = line.strip()
    return " ".join(line.split()) if "  " in line else line


def word_count(text: str, spaced: bool = False) -> int:
    """Words in a text, as `len(text.split())`; for normalized text (single spaces, one
    paragraph per line) counted from its spaces and line breaks, without building the list.

    `spaced`: the caller knows the text is non-empty lines of words separated by single plain
    spaces, with no other whitespace (readers' paragraphs, see `Article.spaced`), so the checks
    are skipped.
    """
    if spaced:
        return text.count(" ") + text.count("\n") + 1 if text else 0
    if not text or text[0] in " \n" or text[-1] in " \n":
        return len(text.split())
    # With line breaks as spaces, `  ` stands for any of `  `, `\n\n`, ` \n`, `\n `.
    flat = text.replace("\n", " ")
    if "  " in flat or not flat.isprintable():
        return len(text.split())
    return flat.count(" ") + 1
