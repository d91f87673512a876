"""Readers on real text: the seed's page layout and the UNC header format."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.readers import (
    ArticleError,
    detect_format,
    iter_sources,
    parse_article,
    read_article,
    read_source,
    safe_id,
)


@pytest.fixture(scope="module")
def seed():
    return read_article(SEED)


def test_seed_is_read_as_a_page(seed):
    assert seed.format == "page"
    assert seed.article_id == "000_935c444eb72e4165"


def test_seed_title_keeps_curly_quotes(seed):
    assert seed.title == (
        "Đảng ủy Khối các cơ quan tỉnh sơ kết công tác 9 tháng và biểu dương điển hình "
        "“Dân vận khéo”"
    )


def test_seed_page_date_despite_no_break_space(seed):
    assert "\u00a0" in SEED.read_text(encoding="utf-8").splitlines()[0]
    assert seed.published == dt.date(2022, 1, 18)


def test_seed_byline_dateline_and_lead(seed):
    assert seed.byline == "PHƯƠNG DUNG"
    assert seed.dateline == "LSO"
    assert seed.source == "baolangson"
    assert seed.lead.startswith("Chiều nay (12/10), Ban Chấp hành")
    assert "LSO" not in seed.lead
    assert "PHƯƠNG DUNG" not in seed.body


def test_seed_captions_are_found_and_joined(seed):
    assert seed.captions == [
        "Các đại biểu tham dự hội nghị",
        "Lãnh đạo Đảng ủy Khối CCQ tỉnh trao giấy khen cho các tập thể, cá nhân có thành tích "
        "xuất sắc trong xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2017-2020",
    ]
    assert seed.paragraphs[0] == seed.lead
    assert len(seed.paragraphs) == 10


def test_header_format_from_unc(unc):
    article = read_article(unc / "news_business_001.txt")
    assert article.format == "header"
    assert article.article_id == "news_business_001"
    assert article.source == "dantri"
    assert article.published == dt.date(2020, 10, 1)
    assert article.title == "Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á"
    assert article.lead.startswith("Năm 2020, Vinamilk")
    assert all(not p.startswith("#") for p in article.paragraphs)


def test_every_unc_article_has_title_and_header_date(unc):
    files = sorted(unc.glob("*.txt"))
    articles = [read_source(s) for s in iter_sources([unc])]
    assert len(articles) == len(files) == 2653
    for path, article in zip(files, articles, strict=True):
        assert article.title and article.paragraphs, path
        declared = next(line for line in path.read_text(encoding="utf-8").splitlines()
                        if line.startswith("# date"))
        assert article.published.strftime("%Y%m%d") == declared.split("=")[1].strip(), path


def test_every_baomoi_member_is_read_from_the_archive_with_a_title(baomoi):
    count = 0
    for source in iter_sources([baomoi]):
        article = read_source(source)
        assert article.title and article.format == "plain", source.name
        assert article.article_id == source.name.rsplit("/", 1)[-1].removesuffix(".txt")
        count += 1
    assert count == 35440


def test_header_lines_are_metadata_not_body():
    text = (
        "# doc_id = x/../1\n# url = https://dantri.com.vn/a.htm\n# date = 20210105\n"
        "Tựa đề\nĐoạn một.\n"
    )
    article = parse_article(text, "mem.txt", "mem")
    assert detect_format(text) == "header"
    assert (article.article_id, article.title, article.paragraphs) == (
        "x-1",
        "Tựa đề",
        ["Đoạn một."],
    )


def test_nfd_input_comes_out_nfc(tmp_path):
    import unicodedata

    path = tmp_path / "nfd.txt"
    path.write_text(
        unicodedata.normalize("NFD", "Tiêu đề bài\nHà Nội có 1.030 người."), encoding="utf-8"
    )
    article = read_article(path)
    assert article.title == "Tiêu đề bài"
    assert article.paragraphs == ["Hà Nội có 1.030 người."]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"T\xe1\xba", "not UTF-8")],
)
def test_unreadable_files_name_the_file_and_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(path) in str(error.value) and reason in str(error.value)


def test_safe_id_keeps_vietnamese_and_drops_path_characters():
    assert safe_id("../../etc/passwd") == "etc-passwd"
    assert safe_id("bài-báo số 1") == "bài-báo-số-1"


@given(
    st.text(
        alphabet=st.sampled_from(list("aàấ ờĐ\u00a0\u200b\t\r\n\u2028\x1c\x85  x.1\u0301")),
        max_size=80,
    )
)
@settings(max_examples=300, deadline=None)
def test_fast_line_cleaning_matches_collapse(text):
    # Readers squash lines of normalized text without re-normalizing each line (for speed):
    # the result must equal the reference, `collapse` (normalize + split) of each line.
    from toolkit.text import collapse, normalize

    lines = [collapse(line) for line in normalize(text).split("\n") if line.strip()]
    lines = [line for line in lines if line]
    try:
        article = parse_article(text, "t.txt", "t", fmt="plain")
    except ArticleError:
        assert not lines
        return
    assert [article.title, *article.paragraphs] == lines


def test_zero_width_characters_do_not_keep_a_tone_mark_apart():
    from toolkit.text import normalize

    assert normalize("Hà Nội ghi nhận a\u200b\u0301") == "Hà Nội ghi nhận á"


@given(st.text(alphabet=st.sampled_from(list("ab à\n\t\u00a0.")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_word_count_agrees_with_split(text):
    from toolkit.text import normalize, word_count

    body = "\n".join(p for p in (" ".join(x.split()) for x in normalize(text).split("\n")) if p)
    assert word_count(body) == len(body.split())
    assert word_count(text) == len(text.split())


def test_every_character_normalize_changes_is_unprintable():
    # `normalize` skips its repairs when the text (line breaks aside) is printable.
    from toolkit.text import _ODD

    odd = [c for c in map(chr, range(0x10000)) if _ODD.match(c)] + ["\r"]
    assert len(odd) > 20 and not any(c.isprintable() for c in odd)


# --- fast paths that must agree with the slow ones ----------------------------------------

_URL_CHARS = st.sampled_from(list("htps:/?#@[]\\.-_%~ aZ09\t\n\x00é") + ["http://", "https://"])


@settings(max_examples=500)
@given(st.lists(_URL_CHARS, max_size=20).map("".join))
def test_url_host_fast_path_agrees_with_urlparse(url):
    from urllib.parse import urlparse

    from toolkit.readers import _url_host

    try:
        expected = urlparse(url).hostname or ""
    except ValueError:
        with pytest.raises(ValueError):
            _url_host(url)
        return
    assert _url_host(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://dantri.com.vn/kinh-doanh/a-b-20201001163534963.htm",
        "http://WWW.Example.COM:8080/x?y=1#z",
        "https://user@host.vn/",
        "http://[::1]:80/",
        "https://host.vn",
        "http:///path",
        "https://host.vn?x",
        "http://%Z",  # urllib keeps the case after a `%` (found by the property test above)
    ],
)
def test_url_host_on_common_shapes(url):
    from urllib.parse import urlparse

    from toolkit.readers import _url_host

    assert _url_host(url) == (urlparse(url).hostname or "")


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(["\n", " ", "\t", "\x1c", "\x85", "a", "# k = v", "b c"]), max_size=12
    ).map("".join)
)
def test_first_line_agrees_with_splitting(text):
    from toolkit.readers import _first_line

    assert _first_line(text) == next((ln for ln in text.split("\n") if ln.strip()), "")


_PIECES = ["Tiêu đề", "\n", " ", "5 tỷ", "\x00", "\x07", "\x9f", "\t", "\u2028", "\x7f"]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20).map("".join))
def test_control_characters_dropped_on_the_fast_and_slow_paths(body):
    from toolkit.readers import Source, _without_controls, read_source

    text = "Tiêu đề\n" + body
    try:
        article = read_source(Source("x.txt", "x", text.encode("utf-8")))
    except ArticleError:
        return
    fields = (article.title, *article.paragraphs, *article.captions)
    assert not any(c in "".join(fields) for c in "\x00\x07\x9f\x7f")
    before = (article.title, list(article.paragraphs))
    again = _without_controls(article)
    assert (again.title, again.paragraphs) == before


_SPACED_PIECES = [
    *_PIECES, "# doc_id = a", "Thứ ba, 18/01/2022", "LSO-Chiều", "  ", "\u200b", "\r\n"
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_SPACED_PIECES), min_size=1, max_size=20).map("".join),
    st.sampled_from([None, "plain", "header", "page"]),
)
def test_words_of_spaced_articles_are_counted_as_split(text, fmt):
    # Readers vouch for single-spaced paragraphs (`Article.spaced`) so that `word_count` can
    # skip its checks: the count must still be `len(body.split())`.
    from toolkit.readers import Source, read_source
    from toolkit.text import word_count

    try:
        article = read_source(Source("x.txt", "x", text.encode("utf-8")), fmt)
    except ArticleError:
        return
    assert word_count(article.body, spaced=article.spaced) == len(article.body.split())


def test_seed_page_is_spaced_and_its_words_counted_as_split(seed):
    from toolkit.text import word_count

    assert seed.spaced
    assert word_count(seed.body, spaced=True) == len(seed.body.split())
