"""Files people download: CSV that is safe to open in a spreadsheet."""

from __future__ import annotations

import pandas as pd

# A spreadsheet runs a cell as a formula (or a DDE link, "|") when its first visible character is
# one of these; some fold the full-width and small forms to ASCII first, and skip leading spaces.
_FORMULA_SIGNS = frozenset("=+-@|\uff1d\uff0b\uff0d\uff20\uff5c\ufe66\ufe62\ufe63")
# Control characters at the very start also open a formula in some spreadsheets.
_CONTROL_STARTS = ("\t", "\r", "\n", "\0")


def neutralise(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with a quote; leave numbers alone."""
    if not isinstance(value, str):
        return value
    if value.startswith(_CONTROL_STARTS) or value.lstrip()[:1] in _FORMULA_SIGNS:
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheets read "Türkiye" right) with formula cells neutralised."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    # CRLF rows, as RFC 4180 has them: the writer then quotes a cell holding a lone "\r", which
    # would otherwise end its row early in a reader.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
