"""Hard-wrapped plain text (wire copy, e-mail) is joined into paragraphs; other text is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_text
from extract.text import reflow

WRAPPED = """Kazakhstan and Türkiye agree to lift trade
Date: 2025-07-29

ASTANA, July 29. The presidents of Kazakhstan and Türkiye agreed
during the talks to increase the annual trade turnover between the two
countries to $15 billion. In 2024, the trade turnover between the
two countries reached a record $6.4 billion, increasing by 12
percent year-on-year, the ministry of trade and integration said.
The sides also discussed transport links across the Caspian Sea and
the expansion of direct flights between the two capitals in 2026.
- a list item stays a line of its own"""

PROSE = """Kazakhstan and Türkiye agree to lift trade
Date: 2025-07-29

Kazakhstan and Türkiye agreed to raise trade to $15 billion.
Trade reached $6.4 billion in 2024.
Short lines
like these are kept as they are."""


@pytest.mark.parametrize(
    "text,joined",
    [
        pytest.param(
            WRAPPED, "annual trade turnover between the two countries to $15 billion.", id="wrapped"
        ),
        pytest.param(WRAPPED, "the Caspian Sea and the expansion of direct flights", id="every paragraph"),
    ],
)
def test_wrapped_lines_join(text: str, joined: str) -> None:
    assert joined in reflow(text)


def test_headline_date_and_list_items_keep_their_lines() -> None:
    lines = reflow(WRAPPED).split("\n")
    assert lines[:3] == ["Kazakhstan and Türkiye agree to lift trade", "Date: 2025-07-29", ""]
    assert lines[-1] == "- a list item stays a line of its own"


def test_text_that_is_not_wrapped_is_unchanged() -> None:
    assert reflow(PROSE) == PROSE


def test_a_wrapped_article_gives_its_facts() -> None:
    facts = extract_text(WRAPPED, date=dt.date(2025, 7, 29)).facts
    assert {(f.kind, f.value, f.year) for f in facts} == {("target", 15e9, None), ("actual", 6.4e9, 2024)}
