"""Readers: article files in, `Article` records out.

Formats recognised here:
- `header`: `# key = value` lines (doc_id, url, date, ...), then the title line, then one
  paragraph per line (the Underthesea/Dantri corpus);
- `page`: a printed-page layout (weekday + date line, title, lead opening with a dateline code
  such as `LSO-`, paragraphs, photo captions, byline in capitals), as in the seed article;
- `plain`: title line, then body paragraphs (the Baomoi archive: title, sapo, body);
- `jsonl`: one article per line, a JSON object (id, title, url, published, text or html);
- `html`: a saved web page; trafilatura removes the boilerplate and reads the metadata.

Files are read from folders and from .zip / .tar.gz archives without unpacking to disk. Bytes
are decoded by `toolkit.encodings` (UTF-8/16, Windows-1258, TCVN3, VNI, mojibake repair).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from toolkit.encodings import Decoded, EncodingError, decode_bytes
from toolkit.text import collapse, normalize, normalize_printable, squash

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
FORMATS = ("auto", "page", "header", "plain", "jsonl", "html")
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
# Limits on what one input may cost. An article file, archive member or JSONL line larger than
# MAX_ARTICLE_BYTES is refused; so is an archive member that expands more than
# MAX_COMPRESSION_RATIO times its compressed size once past RATIO_CHECK_BYTES (a zip bomb), and
# an archive stops being read once it has expanded to MAX_ARCHIVE_BYTES in all. Sizes are
# counted while streaming: declared sizes only allow refusing earlier.
MAX_ARTICLE_BYTES = 10 * 2**20
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_BYTES = 2**20
MAX_ARCHIVE_BYTES = 16 * 2**30
# Article ids become file names (reports/<id>.html): at most this many characters and UTF-8
# bytes (Vietnamese letters take 2-3 bytes; file names are limited to 255 bytes).
MAX_ID_CHARS = 120
MAX_ID_BYTES = 200
_CHUNK = 2**16

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
_ID_UNSAFE = re.compile(r"[^\w.-]+|\.{2,}")
_ID_DASHES = re.compile(r"-{2,}")
# Control characters (C0 but tab and line breaks, DEL, C1): never text, and they break CSV.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


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
    encoding: str = ""  # how the bytes were decoded: utf-8, tcvn3, vni, utf-8+mojibake, ...
    # Set by `read_source` when the paragraphs are known to be words separated by single plain
    # spaces (no other whitespace, none at either end): `word_count` then needs no checks.
    spaced: bool = False

    @property
    def body(self) -> str:
        """The body as the toolkit stores it: one paragraph per line."""
        return "\n".join(self.paragraphs)

    @property
    def lead(self) -> str:
        """First paragraph that is not a photo caption."""
        captions = set(self.captions)
        return next((p for p in self.paragraphs if p not in captions), "")


def safe_id(raw: str, fallback: str = "article") -> str:
    """An id that is also a safe file name: letters (Vietnamese, NFC), digits, `.`, `_`, `-`
    kept; path separators, controls, `..` and leading dots become or lose `-`; long ids are cut
    and get a hash of the whole id, so two long ids do not collide."""
    cleaned = _ID_DASHES.sub("-", _ID_UNSAFE.sub("-", normalize(raw))).strip("._-")
    if len(cleaned) > MAX_ID_CHARS or len(cleaned.encode("utf-8")) > MAX_ID_BYTES:
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        cut = cleaned[: MAX_ID_CHARS - 9]
        while len(cut.encode("utf-8")) > MAX_ID_BYTES - 9:
            cut = cut[:-1]
        cleaned = f"{cut.rstrip('._-')}-{digest}"
    return cleaned or fallback


def _parse_compact_date(value: str) -> dt.date | None:
    """`20201001` or `2020-10-01` → date; anything else → None."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


