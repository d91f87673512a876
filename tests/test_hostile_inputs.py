"""Hostile and broken inputs, all generated here (nothing committed as fixture files).

One batch mixes real good articles (the seed; a few UNC files when ../shared is present) with
every kind of bad input, and runs the real command line in a temporary project folder. What
must hold: each bad file gives exactly one errors row and one stderr line naming it and the
reason; the batch goes on; every good article comes out as when extracted alone, in NFC; ids
are safe file names; nothing is written outside data/ and reports/; the tables load back.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import REPO, SEED, UNC

import toolkit
from toolkit import readers
from toolkit.extraction import error_row, extract
from toolkit.readers import MAX_ID_BYTES, MAX_ID_CHARS, iter_sources, read_article, safe_id
from toolkit.storage import TableWriter, load_articles, load_figures, load_table

BOMB_BYTES = 128 * 2**20  # what a bomb member expands to (from ~130 kB compressed)
HUGE_BYTES = 50 * 2**20
LONG_A = "Tin nóng " * 25 + "bản A " + "x" * 60  # ids of 300+ characters, same 225 first
LONG_B = "Tin nóng " * 25 + "bản B " + "x" * 60
LONG_FILE = ("Bản tin dài " * 30)[:160] + ".txt"  # about 200 bytes: near the 255-byte limit
SEED_WORDS = ("Đảng ủy Khối các cơ quan tỉnh", "đảng viên mới", "“Dân vận khéo”")


# --- building the inputs -------------------------------------------------------------------


def png_bytes() -> bytes:
    """A real 2×2 PNG image, built chunk by chunk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\xff\x00" * 2)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def to_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 as Windows writes it: base letter (with ^ ˘ ʼ) + tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return bytes(out)


def header_file(doc_id: str, title: str, paragraphs: list[str]) -> bytes:
    """A UNC-style article: `# key = value` lines, title, one paragraph per line."""
    head = f"# doc_id = {doc_id}\n# url = https://dantri.com.vn/xa-hoi/bai.htm\n# date = 20220118\n"
    return (head + title + "\n" + "\n".join(paragraphs) + "\n").encode("utf-8")


def html_page(title: str, paragraphs: list[str], charset: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="{charset}"><title>{title}</title>'
        f"</head><body><nav><a href='/'>Trang chủ</a></nav><article><h1>{title}</h1>{body}"
        "</article><footer><p>Bản quyền thuộc về tòa soạn.</p></footer></body></html>"
    )


