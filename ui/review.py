"""Reviewing an extraction before it is saved: editable tables in, reviewed records out (no Streamlit)."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pandas as pd
import pycountry
from pydantic import ValidationError

from dataset import METRIC_LABELS
from extract import SECTORS, Agreement, Extraction, Fact
from extract.countries import country_name
from store import ReviewedFact

from .formatting import QUANTITY_WORDS

# The figure as written, its value, kind and keep come first: on a phone they are what fits.
FACT_COLUMNS = [
    "keep", "written", "value", "kind", "unit", "metric", "from", "to", "year", "period", "scope",
    "qualifier", "commodity", "sentence",
]  # fmt: skip
AGREEMENT_COLUMNS = ["keep", "summary", "sectors", "count", "status", "year", "sentence"]
TEXT_COLUMNS = ["unit", "metric", "kind", "from", "to", "year", "period", "scope", "qualifier", "commodity"]
KINDS = {"actual": "Reported", "target": "Target"}
QUALIFIERS = {"exact": "exactly", "about": "about", "over": "over", "under": "up to", "range": "range"}
SCOPES = ("non-oil", "non-energy", "goods", "services", *SECTORS)
UNITS: dict[str, str] = {
    **{c.alpha_3: f"{c.alpha_3} – {c.name}" for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)},
    **{u: f"{u} – {w}" for u, w in QUANTITY_WORDS.items()},
}
PERIOD = re.compile(r"^(?:FY)?\d{4}$|^\d{4}-\d\d$|^\d{4}-\d\d/\d{4}-\d\d$|^\d{4}/\d{4}$")
YEAR = re.compile(r"^\d{4}$")


def unit_label(unit: str) -> str:
    """ "JPY" -> "JPY – Yen"; blank stays blank."""
    return UNITS.get(unit, unit)


def country_label(code: str) -> str:
    """ "JPN" -> "Japan"; blank stays blank."""
    return country_name(code) if code else ""


def written(extraction: Extraction, fact: Fact) -> str:
    """The figure exactly as the article writes it ("5 trillion yen")."""
    return (
        extraction.text[fact.figure_start : fact.figure_end]
        or fact.evidence[fact.figure_start - fact.start : fact.figure_end - fact.start]
    )


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def facts_table(extraction: Extraction) -> pd.DataFrame:
    """One editable row per extracted fact; blank cells are "", never None."""
    rows = [
        {
            "keep": True,
            "written": written(extraction, fact),
            "value": float(fact.value),
            "kind": fact.kind,
            "unit": fact.unit,
            "metric": fact.metric,
            "from": _cell(fact.from_),
            "to": _cell(fact.to),
            "year": _cell(fact.year),
            "period": _cell(fact.period),
            "scope": _cell(fact.scope),
            "qualifier": fact.qualifier,
            "commodity": _cell(fact.commodity),
            "sentence": fact.evidence,
        }
        for fact in extraction.facts
    ]
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def sentences(extraction: Extraction) -> list[tuple[int, str, str, int, int]]:
    """Per fact row: its number, the figure as written, its sentence and the figure's place in it."""
    return [
        (n, written(extraction, f), f.evidence, f.figure_start - f.start, f.figure_end - f.start)
        for n, f in enumerate(extraction.facts, start=1)
    ]