# `http(s)://host[:port]/...` with nothing `urlparse` treats specially (userinfo, IPv6 brackets,
# characters it strips): its host is the text up to the first of `:/?#`, lower-cased.
_PLAIN_URL = re.compile(r"https?://([^:/?#@\[\]\\]*)(?:[:/?#][^@\[\]]*)?")


def _url_host(url: str) -> str:
    """`urlparse(url).hostname or ""`, without urllib for the common plain web address."""
    if url.isascii() and url.isprintable():
        plain = _PLAIN_URL.fullmatch(url)
        if plain and "%" not in plain.group(1):  # (urllib keeps the case after a `%`)
            return plain.group(1).lower()
    return urlparse(url).hostname or ""


def _source_from_url(url: str) -> str:
    host = _url_host(url)
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
        what = "no title or body" if len(blocks) < 2 else "no body after the title"
        raise ArticleError(f"{path}: a page date line but {what}")
    title = squash(" ".join(blocks[1][1]))
    byline = ""
    rest = blocks[2:]
    if len(rest) > 1 and _is_byline(rest[-1][1]):
        byline = squash(rest[-1][1][0])
        rest = rest[:-1]
    paragraphs, captions = [], []
    for blank, block in rest:
        para = squash(" ".join(block))
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
    """Parse `# key = value` header lines, then a title line and one paragraph per line
    (`text` normalized, as `parse_article` passes it)."""
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
    content = _content_lines(lines[body_start:])
    if not content:
        raise ArticleError(f"{path}: header lines but no title or body")
    url = meta.get("url", "")
    return Article(
        article_id=safe_id(meta["doc_id"], article_id) if meta.get("doc_id") else article_id,
        path=path,
        format="header",
        title=content[0],
        paragraphs=content[1:],
        source=_source_from_url(url),
        url=url,
        published=_parse_compact_date(meta.get("date", "")),
    )


def parse_plain(text: str, path: str, article_id: str) -> Article:
    """Parse a title line followed by body paragraphs, one per non-empty line (`text`
    normalized, as `parse_article` passes it)."""
    content = _content_lines(text.split("\n"))
    if not content:
        raise ArticleError(f"{path}: empty article")
    return Article(article_id, path, "plain", content[0], content[1:])


def _content_lines(lines: list[str]) -> list[str]:
    """The non-blank lines of a normalized text, trimmed. `squash` but for its check for a run
    of spaces, which a normalized text never holds (nor whitespace other than plain spaces)."""
    return [stripped for line in lines if (stripped := line.strip())]


PARSERS = {"page": parse_page, "header": parse_header, "plain": parse_plain}


def _first_line(text: str) -> str:
    """The first line (of `text.split("\\n")`) that is not blank, or ""; found without splitting
    the whole text: every character before the first non-space one is a space or line break."""
    rest = text.lstrip()
    if not rest:
        return ""
    first = len(text) - len(rest)
    end = text.find("\n", first)
    return text[text.rfind("\n", 0, first) + 1 : end if end >= 0 else len(text)]


def detect_format(text: str) -> str:
    """Name the layout of an article text: `header`, `page` or `plain`."""
    first = _first_line(text)
    if _HEADER_LINE.match(first):
        return "header"
    if _PAGE_DATE.match(first):
        return "page"
    return "plain"


def decode(data: bytes, path: str) -> str:
    """Decode article bytes (any supported encoding, see `toolkit.encodings`) and normalize;
    refuse binary input or bytes no supported encoding reads."""
    return decode_with_encoding(data, path)[0]


def decode_with_encoding(data: bytes, path: str) -> tuple[str, str]:
    """`decode`, also naming the encoding (and repair) that was used."""
    decoded = _decode_bytes(data, path)
    return normalize(decoded.text, nfc=False), decoded.encoding


def _decode_bytes(data: bytes, path: str) -> Decoded:
    """`encodings.decode_bytes`, its refusal an `ArticleError` naming the file."""
    try:
        return decode_bytes(data)
    except EncodingError as exc:
        raise ArticleError(f"{path}: {exc}") from exc


