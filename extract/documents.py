"""Documents to text: .txt/.md in any common encoding, .html, .pdf and .docx.

Every failure is a `DocumentError` whose message is one line a person can act on.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .dates import find_date, parse_date
from .text import normalise, strip_furniture

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

# trafilatura and pypdf log their own complaints about bad input; our message says it once.
for _name in ("trafilatura", "htmldate", "pypdf", "courlan", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


class DocumentError(ValueError):
    """A document that cannot be turned into article text; the message says why."""


@dataclass(frozen=True)
class Document:
    """An article's text and what the file says about it."""

    text: str
    title: str | None
    date: dt.date | None
    source: str
    url: str | None = None
    outlet: str | None = None


def read_path(path: str | Path) -> Document:
    """Read a file from disk into a Document (raises DocumentError)."""
    path = Path(path)
    if path.is_dir():
        raise DocumentError("is a directory, not a file")
    if not path.exists():
        raise DocumentError("no such file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(_too_large(size))
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> Document:
    """Turn a file's bytes into a Document; the format comes from the name, checked against the bytes."""
    if not data.strip():
        raise DocumentError("is empty")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(_too_large(len(data)))
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf" or (suffix not in SUFFIXES and data.startswith(b"%PDF")):
        title, date, text = _pdf(data)
    elif suffix == ".docx":
        title, date, text = _docx(data)
    elif suffix in (".html", ".htm") or (suffix not in SUFFIXES and _looks_html(data)):
        title, date, text = _html(data)
    else:
        title, date, text = _plain(data, markdown=suffix == ".md")
    text = normalise(text)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(f"holds {len(text):,} characters of text; the limit is {MAX_TEXT_CHARS:,}")
    if len(text.split()) < 3:
        raise DocumentError("holds no readable article text")
    title = normalise(title) if title else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    title = title or _first_line(text)
    return Document(text=text, title=title or None, date=date or find_date(text), source=name)


def _too_large(size: int) -> str:
    return f"is {size / 1_048_576:.1f} MB; the limit is {MAX_FILE_BYTES // 1_048_576} MB"


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def decode(data: bytes) -> str:
    """Bytes to str: BOMs first, then UTF-8, then a detected legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM shows as every other byte zero in ASCII-heavy text.
        zeros_even = data[0:4096:2].count(0)
        zeros_odd = data[1:4096:2].count(0)
        if max(zeros_even, zeros_odd) > len(data[:4096]) // 4:
            return data.decode("utf-16-be" if zeros_even > zeros_odd else "utf-16-le", errors="replace")
        raise DocumentError("is a binary file, not text")
    return _decode_legacy(data)


# DOS code pages win charset detection on short Latin texts, but news files are not in them.
_DOS_CODE_PAGE = re.compile(r"^cp(?:[4-9]\d\d|10\d\d|775)$")
_TURKISH_IN_CP1252 = re.compile("[ÐÝÞðýþ]")


def _decode_legacy(data: bytes) -> str:
    guesses = [m.encoding for m in from_bytes(data[:200_000])]
    plausible = [g for g in guesses if not _DOS_CODE_PAGE.match(g)]
    if guesses and not plausible and not guesses[0].startswith("cp"):
        raise DocumentError("is not text in any encoding we recognise")
    guess = plausible[0] if plausible else "cp1252"
    if guess.startswith(("cp125", "iso8859", "latin", "mac_roman")) and guess not in _NON_LATIN:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode(guess, errors="replace")
        # Windows-1254 (Turkish) differs from 1252 only where 1252 has these rare letters.
        return data.decode("cp1254", errors="replace") if _TURKISH_IN_CP1252.search(text) else text
    return data.decode(guess, errors="replace")


_NON_LATIN = {"cp1251", "cp1253", "cp1255", "cp1256", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8"}


def _plain(data: bytes, markdown: bool) -> tuple[str | None, dt.date | None, str]:
    text = decode(data)
    if _binary_share(text) > 0.05:
        raise DocumentError("is a binary file, not text")
    if markdown:
        text = _strip_markdown(text)
    text = strip_furniture(normalise(text))
    return None, None, text


def _binary_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return odd / len(sample)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def _strip_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_MARKS.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _html(data: bytes) -> tuple[str | None, dt.date | None, str]:
    import trafilatura  # slow to import; only HTML needs it

    try:
        extracted = trafilatura.bare_extraction(
            decode(data), with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many types on malformed markup
        raise DocumentError(f"HTML could not be parsed ({type(exc).__name__})") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    # trafilatura falls back to any text it finds, menus included; an article has sentences.
    if not text or len(text.split()) < 10 or not re.search(r"\w[.!?]", text):
        raise DocumentError("HTML holds no article text (only navigation or scripts)")
    title = getattr(extracted, "title", None)
    date = parse_date(str(getattr(extracted, "date", "") or ""))
    return title, date, text


def _pdf(data: bytes) -> tuple[str | None, dt.date | None, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError("is not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("is a password-protected PDF; remove the password and upload again")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise DocumentError(f"is a damaged or unreadable PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf surfaces crypto and stream errors of many types
        raise DocumentError(f"is an unreadable PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if len(text.split()) < 3:
        raise DocumentError("PDF has no text layer (a scanned image?); OCR it first")
    # A PDF's creation date is when it was printed or saved, not when the article came out;
    # the date comes from the text instead.
    title = (meta.title if meta else None) or None
    return title, None, text


def _docx(data: bytes) -> tuple[str | None, dt.date | None, str]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"is not a valid .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # python-docx raises package errors of several types
        raise DocumentError(f"is not a readable .docx file ({type(exc).__name__})") from None
    text = "\n\n".join(p.text for p in document.paragraphs if p.text.strip())
    # As with PDFs, the file's "created" stamp says nothing about publication.
    return document.core_properties.title or None, None, text


def _first_line(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 300 else line[:297].rstrip() + "..."
    return None
