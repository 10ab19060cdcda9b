"""Publication dates from metadata lines and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import find_date, is_date_line

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


DATE_LINES = {
    "a bare date": ("17 July 2025", True),
    "a published line with weekday and time": ("Published: Wednesday, March 5, 2025 10:42 GMT", True),
    "an ISO date and a clock": ("Updated 2024-06-01 | 09:15", True),
    "a byline with its date": ("By our correspondent · 17 July 2025", True),
    "a sentence that ends on a date": ("Trade reached $5bn on 17 July 2025", False),
    "a month and year, a period": ("July 2025", False),
    "a deadline then a date": ("By 2030 trade will reach $5 billion, 17 July 2025", False),
}


@pytest.mark.parametrize("line,expected", list(DATE_LINES.values()), ids=list(DATE_LINES))
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected
