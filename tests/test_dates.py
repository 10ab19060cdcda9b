"""Publication dates from metadata lines and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import find_date

CASES = {
    "Date line": ("Title\nDate: 2024-04-25\n\nBody.", dt.date(2024, 4, 25)),
    "Published line": ("Title\nPublished: 25 April 2024\n\nBody.", dt.date(2024, 4, 25)),
    "US style in caption": (
        "Title\nAnkara, Türkiye, April 25, 2024. (AA Photo)\n\nBody.",
        dt.date(2024, 4, 25),
    ),
    "dateline without year": ("ANKARA, May 11 -- Turkey and Kazakhstan met.", None),
    "nothing": ("Kazakhstan and Türkiye met.", None),
}


@pytest.mark.parametrize("text,expected", list(CASES.values()), ids=list(CASES))
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected
