"""Encodings: bytes in any encoding Vietnamese newsrooms still meet → clean NFC Unicode text.

Handled: UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-byte pattern), Windows-1258, the
legacy 8-bit font encodings TCVN3 (ABC, `.VnTime`) and VNI (`VNI-Times`), and UTF-8 text that
went through a wrong code page once (mojibake such as `Viá»‡t`, repaired with ftfy).

The common case (valid UTF-8 with no legacy characters) costs one decode and one regex search.
Everything else is decided by scoring each candidate decoding: how many of its words are
well-formed Vietnamese syllables, against how many are not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993, "VN3", the ABC fonts): ASCII plus Vietnamese letters at 0xA1-0xFE.
# Lowercase letters carry every tone; VN3 has no precomposed capitals with tones (ABC fonts
# draw them with the lowercase codes in a capital-shaped `.VnTimeH` font). The capitals that
# the VN1 level of the same standard places in the gaps of 0xA1-0xFF are decoded too.
_TCVN3_HIGH = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xAF: "Ặ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ", 0xBA: "Ẳ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xBF: "Ẵ",
    0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ", 0xC5: "Ề",
    0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCD: "Ể", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE0: "Ổ", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF0: "Ỗ", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ", 0xFF: "Ố",
}  # fmt: skip

# VNI (VNI Software's `VNI-Windows` font encoding): a base ASCII vowel followed by one mark
# byte, or for ư, ơ, đ and some i/y letters one byte of its own. Bytes are shown as the
# Windows-1252 characters they display as in any other font (`Vieät` = Việt).
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_CIRCUMFLEX = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303",
                   "ä": "\u0323"}  # fmt: skip
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303",
              "ë": "\u0323"}  # fmt: skip
_VNI_SINGLE = {"ö": "ư", "ô": "ơ", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị",
               "î": "ỵ"}  # fmt: skip


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _vni_table() -> dict[str, str]:
    """VNI sequence (cp1252 characters) → Unicode letter, for lower and upper case."""
    table: dict[str, str] = {}
    for lower, letter in _VNI_SINGLE.items():
        table[lower] = letter
        table[lower.upper()] = letter.upper()
    for base in "aeouy":
        for mark, tone in _VNI_TONES.items():
            table[base + mark] = _nfc(base + tone)
    for base in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            table[base + mark] = _nfc(base + "\u0302" + tone)
    for mark, tone in _VNI_BREVE.items():
        table["a" + mark] = _nfc("a\u0306" + tone)
    for horn, letter in (("ö", "ư"), ("ô", "ơ")):
        for mark, tone in _VNI_TONES.items():
            table[horn + mark] = _nfc(letter + tone)
    for key, value in list(table.items()):
        table[key.upper()] = value.upper()
        # A capital base with a lowercase mark (and back) occurs in mixed-case words.
        if len(key) == 2:
            table[key[0].upper() + key[1]] = value.upper()
    return table


VNI_TO_UNICODE = _vni_table()
UNICODE_TO_VNI = {}
for _seq, _letter in sorted(VNI_TO_UNICODE.items()):
    if len(_seq) == 1 or _seq[0].isupper() == _seq[1].isupper():
        UNICODE_TO_VNI.setdefault(_letter, _seq)
_VNI_PATTERN = re.compile(
    "|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True))
)


def _cp1252_table() -> list[str]:
    """Byte → the Windows-1252 character it shows as; undefined bytes map to themselves."""
    table = []
    for byte in range(256):
        try:
            table.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(byte))
    return table


_CP1252 = _cp1252_table()
_CP1252_BYTES = {char: byte for byte, char in enumerate(_CP1252)}
TCVN3_TO_UNICODE = {_CP1252[b]: letter for b, letter in _TCVN3_HIGH.items()}
UNICODE_TO_TCVN3 = {letter: b for b, letter in _TCVN3_HIGH.items()}
_TCVN3_TRANSLATE = str.maketrans(TCVN3_TO_UNICODE)


class EncodingError(ValueError):
    """Bytes that no supported encoding reads as text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and the encoding (plus repair) that gave it."""

    text: str
    encoding: str


# ---------------------------------------------------------------------------------------------
# Converting text.


def cp1252_view(data: bytes) -> str:
    """Bytes as Windows-1252 characters (what a legacy font's bytes look like in any other)."""
    return "".join(_CP1252[b] for b in data) if data else ""


def tcvn3_to_unicode(text: str) -> str:
    """Text typed in a TCVN3 (ABC) font and read as Windows-1252 → Unicode NFC."""
    return _nfc(text.translate(_TCVN3_TRANSLATE))


def vni_to_unicode(text: str) -> str:
    """Text typed in a VNI font and read as Windows-1252 → Unicode NFC."""
    return _nfc(_VNI_PATTERN.sub(lambda m: VNI_TO_UNICODE[m.group()], text))


def _case_fallback(char: str, table: dict[str, object]) -> object | None:
    """A capital missing from a legacy table is written with its lowercase code (as the
    legacy capital fonts did)."""
    return table.get(char) or table.get(char.lower())


def unicode_to_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes (capitals without a code are written lowercase)."""
    out = bytearray()
    for char in _nfc(text):
        if char.isascii():
            out += char.encode("ascii")
            continue
        code = _case_fallback(char, UNICODE_TO_TCVN3)
        if code is None:
            code = _CP1252_BYTES.get(char)
        if code is None:
            raise EncodingError(f"{char!r} has no TCVN3 code")
        out.append(int(code))  # type: ignore[arg-type]
    return bytes(out)


def unicode_to_vni(text: str) -> bytes:
    """Unicode → VNI bytes."""
    parts = []
    for char in _nfc(text):
        seq = char if char.isascii() else _case_fallback(char, UNICODE_TO_VNI)
        if seq is None and char in _CP1252_BYTES:
            seq = char
        if seq is None:
            raise EncodingError(f"{char!r} has no VNI code")
        parts.append(str(seq))
    return "".join(parts).encode("cp1252")


def unicode_to_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 bytes: precomposed where the code page has the letter, else a
    base letter plus a combining tone mark (as Windows writes it)."""
    out = bytearray()
    for char in _nfc(text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = _nfc("".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        try:
            out += base.encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError as exc:
            raise EncodingError(f"{char!r} has no Windows-1258 code") from exc
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Scoring: how Vietnamese does a text look?

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_NUCLEI = (
    "iêu oai oay oeo uây uôi uya uyê ươi ươu yêu uyu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_SYLLABLE = re.compile(
    rf"{_ONSET}(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
_VIETNAMESE_LETTERS = frozenset(
    _nfc(base + tone)
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
    for tone in ("", *_TONES)
) | {"đ"}
_VIETNAMESE_LETTERS = _VIETNAMESE_LETTERS | {c.upper() for c in _VIETNAMESE_LETTERS}


def _is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable: known onset, vowel nucleus and coda, one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(decomposed.count(t) for t in _TONES)
    if tones > 1:
        return False
    bare = _nfc("".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> int:
    """Words with Vietnamese letters that are well-formed syllables, minus those that are not
    (ASCII-only words are left out: they read the same in every candidate)."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if all(c.isascii() or c in _VIETNAMESE_LETTERS for c in word) and _is_syllable(word):
            score += 1
        else:
            score -= 1
    return score


# Characters never found in Vietnamese written in Unicode, but typical of TCVN3 or VNI text
# read as Windows-1252 (`B¸t`, `Vieät`) or of UTF-8 read as Windows-1252 (`Viá»‡t`).
_LEGACY_HINT = re.compile(
    "[\u00a1-\u00af\u00b4-\u00b9\u00bb-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8"
    "\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc"
    "\u00fe\u00ff]"
)
# UTF-8 bytes of Vietnamese letters shown as Windows-1252: á», áº, Æ°, Ä‘, Ãª, ...
# Either of the above: one fast scan decides whether a Unicode text needs a closer look.
_SUSPECT = re.compile(
    "[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de"
    "\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]"
)
_MOJIBAKE = re.compile("á»|áº|Æ°|Æ¡|Ä‘|Ä\u0090|Äƒ|Ã[\u00a0-\u00bf\u0080-\u009f]|Ä©|Å©")


def repair_text(text: str) -> Decoded:
    """Repair a decoded text: mojibake (ftfy) and TCVN3/VNI text stored as Unicode; NFC.

    Cheap on clean text: the repairs run only when characters foreign to Vietnamese appear.
    """
    encoding = ""
    if not _SUSPECT.search(text):
        return Decoded(_nfc(text), encoding)
    if _MOJIBAKE.search(text):
        import ftfy

        fixed = ftfy.fix_encoding(text)
        if fixed != text and vietnamese_score(fixed) > vietnamese_score(text):
            text, encoding = fixed, "mojibake"
    hints = len(_LEGACY_HINT.findall(text))
    if hints >= 2 and hints * 100 >= len(text):  # legacy text is dense with them
        best, best_score = text, vietnamese_score(text)
        for name, convert in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
            candidate = convert(text)
            score = vietnamese_score(candidate)
            if score > best_score + 2:
                best, best_score, encoding = candidate, score, name
        text = best
    return Decoded(_nfc(text), encoding)


def _utf16_order(data: bytes) -> str | None:
    """`utf-16-le` / `utf-16-be` when NUL bytes sit at alternate positions like UTF-16 text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


# U+0080-U+00BF (TCVN3 letters, mojibake's `»º°`: in UTF-8, the lead byte \xc2), and ä ï ö ø
# (VNI's commonest marks): a clean Vietnamese UTF-8 text rarely holds any. One memchr on the
# bytes, then one per mark on the text: much faster than a regex over either.
_VNI_MARKS = "äïöø"


def _maybe_repairable(data: bytes, text: str) -> bool:
    """Whether UTF-8 bytes (`data`, decoded as `text`) may hold mojibake or legacy-font text
    (cheap, may say yes wrongly)."""
    return b"\xc2" in data or any(mark in text for mark in _VNI_MARKS)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# File signatures: a binary file renamed .txt is named for what it is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive, or a .docx/.xlsx document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
)


def _binary_reason(data: bytes) -> str:
    """Why bytes are not an article text (a known file signature, NUL bytes), or ""."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return f"binary file ({kind}), not an article text"
    at = data.find(b"\x00")
    if at < 0:
        return ""
    return f"binary file (NUL bytes, the first at byte {at}), not an article text"


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes to NFC text, naming the encoding used (`utf-8`, `utf-16`,
    `cp1258`, `tcvn3`, `vni`; `+mojibake`, `+tcvn3`, `+vni` when a Unicode text was repaired).

    Raise `EncodingError` with the reason when no supported encoding fits.
    """
    if data.startswith(tuple(signature for signature, _ in _SIGNATURES)):
        raise EncodingError(_binary_reason(data))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        name = "utf-16"
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"broken UTF-16 (byte {exc.start})") from exc
    elif b"\x00" in data:
        name = _utf16_order(data) or ""
        text = ""
        if name:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                text = ""
        if not text or _CONTROL.search(text):
            raise EncodingError(_binary_reason(data))
        name = "utf-16"
    else:
        try:
            text, name = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as exc:
            _refuse_truncated(data, exc)
            return _decode_legacy(data, exc)
    if text.isascii() or (name == "utf-8" and not _maybe_repairable(data, text)):
        return Decoded(_nfc(text), name)
    repaired = repair_text(text)
    suffix = f"+{repaired.encoding}" if repaired.encoding else ""
    return Decoded(repaired.text, name + suffix)


def _refuse_truncated(data: bytes, error: UnicodeDecodeError) -> None:
    """Raise when UTF-8 text (non-ASCII before the break) ends inside a character: a file
    cut short, not a legacy encoding."""
    if error.reason == "unexpected end of data" and not data[: error.start].isascii():
        raise EncodingError(
            f"truncated UTF-8: the file ends inside a character (byte {error.start} of "
            f"{len(data)}); an incomplete copy?"
        ) from error


def _decode_legacy(data: bytes, error: UnicodeDecodeError) -> Decoded:
    """Bytes that are not UTF-8: the best of Windows-1258, TCVN3 and VNI, if any is Vietnamese."""
    view = cp1252_view(data)
    candidates = {"tcvn3": tcvn3_to_unicode(view), "vni": vni_to_unicode(view)}
    try:
        candidates["cp1258"] = _nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    scored = sorted(((vietnamese_score(t), n) for n, t in candidates.items()), reverse=True)
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0
    if best_score < 3 or best_score <= runner_up:
        raise EncodingError(
            f"not UTF-8 text (byte {error.start}), and it does not read as Vietnamese in "
            "TCVN3, VNI or Windows-1258 either"
        ) from error
    return Decoded(candidates[best], best)
