"""Fast paths of the figure extractor that must agree with the slow ones they shortcut."""

from __future__ import annotations

import re
from collections.abc import Iterator
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit import figures as F


class _Everything:
    """A container that holds every word: no last word takes the fast path."""

    def __contains__(self, item: object) -> bool:
        return True


_WORDS = sorted({*F._LEFT_KEYWORDS, *F._QUALIFIER_WORDS, "lần lượt", "Nghị định", "khẩn"})
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.capitalize),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(list(" ..,:;()“”\"[]-–+*•…'‘>/\n\t\u00a0") + ["  ", ". ", ", "]),
    st.text(alphabet="aăâđeêoôơuưy0123456789 ", max_size=4),
)
_BEFORE = st.lists(_PIECES, max_size=14).map(" ".join) | st.lists(_PIECES, max_size=14).map(
    "".join
)


def _reading(left: F._Left) -> tuple[object, ...]:
    return (
        left.before,
        left.glued,
        left.keyword,
        left.kw_kind,
        left.qualifier,
        left.q_len,
        left.words,
    )


def _slow_reading(line: str, start: int) -> tuple[object, ...]:
    """The reading with every shortcut off: all last words go the full way, and every phrase
    length (4, 3, 2, 1 words: as many as the reading keeps) is looked up."""
    every = {w: (4, 3, 2, 1) for w in F._KW_LAST}
    every_q = {w: (4, 3, 2, 1) for w in F._QUAL_LAST}
    with mock.patch.multiple(
        F, _SLOW_LAST=_Everything(), _LAST_ALONE={}, _KW_SPANS=every, _QUAL_SPANS=every_q
    ):
        return _reading(F._Left(line, start))


@settings(max_examples=1500, deadline=None)
@given(_BEFORE, st.sampled_from(["5", "12", " 5"]))
@example("tuổi đời hơn ", "10")
@example("Tuổi đời trên ", "10")
@example("cán bộ Đội ", "4")
@example("khẩn cấp ", "2")
@example("Nghị định số ", "100")
@example("lần lượt ", "70")
@example("ít nhất là ", "5")
@example("ngày. ", "5")
@example("chiến tranh thế giới  ", "5")  # a keyword of four words
def test_left_reading_fast_path_agrees_with_the_full_reading(before: str, number: str) -> None:
    line = before + number
    start = len(before)
    assert _reading(F._Left(line, start)) == _slow_reading(line, start)


@settings(max_examples=500, deadline=None)
@given(_BEFORE)
def test_left_words_are_the_last_four_words(before: str) -> None:
    left = F._Left(before + "5", len(before))
    if left.glued:
        return
    words = [w.strip(F._WORD_PUNCT) for w in left.before.lower().replace(".", " ").split()[-4:]]
    assert left.words == [w for w in words if w]


# Scans of `_scan` and `_sentence_starts` that look for a pattern from a rarer literal first.
_SCAN_PIECES = st.one_of(
    st.sampled_from(
        "hai Hai ba Ba một Một năm mười chín bảy bẩy tám sáu bốn vài Vài hàng cả gấp đôi nửa thứ "
        "nhất Nhì giải Giải Năm khuyến khích chục trăm nghìn ngàn vạn triệu tỷ tỉ người ngày lần "
        "là và có chỉ duy Chỉ qua nay mươi lăm rưỡi I II IV V VI X XIV XXI Việt VN IPO C L "
        "http https:// www. ½ ¼ ⅓ Mr Ths TP TP.HCM A B".split()
    ),
    st.sampled_from(list(' \n("“‘”.!?…,:/-–') + [". ", "! ", "? ", "… ", ", "]),
    st.text(alphabet="aàáạêhmnotIVX0123456789 .", max_size=4),
)
_TEXT = st.lists(_SCAN_PIECES, max_size=30).map(" ".join) | st.lists(_SCAN_PIECES, max_size=30).map(
    "".join
)


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    """The spans of every match and of its groups."""
    return [m.regs for m in matches]


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
@example("(hai người và ba con")
@example("hai\nba nghìn người")
@example("“Một là, mười lăm ngày")
def test_word_scan_from_spaces_finds_the_same_matches(text: str) -> None:
    padded = " " + text
    words = F._WORD_TOKEN if F._word_after_other(padded) else F._WORD_AFTER_SPACE
    assert _spans(words.finditer(padded)) == _spans(F._WORD_TOKEN.finditer(padded))


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
@example("khóa XIV, quý IV/2020 và thế kỷ XXI")
@example(" VIV IXX-V X")
def test_roman_scan_from_letters_finds_the_same_numerals(text: str) -> None:
    found = sorted(
        (m.start(), F._ROMAN_TOKEN.match(text, m.start() - 1).span(1), m.end())
        for letter, head in F._ROMAN_HEADS
        if letter in text
        for m in head.finditer(text)
    )
    assert found == [(m.start(1), m.span(1), m.end()) for m in F._ROMAN_TOKEN.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
@example("duy nhất một người")
@example("chỉ một lần")
@example("Chỉ có một ")
@example("có một người, nhất một, chỉ có mộtngười")
@example("duy nhất có một cây")
@example("nhất một hai")  # `nhất` alone (not `duy nhất`, `ít nhất`) is no cue
def test_only_one_cue_is_the_word_search(text: str) -> None:
    expected = any(
        text.endswith(("uy nhất", "ít nhất", "uy nhất có", "ít nhất có", "hỉ", "hỉ có"), 0, i)
        for i in range(len(text))
        if text.startswith(" một ", i)
    )
    assert F._only_one_cue(text) == expected


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
@example("Ông A. Nguyễn nói. Sau đó TP. HCM... “Vâng”. 2 người")
@example("Mr. Smith, Th. Hà. ThS. Lan. (PGS. Minh) 5. Năm")
def test_sentence_starts_from_a_dot_agree(text: str) -> None:
    text = text.replace("!", ".").replace("?", ".").replace("…", ".")
    assert _spans(F._SENTENCE_START_DOT.finditer(text)) == _spans(F._SENTENCE_START.finditer(text))


@settings(max_examples=1000, deadline=None)
@given(_TEXT)
@example("xem https://a.vn/1 hoặc www.b.vn")
def test_scan_guards_are_necessary_conditions(text: str) -> None:
    if not (("/" in text and "http" in text) or ("w" in text and "www." in text)):
        assert F._url_spans(text) == []
    assert any(c in text for c in F._VULGAR_VALUES) == bool(F._VULGAR.search(text))


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"[0-9]{1,15}", fullmatch=True))
@example("0912345678")
def test_plain_digit_identifiers_need_no_patterns(raw: str) -> None:
    assert not F._COORDINATE.fullmatch(raw) and not F._VERSION.fullmatch(raw)
    assert (F._THOUSANDS.fullmatch(raw) and F.parse_digits(raw) or F._first_number(raw)) == float(
        raw
    )