def parse_article(
    text: str, path: str, article_id: str, fmt: str | None = None, normalized: bool = False
) -> Article:
    """Parse a decoded article text in the given or detected format (`normalized`: the text
    already went through `text.normalize`, as `decode` returns it)."""
    if not normalized:
        text = normalize(text)
    fmt = fmt or detect_format(text)
    if fmt not in PARSERS:
        raise ArticleError(f"{path}: unknown format {fmt!r} (known: {', '.join(PARSERS)})")
    if not text.strip():
        raise ArticleError(f"{path}: empty file")
    return PARSERS[fmt](text, path, article_id)


def read_article(path: str | Path, fmt: str | None = None) -> Article:
    """Read one article file; raise `ArticleError` naming the file when it cannot be read.

    A JSONL file holds many articles: use `iter_sources` + `read_source` (this reads its first).
    """
    path = Path(path)
    fmt = _file_format(path, fmt)
    if fmt == "jsonl":
        source = next(_iter_jsonl_file(path), None)
        if source is None:
            raise ArticleError(f"{path}: empty file")
        return read_source(source)
    return read_source(Source(str(path), safe_id(path.stem), fmt=fmt), fmt)


def _megabytes(size: int) -> str:
    return f"{size / 2**20:,.1f} MB"


def too_large(size: int | None = None) -> str:
    """The reason given for an input over `MAX_ARTICLE_BYTES` (its size when known)."""
    limit = _megabytes(MAX_ARTICLE_BYTES)
    if size is None:
        return f"too large for an article (over the limit of {limit})"
    return f"too large for an article: {_megabytes(size)} (the limit is {limit})"


