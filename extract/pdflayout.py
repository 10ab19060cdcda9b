"""A PDF's text layer as paragraphs: lines with their place and size, reflowed, the print furniture gone.

A browser's "Save as PDF" of a news page hard-wraps every line, draws the page's date, title and
address in the margins, and keeps the site's menus and boxes. This module rebuilds paragraphs from
the lines' geometry and finds the headline, so that the caller can keep the article and drop the rest.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

# What a printer writes in the margins: the page's address, a date-and-time stamp, page numbers.
_URL_LINE = re.compile(r"^(?:file|https?)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$")
_PRINT_STAMP = re.compile(
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b", re.IGNORECASE
)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;\"')\]]$")
_HYPHENS = ("-", "\u2010", "\u00ad")
_WORD_START = re.compile(r"^([A-Za-z]+)")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Line-end hyphens after these stay: they join words ("non-oil", "co-operation", "year-on-year").
_KEEP_HYPHEN_AFTER = frozenset(
    {"non", "co", "ex", "self", "anti", "pre", "post", "multi", "inter", "cross", "semi", "sub", "mid"}
    | {"pro", "quasi", "well", "state", "year", "month", "day"}
)
_KEEP_HYPHEN_BEFORE = frozenset({"on", "to", "and", "of", "in", "by", "the", "for", "a"})


@dataclass
class Line:
    """One visual line of text: where it sits on its page and how big its type is."""

    text: str
    page: int
    x: float
    top: float
    size: float
    right: float = 0.0
    link: float = 0.0  # share of the line's width covered by hyperlinks


@dataclass
class Block:
    """A paragraph rebuilt from consecutive lines of one size."""

    lines: list[Line] = field(default_factory=list)
    # Browsers mark their own line-end hyphenation apart (U+2010), so a "-" they print is a word's.
    keep_hyphens: bool = False
    # The document's words, hyphenated ones too: "one-" "man" stays "one-man" if the text says so.
    words: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return _join_lines([line.text for line in self.lines], self.keep_hyphens, self.words)

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def link(self) -> float:
        chars = sum(len(line.text) for line in self.lines) or 1
        return sum(line.link * len(line.text) for line in self.lines) / chars


class PdfError(ValueError):
    """A PDF that cannot be opened: damaged, or locked with a password (`locked`)."""

    def __init__(self, message: str, locked: bool = False) -> None:
        super().__init__(message)
        self.locked = locked


@dataclass(frozen=True)
class PdfPages:
    """Each page's lines, and the title and producer the file names."""

    pages: list[list[Line]]
    title: str | None
    producer: str


def read_pdf(data: bytes) -> PdfPages:
    """The text lines of every page, read with PDFium (Chromium's own PDF engine, in C++: pure
    Python readers take 10 to 20 s per MB of a browser's PDF). PDFium also honours the marks that
    say a glyph is "actually" a soft hyphen, so hyphenated words come out whole."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfError(str(exc), locked="password" in str(exc).lower()) from None
    try:
        meta = document.get_metadata_dict(skip_empty=True)
        pages = []
        for number in range(len(document)):
            page = document[number]
            try:
                pages.append(_page_lines(page, number))
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        raise PdfError(str(exc)) from None
    finally:
        document.close()
    producer = f"{meta.get('Producer', '')} {meta.get('Creator', '')}"
    return PdfPages(pages, meta.get("Title") or None, producer)


# PDFium ends a line with U+FFFE where a word was hyphenated over the line break and joins the two
# lines; they are split again here, hyphen kept, so that the reflow decides like any other.
_TEXT_LINE = re.compile(r"[^\r\n\ufffe]+\ufffe?")


def _page_lines(page: Any, number: int) -> list[Line]:
    """The page's lines as PDFium sees them, in drawing order (a browser draws in reading order)."""
    import ctypes

    import pypdfium2.raw as raw

    height = page.get_height()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        units = None
        if len(text) != count:
            units = _utf16_offsets(text)
            if sum(2 if ord(char) > 0xFFFF else 1 for char in text) != count:
                # A glyph with no Unicode (a CJK fallback font's) is counted but left out of the text:
                # read the characters one by one so that every offset still finds its own character.
                text, units = _char_by_char(raw, textpage, count)
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        lines = []
        for match in _TEXT_LINE.finditer(text):
            chunk = match.group(0).replace("\ufffe", "-")
            first = match.start() + len(chunk) - len(chunk.lstrip())
            last = match.start() + len(chunk.rstrip()) - 1
            if last < first:
                continue
            first_unit, last_unit = (units[first], units[last]) if units else (first, last)
            raw.FPDFText_GetCharOrigin(textpage, first_unit, origin_x, origin_y)
            raw.FPDFText_GetCharBox(textpage, last_unit, left, right, bottom, top)
            size = raw.FPDFText_GetFontSize(textpage, first_unit)
            lines.append(
                Line(
                    text=" ".join(chunk.split()),
                    page=number,
                    x=origin_x.value,
                    top=height - origin_y.value,
                    size=round(size, 2),
                    right=right.value,
                )
            )
        _mark_links(raw, textpage, page, height, lines)
    finally:
        textpage.close()
    return lines


