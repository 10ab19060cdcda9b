"""News pages written here, with a site's furniture around the article, and printed to PDF by Chromium
as a browser's "Save as PDF" does (date, title and address in the margins)."""

from __future__ import annotations

import html
import subprocess
from pathlib import Path

import pytest

TITLE = "Uzbekistan and Georgia agree to lift trade to $1 billion by 2028"
DATE = "2025-03-14"
PARAGRAPHS = [
    "TBILISI, March 14 -- Uzbekistan and Georgia will work to raise their bilateral trade to $1 billion "
    "by 2028, the two prime ministers said after talks in Tbilisi on Friday.",
    "Trade between Uzbekistan and Georgia reached $310 million in 2024, according to the statistics "
    "offices of the two countries, with dried fruit, textiles and fertiliser making up most of the "
    "shipments along the Caspian route.",
    "The ministers discussed long-term cooperation in logistics and agreed to open a joint "
    "freight-forwarding office in Poti, where containers from Central Asia are loaded onto ships "
    "bound for the Black Sea ports of Romania and Bulgaria.",
    "Some 450 companies with Uzbek capital are registered in Georgia, the Georgian economy ministry "
    "said, most of them small traders and transport firms that opened in the past three years.",
    "The two delegations signed 6 agreements on transport, agriculture, tourism and education, and "
    "asked their customs services to prepare a common electronic declaration by the end of the year.",
    "Officials also talked about direct flights between Tashkent and Batumi, a cultural festival in "
    "Samarkand next spring and scholarships for students of engineering and medicine.",
]
# Pages long enough to run over two or three sheets, in words that hold no figures.
FILLER = [
    "Both sides praised the work of the intergovernmental commission, which meets every year and "
    "reviews the progress of the projects agreed at its earlier sessions in the two capitals.",
    "Business associations from both countries held a round table on the sidelines of the visit, "
    "where exporters described the paperwork at the border and asked for simpler certificates.",
    "The prime ministers laid flowers at a memorial, visited a winery in the Kakheti region and "
    "toured a new logistics centre near the airport before the delegation flew home.",
]

NAV = ["Home", "World", "Politics", "Business", "Markets", "Energy", "Sport", "Opinion"]
TICKER = ["USD/TRY 32.5 ▲0.4%", "EUR/USD 1.0842", "Brent $82.41", "Gold $2,331.20", "USD/KZT 447.3"]
MOST_READ = ["Central bank holds its rate at 50% again", "Oil climbs to $85 on supply worries"]
RELATED = [
    ("Chile and Peru aim to lift trade to $12 billion by 2028", "Trade reached $7.4 billion last year."),
    ("Mexico, Argentina sign 12 agreements on farming", "The deals are worth $3.1 billion."),
    ("Ghana and Ivory Coast target $5 billion of cocoa trade", "Exports rose 14% to $2.2 billion."),
]
COOKIES = (
    "We use cookies to personalise content and ads and to analyse our traffic. By clicking Accept all "
    "you agree to 23 partners storing cookies on your device. Accept all | Manage settings"
)
FOOTER = (
    "© 2025 Example News Group. Registered office: 14 Harbour Street, Company No. 04512345. "
    "Tel +44 20 7946 0958. Subscribe from $9.99 a month. Privacy policy · Terms of use"
)


def plain_text(paragraphs: list[str]) -> str:
    """The same article as a .txt file: headline, date line, paragraphs."""
    return f"{TITLE}\nDate: {DATE}\n\n" + "\n\n".join(paragraphs) + "\n"


def news_page(
    paragraphs: list[str],
    byline_date: str,
    layout: str = "single",
    soft_hyphens: bool = False,
    site_first: bool = False,
) -> str:
    """The article inside a news site's page: cookie notice, ticker, menu, a teaser inside the text,
    share and tag rows, "Most read" and "Related articles" boxes, and a footer full of figures."""
    e = html.escape
    body = []
    for index, paragraph in enumerate(paragraphs):
        text = e(paragraph)
        if soft_hyphens:
            text = " ".join(_shy(word) for word in text.split(" "))
        body.append(f"<p>{text}</p>")
        if index == 1:
            body.append(
                "<p><strong>READ MORE:</strong> <a href='/x'>Poland attracts €2.8 billion of Czech money</a></p>"
            )
    related = "".join(f"<li><a href='/r'><h3>{e(h)}</h3></a><p>{e(s)}</p></li>" for h, s in RELATED)
    most = "".join(f"<li><a href='/m'>{e(h)}</a></li>" for h in MOST_READ)
    grid = "display:grid;grid-template-columns:2fr 1fr;gap:24px;" if layout == "sidebar" else ""
    justify = "text-align:justify;" if soft_hyphens else ""
    page_title = f"Example News - {e(TITLE)}" if site_first else f"{e(TITLE)} | Example News"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{page_title}</title>
<style>
body {{ font-family: serif; max-width: 980px; margin: auto; }}
.ticker, nav ul {{ display: flex; gap: 12px; list-style: none; font: 12px sans-serif; }}
article {{ font-size: 17px; line-height: 1.5; {justify} }}
.main {{ {grid} }}
aside {{ font: 14px sans-serif; }}
footer {{ font: 11px sans-serif; margin-top: 24px; }}
</style></head><body>
<div class="cookies">{e(COOKIES)}</div>
<div class="ticker">{"".join(f"<span>{e(t)}</span>" for t in TICKER)}</div>
<nav><ul>{"".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in NAV)}</ul></nav>
<div class="main"><article>
<h1>{e(TITLE)}</h1>
<div class="byline">By our correspondent · {e(byline_date)}</div>
{"".join(body)}
<div>Share: Facebook · X · LinkedIn · Email</div>
</article>
<aside><h2>Most read</h2><ol>{most}</ol><h2>Related articles</h2><ul>{related}</ul></aside>
</div>
<footer>{e(FOOTER)}</footer>
</body></html>
"""


def _shy(word: str) -> str:
    return word[:4] + "\u00ad" + word[4:] if len(word) >= 9 and word.isalpha() else word


def print_to_pdf(page: str, folder: Path, margins: bool = True) -> bytes:
    """The page as Chromium's "Save as PDF" makes it, with the printer's date, title, address and
    page numbers in the margins unless `margins` is False."""
    from ui.charts import chromium_path

    browser = chromium_path()
    if browser is None:
        pytest.skip("no Chromium here; `make test` installs Debian's chromium")
    source = folder / "page.html"
    source.write_text(page, encoding="utf-8")
    target = folder / "page.pdf"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--print-to-pdf={target}",
            *([] if margins else ["--no-pdf-header-footer"]),
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target.read_bytes()
