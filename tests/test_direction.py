"""Who invests in whom, read from the countries of one clause: one row per way reporters say it."""

import re

import pytest

from extract.countries import find_countries
from extract.direction import investor_and_host, trip_investor

# (clause, the word the figure is labelled by, the pair, investor, host)
DIRECTIONS = [
    ("Japanese investment in Kenya reached $1 billion", "investment", ["JPN", "KEN"], "JPN", "KEN"),
    ("investment in Kenya from Japan reached $1 billion", "investment", ["JPN", "KEN"], "JPN", "KEN"),
    ("Kenya's largest investor, Japan, put in $1 billion", "investor", ["JPN", "KEN"], "JPN", "KEN"),
    ("Japan has invested $1 billion", "invested", ["JPN", "KEN"], "JPN", "KEN"),
    ("there are 300 companies with Japanese capital in Kenya", "companies", ["JPN", "KEN"], "JPN", "KEN"),
    ("Kenya-based companies with Japanese capital", "companies", ["JPN", "KEN"], "JPN", "KEN"),
    ("Japan-funded enterprises numbered 40", "enterprises", ["JPN", "KEN"], "JPN", "KEN"),
    ("investors in the Kenyan economy put $2 billion", "investors", ["JPN", "KEN"], "JPN", "KEN"),
    ("U.S. direct investments totaled $612.6mn", "investments", ["KEN", "USA"], "USA", "KEN"),
    # An agency named with the host's demonym does not invest.
    (
        "The Kenyan Capital Investment Promotion Board aims to attract $1 billion in investment from Japan",
        "investment",
        ["JPN", "KEN"],
        "JPN",
        "KEN",
    ),
    # Who reports a figure is not who invests.
    (
        "according to Kenyan data, investment from Japan was $1 billion",
        "investment",
        ["JPN", "KEN"],
        "JPN",
        "KEN",
    ),
    # An envoy's post names no host: the pair's other side is the host once the investor is known.
    (
        "the Japanese envoy to Kenya said Japanese investment was $1 billion",
        "investment",
        ["JPN", "KEN"],
        "JPN",
        "KEN",
    ),
    # The country that tops the list of investors is the investor, whatever its projects are called.
    (
        "Japan topped the list of foreign investors, with total investment of $3 billion for its Kenya projects",
        "investment",
        ["JPN", "KEN"],
        "JPN",
        "KEN",
    ),
    # The country that is the other's largest source of investment is the investor.
    (
        "Japan was also Kenya's largest source of foreign direct investment, at US$1.9 billion",
        "investment",
        ["JPN", "KEN"],
        "JPN",
        "KEN",
    ),
    # Who pledges the money is the investor.
    (
        "Japan has pledged $10 billion for investment in promising sectors",
        "investment",
        ["JPN", "KEN"],
        "JPN",
        "KEN",
    ),
    # A joint company based in one of the pair: the other one invests.
    ("Qatari-Pakistani joint companies operating in Qatar", "companies", ["PAK", "QAT"], "PAK", "QAT"),
]


@pytest.mark.parametrize(("clause", "word", "pair", "origin", "host"), DIRECTIONS)
def test_investor_and_host(clause: str, word: str, pair: list[str], origin: str, host: str) -> None:
    anchor = re.search(rf"\b{word}\b", clause).span()
    assert investor_and_host(clause, find_countries(clause), anchor, pair) == (origin, host)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The visit to Japan yielded investment commitments worth $1.85 billion", ("JPN", "MYS")),
        ("Japan and Malaysia agreed to study investment", (None, None)),  # no trip told
    ],
)
def test_trip_investor(sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert trip_investor(sentence, find_countries(sentence), ["JPN", "MYS"]) == expected
