"""A PDF's text layer as paragraphs: lines with their place and size, reflowed, the print furniture gone.

A browser's "Save as PDF" of a news page hard-wraps every line, draws the page's date, title and
address in the margins, and keeps the site's menus and boxes. This module rebuilds paragraphs from
the lines' geometry and finds the headline, so that the caller can keep the article and drop the rest.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any

# pypdf hands text over in pieces with their matrices; these are the parts we keep.
_URL_LINE = re.compile(r"^(?:file|https?)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$")
_PRINT_STAMP = re.compile(
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b", re.IGNORECASE
)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;\"')\]]$")
_HYPHENATED = re.compile(r"\b([A-Za-z]+)-$")
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


# Chromium draws a soft hyphen inside a line as a space glyph marked "actually U+00AD"; pypdf
# reads the glyph, so "stra\u00adtegic" would come out as "stra tegic". Such spans are dropped.
_SOFT_HYPHEN_SPAN = re.compile(
    rb"/Span\s*<<\s*/ActualText\s*(?:<FEFF00AD>|\(\\255\))\s*>>\s*BDC\s*(?:<[0-9A-Fa-f]{0,16}>|\([^()\\]{0,8}\))\s*Tj\s*EMC",
    re.IGNORECASE,
)


def _drop_soft_hyphens(page: Any) -> None:
    from pypdf.generic import DecodedStreamObject, NameObject

    contents = page.get_contents()
    if contents is None:
        return
    data = contents.get_data()
    if b"ActualText" not in data:
        return
    cleaned = _SOFT_HYPHEN_SPAN.sub(b"", data)
    if cleaned != data:
        stream = DecodedStreamObject()
        stream.set_data(cleaned)
        page[NameObject("/Contents")] = stream


def page_lines(page: Any, number: int) -> list[Line]:
    """The page's lines in drawing order (which follows the source's reading order in browser PDFs)."""
    height = float(page.mediabox.top)
    _drop_soft_hyphens(page)
    pieces: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text or text == "\n":
            return
        # The rendering matrix is tm x cm; its translation is where the piece starts.
        a, b, c, d = (
            tm[0] * cm[0] + tm[1] * cm[2],
            tm[0] * cm[1] + tm[1] * cm[3],
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
        )
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (c * c + d * d) ** 0.5 or (a * a + b * b) ** 0.5 or 1.0
        for part in text.split("\n"):
            if part.strip():
                pieces.append((x, height - y, size * scale, part))

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    for x, top, size, text in pieces:
        last = lines[-1] if lines else None
        if last is not None and abs(top - last.top) < 0.35 * max(size, last.size) and x >= last.x:
            # A hyphen drawn on its own ends the word before it: "chan" "\u2010".
            joined = last.text.endswith(" ") or text.startswith(" ") or text in ("\u2010", "-", "\u00ad")
            glue = "" if joined else " "
            last.text = last.text + glue + text
            last.size = max(last.size, size)
        else:
            lines.append(Line(text=text, page=number, x=x, top=top, size=size))
    for line in lines:
        line.text = " ".join(line.text.split())
    _mark_links(page, height, lines)
    return [line for line in lines if line.text]


def _mark_links(page: Any, height: float, lines: list[Line]) -> None:
    rects = []
    try:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
                rects.append((min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1)))
    except (KeyError, TypeError, ValueError, AttributeError):
        return
    for line in lines:
        # Widths are estimated: half an em per character is close for proportional type.
        width = max(1.0, 0.5 * line.size * len(line.text))
        covered = sum(
            min(x1, line.x + width) - max(x0, line.x)
            for x0, top, x1, bottom in rects
            if top - 2 <= line.top <= bottom + 2 and x1 > line.x and x0 < line.x + width
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
    out = ""
    for text in texts:
        if not out:
            out = text
            continue
        hyphen = _HYPHENATED.search(out)
        start = _WORD_START.match(text)
        if out.endswith(("\u2010", "\u00ad")) and text[:1].isalpha():
            out = out[:-1].rstrip() + text  # a browser draws a soft hyphen's break as U+2010
        elif hyphen and start and _drop_hyphen(hyphen.group(1), start.group(1)):
            out = out[:-1] + text
        elif (out.endswith("-") and out[-2:-1].isalnum() and text[:1].isalnum()) or out.endswith("/"):
            out = out + text  # a compound or range split at its hyphen: "Baku-Tbilisi-" "Ceyhan"
        else:
            out = out + " " + text
    return out


def _decide_hyphen(left: str, right: str, may_drop: bool, words: frozenset[str]) -> bool:
    """Whether to drop a line-end hyphen: the article's own spelling decides, else the guess."""
    if f"{left}-{right}".lower() in words:
        return False
    if f"{left}{right}".lower() in words:
        return True
    return may_drop and _drop_hyphen(left, right)


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
    sizes = [line.size for b in blocks for line in b.lines for _ in range(len(line.text))]
    body = median(sizes) if sizes else 0
    best = max(candidates, key=lambda i: blocks[i].size)
    if blocks[best].size >= 1.3 * body and len(blocks[best].text.split()) >= 3:
        return best
    return None


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
    sizes: dict[float, int] = {}
    for block in blocks:
        sizes[round(block.size, 1)] = sizes.get(round(block.size, 1), 0) + len(block.text)
    body = max(sizes, key=lambda size: sizes[size])
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