@dataclass(frozen=True, slots=True)
class Source:
    """One article to read: a file on disk, or an archive member already in memory."""

    name: str  # the file's path, or `archive.tar.gz:member/path.txt`
    stem: str  # the article id to use when the file declares none
    data: bytes | None = None  # None: read `name` from disk when needed
    fmt: str | None = None  # the format to parse it as; None: detect from the text
    line: int = 0  # line number in a JSONL file (1-based), else 0
    error: str = ""  # why it cannot be read, found while listing it (too large, unsafe name...)

    def read(self) -> bytes:
        """The raw bytes, refusing files too large to be an article (by their size on disk,
        then by what is read: at most one byte over the limit is ever held)."""
        if self.error:
            raise ArticleError(f"{self.name}: {self.error}")
        data = self.data if self.data is not None else self._read_file()
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{self.name}: {too_large()}")
        return data

    def _read_file(self) -> bytes:
        try:
            with open(self.name, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > MAX_ARTICLE_BYTES:
                    raise ArticleError(f"{self.name}: {too_large(size)}")
                return _read_limited(handle, size)
        except OSError as exc:
            raise ArticleError(f"{self.name}: cannot read ({exc.strerror})") from exc


def _read_limited(handle: io.BufferedIOBase, size: int, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of a stream, at most one over `limit`, when `size` (at most `limit`) are
    expected.

    Asking for the expected size plus one byte, not the limit: a read allocates what it is
    asked for, and 10 MB per article costs more than reading it. A stream longer than expected
    (a file that grew, a size that was not known) is read on, up to the limit.
    """
    data = handle.read(size + 1)
    if len(data) > size:
        data += handle.read(limit + 1 - len(data))
    return data


def read_source(source: Source, fmt: str | None = None) -> Article:
    """Decode and parse one source; raise `ArticleError` naming it when it cannot be read."""
    fmt = fmt if fmt not in (None, "auto") else source.fmt
    if fmt == "jsonl":
        article = parse_jsonl_line(source.read(), source.name, source.stem, source.line)
    elif fmt == "html":
        article = parse_html(source.read(), source.name, source.stem)
    else:
        decoded = _decode_bytes(source.read(), source.name)
        text, printable = normalize_printable(decoded.text, nfc=False)
        article = parse_article(text, source.name, source.stem, fmt, normalized=True)
        article.encoding = decoded.encoding
        # No control character anywhere (usually known from normalizing): the paragraphs are
        # as the parsers left them, trimmed lines of a normalized text.
        if printable or text.replace("\n", " ").isprintable():
            article.spaced = True
            return article
    return _without_controls(article)


def _strip_controls(text: str) -> str:
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def _without_controls(article: Article) -> Article:
    """Drop control characters (from JSON `\\u0000` escapes, stray bytes) from every text field:
    they are never text, and would break CSV and the reports."""
    for name in ("title", "source", "url", "byline", "dateline"):
        setattr(article, name, _strip_controls(getattr(article, name)))
    article.paragraphs = [p for p in map(_strip_controls, article.paragraphs) if p]
    article.captions = [c for c in map(_strip_controls, article.captions) if c]
    return article


# --- JSONL ---------------------------------------------------------------------------------

_JSON_FIELDS = {
    "id": ("id", "doc_id", "article_id", "_id"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate"),
    "text": ("text", "body", "content"),
    "html": ("html", "raw_html"),
    "source": ("source", "outlet", "site"),
    "byline": ("byline", "author", "authors"),
}
_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DATE_YMD = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def parse_date_value(value: object) -> dt.date | None:
    """A declared publication date: `2021-10-12`, `20211012`, `2021-10-12T08:00:00+07:00`,
    `12/10/2021` (day first, as Vietnamese pages print it); anything else → None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    for pattern, order in ((_DATE_YMD, (0, 1, 2)), (_DATE_DMY, (2, 1, 0))):
        match = pattern.match(value)
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return dt.date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


def _field(record: dict, name: str) -> object:
    for key in _JSON_FIELDS[name]:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _as_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def parse_jsonl_line(data: bytes, path: str, stem: str, line: int = 0) -> Article:
    """Parse one JSONL line: an object with `title` and `text` (or `html`), optionally `id`,
    `url`, `published`, `source`, `byline`."""
    where = f"line {line}" if line else "record"
    try:
        text, encoding = decode_with_encoding(data, path)
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(
            f"{path}: {where} is not valid JSON ({exc.msg}, column {exc.colno})"
        ) from exc
    if not isinstance(record, dict):
        raise ArticleError(f"{path}: {where} is a JSON {type(record).__name__}, not an object")
    body, html = _field(record, "text"), _field(record, "html")
    if body is None and html is None:
        raise ArticleError(f"{path}: {where} has no 'text' or 'html' field")
    declared_id = _field(record, "id")
    article_id = safe_id(str(declared_id), stem) if declared_id is not None else stem
    if body is None:
        article = parse_html(str(html).encode("utf-8"), path, article_id)
    else:
        paragraphs = [collapse(p) for p in normalize(str(body)).split("\n") if p.strip()]
        title = collapse(_as_text(_field(record, "title")))
        if not title and paragraphs:
            title, paragraphs = paragraphs[0], paragraphs[1:]
        if not title and not paragraphs:
            raise ArticleError(f"{path}: {where}: empty title and text")
        article = Article(article_id, path, "jsonl", title, paragraphs, encoding=encoding)
    article.format = "jsonl"
    if _field(record, "title"):
        article.title = collapse(_as_text(_field(record, "title")))
    url = _as_text(_field(record, "url")) or article.url
    article.url = url
    article.source = collapse(_as_text(_field(record, "source"))) or article.source
    article.source = article.source or _source_from_url(url)
    article.published = parse_date_value(_field(record, "published")) or article.published
    article.byline = collapse(_as_text(_field(record, "byline"))) or article.byline
    return article


def _bounded_lines(handle: io.BufferedIOBase) -> Iterator[bytes | None]:
    """The lines of a binary stream; None for a line over `MAX_ARTICLE_BYTES`, which is
    skipped without ever being held whole in memory."""
    while line := handle.readline(MAX_ARTICLE_BYTES + 1):
        if len(line) <= MAX_ARTICLE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (rest := handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def _iter_jsonl_lines(handle: io.BufferedIOBase, name: str, stem: str) -> Iterator[Source]:
    """One source per non-blank line of a JSONL stream, named `file:line`."""
    for number, line in enumerate(_bounded_lines(handle), start=1):
        where, line_stem = f"{name}:{number}", f"{stem}_{number}"
        if line is None:
            yield Source(where, line_stem, fmt="jsonl", line=number, error=too_large())
        elif line.strip():
            yield Source(where, line_stem, line, fmt="jsonl", line=number)


def _iter_jsonl_file(path: Path) -> Iterator[Source]:
    try:
        with open(path, "rb") as handle:
            yield from _iter_jsonl_lines(handle, str(path), safe_id(path.stem))
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc


# --- HTML ----------------------------------------------------------------------------------

_HTML_BLOCKS = ("p", "head", "item", "quote", "cell")


def parse_html(data: bytes, path: str, article_id: str) -> Article:
    """Parse a saved web page: trafilatura keeps the article text (menus, footers and ads
    removed) and reads title, date, author and URL; captions come from `<figcaption>`."""
    import trafilatura  # imported here: costly, and only HTML needs it

    try:
        html, encoding = decode_with_encoding(data, path)
    except ArticleError:
        html, encoding = data, "html-declared"  # let trafilatura read the page's charset
    if not (html.strip() if isinstance(html, str) else data.strip()):
        raise ArticleError(f"{path}: empty file")
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, url=None
    )
    if document is None or document.body is None:
        raise ArticleError(f"{path}: no article text found in the HTML page")
    title = collapse(document.title or "")
    paragraphs = []
    for element in document.body.iter(*_HTML_BLOCKS):
        if element.getparent() is not None and element.getparent().tag in _HTML_BLOCKS:
            continue
        text = collapse("".join(element.itertext()))
        if text and not (not paragraphs and text == title):
            paragraphs.append(text)
    if not title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if not paragraphs:
        raise ArticleError(f"{path}: no article text found in the HTML page")
    url = document.url or ""
    return Article(
        article_id=article_id,
        path=path,
        format="html",
        title=title,
        paragraphs=paragraphs,
        source=_source_from_url(url) if url else _source_from_url(f"//{document.hostname or ''}"),
        url=url,
        published=parse_date_value(document.date),
        byline=collapse(document.author or ""),
        captions=_figcaptions(html),
        encoding=encoding,
    )


def _figcaptions(html: str | bytes) -> list[str]:
    """Photo captions of a page: the text of its `<figcaption>` elements."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return []
    captions = (collapse(node.text_content()) for node in tree.iter("figcaption"))
    return [c for c in captions if c]


def _is_archive(path: Path) -> bool:
    return path.name.endswith(ARCHIVE_SUFFIXES)


def _member_stem(member: str) -> str:
    return safe_id(PurePosixPath(member.replace("\\", "/")).stem)


def _unsafe_member(member: str) -> str:
    """Why an archive member's name is refused (it would land outside a folder it was unpacked
    into), or "" when it is safe. Members are never unpacked; such a name marks a hostile file."""
    posix = member.replace("\\", "/")
    if posix.startswith("/") or re.match(r"[A-Za-z]:", posix):
        return "unsafe member name (an absolute path): refused"
    if ".." in posix.split("/"):
        return "unsafe member name (it climbs out of the archive with '..'): refused"
    return ""


def _file_format(path: Path | str, fmt: str | None) -> str | None:
    """The format to read a file as: the one asked for, else its suffix's (None: detect)."""
    if fmt not in (None, "auto"):
        if fmt not in FORMATS:
            raise ArticleError(f"{path}: unknown format {fmt!r} (known: {', '.join(FORMATS)})")
        return fmt
    name = str(path).lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


class _Refused(Exception):
    """An archive member that breaks a size or ratio limit (the reason is the message)."""


class _ArchiveLimit(Exception):
    """An archive that expands beyond `MAX_ARCHIVE_BYTES`: the rest of it is not read."""


def _ratio_reason(size: int, compressed: int) -> str:
    """The reason for refusing a member that expands too much, or "" when it does not."""
    if size <= RATIO_CHECK_BYTES or size <= MAX_COMPRESSION_RATIO * max(compressed, 1):
        return ""
    return (
        f"expands {size // max(compressed, 1):,}-fold ({_megabytes(size)} from "
        f"{_megabytes(compressed)} compressed), over the limit of {MAX_COMPRESSION_RATIO}-fold: "
        "refused as a zip bomb"
    )


class _Meter(io.RawIOBase):
    """A member's decompressed stream that stops (raising) once it breaks a limit, counted on
    the bytes actually produced: the archive's total, the member's size, the ratio."""

    def __init__(
        self,
        stream: io.BufferedIOBase,
        limit: int,
        compressed: Callable[[], int] | None,
        total: list[int],
        size: int | None = None,
    ) -> None:
        self.stream, self.limit, self.compressed, self.total = stream, limit, compressed, total
        self.size = limit if size is None else min(size, limit)  # declared size, if any
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._counted(self.stream.read(min(len(buffer), _CHUNK)))
        buffer[: len(data)] = data
        return len(data)

    def readall(self) -> bytes:
        """The whole member, at most one byte over the limit, in one read when its declared
        size is right (fast)."""
        return self._counted(_read_limited(self.stream, self.size, self.limit))

    def _counted(self, data: bytes) -> bytes:
        self.count += len(data)
        self.total[0] += len(data)
        if self.total[0] > MAX_ARCHIVE_BYTES:
            raise _ArchiveLimit(_archive_reason())
        if self.count > self.limit:
            raise _Refused(too_large())
        if self.compressed and (reason := _ratio_reason(self.count, self.compressed())):
            raise _Refused(reason)
        return data


def _archive_reason() -> str:
    return (
        f"the archive expands to more than {MAX_ARCHIVE_BYTES / 2**30:,.0f} GB "
        "(the limit per archive): not read further"
    )


def _member_sources(name: str, stem: str, fmt: str | None, meter: _Meter) -> Iterator[Source]:
    """The source(s) of one member: its bytes, its JSONL lines, or an error naming why not."""
    try:
        if fmt == "jsonl":
            yield from _iter_jsonl_lines(io.BufferedReader(meter), name, stem)
        else:
            yield Source(name, stem, meter.readall(), fmt=fmt)
    except _Refused as exc:
        yield Source(name, stem, fmt=fmt, error=str(exc))


def _iter_zip(path: Path, fmt: str | None) -> Iterator[Source]:
    """Members of a .zip archive in name order; a member that is damaged, encrypted or breaks
    a limit becomes an error, and the next member is read."""
    total = [0]
    with zipfile.ZipFile(path) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or not info.filename.lower().endswith(SUFFIXES):
                continue
            name, stem = f"{path}:{info.filename}", _member_stem(info.filename)
            member_fmt = _file_format(info.filename, fmt)
            limit = MAX_ARCHIVE_BYTES if member_fmt == "jsonl" else MAX_ARTICLE_BYTES
            reason = _unsafe_member(info.filename)
            reason = reason or _ratio_reason(info.file_size, info.compress_size)
            if not reason and info.file_size > limit:
                reason = too_large(info.file_size)
            if reason:
                yield Source(name, stem, fmt=member_fmt, error=reason)
                continue
            try:
                meter = _Meter(
                    archive.open(info), limit, _constant(info.compress_size), total, info.file_size
                )
                yield from _member_sources(name, stem, member_fmt, meter)
            except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError,
                    NotImplementedError) as exc:  # fmt: skip
                reason = f"damaged or encrypted member: {exc}"
                yield Source(name, stem, fmt=member_fmt, error=reason)


