"""Test archives, written here: a WARC (with warcio's writer) and a JSON-lines dump of news pages.

Each holds relevant articles, irrelevant pages, broken records, records that are not pages and
duplicates, in the project's own words.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TRADE_TARGET = (
    "Kazakhstan and Türkiye aim to triple trade by 2030",
    "Trade between Kazakhstan and Türkiye reached $5 billion in 2024, the two governments said in "
    "Astana on Tuesday. Ministers agreed to raise bilateral trade to $15 billion by 2030 and asked "
    "customs services to speed up border crossings for lorries carrying food and textiles.",
)
INVESTMENT = (
    "Turkish investors in Kazakhstan",
    "Turkish companies have invested $1.2 billion in Kazakhstan since 2020, the investment agency in "
    "Astana reported on Monday. More than 4,000 Turkish firms now operate in Kazakhstan, most of "
    "them in construction, retail and light industry.",
)
AGREEMENTS = (
    "Uzbekistan and Azerbaijan sign energy deals",
    "Uzbekistan and Azerbaijan signed 9 agreements on energy, transport and education during a "
    "visit to Baku on 3 March 2025. The two presidents also agreed to lift mutual trade to "
    "$2 billion by 2028.",
)
TEXT_ONLY = (
    "Georgia and Armenia plan a trade push",
    "Georgia and Armenia want to raise trade to $1.5 billion by 2027, the ministers of economy said "
    "in Tbilisi on 12 May 2025. Bilateral trade stood at $980 million in 2024.",
)
NO_FIGURES = (
    "Ministers meet in Ankara",
    "Officials from Kazakhstan and Türkiye discussed trade and transport links at a meeting in Ankara "
    "on Friday. No figures were given and the talks will continue in the autumn in Astana.",
)
WEATHER = (
    "Rain expected over the weekend",
    "Heavy rain is expected across the region this weekend, with cooler temperatures and strong "
    "winds on the coast. Forecasters advise drivers to take care on mountain roads.",
)
FOOTBALL = (
    "France edge Spain in Lyon",
    "France beat Spain 2-1 in Lyon on Saturday night, with a late header settling a tense match in "
    "front of a full stadium. The coach praised the young defenders after the game.",
)
RECIPE = (
    "A quick lentil soup",
    "Fry an onion in olive oil, add red lentils, cumin and stock, and simmer for twenty minutes. "
    "Blend half of the soup for a creamy texture and serve it with lemon and bread.",
)


def page_html(title: str, body: str, date: str | None = None) -> str:
    """A news page: navigation, the article and a footer, like a crawled page."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{meta}"
        "<style>body { font-family: serif; }</style><script>var tracking = 'trade';</script></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1><p>{body}</p></article>"
        "<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>"
    )


# A page whose words pass the relevance filter but that holds no article: only links.
LINKS_ONLY = (
    "<html><head><title>Index</title></head><body><nav><ul>"
    "<li><a href='/a'>Kazakhstan trade</a></li><li><a href='/b'>Türkiye investment</a></li>"
    "<li><a href='/c'>Agreements</a></li></ul></nav></body></html>"
)


def _http(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path: Path, gzip: bool = True) -> Path:
    """A crawl of news pages: 3 relevant, 1 relevant without figures, 3 irrelevant, 3 broken,
    4 records that are not pages, and a duplicate article at a second URL."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)

        def response(
            url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"
        ):
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=_http(content_type, status)
            )
            writer.write_record(record)

        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = writer.create_warc_record(
            "https://news.example/world/kaz-tur-trade",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /world/kaz-tur-trade HTTP/1.1", [("Host", "news.example")], is_http_request=True
            ),
        )
        writer.write_record(request)
        response("https://news.example/world/kaz-tur-trade", page_html(*TRADE_TARGET, "2025-02-04").encode())
        response("https://news.example/weather", page_html(*WEATHER).encode())
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image/png")
        response(
            "https://news.example/business/turkish-investors", page_html(*INVESTMENT, "2025-03-10").encode()
        )
        response("https://news.example/sport/france-spain", page_html(*FOOTBALL).encode())
        response("https://news.example/broken-binary", b"\x00\x01\x02garbage\x00\xff" * 50)
        response("https://news.example/empty", b"")
        response("https://news.example/old-url", b"", status="301 Moved Permanently")
        response("https://news.example/world/uzb-aze-deals", page_html(*AGREEMENTS, "2025-03-03").encode())
        response("https://news.example/index", LINKS_ONLY.encode())
        response("https://news.example/food/lentil-soup", page_html(*RECIPE).encode())
        response("https://news.example/world/ministers-ankara", page_html(*NO_FIGURES).encode())
        response("https://news.example/report.pdf", b"%PDF-1.4 not really", "application/pdf")
        # The same story syndicated at a second address: a duplicate, not a new article.
        response("https://mirror.example/kaz-tur-trade", page_html(*TRADE_TARGET, "2025-02-04").encode())
    return path


def write_jsonl(path: Path) -> Path:
    """A news API dump: 2 relevant (text and HTML), 1 duplicate line, 1 irrelevant, 3 broken, 1 blank."""
    lines = [
        json.dumps(
            {
                "url": "https://api.example/1",
                "title": TEXT_ONLY[0],
                "date": "2025-05-12",
                "text": TEXT_ONLY[1],
            }
        ),
        json.dumps(
            {"url": "https://api.example/2", "title": WEATHER[0], "date": "2025-05-13", "text": WEATHER[1]}
        ),
        '{"url": "https://api.example/3", "title": "Cut off mid-line", "text": "Kazakhstan and',
        json.dumps({"url": "https://api.example/4", "title": "No body", "date": "2025-05-14"}),
        json.dumps({"url": "https://api.example/5", "title": "A number for a body", "text": 42}),
        "",
        json.dumps(
            {
                "url": "https://api.example/6",
                "title": INVESTMENT[0],
                "date": "2025-03-10",
                "html": page_html(*INVESTMENT, "2025-03-10"),
            }
        ),
        json.dumps(
            {
                "url": "https://api.example/7",
                "title": TEXT_ONLY[0],
                "date": "2025-05-12",
                "text": TEXT_ONLY[1],
            }
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
