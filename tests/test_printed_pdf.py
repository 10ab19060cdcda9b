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


LAYOUTS = {
    "one column": (PARAGRAPHS, "14 March 2025, 09:30", "single", False),
    "sidebar beside the article": (PARAGRAPHS, "March 14, 2025", "sidebar", False),
    "justified, soft hyphens": (PARAGRAPHS, "14.03.2025 09:30", "single", True),
    "three sheets long": (
        PARAGRAPHS[:3] + FILLER * 3 + PARAGRAPHS[3:] + FILLER * 2,
        "2025-03-14",
        "single",
        False,
    ),
    "sidebar, three sheets": (
        PARAGRAPHS[:3] + FILLER * 3 + PARAGRAPHS[3:] + FILLER * 2,
        "14 March 2025",
        "sidebar",
        True,
    ),
}


@pytest.mark.parametrize("paragraphs,byline,layout,soft", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_printed_page_gives_the_facts_of_its_text(
    tmp_path: Path, paragraphs: list[str], byline: str, layout: str, soft: bool
) -> None:
    text = extract_bytes(plain_text(paragraphs).encode(), "article.txt")
    pdf = extract_bytes(print_to_pdf(news_page(paragraphs, byline, layout, soft), tmp_path), "article.pdf")
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


def test_line_end_hyphens(tmp_path: Path) -> None:
    """A compound broken at its hyphen keeps it; a word broken at a soft hyphen is whole again."""
    words = (
        "The freight-forwarding office will handle non-oil cargo and the year-on-year growth of "
        "containerisation, the ministers said. "
    )
    paragraphs = [PARAGRAPHS[0], words * 12]
    for soft in (False, True):
        pdf = extract_bytes(
            print_to_pdf(news_page(paragraphs, "14 March 2025", "single", soft), tmp_path), "a.pdf"
        )
        assert pdf.text.count("freight-forwarding") == 12
        assert pdf.text.count("non-oil") == 12
        assert pdf.text.count("containerisation") == 12
