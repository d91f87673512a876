"""Fast paths of the figure extractor that must agree with the slow ones they shortcut."""

from __future__ import annotations

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
    length (3, 2, 1 words) is looked up."""
    every = {w: (3, 2, 1) for w in F._KW_LAST}
    every_q = {w: (3, 2, 1) for w in F._QUAL_LAST}
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
