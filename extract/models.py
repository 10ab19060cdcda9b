"""The records the extractor produces; field names follow the design's contract."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator, model_validator

Metric = Literal["trade", "investment", "companies", "commodity_volume", "agreements"]
Kind = Literal["actual", "target"]
Qualifier = Literal["about", "over", "under", "exact", "range"]
Sector = Literal[
    "agriculture", "culture", "defence", "digital", "education", "energy", "environment",
    "finance", "health", "industry", "mining", "science", "tourism", "trade", "transport",
]  # fmt: skip
SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]
AgreementStatus = Literal["signed", "planned", "non-binding"]


# The largest value a figure may take in each unit's base units: generous, but finite, so a
# slip of the pen or a hostile file cannot store nonsense. Money is one bound for every
# currency: 1e18 still holds world output (~1.1e14 USD) in rupiah or dong and any bilateral
# figure in Iranian rials, while no real figure in dollars comes near it.
MONEY_BOUND = 1e18
VALUE_BOUNDS: dict[str, float] = {
    "t": 1e13,  # tonnes: ten times the world's yearly extraction of all materials
    "m3": 1e15,  # cubic metres: five times the world's proven gas reserves
    "bbl": 1e13,  # barrels: five times the world's proven oil reserves
    "count": 1e9,  # companies or agreements: more than there are companies on Earth
}


def value_bound(unit: str | None) -> float:
    """The largest value allowed in `unit` (a currency code, or t, m3, bbl, count)."""
    return VALUE_BOUNDS.get(unit or "", MONEY_BOUND)


def value_problem(value: float | None, unit: str | None) -> str | None:
    """Why `value` cannot be a figure in `unit` (not finite, negative, too large), or None."""
    if value is None:
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        number = math.inf
    if not math.isfinite(number):
        return "is not a finite number"
    if number < 0:
        return "is negative"
    bound = value_bound(unit)
    if number > bound:
        return f"is over the bound of {shown_number(bound)} for {unit or 'money'}"
    return None


def shown_number(value: float) -> str:
    """A number short enough for a one-line message: 5e+09 as 5e9, inf as infinity."""
    try:
        number = float(value)
    except OverflowError:
        return f"a {len(str(value))}-digit number"
    if not math.isfinite(number):
        return "infinity" if number > 0 else "not a number" if number != number else "-infinity"
    return re.sub(r"e\+?(-?)0*(\d)", r"e\1\2", f"{number:g}")


def _number(value: float | None) -> float | int | None:
    """Whole numbers serialise as integers: 5000000000, not 5000000000.0."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


class Evidence(BaseModel):
    """Where a record came from: the sentence and its offsets in the article text."""

    evidence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Fact(Evidence):
    """One figure claimed in one article."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    metric: Metric
    kind: Kind
    value: float
    value_max: float | None = None
    unit: str
    year: int | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    commodity: str | None = None
    qualifier: Qualifier = "exact"
    period: str | None = Field(
        default=None,
        description='the span the figure covers: "2024", "2024-11", "2024-01/2024-09", "FY2024", "2021/2025"',
    )
    scope: str | None = Field(
        default=None, description='the part of the metric when not the whole: "non-oil", "services", "energy"'
    )
    pair: list[str] | None = Field(
        default=None,
        description="the two countries (ISO3) the figure is about when not the article's first pair",
    )
    figure_start: int = Field(ge=0, description="offset of the figure itself in the article text")
    figure_end: int = Field(ge=0)

    @field_serializer("value", "value_max")
    def _whole(self, value: float | None) -> float | int | None:
        return _number(value)

    @model_validator(mode="after")
    def _within_bounds(self) -> Self:
        for name, value in (("value", self.value), ("value_max", self.value_max)):
            problem = value_problem(value, self.unit)
            if problem:
                raise ValueError(f"{name} {shown_number(value)} {problem}")
        return self


class Agreement(Evidence):
    """An agreement, MoU, protocol or deal, or a stated batch of them."""

    summary: str
    parties: list[str] = Field(default_factory=list)
    sectors: list[Sector] = Field(default_factory=list)
    count: int = Field(default=1, ge=1)
    status: AgreementStatus = "signed"
    year: int | None = Field(default=None, description="the year signed (or planned), when the article says")
    value: float | None = None
    currency: str | None = None

    @field_serializer("value")
    def _whole(self, value: float | None) -> float | int | None:
        return _number(value)

    @field_validator("value")
    @classmethod
    def _finite_money(cls, value: float | None) -> float | None:
        problem = value_problem(value, None)
        if problem:
            raise ValueError(f"value {shown_number(value)} {problem}")
        return value

    @field_validator("count")
    @classmethod
    def _sane_count(cls, count: int) -> int:
        problem = value_problem(count, "count")
        if problem:
            raise ValueError(f"count {shown_number(count)} {problem}")
        return count


class Extraction(BaseModel):
    """What one document yields: its metadata, text and records (one CLI line)."""

    source: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    countries: list[str] = Field(default_factory=list)
    text: str = ""
    facts: list[Fact] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None

    def to_line(self) -> dict[str, object]:
        """The command-line JSON object (no article text)."""
        line = self.model_dump(mode="json", exclude={"text", "error", "warnings", "url", "outlet"})
        line.update({key: getattr(self, key) for key in ("url", "outlet") if getattr(self, key)})
        if self.warnings:
            line["warnings"] = self.warnings
        if self.error is not None:
            line["error"] = self.error
        return line