def _constant(value: int) -> Callable[[], int]:
    return lambda: value


def _since(position: Callable[[], int], start: int) -> Callable[[], int]:
    return lambda: position() - start


def _compressed_position(archive: tarfile.TarFile) -> Callable[[], int] | None:
    """How far a compressed tar has been read in its file (None for a plain .tar)."""
    inner = archive.fileobj
    raw = getattr(inner, "fileobj", None) or getattr(inner, "_fp", None)
    return raw.tell if raw is not None and raw is not inner else None


def _iter_tar(path: Path, fmt: str | None) -> Iterator[Source]:
    """Members of a .tar(.gz) archive in archive order; a member that breaks a limit becomes an
    error (declared sizes are checked first: a tar cannot skip a member without inflating it)."""
    with tarfile.open(path, "r:*") as archive:
        position = _compressed_position(archive)
        for member in archive:
            if member.offset_data + member.size > MAX_ARCHIVE_BYTES:
                raise _ArchiveLimit(_archive_reason())
            if not member.isfile() or not member.name.lower().endswith(SUFFIXES):
                continue
            name, stem = f"{path}:{member.name}", _member_stem(member.name)
            member_fmt = _file_format(member.name, fmt)
            limit = MAX_ARCHIVE_BYTES if member_fmt == "jsonl" else MAX_ARTICLE_BYTES
            reason = _unsafe_member(member.name)
            if not reason and member.size > limit:
                reason = too_large(member.size)
            handle = None if reason else archive.extractfile(member)
            if handle is None:
                yield Source(name, stem, fmt=member_fmt, error=reason or "not a regular file")
                continue
            consumed = _since(position, position()) if position else None
            meter = _Meter(handle, limit, consumed, [member.offset_data], member.size)
            yield from _member_sources(name, stem, member_fmt, meter)


def _iter_archive(path: Path, fmt: str | None = None) -> Iterator[Source]:
    """Members of a .zip or .tar(.gz) archive, read in memory one at a time, never unpacked
    (JSONL members are streamed line by line), within the limits above."""
    if path.suffix == ".zip":
        yield from _iter_zip(path, fmt)
    else:
        yield from _iter_tar(path, fmt)


def iter_sources(inputs: list[str | Path], fmt: str | None = None) -> Iterator[Source]:
    """Expand files, folders and archives into sources, in a stable order (sorted paths;
    archive members in archive order; JSONL files line by line). `fmt` forces a format
    (`auto`/None: by suffix — .jsonl, .html — else detected from the text)."""
    if fmt not in (None, "auto") and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            files = sorted(
                p
                for p in item.rglob("*")
                if p.is_file() and (p.name.lower().endswith(SUFFIXES) or _is_archive(p))
            )
        elif item.exists():
            files = [item]
        else:
            raise FileNotFoundError(f"{item}: no such file or folder")
        for path in files:
            if _is_archive(path):
                yield from _iter_archive_safe(path, fmt)
                continue
            file_fmt = _file_format(path, fmt)
            if file_fmt == "jsonl":
                yield from _iter_jsonl_lines_safe(path)
            else:
                yield Source(str(path), safe_id(path.stem), fmt=file_fmt)


def _iter_archive_safe(path: Path, fmt: str | None) -> Iterator[Source]:
    """`_iter_archive`; a damaged archive ends with one source that fails with the reason (the
    members read before the damage are kept)."""
    count = 0
    try:
        for source in _iter_archive(path, fmt):
            count += 1
            yield source
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        reason = f"damaged archive after {count} member(s): {type(exc).__name__}: {exc}"
        yield Source(str(path), safe_id(path.stem), error=reason)
    except _ArchiveLimit as exc:
        yield Source(str(path), safe_id(path.stem), error=f"after {count} member(s), {exc}")


def _iter_jsonl_lines_safe(path: Path) -> Iterator[Source]:
    """`_iter_jsonl_file`, but an unreadable file becomes one source that fails when read."""
    try:
        yield from _iter_jsonl_file(path)
    except ArticleError:  # reading it again fails the same way, and becomes an errors row
        yield Source(str(path), safe_id(path.stem), fmt="jsonl")
