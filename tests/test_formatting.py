"""Numbers and text as people read them; article text never becomes markup."""

from __future__ import annotations

import pandas as pd
import pytest

from ui.formatting import (
    dated,
    escape_markdown,
    facts_for_display,
    figure,
    figure_labels,
    highlighted,
    marked,
    metric_title,
    percent,
    target_text,
    unit_words,
    with_qualifier,
)

FIGURES = {
    "five billion dollars": (5e9, "USD", "$5.0B"),
    "fifteen billion": (15e9, "USD", "$15B"),
    "fractional billions": (15.25e9, "USD", "$15.2B"),
    "pounds in millions": (533e6, "GBP", "£533M"),
    "euro": (2e9, "EUR", "€2.0B"),
    "currency without symbol": (2e9, "AED", "2.0B AED"),
    "trillion": (1.4e12, "USD", "$1.4T"),
    "megatonnes": (1.4e6, "t", "1.4 Mt"),
    "tonnes": (355000, "t", "355,000 t"),
    "billion cubic metres": (18e9, "m3", "18 bcm"),
    "count": (4000, "count", "4,000"),
}


@pytest.mark.parametrize("value,unit,shown", list(FIGURES.values()), ids=list(FIGURES))
def test_figures(value: float, unit: str, shown: str) -> None:
    assert figure(value, unit) == shown


def test_qualifiers_and_percent() -> None:
    assert with_qualifier(5e9, "USD", "about") == "about $5.0B"
    assert with_qualifier(1.5e9, "USD", "over") == "over $1.5B"
    assert percent(1 / 3) == "33%" and percent(None) == "–"


def test_metric_titles_use_names_not_codes() -> None:
    assert metric_title("investment", "TUR>KAZ") == "Investment, Türkiye → Kazakhstan"
    assert metric_title("companies", "TUR>KAZ") == "Companies from Türkiye in Kazakhstan"
    assert metric_title("commodity_volume", "", "oil") == "Oil volume"


HOSTILE_TEXT = [
    "Trade rose from $5 billion to $15 billion",
    "[click](javascript:alert(1))",
    "<b>bold</b> <script>alert(1)</script>",
    "**not bold** _not italic_ `not code`",
    "# not a heading",
    ":material/warning: :smile:",
    "1. not a list\n- nor this",
]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_escaped_markdown_has_no_live_markup(text: str) -> None:
    escaped = escape_markdown(text)
    unescaped = escaped.replace("\\", "")
    assert unescaped == text.replace("\n", " ")
    for special in "$[]()<>*_`#:":
        assert escaped.count(special) == escaped.count("\\" + special)


def test_highlight_marks_only_the_figure() -> None:
    sentence = "Trade stands at $5 billion."
    assert highlighted(sentence, 16, 26) == "Trade stands at **\\$5 billion**\\."
    assert marked(sentence, 16, 26) == "Trade stands at «$5 billion»."


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "period", "scope", "year", "shown"),
    [
        (5e9, "USD", "exact", "2024", None, 2024, "$5.0B (2024)"),
        (21e9, "USD", "exact", "2021-01/2021-06", None, 2021, "$21B (first half of 2021)"),
        (
            28e9,
            "USD",
            "about",
            "2024-01/2024-06",
            "non-oil",
            2024,
            "about $28B (first half of 2024, non-oil)",
        ),
        (1.2e9, "USD", "exact", "2024-11", None, 2024, "$1.2B (November 2024)"),
        (5e9, "USD", "exact", None, None, 2025, "$5.0B (2025)"),
        (5e9, "USD", "exact", None, None, None, "$5.0B"),
    ],
)
def test_a_reported_figure_says_what_it_covers(value, unit, qualifier, period, scope, year, shown) -> None:
    assert dated(value, unit, qualifier, period, scope, year) == shown


@pytest.mark.parametrize(
    ("value", "unit", "year", "period", "shown"),
    [
        (15e9, "USD", 2030, "2030", "$15B by 2030"),
        (15e9, "USD", None, None, "$15B"),
        (5e12, "JPY", 2027, "2022/2027", "¥5.0T over 2022–2027"),
    ],
)
def test_target_text(value: float, unit: str, year: int | None, period: str | None, shown: str) -> None:
    assert target_text(value, unit, year, period) == shown


def test_the_unit_joins_the_label_only_where_a_figure_has_two_units() -> None:
    rows = pd.DataFrame(
        {
            "metric": ["trade", "investment", "investment"],
            "direction": ["", "JPN>IND", "JPN>IND"],
            "commodity": ["", "", ""],
            "unit": ["USD", "JPY", "USD"],
        }
    )
    assert figure_labels(rows) == [
        "Trade",
        "Investment, Japan → India, yen",
        "Investment, Japan → India, US dollars",
    ]


@pytest.mark.parametrize(
    ("unit", "words"), [("JPY", "yen"), ("t", "tonnes"), ("CHF", "Swiss Franc"), ("XYZ", "XYZ")]
)
def test_unit_words(unit: str, words: str) -> None:
    assert unit_words(unit) == words


def test_a_figure_about_another_pair_names_that_pair() -> None:
    facts = pd.DataFrame(
        {
            "metric": ["trade", "trade"],
            "from_country": [None, None],
            "to_country": [None, None],
            "commodity": [None, None],
            "kind": ["actual", "actual"],
            "value": [4.1e9, 2.6e9],
            "unit": ["USD", "USD"],
            "qualifier": ["exact", "exact"],
            "year": [2025, 2025],
            "period": ["2025-01/2025-11", "2025-01/2025-11"],
            "scope": [None, None],
            "state": ["extracted", "extracted"],
            "evidence": ["…", "…"],
            "pair": [None, "AZE-RUS"],
        }
    )
    assert list(facts_for_display(facts)["figure"]) == ["Trade", "Trade, Azerbaijan – Russian Federation"]
