"""Only valid figures: finite, not negative, and within the bound of their unit."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from extract import Agreement, Fact, extract_text
from extract.models import MONEY_BOUND, VALUE_BOUNDS, value_problem
from store import ReviewedFact, Store

FACT = {
    "metric": "trade", "kind": "actual", "unit": "USD", "evidence": "Trade reached $5 billion.",
    "start": 0, "end": 25, "figure_start": 14, "figure_end": 24,
}  # fmt: skip

VALUES = [
    # value, unit, allowed
    (5e9, "USD", True),
    (0, "USD", True),
    (MONEY_BOUND, "USD", True),
    (2e15, "IDR", True),  # two quadrillion rupiah: Indonesia's yearly trade with China
    (1.5e16, "IRR", True),  # a bilateral year in rials
    (MONEY_BOUND * 10, "IDR", False),
    (math.inf, "USD", False),
    (-math.inf, "EUR", False),
    (math.nan, "USD", False),
    (-5e9, "USD", False),
    (1.4e6, "t", True),
    (VALUE_BOUNDS["t"] * 2, "t", False),
    (5e10, "m3", True),  # 50 bcm of gas
    (VALUE_BOUNDS["m3"] * 2, "m3", False),
    (1e9, "bbl", True),
    (VALUE_BOUNDS["bbl"] * 2, "bbl", False),
    (4000, "count", True),
    (VALUE_BOUNDS["count"] * 2, "count", False),
    (10**400, "count", False),
]


@pytest.mark.parametrize("value,unit,allowed", VALUES)
def test_a_fact_holds_only_a_value_its_unit_allows(value: float, unit: str, allowed: bool) -> None:
    assert (value_problem(value, unit) is None) is allowed
    if allowed:
        assert Fact(value=value, **{**FACT, "unit": unit}).value == value
        return
    with pytest.raises(ValidationError, match="value"):
        Fact(value=value, **{**FACT, "unit": unit})


@pytest.mark.parametrize("field", ["value", "count"])
def test_an_agreement_holds_no_value_or_count_out_of_bounds(field: str) -> None:
    base = {"summary": "an agreement", "evidence": "They signed an agreement.", "start": 0, "end": 25}
    with pytest.raises(ValidationError, match=field):
        Agreement(**base, **{field: math.inf if field == "value" else 10**12})


def test_a_range_end_out_of_bounds_is_refused() -> None:
    with pytest.raises(ValidationError, match="value_max"):
        Fact(value=5e9, value_max=math.inf, qualifier="range", **FACT)


ARTICLES = {
    "400 nines": (f"${'9' * 400} billion", "is too large to be a figure"),
    "beyond money": (f"${'9' * 20} billion", "(1e29) is over the bound of 1e18 for USD"),
    "beyond tonnes": (f"{'9' * 17} million tonnes of grain", "is over the bound of 1e13 for t"),
    "beyond counts": ("50000000000 joint companies", "(5e10) is over the bound of 1e9 for count"),
}


@pytest.mark.parametrize("figure,warning", list(ARTICLES.values()), ids=list(ARTICLES))
def test_a_figure_out_of_bounds_is_a_warning_and_the_others_stay(figure: str, warning: str) -> None:
    result = extract_text(
        "Kazakhstan and Turkiye review their trade\n\n"
        f"Kazakhstan and Turkiye reported {figure} in 2023.\n"
        "Trade between Kazakhstan and Turkiye reached $5 billion in 2024.\n"
    )
    assert result.error is None
    assert [(f.value, f.year) for f in result.facts] == [(5e9, 2024)]
    assert [w for w in result.warnings if w.startswith("left out")] == [
        next(w for w in result.warnings if warning in w)
    ]


def test_the_store_refuses_a_fact_that_skipped_validation(store: Store) -> None:
    extraction = extract_text(
        "Kazakhstan and Turkiye review their trade\n\n"
        "Trade between Kazakhstan and Turkiye reached $5 billion in 2024.\n"
    )
    broken = extraction.facts[0].model_copy(update={"value": math.inf})  # model_copy does not validate
    with pytest.raises(ValidationError):
        ReviewedFact(fact=broken)
    outcome = store.save(extraction.model_copy(update={"facts": [broken]}))
    assert outcome.status == "failed"
    assert outcome.message == "a figure of inf USD is not a finite number; nothing was stored"
    assert store.save_batch([extraction.model_copy(update={"facts": [broken]})])[0].status == "failed"
    assert store.counts() == {"articles": 0, "facts": 0, "agreements": 0}


def test_a_review_cannot_store_a_value_out_of_bounds(store: Store) -> None:
    store.save(
        extract_text(
            "Kazakhstan and Turkiye review their trade\n\n"
            "Trade between Kazakhstan and Turkiye reached $5 billion in 2024.\n"
        )
    )
    fact_id = int(store.facts_frame()["fact_id"].iloc[0])
    for changes in ({"value": math.inf}, {"value": 5e9, "unit": "count"}, {"value": -1.0}):
        with pytest.raises(ValueError, match="value"):
            store.review_fact(fact_id, "edited", changes)
    assert store.facts_frame()[["value", "unit", "state"]].values.tolist() == [[5e9, "USD", "extracted"]]


def test_a_count_too_long_for_a_number_is_no_figure() -> None:
    from extract import extract_text

    result = extract_text(
        "Kazakhstan and Türkiye\n\nThere are " + "9" * 400 + " Turkish companies in Kazakhstan."
    )
    assert result.error is None and result.facts == []