def _char_by_char(raw: Any, textpage: Any, count: int) -> tuple[str, list[int]]:
    """The page's text and each character's index, skipping characters PDFium cannot map."""
    chars: list[str] = []
    units: list[int] = []
    index = 0
    while index < count:
        code = raw.FPDFText_GetUnicode(textpage, index)
        if 0xD800 <= code < 0xDC00 and index + 1 < count:
            low = raw.FPDFText_GetUnicode(textpage, index + 1)
            chars.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
            units.append(index)
            index += 2
            continue
        if code:
            chars.append(chr(code))
            units.append(index)
        index += 1
    return "".join(chars), units


def _utf16_offsets(text: str) -> list[int]:
    """PDFium counts characters in UTF-16 units: where each of `text`'s characters starts."""
    offsets, unit = [], 0
    for char in text:
        offsets.append(unit)
        unit += 2 if ord(char) > 0xFFFF else 1
    return offsets


def _mark_links(raw: Any, textpage: Any, page: Any, height: float, lines: list[Line]) -> None:
    import ctypes

    rects = []
    position = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    while raw.FPDFLink_Enumerate(page, ctypes.byref(position), ctypes.byref(link)):
        if raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            x0, x1 = sorted((rect.left, rect.right))
            y0, y1 = sorted((rect.bottom, rect.top))
            rects.append((x0, height - y1, x1, height - y0))
    if not rects:
        return
    for line in lines:
        width = max(1.0, line.right - line.x)
        covered = sum(
            min(x1, line.right) - max(x0, line.x)
            for x0, top, x1, bottom in rects
            if top - 2 <= line.top <= bottom + 2 and x1 > line.x and x0 < line.right
        )
        line.link = min(1.0, covered / width)


def drop_print_furniture(pages: list[list[Line]]) -> tuple[list[list[Line]], str | None]:
    """Remove what a printer adds in the margins (date stamp, title, address, page numbers) and
    lines repeated at the top or bottom of every page; also return the page address, if printed."""
    address = None
    repeated: set[str] = set()
    if len(pages) > 1:
        counts: dict[str, int] = {}
        for lines in pages:
            for line in {_shape(line.text) for line in lines[:3] + lines[-3:]}:
                counts[line] = counts.get(line, 0) + 1
        repeated = {shape for shape, n in counts.items() if n >= max(2, len(pages) * 0.6)}
    kept = []
    for lines in pages:
        edge = {id(line) for line in lines[:3] + lines[-3:]}
        out = []
        for line in lines:
            if id(line) in edge:
                if _URL_LINE.match(line.text):
                    address = address or line.text.split()[0]
                    continue
                if _PRINT_STAMP.match(line.text) or _PAGE_NUMBER.match(line.text):
                    continue
                if _shape(line.text) in repeated:
                    continue
            out.append(line)
        kept.append(out)
    return kept, address


