"""Countries from names, old and new names, demonyms and capitals; the article's pair."""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.countries import country_name, find_countries

NAMES = {
    "new name": ("Türkiye signed", "TUR", "name"),
    "old name": ("Turkey signed", "TUR", "name"),
    "ascii new name": ("Turkiye signed", "TUR", "name"),
    "possessive": ("Kazakhstan's oil", "KAZ", "name"),
    "demonym": ("Kazakh oil", "KAZ", "demonym"),
    "adjective": ("Turkish firms", "TUR", "demonym"),
    "capital": ("talks in Ankara", "TUR", "capital"),
    "an emirate standing for its country": ("investment into Dubai", "ARE", "capital"),
    "the press's name for Iran": ("the Islamic Republic traded", "IRN", "name"),
    "a people in the plural": ("in which Turks invest", "TUR", "demonym"),
    "short form": ("the UK and", "GBR", "name"),
    "two-word": ("South Korea is", "KOR", "name"),
    "two-word demonym": ("South Korean firms", "KOR", "demonym"),
    "ISO name": ("Viet Nam and", "VNM", "name"),
    "press name": ("Vietnam and", "VNM", "name"),
    "official long name": ("United Arab Emirates and", "ARE", "name"),
    "acronym": ("the UAE and", "ARE", "name"),
    "Russia": ("Russia and", "RUS", "name"),
    "European Union": ("the EU and", "EUU", "name"),
    "Korea for the South": ("Korea and", "KOR", "name"),
    "DPRK": ("the DPRK and", "PRK", "name"),
    "RoK": ("the RoK and", "KOR", "name"),
    "diacritics of the country's own spelling": ("Việt Nam and", "VNM", "name"),
    "South Africa in its own press": ("SA trade", "ZAF", "name"),
    "Papua New Guinea by its initials": ("PNG exports", "PNG", "name"),
    "Kosovo, outside ISO 3166": ("Kosovo and", "XKX", "name"),
    "the European Commission signs for the EU": ("the European Commission signed", "EUU", "name"),
    "the short form of Bosnia and Herzegovina": ("Bosnia set a goal of billions", "BIH", "name"),
    "the full name, one mention": ("Bosnia and Herzegovina signed", "BIH", "name"),
}


@pytest.mark.parametrize("text,code,form", list(NAMES.values()), ids=list(NAMES))
def test_country_mentions(text: str, code: str, form: str) -> None:
    mentions = find_countries(text)
    assert [(m.code, m.form) for m in mentions] == [(code, form)]


@pytest.mark.parametrize(
    "text",
    [
        "10 billion U.S. dollars",
        "US$100-billion",
        "the turkey was roasted",
        "it is in",
        "the first Latin American country",
        "a partner in South America",
        "North American markets",
    ],
)
def test_not_countries(text: str) -> None:
    assert find_countries(text) == []


def test_pair_ignores_page_furniture_and_side_mentions() -> None:
    title = "Türkiye, Kazakhstan agree to boost mining cooperation"
    text = (
        f"{title}\n\nTürkiye and Kazakhstan will cooperate. The Kazakh prime minister met Turkish officials. "
        "Israel and Gaza were discussed, and Uzbekistan was mentioned once."
    )
    assert extract_text(text).countries == ["KAZ", "TUR"]


def test_readable_names() -> None:
    assert country_name("TUR") == "Türkiye"
    assert country_name("KOR") == "South Korea"
    assert country_name("KAZ") == "Kazakhstan"
    assert country_name("EUU") == "European Union"


# Each row: an article in our own words, and the pair it is about.
PAIRS = {
    "the speaker's country, though the meeting is elsewhere": (
        "Leader calls larger trade with China realistic\n\nLIMA (Agency) Russian President Ivan Petrov "
        "said on a visit to Peru for a summit that trade with China could double.",
        ["CHN", "RUS"],
    ),
    "a possessive official": (
        "Trade with Japan to grow\n\nIndia's Prime Minister said trade with Japan would grow. "
        "He spoke in Jakarta, Indonesia.",
        ["IND", "JPN"],
    ),
    "the two a sentence names as the pair, over a rival named often": (
        "US overtakes China as Germany's largest trading partner\n\nTrade between Germany and the US "
        "reached EUR255 billion in 2024. Trade with China fell to EUR247 billion. China's share fell as "
        "China's economy slowed, and China now ranks fifth among Germany's export markets.",
        ["DEU", "USA"],
    ),
    "the countries a ranking names as overtaken": (
        "South Korea overtakes US, Japan in FDI to Indonesia\n\nSouth Korean investment in Indonesia reached "
        "$1.3 billion in the second quarter, ahead of Japan at $0.8 billion. Japan had led for years, and "
        "Japan's firms remain active. Japan may regain the lead.",
        ["IDN", "KOR"],
    ),
}


@pytest.mark.parametrize("text,pair", list(PAIRS.values()), ids=list(PAIRS))
def test_article_pair(text: str, pair: list[str]) -> None:
    assert extract_text(text).countries == pair


@pytest.mark.parametrize(
    "text,official",
    [("Russian President Putin", True), ("India's Prime Minister", True), ("Turkish Foreign Minister", True),
     ("Russian gas", False), ("in Moscow President", False)],
)  # fmt: skip
def test_an_official_marks_a_party(text: str, official: bool) -> None:
    assert find_countries(text)[0].official is official
