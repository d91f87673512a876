"""Encodings on real text: the seed and corpus articles, encoded in the test to each legacy
encoding (TCVN3, VNI, Windows-1258, UTF-16), garbled as mojibake, and decoded back."""

from __future__ import annotations

import random

import pytest
from conftest import SEED

from toolkit import encodings as enc
from toolkit.readers import ArticleError, read_article

ENCODERS = {
    "tcvn3": enc.unicode_to_tcvn3,
    "vni": enc.unicode_to_vni,
    "cp1258": enc.unicode_to_cp1258,
    "utf-16": lambda text: text.encode("utf-16"),
}


@pytest.fixture(scope="module")
def seed_text() -> str:
    article = read_article(SEED)
    return article.title + "\n" + article.body


def tcvn3_expected(text: str) -> str:
    """What survives TCVN3: capitals it has no code for come back lowercase (ABC fonts)."""
    table = enc.UNICODE_TO_TCVN3
    return "".join(c.lower() if c not in table and c.lower() in table else c for c in text)


@pytest.mark.parametrize("name", ENCODERS)
def test_seed_round_trips_through_each_encoding(seed_text, name):
    data = ENCODERS[name](seed_text)
    assert data != seed_text.encode("utf-8")
    decoded = enc.decode_bytes(data)
    assert decoded.encoding == name
    assert decoded.text == seed_text


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_font_text_saved_as_unicode_is_repaired(seed_text, name):
    # A .VnTime / VNI-Times document saved as UTF-8: the font's bytes became cp1252 letters.
    garbled = enc.cp1252_view(ENCODERS[name](seed_text))
    assert "Đảng" not in garbled
    decoded = enc.decode_bytes(garbled.encode("utf-8"))
    assert decoded.encoding == f"utf-8+{name}"
    assert decoded.text == seed_text


def test_mojibake_is_repaired(seed_text):
    garbled = enc.cp1252_view(seed_text.encode("utf-8"))
    assert "á»" in garbled or "áº" in garbled
    decoded = enc.decode_bytes(garbled.encode("utf-8"))
    assert (decoded.encoding, decoded.text) == ("utf-8+mojibake", seed_text)


def test_utf16_without_bom_is_recognised(seed_text):
    for codec in ("utf-16-le", "utf-16-be"):
        assert enc.decode_bytes(seed_text.encode(codec)).text == seed_text


def test_published_examples_of_each_legacy_encoding():
    # Examples as converters document them (the ư of "Mường" is TCVN3's 0xAD, a soft hyphen).
    assert enc.tcvn3_to_unicode("B¶o Th¾ng") == "Bảo Thắng"
    assert enc.tcvn3_to_unicode("M\xadêng Kh\xad¬ng") == "Mường Khương"
    assert enc.tcvn3_to_unicode("B¸t X¸t") == "Bát Xát"
    assert enc.vni_to_unicode("Xin chaøo caùc baïn") == "Xin chào các bạn"
    assert enc.vni_to_unicode("Vieät Nam, Ñaûng, ngöôøi, khoâng") == "Việt Nam, Đảng, người, không"
    assert enc.vni_to_unicode("VIEÄT NAM") == "VIỆT NAM"


def test_clean_unicode_with_foreign_letters_is_left_alone(seed_text):
    text = seed_text + "\nThomas Müller ghi bàn; Nestlé® và Björn Borg, 25°C, ± 2, « trích »."
    decoded = enc.decode_bytes(text.encode("utf-8"))
    assert (decoded.encoding, decoded.text) == ("utf-8", text)


def test_random_bytes_and_binary_are_refused():
    noise = random.Random(7).randbytes(3000).replace(b"\x00", b"\x01")
    with pytest.raises(enc.EncodingError, match="not UTF-8"):
        enc.decode_bytes(noise)
    with pytest.raises(enc.EncodingError, match="binary"):
        enc.decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize("name", ENCODERS)
def test_reader_reads_the_seed_in_each_encoding(tmp_path, name):
    seed = read_article(SEED)
    path = tmp_path / f"seed_{name}.txt"
    path.write_bytes(ENCODERS[name](SEED.read_text(encoding="utf-8")))
    article = read_article(path)
    assert article.encoding == name
    assert (article.title, article.paragraphs, article.published, article.byline) == (
        seed.title,
        seed.paragraphs,
        seed.published,
        seed.byline,
    )


def test_unreadable_legacy_looking_file_is_an_article_error(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(3).randbytes(500).replace(b"\x00", b" "))
    with pytest.raises(ArticleError, match="noise.txt: not UTF-8"):
        read_article(path)


def test_unc_sample_round_trips_and_clean_files_stay_utf8(unc):
    files = sorted(unc.glob("*.txt"))
    for path in files:
        assert enc.decode_bytes(path.read_bytes()).encoding == "utf-8", path
    for path in files[::60]:
        text = enc.decode_bytes(path.read_bytes()).text
        for name in ("vni", "cp1258", "utf-16"):
            try:
                data = ENCODERS[name](text)
            except enc.EncodingError:
                continue  # a character the legacy encoding cannot write (e.g. `≥`)
            assert enc.decode_bytes(data) == enc.Decoded(text, name), (path, name)
        try:
            data = enc.unicode_to_tcvn3(text)
        except enc.EncodingError:
            continue
        assert enc.decode_bytes(data) == enc.Decoded(tcvn3_expected(text), "tcvn3"), path
