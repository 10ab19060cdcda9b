"""Every supported format reads to article text; every bad file gets a one-line reason."""

from __future__ import annotations

import io
import os

import pytest

from extract import DocumentError, extract_bytes, read_bytes
from extract.documents import MAX_FILE_BYTES, MAX_TEXT_CHARS

from .conftest import make_docx, make_encrypted_pdf, make_image_only_pdf, make_pdf

ARTICLE = (
    "Türkiye and Kazakhstan review trade\n"
    "Date: 2025-07-29\n\n"
    "Bilateral trade between Kazakhstan and Türkiye stands at €4 billion, officials said.\n"
)


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "iso-8859-9"],
)
def test_text_in_any_common_encoding(encoding: str) -> None:
    text = ARTICLE if encoding != "iso-8859-9" else ARTICLE.replace("€", "EUR ")
    document = read_bytes(text.encode(encoding), "article.txt")
    assert "Türkiye" in document.text
    assert document.title == "Türkiye and Kazakhstan review trade"
    assert str(document.date) == "2025-07-29"


def test_unicode_spaces_and_dashes_are_folded() -> None:
    raw = "Kazakhstan\u2013Türkiye trade\n\nTrade between Kazakhstan and Türkiye stands at $5\u202fbillion."
    result = extract_bytes(raw.encode(), "a.txt")
    assert "Kazakhstan-Türkiye" in result.text
    assert [f.value for f in result.facts] == [5e9]


def test_markdown_markup_is_dropped() -> None:
    raw = (
        "# Kazakhstan and Türkiye talks\n\n"
        "**Bilateral trade** between [Kazakhstan](https://example.org) and Türkiye reached $5 billion in 2024.\n"
    )
    document = read_bytes(raw.encode(), "a.md")
    assert document.title == "Kazakhstan and Türkiye talks"
    assert "**" not in document.text and "https" not in document.text


def test_page_furniture_after_the_article_is_cut() -> None:
    body = (
        "Kazakhstan and Türkiye talks\n\n" + "Trade between Kazakhstan and Türkiye reached $5 billion. " * 5
    )
    raw = body + "\n\nRelated articles\n\nSaudi Arabia and Yemen: trade of $9 billion with Oman.\n"
    result = extract_bytes(raw.encode(), "a.txt")
    assert "Yemen" not in result.text
    assert result.countries == ["KAZ", "TUR"]


def test_html_main_text_title_and_date() -> None:
    from .conftest import FIXTURES

    document = read_bytes((FIXTURES / "kaz-tur-forum.html").read_bytes(), "forum.html")
    assert document.title == "Kazakh and Turkish firms sign deals at Almaty business forum"
    assert str(document.date) == "2025-09-10"
    assert "Yemen" not in document.text and "Home" not in document.text
    assert "4,100 Turkish companies" in document.text


def test_pdf_text_layer() -> None:
    lines = [
        "Kazakhstan and Turkiye trade talks",
        "Bilateral trade between Kazakhstan and Turkiye reached $5 billion in 2024.",
    ]
    result = extract_bytes(make_pdf(lines), "report.pdf")
    assert result.error is None
    assert [(f.metric, f.value, f.year) for f in result.facts] == [("trade", 5e9, 2024)]


def test_docx_date_comes_from_the_text_not_the_file_stamp() -> None:
    paragraphs = [
        "Kazakhstan and Türkiye trade talks",
        "Date: 2025-07-29",
        "Trade between Kazakhstan and Türkiye reached $5 billion last year.",
    ]
    result = extract_bytes(make_docx(paragraphs), "notes.docx")
    assert str(result.date) == "2025-07-29"
    assert [(f.value, f.year) for f in result.facts] == [(5e9, 2024)]
    undated = extract_bytes(make_docx([paragraphs[0], paragraphs[2]]), "undated.docx")
    assert undated.date is None


def test_docx_paragraphs() -> None:
    paragraphs = [
        "Kazakhstan and Türkiye trade talks",
        "Some 4,000 Turkish companies operate in Kazakhstan, the ministry said.",
    ]
    result = extract_bytes(make_docx(paragraphs, title="Council notes"), "notes.docx")
    assert result.error is None
    assert result.title == "Council notes"
    assert [(f.metric, f.value, f.from_, f.to) for f in result.facts] == [("companies", 4000, "TUR", "KAZ")]


