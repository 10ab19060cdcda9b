"""Documents to text: .txt/.md in any common encoding, .html, .pdf and .docx.

Every failure is a `DocumentError` whose message is one line a person can act on.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .dates import find_date, parse_date
from .text import normalise, reflow, strip_furniture

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
# A .docx is a zip: its parts are checked before any is parsed, so a small file cannot expand
# into gigabytes. Real Word files compress text 3-10 times (a document of one paragraph repeated,
# some 250 times); a bomb, a thousand times.
MAX_DOCX_PART_BYTES = 32 * 1024 * 1024
MAX_DOCX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_DOCX_RATIO = 500
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

# trafilatura and pypdfium2 log their own complaints about bad input; our message says it once.
for _name in ("trafilatura", "htmldate", "pypdfium2", "courlan", "charset_normalizer"):
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
    """Read a file from disk into a Document (raises DocumentError).

    Only regular files are read, and never more than the size limit: a device, pipe or socket
    (or a link to one) is refused at once instead of being read forever."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except OSError as exc:
        raise DocumentError(f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(f"is {_file_kind(info.st_mode)}, not a regular file; only files can be read")
    if info.st_size > MAX_FILE_BYTES:
        raise DocumentError(too_large(info.st_size))
    try:
        # O_NONBLOCK: a pipe swapped in after the check above must not block the open.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DocumentError("is not a regular file; only files can be read")
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DocumentError(f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, path.name)


def _file_kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_bytes(data: bytes, name: str) -> Document:
    """Turn a file's bytes into a Document; the format comes from the name, checked against the bytes."""
    if not data.strip():
        raise DocumentError("is empty")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(too_large(len(data)))
    suffix = Path(name).suffix.lower()
    kind = _sniff(data)
    if kind and suffix in SUFFIXES and (kind, suffix) not in (("pdf", ".pdf"), ("docx", ".docx")):
        label = {"pdf": "a PDF", "docx": "a Word (.docx) file", "zip": "a zip archive"}[kind]
        raise DocumentError(
            f"is {label} although its name ends in {suffix}; give it the right extension and try again"
        )
    url = outlet = None
    if suffix == ".pdf" or (suffix not in SUFFIXES and kind == "pdf"):
        title, date, text, url, outlet = _pdf(data)
    elif suffix == ".docx" or (suffix not in SUFFIXES and kind == "docx"):
        title, date, text = _docx(data)
    elif suffix in (".html", ".htm") or (suffix not in SUFFIXES and _looks_html(data)):
        title, date, text, url, outlet = _html(data)
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
    return Document(
        text=text, title=title or None, date=date or find_date(text), source=name, url=url, outlet=outlet
    )


def too_large(size: int, limit: int = MAX_FILE_BYTES) -> str:
    """ "is 10.4 MB; the limit is 10 MB", never a size that reads as the limit itself."""
    mib = 1_048_576
    shown = f"{size / mib:.1f}"
    if float(shown) * mib <= limit:
        return f"is {size:,} bytes; the limit is {limit / mib:g} MB ({limit:,} bytes)"
    return f"is {shown} MB; the limit is {limit / mib:g} MB"


def _sniff(data: bytes) -> str | None:
    """What the bytes are when they say so themselves: "pdf", "docx", another "zip", or None."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:  # the archive's directory (at its end) names its parts without unpacking any
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, ValueError, OSError):
            return None
        return "docx" if "word/document.xml" in names else "zip"
    return None


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
    text = strip_furniture(reflow(normalise(text)))
    return None, None, text


def _binary_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return odd / len(sample)


# Markdown to plain text in linear time: every pattern is anchored to a line or bounded, so no
# input ("**a " repeated, a run of "[") can make it backtrack over the whole text. (markdown-it-py
# is linear too, but takes about 5 s per MB on such inputs.)
_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,1000})\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\[[^\[\]\n]{0,200}\]")
_MD_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S+.*$", re.M)
_MD_MARKS = re.compile(r"^ {0,3}(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+)", re.M)
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.M)
# Emphasis and code marks: a run of * _ ~ or ` that opens before a word or closes after one.
_MD_EMPHASIS = re.compile(
    r"(?<![\w*_~`])(?:\*{1,3}|_{1,3}|~~|`+)(?=[^\s*_~`])|(?<=[^\s*_~`])(?:\*{1,3}|_{1,3}|~~|`+)(?![\w*_~`])"
)
_MD_BLOCK_START = re.compile(r"^ {0,3}(?:#{1,6}[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\||```|~~~)")
_MD_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M)


def _strip_markdown(text: str) -> str:
    """Plain text of a Markdown file: links keep their words, marks go, paragraphs join their lines."""
    text = _reflow_markdown(text)
    text = _MD_REF_DEFINITION.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_MARKS.sub("", text)
    text = _MD_CLOSING_HASHES.sub("", text)
    return _MD_EMPHASIS.sub("", text)


def _reflow_markdown(text: str) -> str:
    """Join a paragraph's wrapped lines, as Markdown means them; headings, list items, quotes and
    tables keep their own lines."""
    out: list[str] = []
    joinable = False
    for line in text.split("\n"):
        starts_block = not line.strip() or bool(_MD_BLOCK_START.match(line))
        if joinable and not starts_block:
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        out.append(line)
        joinable = bool(line.strip()) and not line.lstrip().startswith(("#", "|", "```", "~~~"))
    return "\n".join(out)


def _html(data: bytes) -> tuple[str | None, dt.date | None, str, str | None, str | None]:
    import trafilatura  # slow to import; only HTML needs it

    try:
        extracted = trafilatura.bare_extraction(
            _drop_scripts(decode(data)), with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many types on malformed markup
        raise DocumentError(f"HTML could not be parsed ({type(exc).__name__})") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    # trafilatura falls back to any text it finds, menus included; an article has sentences.
    if not text or len(text.split()) < 10 or not re.search(r"\w[.!?]", text):
        raise DocumentError("HTML holds no article text (only navigation or scripts)")
    title = getattr(extracted, "title", None)
    date = parse_date(str(getattr(extracted, "date", "") or ""))
    url = getattr(extracted, "url", None) or None
    url = url if url and re.match(r"https?://", url) else None
    outlet = getattr(extracted, "sitename", None) or None
    return title, date, strip_furniture(normalise(text)), url, outlet


_SCRIPT_OPEN = re.compile(r"<(script|style|noscript|template)\b", re.IGNORECASE)


def _drop_scripts(markup: str) -> str:
    """Cut <script>, <style>, <noscript> and <template> elements in one pass before parsing: a page
    of megabytes of scripts must not cost the parser's time. Linear: each search starts where the
    last one ended."""
    out: list[str] = []
    position = 0
    lower = None
    while True:
        match = _SCRIPT_OPEN.search(markup, position)
        if match is None:
            break
        out.append(markup[position : match.start()])
        if lower is None:
            lower = markup.lower()
        close = lower.find(f"</{match.group(1).lower()}", match.end())
        if close == -1:
            position = len(markup)
            break
        end = lower.find(">", close)
        position = len(markup) if end == -1 else end + 1
    out.append(markup[position:])
    return "".join(out)


def _pdf(data: bytes) -> tuple[str | None, dt.date | None, str, str | None, str | None]:
    from .pdflayout import PdfError, pdf_article, read_pdf

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError("is not a PDF (no %PDF header)")
    try:
        read = read_pdf(data)
    except PdfError as exc:
        if exc.locked:
            raise DocumentError("is a password-protected PDF; remove the password and upload again") from None
        raise DocumentError(f"is a damaged or unreadable PDF ({exc})") from None
    meta_title = read.title
    article = pdf_article(
        read.pages, meta_title, browser=bool(re.search(r"Skia|Chrom|Mozilla|WebKit", read.producer))
    )
    if len(article.text.split()) < 3:
        raise DocumentError("PDF has no text layer (a scanned image?); OCR it first")
    # A PDF's creation date is when it was printed or saved, not when the article came out;
    # the date comes from the byline around the headline, else from the text.
    date = _byline_date(article.byline)
    outlet = _site_name(meta_title, article.headline)
    title = article.headline or meta_title or None
    url = article.address if article.address and article.address.startswith("http") else None
    text = article.text
    if article.headline:
        # After the headline, a furniture heading anywhere but the first paragraphs ends the article.
        second = text.find("\n\n", len(article.headline) + 2)
        return title, date, strip_furniture(normalise(text), max(second, 0)), url, outlet
    return title, date, strip_furniture(normalise(text)), url, outlet


def _site_name(page_title: str | None, headline: str | None) -> str | None:
    """The site in a printed page's title: "Headline | Site", "Site - Headline"."""
    if not page_title:
        return None
    if headline and normalise(headline) in normalise(page_title):
        rest = normalise(page_title).replace(normalise(headline), " ")
    elif " | " in page_title:
        rest = page_title.rpartition(" | ")[2]
    else:
        return None
    rest = rest.strip(" |-:·")
    return rest if 0 < len(rest) <= 60 and "|" not in rest else None


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")


def _byline_date(text: str) -> dt.date | None:
    """A date near the headline: "11 May 2022, 10:24", "May 11, 2022", "2022-05-11" or "11.05.2022"."""
    found = find_date(text)
    if found:
        return found
    match = _NUMERIC_DATE.search(text)
    if match:
        try:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            return None
    return None


def _docx(data: bytes) -> tuple[str | None, dt.date | None, str]:
    import docx

    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        has_core = "docProps/core.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"is not a valid .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # python-docx raises package errors of several types
        raise DocumentError(f"is not a readable .docx file ({type(exc).__name__})") from None
    paragraphs, texts, length = [], [], 0
    for paragraph in document.paragraphs:
        text = paragraph.text  # python-docx rebuilds it with XPath on every read: read it once
        if text.strip():
            paragraphs.append(paragraph)
            texts.append(text)
            length += len(text)
            if length > MAX_TEXT_CHARS:
                raise DocumentError(f"holds over {MAX_TEXT_CHARS:,} characters of text; that is the limit")
    # A web page pasted into Word brings its cookie notice, menus and ticker above the headline:
    # as in a printed page, the article starts at its heading (the date may sit on either side).
    # (Only the opening is looked at: python-docx resolves a paragraph's style in milliseconds.)
    found = next((i for i, p in enumerate(paragraphs[:12]) if _is_heading(p)), None)
    heading = found or 0
    date = _byline_date("\n\n".join(texts[: heading + 6])) if heading else None
    texts = texts[heading:]
    text = "\n\n".join(texts)
    # Without a core-properties part python-docx makes up the title "Word Document"; the first
    # heading (or line) is then the title. As with PDFs, the "created" stamp says nothing about
    # publication.
    title = document.core_properties.title if has_core else None
    if not title and found is not None:
        title = texts[0].strip()
    return title or None, date, strip_furniture(normalise(text))


def _is_heading(paragraph: object) -> bool:
    name = str(getattr(getattr(paragraph, "style", None), "name", "") or "")
    return name.startswith(("Heading", "Title"))


def _check_zip(data: bytes) -> None:
    """Refuse an archive whose parts would expand past the limits, before anything is unpacked
    into memory; sizes the archive declares are checked, then each part is inflated in chunks."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocumentError(f"is not a valid .docx file ({type(exc).__name__})") from None
    limit = f"the limits are {MAX_DOCX_PART_BYTES // 1_048_576} MB a part and {MAX_DOCX_TOTAL_BYTES // 1_048_576} MB in all"
    declared = sum(m.file_size for m in members)
    for member in members:
        if member.file_size > MAX_DOCX_PART_BYTES or declared > MAX_DOCX_TOTAL_BYTES:
            raise DocumentError(f"unpacks to {declared / 1_048_576:,.0f} MB (a zip bomb?); {limit}")
        if member.file_size > 1_048_576 and member.file_size > MAX_DOCX_RATIO * max(member.compress_size, 1):
            raise DocumentError(
                f"has a part compressed {member.file_size // max(member.compress_size, 1):,} times "
                f"(a zip bomb?); the limit is {MAX_DOCX_RATIO} times"
            )
    total = 0
    try:
        for member in members:
            # Declared sizes can lie: count what actually comes out.
            with archive.open(member) as stream:
                size = 0
                while chunk := stream.read(1 << 20):
                    size += len(chunk)
                    total += len(chunk)
                    if size > MAX_DOCX_PART_BYTES or total > MAX_DOCX_TOTAL_BYTES:
                        raise DocumentError(f"unpacks to more than it declares (a zip bomb?); {limit}")
    except DocumentError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise DocumentError(f"is not a valid .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # zlib and friends raise their own types on damaged data
        raise DocumentError(f"is not a readable .docx file ({type(exc).__name__})") from None


def _first_line(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 300 else line[:297].rstrip() + "..."
    return None
