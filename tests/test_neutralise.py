"""CSV downloads: every cell a spreadsheet would run as a formula starts with a quote."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from ui.exports import csv_bytes, neutralise

NEUTRALISED = {
    "equals": '=HYPERLINK("http://x.example")',
    "plus": "+1+2",
    "minus": "-2+3",
    "at": "@SUM(A1:A2)",
    "pipe (DDE)": "|cmd!A0",
    "space then equals": " =1+1",
    "spaces then plus": "   +1",
    "tab then minus": "\t-1",
    "no-break space then at": "\u00a0@A1",
    "ideographic space then equals": "\u3000=1",
    "space then pipe": " |cmd!A0",
    "tab alone at the start": "\ttext",
    "carriage return at the start": "\rtext",
    "newline at the start": "\ntext",
    "full-width equals": "\uff1d1+1",
    "full-width plus": "\uff0b1",
    "full-width minus": "\uff0d1",
    "full-width at": "\uff20A1",
    "full-width pipe": "\uff5ccmd",
    "small equals": "\ufe661",
    "space then full-width equals": " \uff1dSUM(A1)",
}

KEPT = {
    "a sentence": "Trade reached $5 billion in 2024.",
    "equals inside": "a=b",
    "pipe inside": "Trade | Daily Sabah",
    "minus inside": "Kazakhstan-Türkiye",
    "empty": "",
    "only spaces": "   ",
    "quote already": "'=1",
}


@pytest.mark.parametrize("cell", list(NEUTRALISED.values()), ids=list(NEUTRALISED))
def test_a_formula_cell_gets_a_quote(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", list(KEPT.values()), ids=list(KEPT))
def test_plain_text_is_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


@pytest.mark.parametrize("number", [-5, -2.5, 0, 5e9])
def test_numbers_are_left_alone(number: float) -> None:
    assert neutralise(number) == number


def test_a_downloaded_csv_holds_no_cell_a_spreadsheet_would_run() -> None:
    cells = [*NEUTRALISED.values(), *KEPT.values()]
    frame = pd.DataFrame({"sentence": cells, "value": range(len(cells))})
    rows = list(csv.DictReader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"), newline="")))
    assert [row["sentence"] for row in rows] == [neutralise(c) for c in cells]
    assert all(row["sentence"].startswith("'") for row in rows[: len(NEUTRALISED)])
    assert [row["value"] for row in rows] == [str(i) for i in range(len(cells))]
