"""Review before saving: ticks, edits and validation, without Streamlit."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_text
from store import ReviewedFact
from ui.review import (
    UNITS,
    agreements_table,
    article_name,
    facts_table,
    reviewed_agreements,
    reviewed_facts,
    saved_message,
    sentence_case,
    sentences,
    with_metadata,
)

ARTICLE = (
    "Kazakhstan and Türkiye\nDate: 2025-07-29\n\n"
    "Bilateral trade stands at $5 billion, and the presidents aim to raise it to $15 billion.\n\n"
    "The two governments signed 18 agreements covering energy and transport.\n"
)
YEN = (
    "Japan pledges 5 trillion yen for India\nDate: 2022-03-20\n\n"
    "Japan will invest 5 trillion yen in India over the next five years, the prime minister said.\n"
)


def test_each_row_leads_with_the_figure_as_written_and_its_full_value() -> None:
    table = facts_table(extract_text(YEN))
    assert list(table.columns[:4]) == ["keep", "written", "value", "kind"]
    row = table.iloc[0]
    assert (row["written"], row["value"], row["unit"], row["from"], row["to"]) == (
        "5 trillion yen",
        5e12,
        "JPY",
        "JPN",
        "IND",
    )
    assert UNITS["JPY"] == "JPY – Yen"


def test_blank_cells_are_empty_not_none() -> None:
    table = facts_table(extract_text(ARTICLE))
    for column in ("from", "to", "scope", "commodity", "year"):
        assert None not in table[column].tolist() and "None" not in table[column].tolist()
    assert table.loc[1, "year"] == ""


def test_the_sentence_is_readable_with_the_figure_located() -> None:
    number, written, sentence, start, end = sentences(extract_text(ARTICLE))[1]
    assert (number, written, sentence[start:end]) == (2, "$15 billion", "$15 billion")


def test_untouched_rows_are_confirmed_edits_keep_the_original_unticked_rejected() -> None:
    result = extract_text(ARTICLE)
    table = facts_table(result)
    table.loc[1, "value"] = 16e9
    table.loc[2, "keep"] = False
    reviewed, errors = reviewed_facts(result, table)
    assert errors == []
    assert [r.state for r in reviewed] == ["confirmed", "edited", "rejected"]
    assert reviewed[1].fact.value == 16e9 and reviewed[1].original.value == 15e9


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("unit", "dollars", "Row 1 (5 trillion yen): unit “dollars” is not a currency code or a unit"),
        ("unit", "", "Row 1 (5 trillion yen): unit “” is not a currency code"),
        ("metric", "gdp", "Row 1 (5 trillion yen): metric “gdp” is not one of"),
        ("value", -5, "Row 1 (5 trillion yen): value must be a number above zero"),
        ("value", None, "Row 1 (5 trillion yen): value must be a number above zero"),
        ("year", "3025", "Row 1 (5 trillion yen): year “3025” is not a year between 1900 and 2100"),
        ("period", "last spring", "Row 1 (5 trillion yen): period “last spring” is not of the form"),
        ("scope", "oil-ish", "Row 1 (5 trillion yen): scope “oil-ish” is not one of"),
        ("to", "CHN", "Row 1 (5 trillion yen): to “CHN” is not one of the article's countries"),
    ],
)
def test_invalid_rows_are_refused_with_the_row_named(column: str, value: object, message: str) -> None:
    result = extract_text(YEN)
    table = facts_table(result)
    table[column] = table[column].astype(object)
    table.loc[0, column] = value
    reviewed, errors = reviewed_facts(result, table, ["IND", "JPN"])
    assert reviewed == [] and len(errors) == 1
    assert errors[0].startswith(message), errors


def test_a_valid_edit_of_unit_period_and_scope_is_kept() -> None:
    result = extract_text(ARTICLE)
    table = facts_table(result)
    table.loc[0, ["unit", "period", "scope", "year"]] = ["EUR", "2024-01/2024-06", "non-oil", "2024"]
    reviewed, errors = reviewed_facts(result, table, ["KAZ", "TUR"])
    assert errors == []
    fact = reviewed[0].fact
    assert (fact.unit, fact.period, fact.scope, fact.year, reviewed[0].state) == (
        "EUR",
        "2024-01/2024-06",
        "non-oil",
        2024,
        "edited",
    )


def test_agreement_sectors_must_come_from_the_vocabulary() -> None:
    result = extract_text(ARTICLE)
    table = agreements_table(result)
    assert table.loc[0, "sectors"] == "energy, transport"
    table.loc[0, "sectors"] = "energy, space tourism"
    _, errors = reviewed_agreements(result, table)
    assert "unknown sector space tourism" in errors[0] and errors[0].startswith("Agreement 1")
    table.loc[0, "sectors"] = "Energy, health"
    kept, errors = reviewed_agreements(result, table)
    assert errors == [] and kept[0][0].sectors == ["energy", "health"] and kept[0][1] == "edited"


@pytest.mark.parametrize(
    ("states", "deals", "message"),
    [
        (["confirmed"], [], "Saved: 1 figure, 0 agreements"),
        (["confirmed", "edited", "rejected"], ["confirmed"], "Saved: 2 figures, 1 agreement (1 left out)"),
        (["rejected", "rejected"], ["rejected", "confirmed"], "Saved: 0 figures, 1 agreement (3 left out)"),
    ],
)
def test_saved_message_counts_in_words(states: list[str], deals: list[str], message: str) -> None:
    result = extract_text(ARTICLE)
    facts = [ReviewedFact(fact=result.facts[0], state=s) for s in states]
    agreements = [(result.agreements[0], s) for s in deals]
    assert saved_message(facts, agreements) == message


@pytest.mark.parametrize(
    ("title", "date", "name"),
    [
        ("Kazakhstan and Türkiye sign 18 agreements", dt.date(2025, 7, 29), "“Kazakhstan and Türkiye sign 18 agreements” (29 Jul 2025)"),
        (None, None, "“untitled article” (no date)"),
    ],
)  # fmt: skip
def test_articles_are_named_by_title_and_date(title: str | None, date: dt.date | None, name: str) -> None:
    assert article_name(title, date) == name


@pytest.mark.parametrize(
    ("warning", "shown"),
    [
        ("no trade, investment, company, volume or agreement figures found",
         "No trade, investment, company, volume or agreement figures found."),
        ("the text does not look like English; figures may be missed",
         "The text does not look like English; figures may be missed."),
    ],
)  # fmt: skip
def test_warnings_are_in_sentence_case(warning: str, shown: str) -> None:
    assert sentence_case(warning) == shown


def test_metadata_overrides() -> None:
    result = with_metadata(extract_text(ARTICLE), "New title", dt.date(2025, 8, 1), ["TUR", "KAZ"])
    assert (result.title, result.date, result.countries) == ("New title", dt.date(2025, 8, 1), ["KAZ", "TUR"])
