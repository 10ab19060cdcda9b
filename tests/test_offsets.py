"""Every record's offsets point at its evidence, and every figure sits inside it."""

from __future__ import annotations

import re

import pytest

from extract import extract_file

from .conftest import FIXTURES


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.*")), ids=lambda p: p.name)
def test_offsets_match_evidence(path) -> None:
    result = extract_file(path)
    assert result.facts, "each fixture states figures"
    for record in [*result.facts, *result.agreements]:
        assert result.text[record.start : record.end] == record.evidence
    for fact in result.facts:
        figure = result.text[fact.figure_start : fact.figure_end]
        assert fact.start <= fact.figure_start < fact.figure_end <= fact.end
        assert re.search(r"\d", figure), figure
        assert not figure.endswith((".", ",")), f"the figure swallowed punctuation: {figure!r}"