HOSTILE = {
    "empty": (b"", "a.txt", "is empty"),
    "whitespace only": (b"  \n\t \n", "a.txt", "is empty"),
    "random bytes as text": (
        os.urandom(4096).replace(b"\xff\xfe", b"ab").replace(b"\xfe\xff", b"ab").replace(b"\xef\xbb", b"ab")
        + b"\x00" * 50,
        "a.txt",
        "binary",
    ),
    "random bytes as pdf": (os.urandom(4096), "a.pdf", "not a PDF"),
    "text named pdf": (b"just some words in a file", "a.pdf", "not a PDF"),
    "truncated pdf": (make_pdf(["Trade of $5 billion"])[:200], "a.pdf", "PDF"),
    "encrypted pdf": (make_encrypted_pdf(["Trade of $5 billion"]), "a.pdf", "password-protected"),
    "image-only pdf": (make_image_only_pdf(), "a.pdf", "no text layer"),
    "broken docx": (b"PK\x03\x04 not really a zip archive", "a.docx", ".docx"),
    "html without article": (
        b"<html><body><nav>Home</nav><script>alert(1)</script></body></html>",
        "a.html",
        "no article text",
    ),
    "oversized": (b"a " * (MAX_FILE_BYTES // 2 + 10), "a.txt", "limit is 10 MB"),
    "too much text": (b"word " * (MAX_TEXT_CHARS // 5 + 10), "a.txt", "characters of text"),
}


@pytest.mark.parametrize("data,name,reason", list(HOSTILE.values()), ids=list(HOSTILE))
def test_bad_files_get_a_clear_reason(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason) as caught:
        read_bytes(data, name)
    assert "\n" not in str(caught.value)
    result = extract_bytes(data, name)
    assert result.error and reason.lower() in result.error.lower()
    assert result.facts == []


def test_text_in_another_language_gets_a_warning() -> None:
    german = "Handel zwischen Kasachstan und der Türkei\n\n" + (
        "Der Handel zwischen den beiden Ländern ist im vergangenen Jahr stark gewachsen, sagte der Minister. "
        * 5
    )
    result = extract_bytes(german.encode(), "de.txt")
    assert result.error is None
    assert any("English" in w for w in result.warnings)


def test_text_without_figures_gets_a_warning() -> None:
    result = extract_bytes(
        b"Kazakhstan and Turkey\n\nThe leaders met and discussed regional issues at length.", "a.txt"
    )
    assert result.facts == [] and any("no trade" in w for w in result.warnings)


def test_html_metadata_names_the_outlet_and_address() -> None:
    page = (
        "<!doctype html><html><head><title>Kazakhstan and Türkiye review trade</title>"
        '<meta property="og:site_name" content="Steppe Ledger">'
        '<link rel="canonical" href="https://news.example.org/kaz-tur-trade">'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        "<h1>Kazakhstan and Türkiye review trade</h1>"
        "<p>Trade between Kazakhstan and Türkiye reached $5 billion in 2024, the ministers said in Astana.</p>"
        "<p><strong>READ MORE:</strong> <a href='/x'>Chile and Peru aim for $12 billion of trade</a></p>"
        "<p>The two governments want to raise bilateral trade to $15 billion by 2030, they added on Monday.</p>"
        "</article></body></html>"
    )
    result = extract_bytes(page.encode(), "page.html")
    assert (result.outlet, result.url) == ("Steppe Ledger", "https://news.example.org/kaz-tur-trade")
    assert "Chile" not in result.text
    assert [(f.kind, f.value) for f in result.facts] == [("actual", 5e9), ("target", 15e9)]


def test_docx_of_a_pasted_web_page_starts_at_its_heading() -> None:
    """Cookie notice, menu and ticker above the headline and the related box below are dropped."""
    import docx

    article = [
        "Trade between Kazakhstan and Türkiye reached $5 billion in 2024, the ministers said.",
        "The two governments want to raise bilateral trade to $15 billion by 2030.",
    ]
    document = docx.Document()
    document.add_paragraph("We use cookies to improve your experience. Accept all | Manage settings")
    document.add_paragraph("Home World Business Markets Sport")
    document.add_paragraph("USD/TRY 32.5 EUR/USD 1.08 Brent $82.41 Gold $2,331")
    document.add_heading("Kazakhstan and Türkiye review trade", level=1)
    document.add_paragraph("By our correspondent · 29 July 2025, 10:24")
    for paragraph in article:
        document.add_paragraph(paragraph)
    for line in ("Related articles", "Chile and Peru aim for $12 billion of trade by 2028"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    result = extract_bytes(out.getvalue(), "pasted.docx")
    plain = extract_bytes(
        ("Kazakhstan and Türkiye review trade\nDate: 2025-07-29\n\n" + "\n\n".join(article)).encode(), "a.txt"
    )
    assert (result.title, str(result.date)) == ("Kazakhstan and Türkiye review trade", "2025-07-29")
    assert [(f.kind, f.value, f.year) for f in result.facts] == [
        (f.kind, f.value, f.year) for f in plain.facts
    ]
    assert len(result.facts) == 2
    for furniture in ("cookies", "USD/TRY", "Chile", "Markets"):
        assert furniture not in result.text


_SITE_PAGE = """<html><head><title>Korea keen for greener ties</title><link rel="canonical" href="{url}">
<meta property="article:published_time" content="2011-04-04"></head><body><article>
<h1>Korea keen for greener ties</h1>
<p>Business ties between Australia and South Korea deepened considerably last year, with Korean
investment in Australia reaching $8.7 billion in 2010.</p>
<p>Korean firms are looking at more Australian gas projects, officials in both countries said.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("url", "unit"),
    [
        ("https://www.afr.com/markets/korea-keen-for-greener-ties-20110404", "AUD"),
        ("https://www.countryman.com.au/news/korea-keen-for-greener-ties", "AUD"),
        ("https://www.koreaherald.com/view.php?ud=20110404", "USD"),
    ],
)
def test_a_bare_dollar_on_a_site_of_the_pair_s_dollar_country_is_its_own(url: str, unit: str) -> None:
    result = extract_bytes(_SITE_PAGE.format(url=url).encode(), "page.html")
    assert [(f.metric, f.value, f.unit) for f in result.facts] == [("investment", 8.7e9, unit)]
