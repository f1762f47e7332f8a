"""Reading articles from files and folders.

``load(paths)`` streams ``SourceArticle`` objects and ``Problem`` reports, one
file (or one record of a JSONL/CSV/JSON file) at a time, so a corpus never sits
in memory whole. A problem names the file, the line where it has one, and the
reason; the caller reports it and goes on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanctuary_cli.corpus.clean import Body, clean
from sanctuary_cli.corpus.dates import normalise
from sanctuary_cli.corpus.encoding import declared_charset, decode

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# The longest article body handed to the NLP: spaCy's own limit (nlp.max_length),
# past which the parser needs gigabytes. No news article comes near it.
MAX_ARTICLE_CHARS = 1_000_000

# Field names that JSON and CSV news dumps use, most common first.
TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "date_publish", "pubdate", "datetime")
OUTLET_FIELDS = ("source", "outlet", "publisher", "site_name", "source_domain")
AUTHOR_FIELDS = ("author", "authors", "byline")
URL_FIELDS = ("url", "link")


@dataclass
class SourceArticle:
    """One article as read from disk, before any NLP."""

    path: str  # the file name it came from, with ":LINE" for a record of a multi-record file
    source: str  # the full path
    text: str  # the stored text
    body: Body  # what the NLP reads, mapped back to ``text``
    title: str | None
    outlet: str | None
    byline: str | None
    date: str | None
    url: str | None
    warning: str | None = None  # read, but with a caveat (e.g. not UTF-8, read as cp1252)
    raw_hash: str | None = None  # SHA-256 of the page's HTML as read, for a page
    language: str | None = None  # as the page declares or trafilatura detects it

    @cached_property
    def id(self) -> str:
        """A hash of the normalised body: the same article under two names is one article."""
        return content_id(self.body.text)

    @property
    def words(self) -> int:
        return len(self.body.text.split())


@dataclass(frozen=True)
class Problem:
    """An input that could not be read, or a warning about one that was."""

    path: str
    reason: str
    line: int | None = None
    fatal: bool = True  # False: the article was kept

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


def content_id(body: str) -> str:
    """Sixteen hex digits of SHA-256 over the body with case, quotes and spacing folded."""
    folded = unicodedata.normalize("NFKC", body)
    # Curly quotes as straight ones (str.replace: ten times faster than str.translate here).
    folded = folded.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'").lower()
    folded = " ".join(folded.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Every readable file under the given paths, in a stable order.

    Folders are walked without following symbolic links, so a link loop ends
    and nothing outside what the user named is read.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            reason = "broken or looping symbolic link" if path.is_symlink() else "no such file or directory"
            yield Problem(str(raw), reason)
        elif path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    if child.suffix.lower() in SUFFIXES and not child.is_symlink():
                        yield _regular(child)
        elif path.suffix.lower() in SUFFIXES:
            yield _regular(path)
        else:
            yield Problem(str(raw), f"unsupported file type {path.suffix or '(none)'!r}")


def _regular(path: Path) -> Path | Problem:
    """The path itself, or a problem when it is a pipe, socket or device: reading one may never end."""
    return path if path.is_file() else Problem(path.name, "not a regular file")


def load(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[SourceArticle | Problem]:
    """Articles and problems from files and folders, streamed."""
    for item in iter_files(paths):
        if isinstance(item, Problem):
            yield item
        else:
            yield from load_file(item, max_bytes)


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceArticle | Problem]:
    """The articles in one file (several for JSON lists, JSONL and CSV)."""
    name = path.name
    try:
        size = path.stat().st_size
        if size <= max_bytes:
            # Read no more than the limit even if the file grew since stat().
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
            size = max(size, len(data))
    except OSError as exc:
        yield Problem(name, f"cannot read: {exc.strerror or exc}")
        return
    if size > max_bytes:
        yield Problem(name, f"file is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
        return
    if not data.strip():
        yield Problem(name, "empty file")
        return
    if _looks_binary(data):
        yield Problem(name, "binary data, not text")
        return
    suffix = path.suffix.lower()
    text, warning = decode(data, declared_charset(data) if suffix in HTML_SUFFIXES else None)
    text = text.removeprefix("\ufeff")
    if suffix == ".jsonl":
        records: Iterator[SourceArticle | Problem] = _jsonl(path, text)
    elif suffix == ".json":
        records = _json(path, text)
    elif suffix == ".csv":
        records = _csv(path, text)
    elif suffix in HTML_SUFFIXES:
        records = iter([from_html(path.name, str(path), text, raw_hash=hashlib.sha256(data).hexdigest())])
    else:
        records = iter([_article(path.name, str(path), text, {})])
    for record in records:
        if isinstance(record, SourceArticle) and warning is not None:
            record.warning = warning
            yield Problem(record.path, warning, fatal=False)
        yield record


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control characters, in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def from_html(
    name: str, source: str, page: str, url: str | None = None, raw_hash: str | None = None
) -> SourceArticle | Problem:
    """The article on an HTML page; the text stored is the text trafilatura extracts."""
    from sanctuary_cli.corpus import html  # imported on the first page: trafilatura takes a second to load

    try:
        found = html.extract(page, url, max_chars=MAX_ARTICLE_CHARS)
    except html.PageTooLong as exc:
        return Problem(name, f"article is {exc.chars:,} characters, over the limit of {MAX_ARTICLE_CHARS:,}")
    except html.PageTooLarge as exc:
        return Problem(name, str(exc))
    fields = {"title": found.title, "source": found.sitename, "author": found.author, "date": found.date,
              "url": found.url or url}
    article = _article(name, source, found.text, fields)
    if isinstance(article, SourceArticle):
        article.raw_hash = raw_hash
        article.language = found.language
    return article


# Control characters become spaces, one for one so offsets into the file still hold.
# Left in, an escape sequence in a scraped page would reach the user's terminal
# when a table shows it (ESC [2J clears the screen; OSC sequences do worse).
# Tab, line feed, carriage return and form feed are ordinary text.
# (A regular expression: str.translate with a table looks up every character,
# ten times slower on article-length texts that hold no control character.)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _no_controls(text: str) -> str:
    return _CONTROLS.sub(" ", text)


def _article(name: str, source: str, text: str, fields: dict[str, Any]) -> SourceArticle | Problem:
    """Clean one text and merge what its record says with what its text says."""
    text = _no_controls(text)
    if not text.strip():
        return Problem(name, "no article text")
    body, meta = clean(text)
    if not body.text.strip():
        return Problem(name, "nothing left after removing boilerplate")
    if len(body.text) > MAX_ARTICLE_CHARS:
        return Problem(name, f"article is {len(body.text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}")
    return SourceArticle(
        path=name,
        source=source,
        text=text,
        body=body,
        title=_field(fields, TITLE_FIELDS) or meta.title,
        outlet=_field(fields, OUTLET_FIELDS) or meta.outlet,
        byline=_field(fields, AUTHOR_FIELDS) or meta.byline,
        date=_date(fields) or meta.date,
        url=_field(fields, URL_FIELDS),
    )


def _date(record: dict[str, Any]) -> str | None:
    """A record's date field, as YYYY-MM-DD when it can be read as a date."""
    value = _field(record, DATE_FIELDS)
    return normalise(value) if value is not None else None


