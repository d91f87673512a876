"""`fail_fast` patterns find exactly the matches of the patterns they filter."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit import figures as F
from toolkit.prefilter import fail_fast


def _same_matches(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a is None) == (b is None), (text, pos)
        if a is not None and b is not None:
            assert (a.span(), a.lastgroup, a.groups()) == (b.span(), b.lastgroup, b.groups())


# Words the pattern after a number is made of, cut and joined at random.
_RIGHT_WORDS = sorted(
    set(re.findall(r"[^\W\d_][\w/.-]*|[%‰$€£¥°ºµμ²³]", F._RIGHT_PATTERN))
    | {"triệu", "tỷ", "tuổi", "phần trăm", "độ C", "km/h", "người", "của", "240", "2.8"}
)
_RIGHT_PIECES = st.one_of(
    st.sampled_from(_RIGHT_WORDS),
    st.sampled_from(_RIGHT_WORDS).map(lambda w: w[: len(w) // 2 + 1]),
    st.sampled_from(list(" 0123456789.,/-()x\n")),
    st.text(alphabet="aăâđeêoôơuưy ĐTHNGCKMmnhgtck", max_size=3),
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_RIGHT_PIECES, max_size=8).map("".join))
@example("5 năm tuổi")
@example("500 bảng/tuần")
@example("2.8L")
@example("1080p")
def test_right_pattern_keeps_its_matches(text: str) -> None:
    _same_matches(re.compile(F._RIGHT_PATTERN), F._RIGHT, "5" + text)


_PATTERNS = [
    r" ?+(?:km|kg|(?<=\d{3} )bảng)(?!\w)",
    r"(?:ab){2,5}c|x{0,3}y|[a-c]?d",
    r"(?P<a> (?:năm|tháng) )?tuổi|\d+%",
    r"a(?=b)|(?i:Q)z|[^a]q",
    r"(?:a?){3}b|$",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS), st.text(alphabet="abcdqxyzQ %0123 ", max_size=12))
def test_fail_fast_keeps_every_match(pattern: str, text: str) -> None:
    _same_matches(re.compile(pattern), fail_fast(pattern), text)


def test_fail_fast_adds_no_lookahead_when_anything_may_start_a_match() -> None:
    assert fail_fast(r"\w+|x").pattern == r"\w+|x"
    assert fail_fast(r"km|kg").pattern.startswith("(?=k")
