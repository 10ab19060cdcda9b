"""Review before saving: ticks, edits and validation, without Streamlit."""

from __future__ import annotations

import datetime as dt

from extract import extract_text
from ui.review import agreements_table, facts_table, reviewed_agreements, reviewed_facts, with_metadata

ARTICLE = (
    "Kazakhstan and Türkiye\nDate: 2025-07-29\n\n"
    "Bilateral trade stands at $5 billion, and the presidents aim to raise it to $15 billion.\n\n"
    "The two governments signed 18 agreements covering energy and transport.\n"
)


def test_table_shows_each_fact_with_its_figure_marked() -> None:
    table = facts_table(extract_text(ARTICLE))
    assert table["keep"].all()
    assert "«$5 billion»" in table.loc[0, "sentence"]


def test_untouched_rows_are_confirmed_edits_keep_the_original_unticked_rejected() -> None:
    result = extract_text(ARTICLE)
    table = facts_table(result)
    table.loc[1, "value"] = 16e9
    table.loc[2, "keep"] = False
    reviewed, errors = reviewed_facts(result, table)
    assert errors == []
    assert [r.state for r in reviewed] == ["confirmed", "edited", "rejected"]
    assert reviewed[1].fact.value == 16e9 and reviewed[1].original.value == 15e9


def test_bad_edits_are_reported_not_saved() -> None:
    result = extract_text(ARTICLE)
    table = facts_table(result)
    table.loc[0, "metric"] = "gdp"
    table.loc[1, "value"] = -5
    table.loc[2, "year"] = 3025
    _, errors = reviewed_facts(result, table)
    assert len(errors) == 3
    assert errors[0].startswith("fact 1: metric")


def test_agreement_sectors_must_come_from_the_vocabulary() -> None:
    result = extract_text(ARTICLE)
    table = agreements_table(result)
    assert table.loc[0, "sectors"] == "energy, transport"
    table.loc[0, "sectors"] = "energy, space tourism"
    _, errors = reviewed_agreements(result, table)
    assert "unknown sector space tourism" in errors[0]
    table.loc[0, "sectors"] = "Energy, health"
    kept, errors = reviewed_agreements(result, table)
    assert errors == [] and kept[0][0].sectors == ["energy", "health"] and kept[0][1] == "edited"


def test_metadata_overrides() -> None:
    result = with_metadata(extract_text(ARTICLE), "New title", dt.date(2025, 8, 1), ["TUR", "KAZ"])
    assert (result.title, result.date, result.countries) == ("New title", dt.date(2025, 8, 1), ["KAZ", "TUR"])
