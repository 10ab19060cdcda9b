"""Reviewing an extraction before it is saved: editable tables in, reviewed records out (no Streamlit)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd
from pydantic import ValidationError

from extract import SECTORS, Agreement, Extraction, Fact
from store import ReviewedFact

from .formatting import marked

# The sentence comes second: a reviewer reads the figure in context before judging its fields.
FACT_COLUMNS = [
    "keep",
    "sentence",
    "metric",
    "kind",
    "value",
    "unit",
    "year",
    "from",
    "to",
    "commodity",
    "qualifier",
]
AGREEMENT_COLUMNS = ["keep", "sentence", "summary", "sectors", "count", "status"]


def facts_table(extraction: Extraction) -> pd.DataFrame:
    """One editable row per extracted fact; `sentence` shows the figure between «guillemets»."""
    rows = [
        {
            "keep": True,
            "metric": fact.metric,
            "kind": fact.kind,
            "value": fact.value,
            "unit": fact.unit,
            "year": fact.year,
            "from": fact.from_,
            "to": fact.to,
            "commodity": fact.commodity,
            "qualifier": fact.qualifier,
            "sentence": marked(fact.evidence, fact.figure_start - fact.start, fact.figure_end - fact.start),
        }
        for fact in extraction.facts
    ]
    table = pd.DataFrame(rows, columns=FACT_COLUMNS)
    table["year"] = table["year"].astype("Int64")
    return table


def agreements_table(extraction: Extraction) -> pd.DataFrame:
    """One editable row per extracted agreement; sectors as comma-separated words."""
    rows = [
        {
            "keep": True,
            "summary": agreement.summary,
            "sectors": ", ".join(agreement.sectors),
            "count": agreement.count,
            "status": agreement.status,
            "sentence": agreement.evidence,
        }
        for agreement in extraction.agreements
    ]
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def _blank(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value == ""


def _clean(value: Any) -> Any:
    return None if _blank(value) else value


def reviewed_facts(extraction: Extraction, table: pd.DataFrame) -> tuple[list[ReviewedFact], list[str]]:
    """The reviewer's decisions: unticked rows rejected, changed rows edited (original kept)."""
    reviewed: list[ReviewedFact] = []
    errors: list[str] = []
    for position, (fact, row) in enumerate(
        zip(extraction.facts, table.to_dict("records"), strict=True), start=1
    ):
        if not bool(row.get("keep")):
            reviewed.append(ReviewedFact(fact=fact, state="rejected"))
            continue
        year = _clean(row.get("year"))
        changes = {
            "metric": _clean(row.get("metric")),
            "kind": _clean(row.get("kind")),
            "value": _clean(row.get("value")),
            "unit": _clean(row.get("unit")),
            "year": int(year) if year is not None else None,
            "from": _clean(row.get("from")),
            "to": _clean(row.get("to")),
            "commodity": _clean(row.get("commodity")),
            "qualifier": _clean(row.get("qualifier")) or "exact",
        }
        try:
            edited = Fact.model_validate({**fact.model_dump(by_alias=True), **changes})
        except ValidationError as exc:
            problem = exc.errors()[0]
            field = ".".join(str(p) for p in problem["loc"])
            errors.append(f"fact {position}: {field}: {problem['msg']}")
            continue
        if edited.value <= 0:
            errors.append(f"fact {position}: value must be above zero")
            continue
        if edited.year is not None and not 1900 <= edited.year <= 2100:
            errors.append(f"fact {position}: year {edited.year} is out of range")
            continue
        if edited == fact:
            reviewed.append(ReviewedFact(fact=fact, state="confirmed"))
        else:
            reviewed.append(ReviewedFact(fact=edited, state="edited", original=fact))
    return reviewed, errors


def reviewed_agreements(
    extraction: Extraction, table: pd.DataFrame
) -> tuple[list[tuple[Agreement, str]], list[str]]:
    """Agreements as the reviewer left them; sectors must come from the closed vocabulary."""
    kept: list[tuple[Agreement, str]] = []
    errors: list[str] = []
    rows = table.to_dict("records")
    for position, (agreement, row) in enumerate(zip(extraction.agreements, rows, strict=True), start=1):
        if not bool(row.get("keep")):
            kept.append((agreement, "rejected"))
            continue
        sectors = [s.strip().lower() for s in str(_clean(row.get("sectors")) or "").split(",") if s.strip()]
        unknown = [s for s in sectors if s not in SECTORS]
        if unknown:
            errors.append(
                f"agreement {position}: unknown sector {', '.join(unknown)} (use: {', '.join(SECTORS)})"
            )
            continue
        changes = {
            "summary": _clean(row.get("summary")) or agreement.summary,
            "sectors": sorted(set(sectors)),
            "count": int(_clean(row.get("count")) or 1),
            "status": _clean(row.get("status")) or agreement.status,
        }
        try:
            edited = Agreement.model_validate({**agreement.model_dump(), **changes})
        except ValidationError as exc:
            errors.append(f"agreement {position}: {exc.errors()[0]['msg']}")
            continue
        kept.append((edited, "confirmed" if edited == agreement else "edited"))
    return kept, errors


def with_metadata(
    extraction: Extraction, title: str | None, date: dt.date | None, countries: list[str]
) -> Extraction:
    """The extraction with the reviewer's title, date and countries (which also re-anchor years)."""
    return extraction.model_copy(
        update={"title": title or extraction.title, "date": date, "countries": sorted(countries)}
    )
