"""Publication dates: a `Date:` line, a dateline, or the first full date near the top."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_META_LINE = re.compile(
    r"^\s*(?:date|published|posted|updated|publication date|dated)\s*(?:on)?\s*[:\-]?\s*(?P<value>.{6,60})$",
    re.I | re.M,
)
_FULL_DATE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d)\b"
)

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# A byline's date on a line of its own, as Word files and printed pages keep it: "17 July 2025",
# "Published: Wednesday, March 5, 2025 10:42 GMT", "Updated 2024-06-01 | 09:15", "By our
# correspondent · 17 July 2025".
_DATE_LINE = re.compile(
    r"\s*(?:by\s+[^\d\n]{1,60}?[\s,|\-·]+)?"
    rf"(?:(?:date|published|posted|updated|last updated|first published)(?:\s+on)?\s*[:\-]?\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?{_FULL_DATE.pattern}"
    r"(?:[\s,|\-·]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{3,4})(?:[+-]\d{1,2})?)?)?\s*",
    re.I,
)


def is_date_line(line: str) -> bool:
    """Whether the line is only a publication date (a byline's), which dates no figure after it."""
    return bool(_DATE_LINE.fullmatch(line))


def parse_date(value: str) -> dt.date | None:
    """A date from free text ("2024-04-25", "25 April 2024", "April 25, 2024"), or None."""
    match = _FULL_DATE.search(value)
    if match is None:
        return None
    try:
        parsed = date_parser.parse(match.group(0), default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    return parsed if 1900 <= parsed.year <= 2100 else None


def find_date(text: str) -> dt.date | None:
    """The article's date: a metadata line first, else the first full date in its opening."""
    head = text[:3000]
    for match in _META_LINE.finditer(head):
        found = parse_date(match.group("value"))
        if found:
            return found
    return parse_date(text[:600])