class Repeat(io.RawIOBase):
    """`size` bytes of one letter, produced on demand (a bomb without holding it in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"a" * n
        self.left -= n
        return n


UNSAFE_MEMBERS = ("../evil.txt", "/tmp/evil.txt", "sub/../../evil.txt", "..\\evil.txt")


def write_zip(path: Path, good: bytes, long_name: str) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in UNSAFE_MEMBERS:
            archive.writestr(name, good)
        archive.writestr("tin/good_in_zip.txt", good)
        archive.writestr(long_name, good)
        with archive.open("bomb.txt", "w", force_zip64=True) as member:
            source = Repeat(BOMB_BYTES)
            while block := source.read(2**20):
                member.write(block)


def write_tar(path: Path, good: bytes, long_name: str) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name in (*UNSAFE_MEMBERS, "tin/good_in_tar.txt", long_name):
            info = tarfile.TarInfo(name)
            info.size = len(good)
            archive.addfile(info, io.BytesIO(good))
        info = tarfile.TarInfo("bomb.txt")
        info.size = BOMB_BYTES
        archive.addfile(info, io.BufferedReader(Repeat(BOMB_BYTES)))
        info = tarfile.TarInfo("tin/after_bomb.txt")  # read although it comes after the bomb
        info.size = len(good)
        archive.addfile(info, io.BytesIO(good))


def build_inputs(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Write the hostile batch into `folder`: (bad file → words its reason must hold,
    good file or member → the article id it must get)."""
    folder.mkdir(parents=True)
    seed = read_article(SEED)
    raw = SEED.read_bytes()
    text = SEED.read_text(encoding="utf-8")
    body = [p for p in seed.paragraphs if p not in seed.captions]
    cut = max(i for i, b in enumerate(raw) if b >= 0xC0)  # lead byte of the last multibyte char
    with open(folder / "huge.txt", "wb") as handle:
        for _ in range(HUGE_BYTES // len(raw) + 1):
            handle.write(raw)
    long_member = "Bản tin " + "rất dài " * 36 + ".txt"  # 300 characters
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n \r\n",
        "image.txt": png_bytes(),
        "nul_inside.txt": raw[:500] + b"\x00\x00" + raw[500:],
        "nul_in_doc_id.txt": header_file("tin\x00/../x", seed.title, body),
        "truncated.txt": raw[: cut + 1],
        "header_only.txt": b"# doc_id = tin-1\n# url = https://dantri.com.vn/a.htm\n",
        "page_header_only.txt": "Thứ ba, 18/01/2022\n\n".encode(),
        "bad\nname\x1b[31m.txt": b"",
        "good_seed.txt": raw,
        "good_nfd.txt": unicodedata.normalize("NFD", text).encode("utf-8"),
        "good_cp1258.txt": to_cp1258(text),
        "good_declared_1252.html": html_page(seed.title, body, "windows-1252").encode("utf-8"),
        "good_declared_latin1.html": html_page(seed.title, body, "iso-8859-1").encode("utf-8"),
        "good_declared_utf8_is_cp1258.html": to_cp1258(html_page(seed.title, body, "utf-8")),
        "id_passwd.txt": header_file("../../etc/passwd", seed.title, body),
        "id_slash.txt": header_file("Bản tin số 5/2021", seed.title, body),
        "id_backslash.txt": header_file("..\\..\\Windows\\System32\\evil", seed.title, body),
        "id_long_a.txt": header_file(LONG_A, seed.title, body),
        "id_long_b.txt": header_file(LONG_B, seed.title, body),
        "a\\b c.txt": raw,
        "..hidden..txt": raw,
        LONG_FILE: raw,
    }
    records = [
        {"id": "tin\u0000/../x\ty", "title": seed.title, "text": "\n".join(body)},
        {"id": "A" * 300, "title": seed.title, "text": "\n".join(body)},
        {"id": "../../../tmp/evil", "title": seed.title, "text": "\u0000\u0007" + "\n".join(body)},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    big_line = json.dumps({"id": "big", "title": "x", "text": "y" * (11 * 2**20)})
    files["ids.jsonl"] = "\n".join([*lines[:2], big_line, lines[2]]).encode("utf-8") + b"\n"
    for name, data in files.items():
        (folder / name).write_bytes(data)
    write_zip(folder / "evil.zip", raw, long_member)
    write_tar(folder / "evil.tar.gz", raw, long_member)
    bad = {
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "image.txt": "binary file (a PNG image), not an article text",
        "nul_inside.txt": "binary file (NUL bytes, the first at byte 500)",
        "nul_in_doc_id.txt": "binary file (NUL bytes",
        "truncated.txt": "truncated UTF-8: the file ends inside a character",
        "huge.txt": "too large for an article: 50.0 MB (the limit is 10.0 MB)",
        "header_only.txt": "header lines but no title or body",
        "page_header_only.txt": "a page date line but no title or body",
        "bad\\nname\\x1b[31m.txt": "empty file",
        "ids.jsonl:3": "too large for an article (over the limit of 10.0 MB)",
    }
    for archive in ("evil.zip", "evil.tar.gz"):
        for name in UNSAFE_MEMBERS:
            climbs = "an absolute path" if name.startswith("/") else "it climbs out"
            bad[f"{archive}:{name}"] = f"unsafe member name ({climbs}"
    bad["evil.zip:bomb.txt"] = "-fold (128.0 MB from 0.1 MB compressed), over the limit of 100-fold"
    bad["evil.tar.gz:bomb.txt"] = "too large for an article: 128.0 MB"
    long_id = safe_id(Path(long_member).stem)
    good = {
        "good_seed.txt": "good_seed",
        "good_nfd.txt": "good_nfd",
        "good_cp1258.txt": "good_cp1258",
        "good_declared_1252.html": "good_declared_1252",
        "good_declared_latin1.html": "good_declared_latin1",
        "good_declared_utf8_is_cp1258.html": "good_declared_utf8_is_cp1258",
        "id_passwd.txt": "etc-passwd",
        "id_slash.txt": "Bản-tin-số-5-2021",
        "id_backslash.txt": "Windows-System32-evil",
        "id_long_a.txt": safe_id(LONG_A),
        "id_long_b.txt": safe_id(LONG_B),
        "a\\b c.txt": "a-b-c",
        "..hidden..txt": "hidden",
        LONG_FILE: safe_id(LONG_FILE.removesuffix(".txt")),
        "ids.jsonl:1": "tin-x-y",
        "ids.jsonl:2": safe_id("A" * 300),
        "ids.jsonl:4": "tmp-evil",
        "evil.zip:tin/good_in_zip.txt": "good_in_zip",
        f"evil.zip:{long_member}": long_id,
        "evil.tar.gz:tin/good_in_tar.txt": "good_in_tar",
        f"evil.tar.gz:{long_member}": long_id,
        "evil.tar.gz:tin/after_bomb.txt": "after_bomb",
    }
    return bad, good


def unc_files(count: int = 3) -> list[Path]:
    """A few real UNC articles when ../shared is present (else none: the seed stands alone)."""
    return sorted(UNC.glob("news_health_*.txt"))[:count] if UNC.is_dir() else []


# --- the batch, run as a user would ----------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under `root`: relative path → (size, mtime in ns; 0 for folders,
    whose mtime changes when something is created in them)."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            stat = path.lstat()
            folder_like = path.is_dir() and not path.is_symlink()
            found[str(path.relative_to(root))] = (
                (0, 0) if folder_like else (stat.st_size, stat.st_mtime_ns)
            )
    return found


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=300,
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The hostile batch extracted by `python -m toolkit extract INPUTS` run in an empty
    project folder (default --out: data/processed there), with the trees before and after."""
    root = tmp_path_factory.mktemp("hostile")
    bad, good = build_inputs(root / "inputs")
    for path in unc_files():
        (root / "inputs" / path.name).write_bytes(path.read_bytes())
        good[path.name] = path.stem
    project = root / "project"  # a project folder: a Makefile and the notebooks
    shutil.copytree(REPO / "notebooks", project / "notebooks")
    (project / "Makefile").write_text("report:\n")
    before = snapshot(root)
    siblings = sorted(p.name for p in root.parent.iterdir())
    outside = {p: p.exists() for p in (Path("/tmp/evil.txt"), Path("/tmp/evil"))}
    passwd = Path("/etc/passwd").stat().st_mtime_ns
    started = time.perf_counter()
    result = run_cli("extract", str(root / "inputs"), cwd=project)
    seconds = time.perf_counter() - started
    reported = [good["id_passwd.txt"], good["id_slash.txt"], good[LONG_FILE]]
    report = run_cli("report", *reported, "--workers", "1", cwd=project)
    return {
        "root": root,
        "inputs": root / "inputs",
        "out": project / "data" / "processed",
        "bad": bad,
        "good": good,
        "result": result,
        "seconds": seconds,
        "report": (report, reported, project / "reports"),
        "before": before,
        "after": snapshot(root),
        "siblings": (siblings, sorted(p.name for p in root.parent.iterdir())),
        "outside": (outside, {p: p.exists() for p in outside}),
        "passwd": (passwd, Path("/etc/passwd").stat().st_mtime_ns),
    }


def error_lines(stderr: str) -> list[str]:
    return [line.split("\r")[-1] for line in stderr.split("\n") if "error: " in line]


def test_exit_status_is_zero_with_a_warning_when_some_inputs_fail(batch):
    result = batch["result"]
    assert result.returncode == 0, result.stderr
    count = len(batch["bad"])
    assert f"{count} errors" in result.stderr
    assert f"warning: {count} input(s) could not be read" in result.stderr
    assert batch["seconds"] < 60


def test_each_bad_file_has_exactly_one_error_row_and_one_stderr_line(batch):
    errors = load_table(batch["out"], "errors")
    prefix = str(batch["inputs"]) + "/"
    files = [f.removeprefix(prefix) for f in errors["file"]]
    assert sorted(files) == sorted(batch["bad"]), "one row per bad file, no more"
    lines = error_lines(batch["result"].stderr)
    assert len(lines) == len(batch["bad"])
    for name, words in batch["bad"].items():
        [reason] = errors.loc[[f == name for f in files], "reason"]
        assert words in reason, (name, reason)
        assert [line for line in lines if line == f"error: {prefix}{name}: {reason}"], name


def test_a_file_name_cannot_forge_a_line_on_stderr(batch):
    stderr = batch["result"].stderr
    assert "\x1b" not in stderr and "\nname" not in stderr
    assert "bad\\nname\\x1b[31m.txt: empty file" in stderr


def test_every_good_article_comes_out_as_when_extracted_alone(batch, tmp_path):
    articles = load_articles(batch["out"])
    figures = load_figures(batch["out"])
    assert sorted(articles["article_id"]) == sorted(batch["good"].values())
    alone = [
        batch["inputs"] / name
        for name in batch["good"]
        if ":" not in name and not name.endswith(".jsonl")
    ]
    for path in alone:
        out = tmp_path / path.name.replace("\\", "_")
        extract([path], out, workers=1, progress=False)
        one = load_articles(out)
        [row] = one.to_dict("records")
        got = articles[articles["article_id"] == row["article_id"]].to_dict("records")
        assert len(got) == 1 and repr(got[0]) == repr(row), path.name
        mine = figures[figures["article_id"] == row["article_id"]].reset_index(drop=True)
        assert mine.equals(load_figures(out)), path.name
        assert row["n_figures"] == len(mine) > 0, path.name


def test_archive_and_jsonl_members_come_out_whole(batch):
    articles = load_articles(batch["out"]).set_index("article_id")
    seed = articles.loc["good_seed"]
    for article_id in ("good_in_zip", "good_in_tar", "after_bomb"):
        row = articles.loc[article_id]
        assert row["body"] == seed["body"] and row["n_figures"] == seed["n_figures"], article_id
    for article_id in ("tin-x-y", "tmp-evil", safe_id("A" * 300)):
        row = articles.loc[article_id]
        assert row["title"] == seed["title"] and "đảng viên mới" in row["body"], article_id
        assert row["n_figures"] > 20, article_id
    assert articles.loc["tmp-evil", "body"].startswith("Chiều nay (12/10)")


@pytest.mark.parametrize(
    "article_id",
    [
        "good_nfd",
        "good_cp1258",
        "good_declared_1252",
        "good_declared_latin1",
        "good_declared_utf8_is_cp1258",
    ],
)
def test_encodings_come_out_as_nfc_vietnamese(batch, article_id):
    articles = load_articles(batch["out"]).set_index("article_id")
    row, seed = articles.loc[article_id], articles.loc["good_seed"]
    assert row["title"] == seed["title"]
    text = row["title"] + "\n" + row["body"]
    assert unicodedata.is_normalized("NFC", text)
    for words in SEED_WORDS:
        assert words in text, (article_id, words)
    assert "Ã" not in text and "\ufffd" not in text


def test_ids_are_safe_file_names(batch):
    ids = load_articles(batch["out"])["article_id"].tolist()
    for article_id in ids:
        assert unicodedata.is_normalized("NFC", article_id)
        assert not set(article_id) & set("/\\\x00\t\n:") and ".." not in article_id
        assert not article_id.startswith((".", "-")), article_id
        assert len(article_id) <= MAX_ID_CHARS and len(article_id.encode()) <= MAX_ID_BYTES
    long_a, long_b = safe_id(LONG_A), safe_id(LONG_B)
    assert long_a != long_b and len(long_a) == MAX_ID_CHARS
    assert long_a.startswith("Tin-nóng-Tin-nóng") and long_a[-9] == "-"
    assert "Bản-tin-số-5-2021" in ids


def test_nothing_is_written_outside_data_and_reports(batch):
    before, after = batch["before"], batch["after"]
    changed = {p for p in after if before.get(p) != after[p]} | (set(before) - set(after))
    assert changed, "the extraction wrote its tables"
    for path in changed:
        assert path.startswith(("project/data", "project/reports")), path
    assert batch["siblings"][0] == batch["siblings"][1]
    assert batch["outside"][0] == batch["outside"][1]
    assert batch["passwd"][0] == batch["passwd"][1]
    names = {Path(p).name for p in after}
    assert not names & {"evil", "evil.txt", "passwd"}


def test_reports_for_hostile_ids_are_named_safely_inside_reports(batch):
    result, ids, reports = batch["report"]
    assert result.returncode == 0, result.stderr
    for article_id in ids:
        for suffix in (".html", ".pdf"):
            assert (reports / f"{article_id}{suffix}").stat().st_size > 1000
        assert (reports / "executed" / f"{article_id}.ipynb").is_file()
    assert (reports / "Bản-tin-số-5-2021.html").is_file()


def test_tables_with_hostile_text_load_back(batch):
    out = batch["out"]
    errors = load_table(out, "errors")
    with open(out / "errors.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "reason"] and len(rows) == len(errors) + 1
    assert [r[0] for r in rows[1:]] == errors["file"].tolist()
    for table in ("articles", "errors"):
        text = (out / f"{table}.csv").read_text(encoding="utf-8")
        assert "\x00" not in text and "\x1b" not in text
    sheet = toolkit.load_table(out / "errors.csv")  # as a journalist would open it
    assert sheet.data["file"].tolist() == errors["file"].tolist()


# --- one cost at a time ---------------------------------------------------------------------


MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], capture_output=True).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, peak, time.perf_counter() - started)
"""


