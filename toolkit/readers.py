"""Readers: article files in, `Article` records out.

Formats recognised here:
- `header`: `# key = value` lines (doc_id, url, date, ...), then the title line, then one
  paragraph per line (the Underthesea/Dantri corpus);
- `page`: a printed-page layout (weekday + date line, title, lead opening with a dateline code
  such as `LSO-`, paragraphs, photo captions, byline in capitals), as in the seed article;
- `plain`: title line, then body paragraphs (the Baomoi archive: title, sapo, body).

Files are read from folders and from .zip / .tar.gz archives without unpacking to disk.
"""

from __future__ import annotations

import datetime as dt
import re
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

from toolkit.text import collapse, normalize

SUFFIXES = (".txt",)
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
MAX_ARTICLE_BYTES = 10 * 2**20

# Dateline codes printed at the start of a lead, and the outlet each stands for.
DATELINE_SOURCES = {
    "LSO": "baolangson",
    "TTXVN": "ttxvn",
    "VOV": "vov",
    "VNA": "vna",
    "QĐND": "qdnd",
    "HNM": "hanoimoi",
}

_HEADER_LINE = re.compile(r"^#\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$")
_PAGE_DATE = re.compile(
    r"^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$",
    re.IGNORECASE,
)
# `LSO-Chiều nay`, `TTXVN - Sáng 5/3`, `(VOV) -`: the dateline code that opens a lead.
_DATELINE = re.compile(r"^\(?([A-ZĐ]{2,6})\)?\s*[-–—]\s*(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")
_ID_UNSAFE = re.compile(r"[^\w.-]+")


class ArticleError(ValueError):
    """An article file that cannot be read; the message names the file and the reason."""


