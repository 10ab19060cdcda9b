"""A news page saved as PDF from the browser gives the same facts as the article's plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import Extraction, extract_bytes

from .printed_pages import DATE, FILLER, PARAGRAPHS, TITLE, news_page, plain_text, print_to_pdf

pytestmark = pytest.mark.browser


def facts_of(result: Extraction) -> list[tuple]:
    return [
        (f.metric, f.kind, f.value, f.unit, f.year, f.period, f.scope, f.from_, f.to, f.qualifier)
        for f in result.facts
    ]


LONG = PARAGRAPHS[:3] + FILLER * 3 + PARAGRAPHS[3:] + FILLER * 2
# layout: paragraphs, byline date, columns, soft hyphens, site named before the headline, printer margins
LAYOUTS = {
    "one column": (PARAGRAPHS, "14 March 2025, 09:30", "single", False, False, True),
    "sidebar beside the article": (PARAGRAPHS, "March 14, 2025", "sidebar", False, False, True),
    "justified, soft hyphens": (PARAGRAPHS, "14.03.2025 09:30", "single", True, False, True),
    "three sheets long": (LONG, "2025-03-14", "single", False, False, True),
    "sidebar, three sheets": (LONG, "14 March 2025", "sidebar", True, False, True),
    "no printer margins, site first": (LONG, "14 March 2025", "single", False, True, False),
}


@pytest.mark.parametrize(
    "paragraphs,byline,layout,soft,site_first,margins", list(LAYOUTS.values()), ids=list(LAYOUTS)
)
def test_printed_page_gives_the_facts_of_its_text(
    tmp_path: Path,
    paragraphs: list[str],
    byline: str,
    layout: str,
    soft: bool,
    site_first: bool,
    margins: bool,
) -> None:
    text = extract_bytes(plain_text(paragraphs).encode(), "article.txt")
    page = news_page(paragraphs, byline, layout, soft, site_first)
    pdf = extract_bytes(print_to_pdf(page, tmp_path, margins), "article.pdf")
    assert pdf.error is None
    assert facts_of(pdf) == facts_of(text) and len(text.facts) >= 4
    assert [a.count for a in pdf.agreements] == [a.count for a in text.agreements]
    assert pdf.title == TITLE
    # The printer's stamp is today's date; the article's is in its byline.
    assert str(pdf.date) == DATE
    assert pdf.countries == text.countries == ["GEO", "UZB"]
    assert pdf.outlet == "Example News"
    for furniture in ("cookies", "USD/TRY", "Most read", "Chile", "Czech", "Subscribe", "Share:", "file://"):
        assert furniture not in pdf.text
    # Paragraphs come back whole: every sentence of the article is in the PDF's text.
    for paragraph in paragraphs:
        assert paragraph.replace("--", "-") in pdf.text.replace("--", "-")


HYPHEN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>p {{ font-size: 17px; }} .narrow {{ width: {width}ch; }}</style></head><body>
<h1>{title}</h1><p>By our correspondent · 14 March 2025</p><p>{opening}</p>
<p class="narrow">{narrow}</p><p>The talks will go on in Tashkent in the autumn, the ministers said.</p>
</body></html>"""


@pytest.mark.parametrize(
    "word,printed,broken_at",
    [
        ("freight-forwarding", "freight-forwarding", "freight-"),
        ("non-oil", "non-oil", "non-"),
        ("containerisation", "contain\u00aderisation", "contain\u2010"),
        ("intergovernmental", "inter\u00adgovernmental", "inter\u2010"),
    ],
    ids=["compound", "prefix", "soft hyphen", "soft hyphen after a prefix"],
)
def test_a_word_broken_at_a_line_end_comes_back_whole(
    tmp_path: Path, word: str, printed: str, broken_at: str
) -> None:
    """A compound broken at its hyphen keeps it; a word broken at a soft hyphen is joined again."""
    from extract.pdflayout import read_pdf

    # A column a little wider than the word's first part, so that every line breaks inside it.
    narrow = " ".join(f"{n} {printed}" for n in range(1, 13))
    width = len(broken_at) + 2
    page = HYPHEN_PAGE.format(title=TITLE, opening=PARAGRAPHS[0], narrow=narrow, width=width)
    data = print_to_pdf(page, tmp_path)
    lines = [line.text for lines in read_pdf(data).pages for line in lines]
    assert any(line.endswith(broken_at) for line in lines), "the column must break the word"
    text = extract_bytes(data, "a.pdf").text
    assert text.count(word) == 12


def test_a_glyph_without_unicode_does_not_shift_the_lines_after_it(tmp_path: Path) -> None:
    """A CJK fallback glyph PDFium cannot map is left out of the text, and the lines after it keep
    their own positions: the figures later in the article are still read."""
    paragraphs = [
        PARAGRAPHS[0],
        "The ministers cited the Industrial Innovation Act (產業創新條例) and the customs code of "
        "the two countries as examples of rules that investors follow closely.",
        *PARAGRAPHS[1:],
    ]
    text = extract_bytes(plain_text(paragraphs).encode(), "article.txt")
    pdf = extract_bytes(print_to_pdf(news_page(paragraphs, "14 March 2025"), tmp_path), "article.pdf")
    assert facts_of(pdf) == facts_of(text) and len(text.facts) >= 4
    for paragraph in paragraphs[2:]:
        assert paragraph.replace("--", "-") in pdf.text.replace("--", "-")