def _shape(text: str) -> str:
    return re.sub(r"\d+", "0", text.lower())


def reflow(pages: list[list[Line]], keep_hyphens: bool = False) -> list[Block]:
    """Join lines into paragraphs: a new paragraph starts at a wider gap, another type size, an
    indent, a jump back up the page (a new column), or after a short line ending a sentence."""
    pitches = _line_pitches(pages)
    words = frozenset(w.lower() for lines in pages for line in lines for w in _WORDS.findall(line.text))
    blocks: list[Block] = []
    for lines in pages:
        for line in lines:
            last = blocks[-1].lines[-1] if blocks else None
            if last is None or _breaks(last, line, blocks[-1], pitches):
                blocks.append(Block([line], keep_hyphens, words))
            else:
                blocks[-1].lines.append(line)
    return blocks


def _line_pitches(pages: list[list[Line]]) -> dict[float, float]:
    """The usual distance between lines of one paragraph, per type size (its lower quartile)."""
    seen: dict[float, list[float]] = {}
    for lines in pages:
        for above, below in itertools.pairwise(lines):
            pitch = below.top - above.top
            if abs(above.size - below.size) < 0.5 and 0.8 * above.size <= pitch <= 3 * above.size:
                seen.setdefault(round(above.size), []).append(pitch)
    return {size: sorted(values)[len(values) // 4] for size, values in seen.items()}


def _breaks(last: Line, line: Line, block: Block, pitches: dict[float, float]) -> bool:
    if abs(last.size - line.size) >= 0.5 or abs(last.link - line.link) > 0.5:
        return True
    if line.page != last.page:
        # A paragraph goes on over a page break unless the last page ended a sentence.
        return bool(_SENTENCE_END.search(last.text)) and not line.text[:1].islower()
    pitch = line.top - last.top
    usual = pitches.get(round(line.size), 1.25 * line.size)
    if pitch <= 0.3 * line.size or pitch > 1.3 * usual:
        return True
    if line.x > last.x + line.size and len(block.lines) > 1:
        return True
    if line.x < last.x - line.size and len(block.lines) > 1:
        return True
    widest = max(len(other.text) for other in block.lines)
    return (
        len(block.lines) > 1
        and bool(_SENTENCE_END.search(last.text))
        and len(last.text) < 0.7 * widest
        and not line.text[:1].islower()
    )


def _join_lines(texts: list[str], keep_hyphens: bool = False, words: frozenset[str] = frozenset()) -> str:
    """Lines of one paragraph as one line: a word broken at a line's end is joined again."""
    out = ""
    for text in texts:
        if not out:
            out = text
            continue
        start = _WORD_START.match(text)
        left = _LAST_WORD.search(out[:-1].rstrip()) if out.endswith(_HYPHENS) else None
        if start and left:
            # A browser draws its own hyphenation as U+2010; a "-" it prints belongs to the word.
            if keep_hyphens:
                drop = out[-1] != "-" and f"{left.group(0)}-{start.group(1)}".lower() not in words
            else:
                drop = _decide_hyphen(left.group(0), start.group(1), words)
            joint = "" if drop else "-"
            out = out[:-1].rstrip() + joint + text
        elif out.endswith(("-", "/")) and out[-2:-1].isalnum() and text[:1].isalnum():
            out = out + text  # "2023-" "24", "USD/" "TRY"
        else:
            out = out + " " + text
    return out


def _decide_hyphen(left: str, right: str, words: frozenset[str]) -> bool:
    """Whether to drop a line-end hyphen: the article's own spelling decides, else the guess."""
    if f"{left}-{right}".lower() in words:
        return False
    if f"{left}{right}".lower() in words:
        return True
    return _drop_hyphen(left, right)


def _drop_hyphen(left: str, right: str) -> bool:
    """Whether a hyphen at a line's end only split a word ("invest-" "ment"), not joined two."""
    return (
        right[0].islower()
        and not left.isupper()
        and left.lower() not in _KEEP_HYPHEN_AFTER
        and right not in _KEEP_HYPHEN_BEFORE
    )


def headline_index(blocks: list[Block], title: str | None) -> int | None:
    """The block that is the article's headline: the one the PDF's title names, else the largest
    type of the first page when it stands out from the body text."""
    if not blocks:
        return None
    first_page = blocks[0].lines[0].page
    candidates = [i for i, b in enumerate(blocks) if b.lines[0].page <= first_page + 1]
    if title:
        wanted = _words(title)
        for i in candidates:
            words = _words(blocks[i].text)
            if (
                len(words) >= 3
                and words <= wanted | _words(title.split("|")[0])
                and len(words) >= 0.5 * len(wanted)
            ):
                return i
    body = _body_size(blocks)
    best = max(candidates, key=lambda i: blocks[i].size)
    if blocks[best].size >= 1.3 * body and len(blocks[best].text.split()) >= 3:
        return best
    return None


def _body_size(blocks: list[Block]) -> float:
    """The type size that most of the text is set in."""
    chars: dict[float, int] = {}
    for block in blocks:
        for line in block.lines:
            chars[round(line.size, 1)] = chars.get(round(line.size, 1), 0) + len(line.text)
    return max(chars, key=lambda size: chars[size]) if chars else 0.0


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@dataclass(frozen=True)
class PdfArticle:
    """What a printed page gives: the article's paragraphs, its headline, the text around the
    headline (where bylines and dates sit) and the page's address if the printer wrote it."""

    text: str
    headline: str | None
    byline: str
    address: str | None


def pdf_article(pages: list[list[Line]], title: str | None, browser: bool = False) -> PdfArticle:
    """The article of a printed page: from its headline on, link lists and furniture sections
    dropped, paragraphs reflowed (`browser`: printed by a web browser)."""
    pages, address = drop_print_furniture(pages)
    blocks = reflow(pages, keep_hyphens=browser)
    start = headline_index(blocks, title)
    headline = None
    byline = ""
    if start is not None:
        headline = blocks[start].text
        byline = "\n".join(b.text for b in blocks[max(0, start - 3) : start + 6])
        # Menus, tickers and cookie notices come before the headline on a printed page.
        blocks = blocks[start:]
    return PdfArticle("\n\n".join(_article_blocks(blocks)), headline, byline, address)


def _article_blocks(blocks: list[Block]) -> list[str]:
    """The article's paragraphs: lists of links dropped wherever they sit, and a furniture section
    ("Most read", "Related articles") skipped up to where the article goes on, on a later page, in
    its own type, mid-sentence (a sidebar printed beside the article's first page)."""
    from .text import is_furniture_heading

    if not blocks:
        return []
    body = _body_size(blocks)
    column = min((b.lines[0].x for b in blocks if abs(b.size - body) < 0.5), default=0.0)
    out = [blocks[0].text]
    out_sizes = [blocks[0].size]
    skipping_from = None
    for block in blocks[1:]:
        text = block.text
        if skipping_from is not None:
            resumes = (
                block.lines[0].page > skipping_from
                and abs(block.size - body) < 0.5
                and abs(block.lines[0].x - column) < 2
                and block.link < 0.3
            )
            if not resumes:
                continue
            skipping_from = None
            if not _SENTENCE_END.search(out[-1]):
                out[-1] = _join_lines([out[-1], text], block.keep_hyphens, block.words)
                out_sizes[-1] = block.size
                continue
        if block.link >= 0.6:
            continue
        if len(out) >= 3 and is_furniture_heading(text):
            skipping_from = block.lines[0].page
            continue
        out.append(text)
        out_sizes.append(block.size)
    # After the article's last paragraph, smaller or larger type is the page's footer.
    while len(out) > 1 and abs(out_sizes[-1] - body) >= 0.5:
        out.pop()
        out_sizes.pop()
    return out