def agreements_table(extraction: Extraction) -> pd.DataFrame:
    """One editable row per extracted agreement; sectors as comma-separated words."""
    rows = [
        {
            "keep": True,
            "summary": agreement.summary,
            "sectors": ", ".join(agreement.sectors),
            "count": agreement.count,
            "status": agreement.status,
            "year": _cell(agreement.year),
            "sentence": agreement.evidence,
        }
        for agreement in extraction.agreements
    ]
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def _blank(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value == ""


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
    return None if _blank(value) else value


def _row_problem(row: dict[str, Any], countries: list[str]) -> str | None:
    """What is wrong with a kept row, in words, or None."""
    unit = _clean(row.get("unit"))
    if unit is None or unit not in UNITS:
        return f"unit “{unit or ''}” is not a currency code or a unit ({', '.join(QUANTITY_WORDS)})"
    if _clean(row.get("metric")) not in METRIC_LABELS:
        return f"metric “{_clean(row.get('metric')) or ''}” is not one of {', '.join(METRIC_LABELS)}"
    if _clean(row.get("kind")) not in KINDS:
        return "kind must be Reported or Target"
    value = _clean(row.get("value"))
    try:
        number = float(value) if value is not None else None
    except (TypeError, ValueError):
        number = None
    if number is None or not number > 0 or math.isinf(number):
        return "value must be a number above zero"
    year = _clean(row.get("year"))
    if year is not None and (
        not YEAR.match(str(year).removesuffix(".0")) or not 1900 <= int(float(year)) <= 2100
    ):
        return f"year “{year}” is not a year between 1900 and 2100"
    period = _clean(row.get("period"))
    if period is not None and not PERIOD.match(str(period)):
        return f"period “{period}” is not of the form 2024, 2024-11, 2024-01/2024-06, FY2024 or 2021/2025"
    scope = _clean(row.get("scope"))
    if scope is not None and scope not in SCOPES:
        return f"scope “{scope}” is not one of {', '.join(SCOPES)}"
    for side in ("from", "to"):
        code = _clean(row.get(side))
        if code is not None and countries and code not in countries:
            return f"{side} “{code}” is not one of the article's countries ({', '.join(countries)})"
    if _clean(row.get("qualifier")) not in (None, *QUALIFIERS):
        return f"qualifier “{row.get('qualifier')}” is not one of {', '.join(QUALIFIERS)}"
    return None


def reviewed_facts(
    extraction: Extraction, table: pd.DataFrame, countries: list[str] | None = None
) -> tuple[list[ReviewedFact], list[str]]:
    """The reviewer's decisions: unticked rows rejected, changed rows edited (original kept).

    Errors name the row by number and by the figure as written: "Row 2 (5 trillion yen): …".
    """
    reviewed: list[ReviewedFact] = []
    errors: list[str] = []
    for position, (fact, row) in enumerate(
        zip(extraction.facts, table.to_dict("records"), strict=True), start=1
    ):
        if not bool(row.get("keep")):
            reviewed.append(ReviewedFact(fact=fact, state="rejected"))
            continue
        name = f"Row {position} ({written(extraction, fact)})"
        problem = _row_problem(row, countries or [])
        if problem:
            errors.append(f"{name}: {problem}")
            continue
        year = _clean(row.get("year"))
        changes = {
            "metric": _clean(row.get("metric")),
            "kind": _clean(row.get("kind")),
            "value": float(row["value"]),
            "unit": _clean(row.get("unit")),
            "year": int(float(year)) if year is not None else None,
            "from": _clean(row.get("from")),
            "to": _clean(row.get("to")),
            "period": _clean(row.get("period")),
            "scope": _clean(row.get("scope")),
            "commodity": _clean(row.get("commodity")),
            "qualifier": _clean(row.get("qualifier")) or "exact",
        }
        try:
            edited = Fact.model_validate({**fact.model_dump(by_alias=True), **changes})
        except ValidationError as exc:
            problem_ = exc.errors()[0]
            errors.append(f"{name}: {'.'.join(str(p) for p in problem_['loc'])}: {problem_['msg']}")
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
        name = f"Agreement {position} ({agreement.summary[:40]})"
        sectors = [s.strip().lower() for s in str(_clean(row.get("sectors")) or "").split(",") if s.strip()]
        unknown = [s for s in sectors if s not in SECTORS]
        if unknown:
            errors.append(f"{name}: unknown sector {', '.join(unknown)} (use: {', '.join(SECTORS)})")
            continue
        year = _clean(row.get("year"))
        if year is not None and (
            not YEAR.match(str(year).removesuffix(".0")) or not 1900 <= int(float(year)) <= 2100
        ):
            errors.append(f"{name}: year “{year}” is not a year between 1900 and 2100")
            continue
        changes = {
            "summary": _clean(row.get("summary")) or agreement.summary,
            "sectors": sorted(set(sectors)),
            "count": int(_clean(row.get("count")) or 1),
            "status": _clean(row.get("status")) or agreement.status,
            "year": int(float(year)) if year is not None else None,
        }
        try:
            edited = Agreement.model_validate({**agreement.model_dump(), **changes})
        except ValidationError as exc:
            errors.append(f"{name}: {exc.errors()[0]['msg']}")
            continue
        kept.append((edited, "confirmed" if edited == agreement else "edited"))
    return kept, errors


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'s' * (number != 1)}"


def saved_message(facts: list[ReviewedFact], agreements: list[tuple[Agreement, str]]) -> str:
    """ "Saved: 3 figures, 1 agreement (2 left out)"; singular where one."""
    figures = sum(r.state != "rejected" for r in facts)
    deals = sum(state != "rejected" for _, state in agreements)
    left = len(facts) - figures + len(agreements) - deals
    return f"Saved: {_count(figures, 'figure')}, {_count(deals, 'agreement')}" + (
        f" ({left} left out)" if left else ""
    )


def article_name(title: object, date: object) -> str:
    """How a stored article is named to people: “Title” (29 Jul 2025), never its hash."""
    when = pd.Timestamp(date).strftime("%-d %b %Y") if date is not None and pd.notna(date) else "no date"
    name = title if isinstance(title, str) and title.strip() else "untitled article"
    return f"“{name}” ({when})"


def sentence_case(text: str) -> str:
    """ "no figures found" -> "No figures found." """
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def with_metadata(
    extraction: Extraction, title: str | None, date: dt.date | None, countries: list[str]
) -> Extraction:
    """The extraction with the reviewer's title, date and countries (which also re-anchor years)."""
    return extraction.model_copy(
        update={"title": title or extraction.title, "date": date, "countries": sorted(countries)}
    )