def measured(args: list[str], cwd: Path) -> tuple[int, int, float]:
    """Exit status, peak memory (kB) and seconds of one command, measured from a fresh
    process (so that no earlier child of the test run counts)."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), int(out[1]), float(out[2])


def test_a_50_mb_article_is_refused_quickly_without_being_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    command = [sys.executable, "-m", "toolkit", "extract", "--workers", "1", "--quiet", "--force"]
    _, base_kb, _ = measured([*command, str(folder), "--out", "base"], tmp_path)
    seed = SEED.read_bytes()
    (folder / "huge.txt").write_bytes(seed * (HUGE_BYTES // len(seed) + 1))  # real bytes
    code, peak_kb, seconds = measured([*command, str(folder), "--out", "out"], tmp_path)
    assert code == 0
    assert peak_kb < 400_000 and peak_kb - base_kb < 20_000, (base_kb, peak_kb)
    assert seconds < 20
    [error] = load_table(tmp_path / "out", "errors").itertuples()
    assert error.file.endswith("huge.txt") and error.reason.startswith("too large for an article")
    assert load_articles(tmp_path / "out")["article_id"].tolist() == ["good"]


def test_when_every_input_fails_the_exit_status_is_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("extract", str(tmp_path / "empty.txt"), "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr and "warning: 1 input(s)" in result.stderr
    again = run_cli("extract", str(tmp_path / "empty.txt"), "--out", "out", cwd=tmp_path)
    assert again.returncode == 1, "a failed run is not recorded as up to date"


def lying_zip(path: Path, good: bytes) -> None:
    """A zip whose bomb member declares 1 kB uncompressed: its headers are patched after."""
    bomb = b"a" * (8 * 2**20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a_good.txt", good)
        archive.writestr("bomb.txt", bomb)
        archive.writestr("c_good.txt", good)
    data = bytearray(path.read_bytes())
    size = struct.pack("<I", len(bomb))
    for at in range(len(data) - 4):
        if data[at : at + 4] == size:
            data[at : at + 4] = struct.pack("<I", 1000)
    path.write_bytes(bytes(data))


def test_a_zip_member_lying_about_its_size_is_one_error(tmp_path):
    archive = tmp_path / "liar.zip"
    lying_zip(archive, SEED.read_bytes())
    out = tmp_path / "out"
    extract([archive], out, workers=1, progress=False)
    [error] = load_table(out, "errors").itertuples()
    assert error.file == f"{archive}:bomb.txt" and "damaged" in error.reason
    assert load_articles(out)["article_id"].tolist() == ["a_good", "c_good"]


@pytest.mark.parametrize("suffix", [".zip", ".tar.gz"])
def test_an_archive_stops_at_its_total_limit(tmp_path, monkeypatch, suffix):
    good = SEED.read_bytes()
    archive = tmp_path / f"many{suffix}"
    if suffix == ".zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for i in range(10):
                zipped.writestr(f"{i:02d}.txt", good)
    else:
        with tarfile.open(archive, "w:gz") as tar:
            for i in range(10):
                info = tarfile.TarInfo(f"{i:02d}.txt")
                info.size = len(good)
                tar.addfile(info, io.BytesIO(good))
    monkeypatch.setattr(readers, "MAX_ARCHIVE_BYTES", 3 * len(good) + 3 * 1024)
    sources = list(iter_sources([archive]))
    assert [s.stem for s in sources if not s.error] == ["00", "01", "02"]
    [stop] = [s for s in sources if s.error]
    assert stop.name == str(archive)
    assert stop.error.startswith("after 3 member(s), the archive expands to more than")


def test_error_rows_with_control_characters_store_and_load(tmp_path):
    rows = [
        error_row("in/a\x00b.txt", "bad \x00 byte\r\nforged line\x1b[2J\u2028"),
        error_row("in/\u0085.txt", "tab\there"),
    ]
    writer = TableWriter(tmp_path, "errors")
    writer.write(rows)
    writer.close()
    errors = load_table(tmp_path, "errors")
    assert errors["file"].tolist() == ["in/a\\x00b.txt", "in/\\x85.txt"]
    assert errors["reason"].tolist() == [
        "bad \\x00 byte\\r\\nforged line\\x1b[2J\\u2028",
        "tab\\there",
    ]
    assert len((tmp_path / "errors.csv").read_text(encoding="utf-8").splitlines()) == 3


def test_unc_articles_keep_their_rows_beside_hostile_ids(unc, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = unc_files(3)
    for path in files:
        (folder / path.name).write_bytes(path.read_bytes())
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [line for line in lines if not line.startswith("#")]
        (folder / f"x_{path.name}").write_bytes(header_file("../../etc/passwd", body[0], body[1:]))
    extract([folder], tmp_path / "all", workers=2, progress=False)
    articles = load_articles(tmp_path / "all").set_index("article_id")
    for path in files:
        extract([folder / path.name], tmp_path / path.stem, workers=1, progress=False)
        [alone] = load_articles(tmp_path / path.stem).to_dict("records")
        assert repr(articles.loc[path.stem].to_dict()) == repr(
            {k: v for k, v in alone.items() if k != "article_id"}
        )
        assert alone["title"] and unicodedata.is_normalized("NFC", alone["body"])
    assert (articles.index == "etc-passwd").sum() == 3
    assert len(load_table(tmp_path / "all", "errors")) == 0
