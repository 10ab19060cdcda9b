"""The records the extractor produces; field names follow the design's contract."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

Metric = Literal["trade", "investment", "companies", "commodity_volume", "agreements"]
Kind = Literal["actual", "target"]
Qualifier = Literal["about", "over", "under", "exact", "range"]
Sector = Literal[
    "agriculture", "culture", "defence", "digital", "education", "energy", "environment",
    "finance", "health", "industry", "mining", "science", "tourism", "trade", "transport",
]  # fmt: skip
SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]
AgreementStatus = Literal["signed", "planned", "non-binding"]


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
    figure_start: int = Field(ge=0, description="offset of the figure itself in the article text")
    figure_end: int = Field(ge=0)

    @field_serializer("value", "value_max")
    def _whole(self, value: float | None) -> float | int | None:
        return _number(value)


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
