"""JSONL and HTML inputs, built in the test from the seed article, read and extracted like the
text formats: same body, same figures; bad lines become errors rows naming file and line."""

from __future__ import annotations

import html
import json
import subprocess
import sys
import zipfile

import pytest
from conftest import SEED

from toolkit.cli import main
from toolkit.readers import iter_sources, parse_html, read_article, read_source
from toolkit.storage import load_articles, load_figures, load_table


@pytest.fixture(scope="module")
def seed():
    return read_article(SEED)


def seed_record(seed, **extra) -> dict:
    body = "\n".join(p for p in seed.paragraphs if p not in seed.captions)
    return {
        "id": "lso-2022-01-18",
        "title": seed.title,
        "url": "https://baolangson.vn/dang-uy-khoi.html",
        "published": "2022-01-18T07:30:00+07:00",
        "text": body,
        **extra,
    }


def seed_page(seed) -> str:
    """The seed as a news site would serve it: menus, the article, captions, a footer."""
    paragraphs = [p for p in seed.paragraphs if p not in seed.captions]
    figures = "".join(
        f'<figure><img src="{i}.jpg"><figcaption>{html.escape(c)}</figcaption></figure>'
        for i, c in enumerate(seed.captions)
    )
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(seed.title)} - Báo Lạng Sơn</title>
<meta property="og:title" content="{html.escape(seed.title)}">
<meta name="author" content="Phương Dung">
<meta property="article:published_time" content="2022-01-18T07:30:00+07:00">
<link rel="canonical" href="https://baolangson.vn/dang-uy-khoi-5030.html"></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<article><h1>{html.escape(seed.title)}</h1>{figures}{body}</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị tổng kết năm 2021</a></li></ul></aside>
<footer><p>Bản quyền thuộc về Báo Lạng Sơn. Giấy phép số 123/GP-BTTTT.</p></footer>
</body></html>"""


def test_jsonl_article_has_the_seed_body_and_metadata(tmp_path, seed):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(seed_record(seed), ensure_ascii=False) + "\n", encoding="utf-8")
    [source] = list(iter_sources([path]))
    article = read_source(source)
    assert (article.format, article.article_id, article.title) == ("jsonl", "lso-2022-01-18",
                                                                   seed.title)  # fmt: skip
    assert article.published.isoformat() == "2022-01-18"
    assert article.source == "baolangson"
    assert article.lead == seed.lead
    assert article.path == f"{path}:1"


def test_jsonl_bad_lines_become_errors_rows_naming_file_and_line(tmp_path, seed):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        json.dumps(seed_record(seed), ensure_ascii=False),
        "",
        '{"id": "broken", "title": "Thiếu dấu ngoặc"',
        json.dumps(["không", "phải", "object"], ensure_ascii=False),
        json.dumps({"id": "no-text", "title": "Chỉ có tiêu đề"}, ensure_ascii=False),
        json.dumps(seed_record(seed, id="second", published="18/01/2022"), ensure_ascii=False),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "extract", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    errors = load_table(out, "errors")
    assert [f.rsplit("/", 1)[-1] for f in errors["file"]] == [
        "feed.jsonl:3",
        "feed.jsonl:4",
        "feed.jsonl:5",
    ]
    reasons = list(errors["reason"])
    assert "line 3 is not valid JSON" in reasons[0]
    assert "line 4 is a JSON list" in reasons[1]
    assert "line 5 has no 'text' or 'html' field" in reasons[2]
    assert result.stderr.count("error: ") == 3 and "feed.jsonl:3" in result.stderr
    articles = load_articles(out)
    assert articles["article_id"].tolist() == ["lso-2022-01-18", "second"]
    assert articles["published"].astype(str).tolist() == ["2022-01-18", "2022-01-18"]


def test_jsonl_figures_match_the_page_reader(tmp_path, seed):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(
        json.dumps(seed_record(seed), ensure_ascii=False), encoding="utf-8"
    )
    assert main(["extract", str(SEED), "--out", str(tmp_path / "page"), "--quiet"]) == 0
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "j"), "--quiet"]) == 0
    page = load_figures(tmp_path / "page")
    page = page[~page["sentence"].isin(seed.captions)]
    jsonl = load_figures(tmp_path / "j")
    assert list(zip(jsonl["raw"], jsonl["kind"], strict=True)) == list(
        zip(page["raw"], page["kind"], strict=True)
    )
    row = load_articles(tmp_path / "j").iloc[0]
    assert str(row["event_date"]) == "2020-10-12"
    assert row["date_flags"] == "published_after_event:463d"


def test_html_page_loses_its_boilerplate_and_keeps_its_metadata(seed):
    article = parse_html(seed_page(seed).encode("utf-8"), "page.html", "page")
    assert article.format == "html"
    assert article.title == seed.title
    assert article.paragraphs == [p for p in seed.paragraphs if p not in seed.captions]
    assert article.published.isoformat() == "2022-01-18"
    assert article.byline == "Phương Dung"
    assert article.url == "https://baolangson.vn/dang-uy-khoi-5030.html"
    assert article.source == "baolangson"
    assert article.captions == seed.captions
    for boilerplate in ("Trang chủ", "Bản quyền", "Tin liên quan"):
        assert boilerplate not in article.body


def test_html_in_a_legacy_encoding_and_inside_a_zip(tmp_path, seed):
    from toolkit.encodings import unicode_to_cp1258

    page = seed_page(seed).replace('<meta charset="utf-8">', "")
    archive = tmp_path / "pages.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("site/seed.html", unicode_to_cp1258(page))
        zipped.writestr("feed/items.jsonl", json.dumps(seed_record(seed), ensure_ascii=False))
    sources = list(iter_sources([archive]))
    assert [s.fmt for s in sources] == ["jsonl", "html"]
    articles = [read_source(s) for s in sources]
    assert articles[1].encoding == "cp1258"
    assert articles[0].lead == articles[1].lead == seed.lead


def test_format_option_forces_the_format(tmp_path, seed):
    path = tmp_path / "export.txt"  # a JSONL export saved with a .txt name
    path.write_text(json.dumps(seed_record(seed), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(path), "--out", str(out), "--quiet", "--format", "jsonl"]) == 0
    assert load_articles(out)["format"].tolist() == ["jsonl"]
    assert main(["extract", str(path), "--out", str(out), "--quiet"]) == 0
    assert load_articles(out)["format"].tolist() == ["plain"]


def test_html_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")
    # exit status 1: every input failed (the errors table is still written)
    assert main(["extract", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    errors = load_table(tmp_path / "out", "errors")
    assert errors["reason"].tolist() == ["no article text found in the HTML page"]


def test_mixed_formats_are_byte_identical_across_worker_counts(tmp_path, seed):
    from toolkit.encodings import unicode_to_vni

    folder = tmp_path / "in"
    folder.mkdir()
    records = [seed_record(seed, id=f"r{i}") for i in range(70)]
    (folder / "a.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{bad\n",
        encoding="utf-8",
    )
    (folder / "b.html").write_text(seed_page(seed), encoding="utf-8")
    (folder / "c.txt").write_bytes(unicode_to_vni(SEED.read_text(encoding="utf-8")))
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        assert (
            main(["extract", str(folder), "--out", str(out), "--quiet", "--workers", workers]) == 0
        )
        outs.append(out)
    for name in ("articles", "figures", "errors"):
        for suffix in (".csv", ".parquet"):
            assert (outs[0] / f"{name}{suffix}").read_bytes() == (
                outs[1] / f"{name}{suffix}"
            ).read_bytes()
    articles = load_articles(outs[0])
    assert articles["format"].value_counts().to_dict() == {"jsonl": 70, "html": 1, "page": 1}
    assert articles.set_index("format").loc["page", "encoding"] == "vni"
    assert len(load_table(outs[0], "errors")) == 1