@dataclass(slots=True)
class Article:
    """One article as read from disk: metadata plus body paragraphs (captions included)."""

    article_id: str
    path: str
    format: str
    title: str
    paragraphs: list[str]
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    byline: str = ""
    dateline: str = ""
    captions: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body as the toolkit stores it: one paragraph per line."""
        return "\n".join(self.paragraphs)

    @property
    def lead(self) -> str:
        """First paragraph that is not a photo caption."""
        captions = set(self.captions)
        return next((p for p in self.paragraphs if p not in captions), "")


def safe_id(raw: str) -> str:
    """Make `raw` usable as a file name: keep letters (Vietnamese too), digits, `.`, `_`, `-`."""
    cleaned = _ID_UNSAFE.sub("_", normalize(raw)).strip("._")[:120]
    return cleaned or "article"


def _parse_compact_date(value: str) -> dt.date | None:
    """`20201001` or `2020-10-01` → date; anything else → None."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _source_from_url(url: str) -> str:
    host = urlparse(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "com", "vn", "net", "org", "gov")]
    return parts[0] if parts else ""


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Group lines into blank-line separated blocks, each with the blank lines before it."""
    blocks: list[tuple[int, list[str]]] = []
    blank, current = 0, []
    for line in lines:
        if line.strip():
            current.append(line.strip())
            continue
        if current:
            blocks.append((blank, current))
            blank, current = 0, []
        blank += 1
    if current:
        blocks.append((blank, current))
    return blocks


def _is_byline(block: list[str]) -> bool:
    text = " ".join(block)
    letters = [c for c in text if c.isalpha()]
    return len(block) == 1 and len(text.split()) <= 6 and bool(letters) and text.upper() == text


def _is_caption(blank_before: int, block: list[str]) -> bool:
    """A photo caption: set off by two blank lines or broken over lines, and no sentence end."""
    text = " ".join(block)
    return (blank_before >= 2 or len(block) > 1) and not _SENTENCE_END.search(text)


def parse_page(text: str, path: str, article_id: str) -> Article:
    """Parse the printed-page layout of the seed article."""
    blocks = _blocks(text.split("\n"))
    first = " ".join(blocks[0][1]) if blocks else ""
    match = _PAGE_DATE.match(first)
    if not match:
        raise ArticleError(f"{path}: line 1 is not a page date such as 'Thứ ba, 18/01/2022'")
    day, month, year = (int(g) for g in match.groups())
    try:
        published = dt.date(year, month, day)
    except ValueError as exc:
        raise ArticleError(f"{path}: line 1: impossible page date {first!r}") from exc
    if len(blocks) < 3:
        raise ArticleError(f"{path}: no body after the title")
    title = collapse(" ".join(blocks[1][1]))
    byline = ""
    rest = blocks[2:]
    if len(rest) > 1 and _is_byline(rest[-1][1]):
        byline = collapse(rest[-1][1][0])
        rest = rest[:-1]
    paragraphs, captions = [], []
    for blank, block in rest:
        para = collapse(" ".join(block))
        if _is_caption(blank, block):
            captions.append(para)
        paragraphs.append(para)
    dateline = ""
    lead_index = next((i for i, p in enumerate(paragraphs) if p not in captions), None)
    if lead_index is not None:
        code = _DATELINE.match(paragraphs[lead_index])
        if code:
            dateline = code.group(1)
            paragraphs[lead_index] = paragraphs[lead_index][code.end() :]
    return Article(
        article_id=article_id,
        path=path,
        format="page",
        title=title,
        paragraphs=paragraphs,
        source=DATELINE_SOURCES.get(dateline, ""),
        published=published,
        byline=byline,
        dateline=dateline,
        captions=captions,
    )


def parse_header(text: str, path: str, article_id: str) -> Article:
    """Parse `# key = value` header lines, then a title line and one paragraph per line."""
    meta: dict[str, str] = {}
    lines = text.split("\n")
    body_start = 0
    for number, line in enumerate(lines):
        match = _HEADER_LINE.match(line)
        if match:
            meta[match.group(1).lower()] = match.group(2)
            body_start = number + 1
        elif line.strip():
            break
    content = [collapse(line) for line in lines[body_start:] if line.strip()]
    if not content:
        raise ArticleError(f"{path}: header lines but no title or body")
    url = meta.get("url", "")
    return Article(
        article_id=safe_id(meta["doc_id"]) if meta.get("doc_id") else article_id,
        path=path,
        format="header",
        title=content[0],
        paragraphs=content[1:],
        source=_source_from_url(url),
        url=url,
        published=_parse_compact_date(meta.get("date", "")),
    )


def parse_plain(text: str, path: str, article_id: str) -> Article:
    """Parse a title line followed by body paragraphs, one per non-empty line."""
    content = [collapse(line) for line in text.split("\n") if line.strip()]
    if not content:
        raise ArticleError(f"{path}: empty article")
    return Article(article_id, path, "plain", content[0], content[1:])


PARSERS = {"page": parse_page, "header": parse_header, "plain": parse_plain}


def detect_format(text: str) -> str:
    """Name the layout of an article text: `header`, `page` or `plain`."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    if _HEADER_LINE.match(first):
        return "header"
    if _PAGE_DATE.match(first):
        return "page"
    return "plain"


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) and normalize; refuse binary or non-UTF-8 input."""
    if b"\x00" in data:
        raise ArticleError(f"{path}: binary file (NUL bytes), not an article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    return normalize(text)


def parse_article(text: str, path: str, article_id: str, fmt: str | None = None) -> Article:
    """Parse a decoded article text in the given or detected format."""
    fmt = fmt or detect_format(text)
    if fmt not in PARSERS:
        raise ArticleError(f"{path}: unknown format {fmt!r} (known: {', '.join(PARSERS)})")
    if not text.strip():
        raise ArticleError(f"{path}: empty file")
    return PARSERS[fmt](text, path, article_id)


def read_article(path: str | Path, fmt: str | None = None) -> Article:
    """Read one article file; raise `ArticleError` naming the file when it cannot be read."""
    return read_source(Source(str(path), safe_id(Path(path).stem)), fmt)


@dataclass(frozen=True, slots=True)
class Source:
    """One article to read: a file on disk, or an archive member already in memory."""

    name: str  # the file's path, or `archive.tar.gz:member/path.txt`
    stem: str  # the article id to use when the file declares none
    data: bytes | None = None  # None: read `name` from disk when needed
    size: int = 0  # declared size of an archive member left unread because it is too large

    def read(self) -> bytes:
        """The raw bytes, refusing files too large to be an article."""
        if self.size > MAX_ARTICLE_BYTES:
            data = b""
        elif self.data is not None:
            data = self.data
        else:
            try:
                with open(self.name, "rb") as handle:
                    data = handle.read(MAX_ARTICLE_BYTES + 1)
            except OSError as exc:
                raise ArticleError(f"{self.name}: cannot read ({exc.strerror})") from exc
        if len(data) > MAX_ARTICLE_BYTES or self.size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{self.name}: too large for an article (over {MAX_ARTICLE_BYTES // 2**20} MB)"
            )
        return data


def read_source(source: Source, fmt: str | None = None) -> Article:
    """Decode and parse one source; raise `ArticleError` naming it when it cannot be read."""
    return parse_article(decode(source.read(), source.name), source.name, source.stem, fmt)


def _is_archive(path: Path) -> bool:
    return path.name.endswith(ARCHIVE_SUFFIXES)


def _member_stem(member: str) -> str:
    return safe_id(PurePosixPath(member.replace("\\", "/")).stem)


def _iter_archive(path: Path) -> Iterator[Source]:
    """Members of a .zip or .tar(.gz) archive, read in memory one at a time, never unpacked."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                if info.is_dir() or not info.filename.endswith(SUFFIXES):
                    continue
                name, stem = f"{path}:{info.filename}", _member_stem(info.filename)
                if info.file_size > MAX_ARTICLE_BYTES:
                    yield Source(name, stem, size=info.file_size)
                else:
                    yield Source(name, stem, archive.read(info))
        return
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(SUFFIXES):
                continue
            name, stem = f"{path}:{member.name}", _member_stem(member.name)
            handle = archive.extractfile(member)
            if member.size > MAX_ARTICLE_BYTES or handle is None:
                yield Source(name, stem, size=member.size)
            else:
                yield Source(name, stem, handle.read())


def iter_sources(inputs: list[str | Path]) -> Iterator[Source]:
    """Expand files, folders and archives into sources, in a stable order (sorted paths;
    archive members in archive order)."""
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            files = sorted(
                p
                for p in item.rglob("*")
                if p.is_file() and (p.suffix in SUFFIXES or _is_archive(p))
            )
        elif item.exists():
            files = [item]
        else:
            raise FileNotFoundError(f"{item}: no such file or folder")
        for path in files:
            if _is_archive(path):
                yield from _iter_archive(path)
            else:
                yield Source(str(path), safe_id(path.stem))