def _field(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            return re.sub(r"\s+", " ", _no_controls(str(value))).strip()
    return None


def _record(path: Path, record: Any, line: int | None, multi: bool) -> SourceArticle | Problem:
    name = f"{path.name}:{line}" if multi and line is not None else path.name
    if not isinstance(record, dict):
        return Problem(path.name, "record is not an object", line)
    text = _field(record, TEXT_FIELDS)
    if text is None:
        return Problem(path.name, f"record has no text field ({', '.join(TEXT_FIELDS)})", line)
    # _field folds whitespace for metadata; the article text keeps its paragraphs.
    raw = next(str(record[f]) for f in TEXT_FIELDS if record.get(f) not in (None, ""))
    return _article(name, str(path), raw, record)


def _json_error(exc: ValueError | RecursionError) -> str:
    """The reason a JSON text was refused, in one line."""
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON: {exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        # The json module recurses once per nesting level; no article record nests deeply.
        return "malformed JSON: nested too deeply"
    # Python refuses integers of more than 4,300 digits, and says so in a ValueError.
    return f"unreadable JSON: {str(exc).split(';')[0]}"


def _jsonl(path: Path, text: str) -> Iterator[SourceArticle | Problem]:
    # JSON Lines ends a record at "\n" only: str.splitlines() would also break at U+2028
    # and other separators that JSON allows raw inside a string, cutting such a record apart.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Problem(path.name, _json_error(exc), number)
            continue
        yield _record(path, record, number, multi=True)


def _json(path: Path, text: str) -> Iterator[SourceArticle | Problem]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else None
        yield Problem(path.name, _json_error(exc), line)
        return
    if isinstance(data, list):
        for index, record in enumerate(data, start=1):
            yield _record(path, record, index, multi=len(data) > 1)
    else:
        yield _record(path, data, None, multi=False)


def _csv(path: Path, text: str) -> Iterator[SourceArticle | Problem]:
    """One article per row. A malformed row is reported with the line it starts on, and skipped."""
    # A cell may hold a whole article; the file size limit already bounds it.
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    # strict: a stray quote mark is an error to report, not a cell silently cut or merged.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = _csv_rows(path, reader)
    _, first = next(rows, (1, Problem(path.name, "no header row", 1)))
    if isinstance(first, Problem):
        yield first
        return
    header = [name.strip().lower() for name in first]
    if not set(header) & set(TEXT_FIELDS):
        yield Problem(path.name, f"no text column (expected one of: {', '.join(TEXT_FIELDS)})", 1)
        return
    for line, row in rows:
        if isinstance(row, Problem):
            yield row
        elif not row:
            continue  # a blank line
        elif len(row) != len(header):
            yield Problem(path.name, f"row has {len(row)} fields, the header has {len(header)}", line)
        elif any(cell.strip() for cell in row):
            yield _record(path, dict(zip(header, row, strict=True)), line, multi=True)


def _csv_rows(path: Path, reader: CsvReader) -> Iterator[tuple[int, list[str] | Problem]]:
    """Each row with the line it starts on; a malformed one becomes a problem and reading goes on."""
    line_num = 0
    while True:
        start = line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, Problem(path.name, f"malformed CSV: {exc}", start)
        else:
            yield start, row
        line_num = reader.line_num
