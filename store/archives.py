"""Archive readers for backfills: WARC files (via warcio) and JSON-lines dumps, cut into record ranges.

An archive is planned once (where each range of records starts) and each range is then read on its
own, so ranges can run on different processes or machines. Readers never raise on a bad record:
they yield a `Broken` item naming it, and a `Skipped` item for records that are not pages.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError, model_validator
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from extract import MAX_FILE_BYTES, DocumentError
from extract.documents import decode

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".jsonl")
# Errors a damaged archive raises while it is being read (truncated or corrupt gzip, bad headers).
_READ_ERRORS = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError)
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class Page(BaseModel):
    """One article-like record: its URL and either its HTML or its text."""

    where: str  # file and record position, for records without a URL
    url: str | None = None
    title: str | None = None
    date: str | None = None
    html: str | None = None
    text: str | None = None


class Broken(BaseModel):
    """A record that claimed to be a page but could not be read."""

    where: str
    url: str | None = None
    message: str


class Skipped(BaseModel):
    """A record that is not a page (a request, an image, a redirect, a blank line)."""

    where: str


class Part(BaseModel):
    """A range of records in one archive: where it starts, and how many records it holds."""

    path: str
    kind: Literal["warc", "jsonl"]
    offset: int
    first: int
    count: int


class Plan(BaseModel):
    """An archive cut into parts, and what could not be read while planning (a damaged tail)."""

    parts: list[Part]
    broken: list[Broken] = []


class JsonArticle(BaseModel):
    """One JSON-lines record: `url`, `title`, `date`, and `text` or `html`."""

    url: str | None = None
    title: str | None = None
    date: str | None = None
    text: str | None = None
    html: str | None = None

    @model_validator(mode="after")
    def _has_body(self) -> JsonArticle:
        if not (self.text or "").strip() and not (self.html or "").strip():
            raise ValueError("has neither `text` nor `html`")
        return self


def is_archive(path: str | Path) -> bool:
    """Whether a path names a WARC or JSON-lines file (by its suffix)."""
    return str(path).lower().endswith(ARCHIVE_SUFFIXES)


def archive_kind(path: str | Path) -> Literal["warc", "jsonl"]:
    return "jsonl" if str(path).lower().endswith(".jsonl") else "warc"


def plan_archive(path: str, part_size: int) -> Plan:
    """Cut an archive into parts of `part_size` records; an unreadable file is one broken item."""
    name = Path(path).name
    try:
        with open(path, "rb") as stream:
            if archive_kind(path) == "jsonl":
                return _plan_jsonl(stream, path, part_size)
            return _plan_warc(stream, path, part_size)
    except OSError as exc:
        return Plan(parts=[], broken=[Broken(where=name, message=f"cannot be read ({exc.strerror or exc})")])


def read_part(part: Part) -> Iterator[Page | Broken | Skipped]:
    """Every record of one part, read from its archive."""
    name = Path(part.path).name
    try:
        with open(part.path, "rb") as stream:
            stream.seek(part.offset)
            reader = _read_jsonl if part.kind == "jsonl" else _read_warc
            yield from reader(stream, part, name)
    except OSError as exc:
        yield Broken(where=f"{name}@{part.offset}", message=f"cannot be read ({exc.strerror or exc})")


# WARC ----------------------------------------------------------------------------------------


def _plan_warc(stream: object, path: str, part_size: int) -> Plan:
    parts: list[Part] = []
    broken: list[Broken] = []
    records = ArchiveIterator(stream)
    count = 0
    try:
        for _record in records:
            offset = records.get_record_offset()
            if count % part_size == 0:
                parts.append(Part(path=path, kind="warc", offset=offset, first=count, count=0))
            parts[-1].count += 1
            count += 1
    except _READ_ERRORS as exc:
        # The reader cannot find the next record after a damaged one: the rest of the file is lost.
        broken.append(Broken(where=f"{Path(path).name}@{records.offset}", message=_damaged(exc, count)))
    return Plan(parts=parts, broken=broken)


def _read_warc(stream: object, part: Part, name: str) -> Iterator[Page | Broken | Skipped]:
    records = ArchiveIterator(stream)
    where = f"{name}@{part.offset}"
    try:
        for _index, record in zip(range(part.count), records, strict=False):
            # The reader's offset is where this record starts (get_record_offset would consume it).
            where = f"{name}@{records.offset}"
            yield _warc_page(record, where)
    except _READ_ERRORS as exc:
        yield Broken(where=where, message=_damaged(exc, None))


def _warc_page(record: object, where: str) -> Page | Broken | Skipped:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    if rec_type not in ("response", "resource"):
        return Skipped(where=where)
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    headers = record.http_headers if rec_type == "response" else record.rec_headers  # type: ignore[attr-defined]
    if headers is None:
        return Broken(where=where, url=url, message="response has no HTTP headers")
    if rec_type == "response" and headers.get_statuscode() != "200":
        return Skipped(where=where)  # redirects and errors carry no article
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in _PAGE_TYPES:
        return Skipped(where=where)
    try:
        payload = record.content_stream().read(MAX_FILE_BYTES + 1)  # type: ignore[attr-defined]
    except _READ_ERRORS as exc:
        return Broken(where=where, url=url, message=f"payload cannot be read ({type(exc).__name__})")
    return _page(payload, where, url, html=content_type != "text/plain")


def _damaged(exc: Exception, count: int | None) -> str:
    after = f" after {count} records" if count is not None else ""
    return f"the archive is damaged{after} ({type(exc).__name__}); the rest of the file cannot be read"


def _page(payload: bytes, where: str, url: str | None, html: bool) -> Page | Broken:
    if len(payload) > MAX_FILE_BYTES:
        return Broken(where=where, url=url, message=f"is over {MAX_FILE_BYTES // 1_048_576} MB")
    if not payload.strip():
        return Broken(where=where, url=url, message="is empty")
    try:
        body = decode(payload)
    except DocumentError as exc:
        return Broken(where=where, url=url, message=str(exc))
    return Page(where=where, url=url, html=body) if html else Page(where=where, url=url, text=body)


# JSON lines ----------------------------------------------------------------------------------


def _plan_jsonl(stream: object, path: str, part_size: int) -> Plan:
    parts: list[Part] = []
    offset = 0
    for count, line in enumerate(stream):  # type: ignore[call-overload]
        if count % part_size == 0:
            parts.append(Part(path=path, kind="jsonl", offset=offset, first=count, count=0))
        parts[-1].count += 1
        offset += len(line)
    return Plan(parts=parts)


def _read_jsonl(stream: object, part: Part, name: str) -> Iterator[Page | Broken | Skipped]:
    for index in range(part.first, part.first + part.count):
        line: bytes = stream.readline(MAX_FILE_BYTES + 1)  # type: ignore[attr-defined]
        where = f"{name}:{index + 1}"
        if len(line) > MAX_FILE_BYTES:
            stream.readline()  # type: ignore[attr-defined]  # the rest of the oversized line
            yield Broken(where=where, message=f"line is over {MAX_FILE_BYTES // 1_048_576} MB")
        elif not line.strip():
            yield Skipped(where=where)
        else:
            yield _json_page(line, where)


def _json_page(line: bytes, where: str) -> Page | Broken:
    try:
        raw = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Broken(where=where, message=f"is not valid JSON ({exc.__class__.__name__})")
    url = raw.get("url") if isinstance(raw, dict) and isinstance(raw.get("url"), str) else None
    try:
        article = JsonArticle.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        return Broken(where=where, url=url, message=f"{field + ': ' if field else ''}{message}")
    return Page(
        where=where,
        url=article.url,
        title=article.title,
        date=article.date,
        html=article.html,
        text=article.text,
    )
