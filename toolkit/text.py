"""Text repair shared by every reader: Unicode NFC and Vietnamese-safe whitespace."""

from __future__ import annotations

import re
import unicodedata

# No-break, narrow, figure and other exotic spaces become a plain space;
# zero-width characters and the BOM disappear.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")


def normalize(text: str) -> str:
    """Return `text` in NFC with odd spaces made plain and invisible characters removed.

    Line breaks are kept (readers use them to find paragraphs); runs of spaces collapse to one.
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _RUNS.sub(" ", text)


def collapse(text: str) -> str:
    """Normalize and put the whole text on one line (titles, captions, bylines)."""
    return " ".join(normalize(text).split())
